"""The dossier window driven like a user: accounts, interactions, commitments, structure, language."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from form_answers import Answerer
from ime import ime_type
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import select

from desktop.db.enums import CommitmentStatus, Party, TeamRole
from desktop.db.models import (
    Account,
    Commitment,
    Interaction,
    KeyEvent,
    Person,
    SubGroup,
    TeamMember,
)
from desktop.db.session import Database
from desktop.ui.context import AppContext
from desktop.ui.interactions.dialog import InteractionDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import PreferencesDialog
from desktop.ui.settings import LANGUAGE, LAST_ACCOUNT, WINDOW_GEOMETRY, Settings
from desktop.ui.team import TeamDialog


@pytest.fixture
def ctx(qapp: Any, db: Database, tmp_path: Path) -> AppContext:
    context = AppContext(db, Settings(tmp_path / "settings.ini"), tmp_path)
    context.apply_language("en")
    return context


@pytest.fixture
def seeded(db: Database) -> dict[str, str]:
    with db.unit_of_work() as s:
        me = TeamMember(name="王磊", role=TeamRole.ACCOUNT_MANAGER, is_me=True)
        acc = Account(name="华东移动")
        boss = Person(name="张伟", account=acc, title="总经理")
        s.add_all([me, acc, boss, Account(name="北方银行")])
        return {"me": me.id, "account": acc.id, "boss": boss.id}


@pytest.fixture
def window(qtbot: Any, ctx: AppContext, seeded: dict[str, str]) -> MainWindow:
    ctx.settings.set(LAST_ACCOUNT, seeded["account"])
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    return w


def _column(model: Any, col: int) -> list[str]:
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_opens_on_the_last_account_and_remembers_it(window: MainWindow, ctx: AppContext, seeded: dict[str, str]) -> None:
    assert window.panel.current_id() == seeded["account"]
    assert window.windowTitle().startswith("华东移动")
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Overview", "Decision chain", "Interactions", "Commitments", "Structure"]
    window.panel.select(next(r.id for r in window.panel.model.rows if r.name == "北方银行"))
    window.close()
    assert ctx.settings.get(LAST_ACCOUNT) != seeded["account"]
    assert not ctx.settings.get(LANGUAGE)


def test_new_account_from_the_toolbar(window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("南方电网", True))
    window.action_map["new_account"].trigger()
    assert window.overview.binders["name"].widget().text() == "南方电网"  # type: ignore[attr-defined]
    assert "南方电网" in _column(window.panel.model, 0)
    with db.unit_of_work() as s:
        assert s.scalars(select(Account.name).where(Account.name == "南方电网")).one()


def test_log_an_interaction_with_a_commitment(qtbot: Any, window: MainWindow, db: Database,
                                              seeded: dict[str, str], qtmodeltester: Any) -> None:
    window.action_map["log_interaction"].trigger()
    assert window.tabs.currentWidget() is window.interactions
    (dialog,) = [d for d in window.interactions.findChildren(InteractionDialog) if d.isVisible()]
    ime_type(dialog.subject, "续约预沟通")
    ime_type(dialog.texts["objective"], "了解明年预算")
    ime_type(dialog.texts["notes"], "张总关心迁移成本")
    for picker in (dialog.their_side, dialog.our_side):
        picker.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData(4))
    row = dialog.add_commitment()
    ime_type(row.what, "提交迁移方案")
    qtbot.keyClicks(row.due, (date.today() - timedelta(days=1)).isoformat())
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert _column(window.interactions.model, 2) == ["续约预沟通"]
    assert _column(window.interactions.model, 3) == ["张伟、王磊"]
    assert "了解明年预算" in window.interactions.detail.toPlainText()  # the newest, shown in full
    qtmodeltester.check(window.interactions.model)
    # the commitment is in the ledger, overdue, first and red
    ledger = window.commitments.model
    assert _column(ledger, 2) == ["提交迁移方案"] and _column(ledger, 0) == ["Overdue"]
    assert ledger.data(ledger.index(0, 2), Qt.ItemDataRole.ForegroundRole) is not None
    qtmodeltester.check(ledger)
    with db.unit_of_work() as s:
        i = s.scalars(select(Interaction)).one()
        assert (i.subject, i.satisfaction, [p.name for p in i.people], [m.name for m in i.members]) == \
            ("续约预沟通", 4, ["张伟"], ["王磊"])
        c = s.scalars(select(Commitment)).one()
        assert (c.what, c.party, c.interaction_id, c.by_member_id) == ("提交迁移方案", Party.OURS, i.id, None)
    # mark it done, then undo that, then undo the whole interaction
    window.commitments.view.selectRow(0)
    assert window.commitments.toggle_done()
    assert _column(ledger, 0)[0].startswith("Done")
    window.ctx.undo_stack.undo()
    window.ctx.undo_stack.undo()
    assert window.interactions.model.rowCount() == 0 and ledger.rowCount() == 0


def test_delete_an_interaction_and_undo(window: MainWindow, db: Database, seeded: dict[str, str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    with db.unit_of_work() as s:
        i = Interaction(account_id=seeded["account"], starts_at=datetime(2026, 1, 5, 10), subject="拜访")
        s.add(i)
        s.add(Commitment(account_id=seeded["account"], interaction=i, what="报价"))
    window.ctx.notify({"interaction"})
    window.interactions.view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.interactions.delete_selected()
    assert window.interactions.model.rowCount() == 0 and window.commitments.model.rowCount() == 0
    window.action_map["undo"].trigger()
    assert _column(window.interactions.model, 2) == ["拜访"]
    assert _column(window.commitments.model, 2) == ["报价"]


def test_add_commitment_from_the_ledger_and_edit_it(qtbot: Any, window: MainWindow, db: Database) -> None:
    dialog = window.commitments.add()
    assert dialog is not None
    dialog.party.setCurrentIndex(dialog.party.findData(Party.THEIRS))
    dialog.by.setCurrentIndex(dialog.by.findText("张伟"))
    ime_type(dialog.what, "提供预算范围")
    dialog.accept()
    assert _column(window.commitments.model, 1) == ["Theirs"]
    assert _column(window.commitments.model, 3) == ["张伟"]
    window.commitments.view.selectRow(0)
    edit = window.commitments.edit_selected()
    assert edit is not None
    edit.status.setCurrentIndex(edit.status.findData(CommitmentStatus.DROPPED))
    edit.accept()
    with db.unit_of_work() as s:
        assert s.scalars(select(Commitment.status)).one() == CommitmentStatus.DROPPED


def test_structure_sub_group_and_key_event(window: MainWindow, db: Database) -> None:
    dialog = window.structure.add_group()
    assert dialog is not None
    ime_type(dialog.editors["name"], "质量委员会")
    members = dialog.editors["member_ids"]
    members.item(0).setCheckState(Qt.CheckState.Checked)  # type: ignore[attr-defined]
    dialog.accept()
    assert _column(window.structure.groups.model, 3) == ["张伟"]
    event = window.structure.add_event()
    assert event is not None
    month = event.editors["month"]
    month.setCurrentIndex(month.findData(11))  # type: ignore[attr-defined]
    ime_type(event.editors["title"], "年度招标")
    event.accept()
    assert "年度招标" in window.structure.month_cells[10].text()
    with db.unit_of_work() as s:
        assert [p.name for p in s.scalars(select(SubGroup)).one().members] == ["张伟"]
        assert s.scalars(select(KeyEvent.month)).one() == 11


def test_a_refused_form_keeps_what_was_typed(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    dialog = window.commitments.add()
    assert dialog is not None
    ime_type(dialog.what, "安排演示")
    dialog.due.setText("明天")
    dialog.accept()
    assert shown and "2026-03-31" in shown[0]
    assert dialog.isVisible() and dialog.what.text() == "安排演示"
    answers = Answerer("Discard")  # closing asks before throwing the typed text away
    answers.arm()
    dialog.reject()
    assert len(answers.asked) == 1


def test_team_dialog_adds_a_member(qtbot: Any, ctx: AppContext, db: Database, seeded: dict[str, str],
                                   qtmodeltester: Any) -> None:
    dialog = TeamDialog(ctx)
    qtbot.addWidget(dialog)
    form = dialog.add()
    ime_type(form.editors["name"], "陈静")
    form.accept()
    assert sorted(_column(dialog.model, 0)) == sorted(["王磊 (me)", "陈静"])
    qtmodeltester.check(dialog.model)


def test_switching_language_retranslates_the_running_window(window: MainWindow, ctx: AppContext) -> None:
    prefs = PreferencesDialog(ctx, window)
    prefs.language.setCurrentIndex(prefs.language.findData("zh"))
    ime_type(prefs.company, "远景科技")
    prefs.accept()
    assert ctx.lang == "zh" and ctx.settings.get(LANGUAGE) == "zh"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "概况", "决策链", "互动记录", "承诺", "组织结构"]
    assert window.menus.menus["file"].title() == "文件(&F)"
    assert window.overview.labels["relationship_level"].text() == "关系水平："
    assert window.panel.model.headerData(2, Qt.Orientation.Horizontal) == "流失风险"
    ctx.apply_language("en")
    assert window.tabs.tabText(0) == "Overview"


def test_open_record_shows_a_person_and_new_person_goes_to_the_chain(
        window: MainWindow, ctx: AppContext, db: Database, seeded: dict[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    ctx.open_record.emit("person", seeded["boss"])
    assert window.tabs.currentWidget() is window.people
    assert seeded["boss"] in window.people.dialogs
    window.people.dialogs[seeded["boss"]].close()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("李娜", True))
    window.action_map["new_person"].trigger()
    with db.unit_of_work() as s:
        assert sorted(s.scalars(select(Person.name).where(Person.account_id == seeded["account"]))) == ["张伟", "李娜"]
    for dialog in list(window.people.dialogs.values()):
        dialog.close()


def test_delete_key_on_the_list_deletes_the_account_and_undo_restores(
        window: MainWindow, ctx: AppContext, db: Database, seeded: dict[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(window.panel.view, "hasFocus", lambda: True)
    window.action_map["delete"].trigger()
    assert "华东移动" not in _column(window.panel.model, 0)
    assert window.overview.account_id != seeded["account"]
    with db.unit_of_work() as s:
        assert s.get(Account, seeded["account"]) is None
    window.action_map["undo"].trigger()
    assert "华东移动" in _column(window.panel.model, 0)
    window.panel.select(seeded["account"])
    assert window.people.model.rowCount() == 1


def test_text_typed_before_switching_account_is_saved_to_the_right_account(
        window: MainWindow, db: Database, seeded: dict[str, str]) -> None:
    notes = window.overview.binders["notes"].widget()
    ime_type(notes, "下周拜访张总")
    other = next(r.id for r in window.panel.model.rows if r.name == "北方银行")
    assert window.panel.select(other)
    assert window.overview.account_id == other and window.panel.current_id() == other
    assert notes.toPlainText() == ""  # type: ignore[attr-defined]
    with db.unit_of_work() as s:
        assert s.get(Account, seeded["account"]).notes == "下周拜访张总"  # type: ignore[union-attr]
        assert s.get(Account, other).notes == ""  # type: ignore[union-attr]
    window.action_map["undo"].trigger()
    with db.unit_of_work() as s:
        assert s.get(Account, seeded["account"]).notes == ""  # type: ignore[union-attr]


def test_window_geometry_and_last_account_survive_a_restart(
        qtbot: Any, window: MainWindow, ctx: AppContext, seeded: dict[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    window.show()
    other = next(r.id for r in window.panel.model.rows if r.name == "北方银行")
    window.panel.select(other)
    window.splitter.setSizes([333, 777])
    list_width = window.splitter.sizes()[0]
    window.close()
    saved = ctx.settings.get(WINDOW_GEOMETRY)
    assert not saved.isEmpty()
    restored: list[Any] = []
    monkeypatch.setattr(MainWindow, "restoreGeometry", lambda self, g: restored.append(g) or True)
    again = MainWindow(ctx)  # (the offscreen screen is smaller than the window: sizes are clamped)
    qtbot.addWidget(again)
    assert restored == [saved]
    assert again.panel.current_id() == other and again.overview.account_id == other
    assert again.splitter.sizes()[0] == list_width  # the divider stays where the user left it


def test_an_empty_dossier_says_how_to_start(qtbot: Any, ctx: AppContext) -> None:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    assert w.panel.model.rowCount() == 0 and not w.action_map["log_interaction"].isEnabled()
    assert "New account" in w.statusBar().currentMessage()
