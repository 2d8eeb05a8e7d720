"""Preferences that had no screen (follow-ups, lock) and a person's privacy rights in the GUI."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from followups_data import NOW, build
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QMainWindow, QMessageBox
from sqlalchemy import select

from desktop.db.enums import DecisionRole, InteractionKind, LinkKind, Stance, TeamRole
from desktop.db.models import Account, Coverage, Interaction, Person, PersonLink, TeamMember
from desktop.db.session import Database
from desktop.search.index import DOC_TABLE
from desktop.search.query import search
from desktop.ui.context import AppContext
from desktop.ui.open_dossier import attach_to_window
from desktop.ui.people import PeopleTab
from desktop.ui.preferences import PreferencesDialog
from desktop.ui.settings import (
    AUTOLOCK_MINUTES,
    CADENCE_KEY_DAYS,
    CADENCE_OTHER_DAYS,
    REMINDER_TIME,
    Settings,
)
from desktop.ui.today import TodayView
from desktop.ui.today.models import ContactsModel
from desktop.ui.today.reminder import Reminder


@pytest.fixture
def ctx(qapp: Any, db: Database, tmp_path: Path) -> AppContext:
    context = AppContext(db, Settings(tmp_path / "settings.ini"), tmp_path)
    context.apply_language("en")
    return context


# ------------------------------------------------------------------ preferences
def test_preferences_round_trip_the_new_settings(qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:
    dialog = PreferencesDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.autolock.value() == 5 and dialog.reminder_time.time() == QTime(9, 0)
    assert (dialog.cadence_key.value(), dialog.cadence_other.value()) == (30, 90)
    dialog.autolock.setValue(0)
    assert dialog.autolock.text() == "Never"  # 0 turns the idle lock off, and says so
    dialog.reminder_time.setTime(QTime(7, 45))
    dialog.cadence_key.setValue(14)
    dialog.cadence_other.setValue(60)
    with qtbot.waitSignal(ctx.settings_changed):
        dialog.accept()
    fresh = Settings(tmp_path / "settings.ini")  # written to disk, not just kept in memory
    assert fresh.get(AUTOLOCK_MINUTES) == 0
    assert fresh.get(REMINDER_TIME) == "07:45"
    assert (fresh.get(CADENCE_KEY_DAYS), fresh.get(CADENCE_OTHER_DAYS)) == (14, 60)
    again = PreferencesDialog(ctx)
    qtbot.addWidget(again)
    assert again.autolock.value() == 0 and again.reminder_time.time() == QTime(7, 45)
    assert (again.cadence_key.value(), again.cadence_other.value()) == (14, 60)


def test_cancel_keeps_the_old_settings(qtbot: Any, ctx: AppContext) -> None:
    dialog = PreferencesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.cadence_key.setValue(3)
    dialog.reject()
    assert ctx.settings.get(CADENCE_KEY_DAYS) == 30


def test_today_view_and_reminder_follow_saved_preferences(qtbot: Any, ctx: AppContext, db: Database) -> None:
    build(db)
    view = TodayView(ctx, clock=lambda: NOW)
    qtbot.addWidget(view)

    def people() -> list[str]:
        m = view.contacts_model
        return [m.index(r, ContactsModel.PERSON).data() for r in range(m.rowCount())]

    assert "★ 李娜" in people()  # a champion last met 45 days ago, cadence 30
    dialog = PreferencesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.cadence_key.setValue(60)
    dialog.reminder_time.setTime(QTime(10, 30))
    dialog.accept()
    assert "★ 李娜" not in people()  # no manual refresh: the view heard settings_changed
    clock = [datetime(2026, 3, 10, 10, 0)]
    reminder = Reminder(ctx, clock=lambda: clock[0], use_tray=False)
    assert reminder.check() is None  # 10:00 is before the chosen 10:30
    clock[0] = datetime(2026, 3, 10, 10, 30)
    assert reminder.check()


def test_the_lock_follows_the_idle_minutes_saved(qtbot: Any, ctx: AppContext) -> None:
    window = QMainWindow()
    window.ctx = ctx  # type: ignore[attr-defined]  # as MainWindow carries it
    qtbot.addWidget(window)
    locker, auto = attach_to_window(window, ctx.db, ctx.settings.get(AUTOLOCK_MINUTES))
    auto.timer.stop()
    assert locker.idle_ms == 5 * 60_000 and locker.timer.isActive()
    dialog = PreferencesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.autolock.setValue(12)
    dialog.accept()
    assert locker.idle_ms == 12 * 60_000 and locker.timer.remainingTime() > 11 * 60_000
    dialog = PreferencesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.autolock.setValue(0)
    dialog.accept()
    assert locker.idle_ms == 0 and not locker.timer.isActive()


def test_every_label_fits_in_both_languages(qtbot: Any, ctx: AppContext) -> None:
    from PySide6.QtWidgets import QLabel

    for lang in ("en", "zh"):
        ctx.apply_language(lang)
        dialog = PreferencesDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for label in dialog.findChildren(QLabel):
            if label.isVisible() and not label.wordWrap():
                assert label.width() >= label.sizeHint().width(), (lang, label.text())
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        wanted = "决策者和啦啦队员的联系周期：" if lang == "zh" else "Contact everyone else every:"
        assert wanted in texts
    ctx.apply_language("en")


# ------------------------------------------------------------------ privacy
NAME = "欧阳明哲"


@pytest.fixture
def chain(db: Database) -> dict[str, str]:
    with db.unit_of_work() as s:
        acc = Account(name="华东移动")
        gone = Person(name=NAME, account=acc, title="总经理", roles=[DecisionRole.DECIDER],
                      stance=Stance.CHAMPION, notes="喜欢高尔夫")
        stays = Person(name="李娜", account=acc, title="CIO", reports_to=gone)
        me = TeamMember(name="王磊", role=TeamRole.ACCOUNT_MANAGER, is_me=True)
        visit = Interaction(account=acc, kind=InteractionKind.VISIT, subject="季度回顾",
                            starts_at=datetime(2026, 3, 1, 10, 0), people=[gone, stays])
        s.add_all([acc, gone, stays, me, visit])
        s.add(Coverage(member=me, person=gone, strength=4))
        s.add(PersonLink(account=acc, a=gone, b=stays, kind=LinkKind.CLOSE))
        return {"account": acc.id, "gone": gone.id, "stays": stays.id, "visit": visit.id}


def _names(tab: PeopleTab) -> list[str]:
    return sorted(row.name for row in tab.model.rows)


def test_erase_warns_and_refusing_keeps_the_person(qtbot: Any, ctx: AppContext, chain: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def warning(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", warning)
    tab = PeopleTab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(chain["account"])
    tab.select(chain["gone"])
    assert not tab.erase_selected()
    assert NAME in asked[0] and "cannot be undone" in asked[0]
    assert NAME in _names(tab)


def test_erase_removes_every_trace_and_cannot_be_undone(qtbot: Any, ctx: AppContext, db: Database, chain: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    tab = PeopleTab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(chain["account"])
    with db.unit_of_work() as s:
        assert [h.record_id for h in search(s, NAME)] == [chain["gone"]]
    tab.open_person(chain["gone"]).setWindowTitle("editor")  # an open editor closes
    tab.select(chain["gone"])
    with qtbot.waitSignal(ctx.data_changed):
        assert tab.erase_selected()
    assert _names(tab) == ["李娜"]
    assert chain["gone"] not in tab.dialogs
    assert NAME in told[0]
    assert not ctx.undo_stack.canUndo()
    with db.unit_of_work() as s:
        everyone = s.scalars(select(Person), execution_options={"include_deleted": True}).all()
        assert [p.name for p in everyone] == ["李娜"] and everyone[0].reports_to_id is None
        assert s.scalars(select(Coverage)).all() == []
        assert s.scalars(select(PersonLink)).all() == []
        visit = s.get(Interaction, chain["visit"])
        assert visit is not None and [p.name for p in visit.people] == ["李娜"]
        assert search(s, NAME) == [] and search(s, "高尔夫") == []
        left = s.connection().exec_driver_sql(
            f"SELECT count(*) FROM {DOC_TABLE} WHERE record_id = ?", (chain["gone"],))
        assert left.scalar() == 0  # the index holds nothing of them either
    raw = b"".join(p.read_bytes() for p in Path(db.path.parent).iterdir()  # type: ignore[union-attr]
                   if p.is_file() and p.name.startswith(db.path.name))  # type: ignore[union-attr]
    assert "喜欢高尔夫".encode() not in raw  # purged from the file, not just unlinked


def test_erase_after_an_undoable_edit_leaves_nothing_to_undo(qtbot: Any, ctx: AppContext, chain: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab = PeopleTab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(chain["account"])
    tab.select(chain["stays"])
    assert tab.delete_selected()  # undoable soft delete of the other person
    assert ctx.undo_stack.canUndo()
    tab.select(chain["gone"])
    assert tab.erase_selected()
    assert not ctx.undo_stack.canUndo() and _names(tab) == []


def test_export_writes_the_persons_data_as_json(qtbot: Any, ctx: AppContext, chain: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "sar"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    tab = PeopleTab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(chain["account"])
    tab.select(chain["gone"])
    written = tab.export_selected()
    assert written == str(target) + ".json"
    data = json.loads(Path(written).read_text(encoding="utf-8"))
    assert data["person"]["name"] == NAME and data["account"] == "华东移动"
    assert [i["subject"] for i in data["interactions_attended"]] == ["季度回顾"]
    assert data["covered_by"][0]["member"] == "王磊"
    assert written in told[0]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert tab.export_selected() is None  # cancelled: nothing written, no message
    assert len(told) == 1
