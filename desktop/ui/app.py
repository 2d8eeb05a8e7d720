"""Start the GUI (placeholder window until the dossier window lands)."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from desktop.db.session import open_database


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_database(args.data_dir)
    window = QMainWindow()
    window.setWindowTitle("Dossier")
    window.setCentralWidget(QLabel(str(db.path)))
    window.show()
    return app.exec()
