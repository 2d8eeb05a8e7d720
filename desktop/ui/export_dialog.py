"""File ▸ Export…: everything (lossless JSON) or people, interactions and commitments
as vCard, CSV or Excel, for one account or all. The file is written off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from desktop.db.models import Account
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.worker import run_in_background

SUFFIX = {"json": ".json", "vcf": ".vcf", "csv": ".csv", "xlsx": ".xlsx"}


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, account_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id = account_id
        self.setWindowTitle(self.tr("Export"))
        self.format = QComboBox()
        self.format.addItem(self.tr("Everything, lossless (Dossier JSON)"), "json")
        self.format.addItem(self.tr("People as vCard (phones, Outlook)"), "vcf")
        self.format.addItem(self.tr("CSV (opens in Excel)"), "csv")
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.scope = QComboBox()
        self.scope.addItem(self.tr("All accounts"), None)
        if account_id is not None:
            with ctx.db.unit_of_work() as session:
                account = session.get(Account, account_id)
                if account is not None:
                    self.scope.addItem(self.tr("Only %1").replace("%1", account.name), account_id)
                    self.scope.setCurrentIndex(1)
        self.what = QComboBox()
        self.what.addItem(self.tr("People"), "people")
        self.what.addItem(self.tr("Interactions"), "interactions")
        self.what.addItem(self.tr("Commitments"), "commitments")
        self.what_label = QLabel(self.tr("Records:"))
        self.format.currentIndexChanged.connect(self._format_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._choose_file)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Accounts:"), self.scope)
        form.addRow(self.what_label, self.what)
        form.addRow(buttons)
        self._format_changed()

    def _format_changed(self) -> None:
        fmt = self.format.currentData()
        self.what.setVisible(fmt == "csv")
        self.what_label.setVisible(fmt == "csv")

    def _choose_file(self) -> None:
        fmt = str(self.format.currentData())
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = "dossier" + SUFFIX[fmt]
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), str(Path(folder) / name),
                                              f"*{SUFFIX[fmt]}")
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        fmt = str(self.format.currentData())
        account_id = self.scope.currentData()
        extra: dict[str, Any] = {}
        if fmt in {"csv", "xlsx"}:
            extra["lang"] = self.ctx.lang
        if fmt == "csv":
            extra["what"] = self.what.currentData()
        db = self.ctx.db

        def work() -> int:
            from desktop.transfer import format_module

            module = format_module(fmt)
            with db.unit_of_work() as session:
                account = session.get(Account, account_id) if account_id else None
                return int(module.export(session, path, account=account, **extra))

        def done(count: Any) -> None:
            self.save_button.setEnabled(True)
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "Wrote %1 records to %2.").replace("%1", str(count)).replace("%2", str(path)))
            self.accept()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            show_error(self, exc, self.ctx.lang)

        self.save_button.setEnabled(False)
        run_in_background(work, done, failed)
