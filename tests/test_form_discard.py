"""Every editing form asks before Esc, Cancel or its close button throws typed changes away.

An untouched form just closes; a changed one asks "Keep editing / Discard", and Keep
editing (also the answer to a second Esc, as an input method may send) keeps every
character. Discard closes and the database is as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from form_answers import ESC, Answerer
from ime import ime_type
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit
from sqlalchemy import func, select

from desktop.db.enums import Party, TeamRole
from desktop.db.models import (
    Account,
    Commitment,
    ExternalTie,
    Interaction,
    KeyEvent,
    Person,
    SubGroup,
    TeamMember,
)
from desktop.db.session import Database
from desktop.ui.commitments.tab import CommitmentsTab
from desktop.ui.context import AppContext
from desktop.ui.interactions.tab import InteractionsTab
from desktop.ui.settings import Settings
from desktop.ui.structure.tab import StructureTab
from desktop.ui.team import TeamDialog

# The offscreen platform warns whenever a shown top-level widget has a layout.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@dataclass
class World:
    ctx: AppContext
    account_id: str
    commitments: CommitmentsTab
    structure: StructureTab
    interactions: InteractionsTab
    team: TeamDialog


@pytest.fixture
def world(qtbot: Any, db: Database, tmp_path: Path) -> World:
    with db.unit_of_work() as s:
        account = Account(name="华东移动")
        zhang = Person(account=account, name="张伟")
        wang = TeamMember(name="王磊", role=TeamRole.ACCOUNT_MANAGER, is_me=True)
        s.add_all([account, zhang, wang])
        s.flush()
        s.add_all([
            Commitment(account=account, party=Party.OURS, by_member=wang, to_person=zhang, what="发送报价"),
            SubGroup(account=account, name="质量委员会", members=[zhang]),
            ExternalTie(account=account, person=zhang, body="省国资委"),
            KeyEvent(account=account, month=3, title="年度预算评审"),
            Interaction(account=account, starts_at=datetime(2026, 3, 2, 10), subject="续约拜访",
                        people=[zhang], members=[wang]),
        ])
        account_id = account.id
    ctx = AppContext(db, Settings(tmp_path / "settings.ini"), tmp_path)
    ctx.apply_language("en")
    commitments, structure, interactions = CommitmentsTab(ctx), StructureTab(ctx), InteractionsTab(ctx)
    team = TeamDialog(ctx)
    for widget in (commitments, structure, interactions, team):
        qtbot.addWidget(widget)
        if widget is not team:
            widget.set_account(account_id)  # type: ignore[attr-defined]
    return World(ctx, account_id, commitments, structure, interactions, team)


Opened = tuple[Any, Callable[[Any], None]]  # the dialog, and how a user changes it


def _selected(view: Any, edit: Callable[[], Any]) -> Any:
    view.selectRow(0)
    return edit()


# Each form: how to open it and a change a user makes (typing, a choice, a tick in a list).
FORMS: dict[str, Callable[[World], Opened]] = {
    "new commitment": lambda w: (w.commitments.add(), lambda d: ime_type(d.what, "安排演示")),
    "edit commitment": lambda w: (_selected(w.commitments.view, w.commitments.edit_selected),
                                  lambda d: d.note.setPlainText("客户要求先发英文版")),
    "new sub-group": lambda w: (w.structure.add_group(), lambda d: ime_type(d.editors["name"], "校友会")),
    "edit sub-group": lambda w: (w.structure.edit_group(w.structure.groups.model.rows[0]),
                                 lambda d: d.editors["member_ids"].item(0).setCheckState(Qt.CheckState.Unchecked)),
    "new tie": lambda w: (w.structure.add_tie(), lambda d: ime_type(d.editors["body"], "工商银行")),
    "edit tie": lambda w: (w.structure.edit_tie(w.structure.ties.model.rows[0]),
                           lambda d: d.editors["note"].setPlainText("处长是其大学同学")),
    "new key event": lambda w: (w.structure.add_event(), lambda d: d.editors["month"].setCurrentIndex(11)),
    "edit key event": lambda w: (w.structure.edit_event(w.structure.events.model.rows[0]),
                                 lambda d: ime_type(d.editors["title"], "（二期）")),
    "new team member": lambda w: (w.team.add(), lambda d: ime_type(d.editors["name"], "陈静")),
    "edit team member": lambda w: (_selected(w.team.view, w.team.edit_selected),
                                   lambda d: ime_type(d.editors["phone"], "13900000000")),
    "new interaction": lambda w: (w.interactions.log_interaction(),
                                  lambda d: d.texts["notes"].setPlainText("周总同意下周看方案")),
    "edit interaction": lambda w: (_selected(w.interactions.view, w.interactions.edit_selected),
                                   lambda d: d.their_side.item(0).setCheckState(Qt.CheckState.Unchecked)),
}


def _snapshot(db: Database) -> list[Any]:
    with db.unit_of_work() as s:
        out: list[Any] = []
        for model in (Commitment, SubGroup, ExternalTie, KeyEvent, TeamMember, Interaction):
            out.append(s.scalar(select(func.count()).select_from(model)))
            out.append(s.scalar(select(func.max(model.updated_at))))
        return out


def _closed(dialog: QDialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def test_an_untouched_form_closes_on_esc_without_asking(world: World, qtbot: Any) -> None:
    for form, opener in FORMS.items():
        dialog, _change = opener(world)
        assert dialog is not None and dialog.isVisible(), form
        answers = Answerer("Discard")
        answers.arm()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert _closed(dialog) and answers.asked == [], form


@pytest.mark.parametrize("form", list(FORMS))
def test_a_changed_form_asks_keep_editing_or_discard(world: World, qtbot: Any, db: Database, form: str) -> None:
    before = _snapshot(db)
    dialog, change = FORMS[form](world)
    assert dialog is not None
    change(dialog)
    typed = _typed(dialog)

    keep = Answerer("Keep editing")
    keep.arm()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(keep.asked) == 1 and keep.buttons == [["Keep editing", "Discard"]]
    assert dialog.isVisible() and _typed(dialog) == typed  # nothing typed is lost

    twice = Answerer(ESC)  # Esc on the question itself means keep editing
    twice.arm()
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert len(twice.asked) == 1 and dialog.isVisible() and _typed(dialog) == typed

    discard = Answerer("Discard")
    discard.arm()
    dialog.close()  # the window's close button
    assert len(discard.asked) == 1 and _closed(dialog)
    assert _snapshot(db) == before


def _typed(dialog: QDialog) -> list[str]:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget

    out: list[str] = []
    for child in dialog.findChildren(QLineEdit):
        out.append(child.text())
    for child in dialog.findChildren(QPlainTextEdit):
        out.append(child.toPlainText())
    for child in dialog.findChildren(QComboBox):
        out.append(child.currentText())
    for child in dialog.findChildren(QListWidget):
        out.append(",".join(str(child.item(i).checkState()) for i in range(child.count())))
    return out
