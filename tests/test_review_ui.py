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


def test_person_editor_opens_when_a_covering_colleague_was_removed_from_the_team(
    qtbot: Any, qapp: Any, db: Database, tmp_path: Path
) -> None:
    from datetime import datetime

    from desktop.db.enums import TeamRole
    from desktop.db.models import Coverage, TeamMember
    from desktop.ui.context import AppContext
    from desktop.ui.people.editor import PersonDialog
    from desktop.ui.settings import Settings

    with db.unit_of_work() as s:
        person = Person(name="李娜", account=Account(name="华东移动"))
        gone = TeamMember(name="赵一鸣", role=TeamRole.ENGINEER)
        s.add_all([person, gone, Coverage(member=gone, person=person, strength=3)])
        s.flush()
        gone.deleted_at = datetime.now()
        person_id = person.id
    ctx = AppContext(db, Settings(tmp_path / "settings.ini"), tmp_path)
    dialog = PersonDialog(ctx, person_id)
    qtbot.addWidget(dialog)
    assert dialog.coverage.model.rowCount() == 0


def test_the_map_leaves_out_people_who_have_left_like_the_coverage_analysis(db: Database) -> None:
    from datetime import date

    from desktop.db.enums import Stance
    from desktop.ui.map.data import load_chain

    with db.unit_of_work() as s:
        account = Account(name="华东移动")
        old_cio = Person(name="杨帆", account=account, stance=Stance.CHAMPION, left_on=date(2026, 3, 1))
        s.add_all([account, old_cio, Person(name="陈喆", account=account, reports_to=old_cio)])
        s.flush()
        account_id = account.id
    with db.unit_of_work() as s:
        before = load_chain(s, account_id, today=date(2026, 2, 1))
        after = load_chain(s, account_id, today=date(2026, 11, 25))
    assert sorted(p.name for p in before.people) == ["杨帆", "陈喆"]
    assert [(p.name, p.manager_id) for p in after.people] == [("陈喆", None)]
