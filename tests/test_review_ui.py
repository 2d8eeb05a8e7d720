"""UI behaviour that crosses features (the review after the merge)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt

from desktop.db.models import Account, Person
from desktop.db.session import Database
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


def test_escape_in_the_person_editor_keeps_a_date_it_could_not_save(
    qtbot: Any, qapp: Any, db: Database, tmp_path: Path
) -> None:
    from desktop.ui.context import AppContext
    from desktop.ui.people.editor import PersonDialog
    from desktop.ui.settings import Settings

    with db.unit_of_work() as s:
        person = Person(name="张伟", account=Account(name="华东移动"))
        s.add(person)
        s.flush()
        person_id = person.id
    ctx = AppContext(db, Settings(tmp_path / "settings.ini"), tmp_path)
    dialog = PersonDialog(ctx, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    birthday = next(b for b in dialog.binders if b.field == "birthday")
    birthday.edit.setText("1975-13-40")  # typed, not a date: marked red, not saved
    birthday.flush()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # Esc closes like the Close button: never with unsaved text
    assert birthday.edit.text() == "1975-13-40"
    birthday.edit.setText("1975-12-30")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    with db.unit_of_work() as s:
        saved = s.get(Person, person_id)
        assert saved is not None and saved.birthday is not None and saved.birthday.isoformat() == "1975-12-30"
