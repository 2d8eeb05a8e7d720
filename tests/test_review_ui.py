"""UI behaviour that crosses features (the review after the merge)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from desktop.errors import DatabaseError
from desktop.ui.backups_dialog import error_text


def test_backup_and_restore_errors_are_shown_in_the_ui_language() -> None:
    error = DatabaseError("The backup is damaged.", "备份已损坏。")
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("zh_CN"))  # what Translations.install("zh") does
        assert error_text(error) == "备份已损坏。"
        QLocale.setDefault(QLocale("en_US"))
        assert error_text(error) == "The backup is damaged."
    finally:
        QLocale.setDefault(previous)
