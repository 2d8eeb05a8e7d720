"""The main window: it only assembles the feature widgets (placeholder until the dossier window)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from desktop.ui.context import AppContext


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Dossier"))
        self.setCentralWidget(QLabel(str(ctx.db.path)))
