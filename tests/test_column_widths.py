"""A column the user widened keeps its width when the list reloads, another account is
opened, the list is sorted, and the next time the app starts."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView

from desktop.db.models import Account, Interaction, Person
from desktop.db.session import Database
from desktop.ui.columns import MAXIMUM
from desktop.ui.context import AppContext
from desktop.ui.settings import Settings

SUBJECT = 2  # the Interactions tab's column


@pytest.fixture
def accounts(db: Database) -> dict[str, str]:
    with db.unit_of_work() as s:
        long_one, short_one = Account(name="华东移动"), Account(name="南方电网")
        s.add_all([long_one, short_one])
        s.flush()
        for i in range(80):
            s.add(Interaction(account_id=long_one.id, starts_at=datetime(2025, 1, 1) + timedelta(days=i),
                              subject=f"关于明年核心网扩容与迁移方案的第{i}次技术交流"))
        s.add(Interaction(account_id=short_one.id, starts_at=datetime(2025, 3, 1), subject="拜访"))
        s.add_all([Person(account_id=long_one.id, name=f"张伟{i}") for i in range(5)])
        return {"long": long_one.id, "short": short_one.id}


def _ctx(db: Database, path: Path) -> AppContext:
    ctx = AppContext(db, Settings(path / "settings.ini"), path)
    ctx.apply_language("en")
    return ctx


def _tab(qtbot: Any, ctx: AppContext, kind: str) -> Any:
    if kind == "interactions":
        from desktop.ui.interactions.tab import InteractionsTab
        widget: Any = InteractionsTab(ctx)
    else:
        from desktop.ui.people.tab import PeopleTab
        widget = PeopleTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _drag_border(qtbot: Any, view: QTableView, column: int, by: int) -> None:
    """Drag the divider at the right of ``column`` with the mouse, as the user does."""
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    y = header.height() // 2
    port = header.viewport()
    QTest.mouseMove(port, QPoint(x, y))
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y))
    for step in range(1, 6):
        QTest.mouseMove(port, QPoint(x + by * step // 5, y))
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x + by, y))


def test_a_widened_column_survives_reloads_other_accounts_sorting_and_a_restart(
    qtbot: Any, db: Database, tmp_path: Path, accounts: dict[str, str]
) -> None:
    ctx = _ctx(db, tmp_path)
    tab = _tab(qtbot, ctx, "interactions")
    tab.set_account(accounts["long"])
    header = tab.view.horizontalHeader()
    fitted = header.sectionSize(SUBJECT)
    assert 100 < fitted <= MAXIMUM  # sized from the long subjects, not left at Qt's default
    _drag_border(qtbot, tab.view, SUBJECT, -60)
    chosen = header.sectionSize(SUBJECT)
    assert chosen < fitted - 40  # the drag took
    ctx.notify({"interaction"})  # something was saved: the list reloads
    assert header.sectionSize(SUBJECT) == chosen
    tab.set_account(accounts["short"])
    tab.set_account(accounts["long"])
    assert header.sectionSize(SUBJECT) == chosen
    tab.view.sortByColumn(SUBJECT, Qt.SortOrder.AscendingOrder)
    assert header.sectionSize(SUBJECT) == chosen

    again = _tab(qtbot, _ctx(db, tmp_path), "interactions")  # the next start, same settings
    assert again.view.horizontalHeader().sectionSize(SUBJECT) == chosen
    again.set_account(accounts["long"])
    assert again.view.horizontalHeader().sectionSize(SUBJECT) == chosen


def test_columns_not_touched_fit_the_rows_and_do_not_jump_back(
    qtbot: Any, db: Database, tmp_path: Path, accounts: dict[str, str]
) -> None:
    tab = _tab(qtbot, _ctx(db, tmp_path), "interactions")
    tab.set_account(accounts["short"])
    header = tab.view.horizontalHeader()
    short = header.sectionSize(SUBJECT)
    tab.set_account(accounts["long"])
    wide = header.sectionSize(SUBJECT)
    assert wide > short  # widened for the long subjects
    tab.set_account(accounts["short"])
    assert header.sectionSize(SUBJECT) == wide  # switching back does not make it jump
    last = header.count() - 1
    tab.resize(1300, 700)  # the stretched last column follows the window: not the user's
    assert str(last) not in (tab.ctx.settings.get(_setting()) or "")


def test_the_decision_chain_keeps_a_widened_column_after_a_reload(
    qtbot: Any, db: Database, tmp_path: Path, accounts: dict[str, str]
) -> None:
    ctx = _ctx(db, tmp_path)
    tab = _tab(qtbot, ctx, "people")
    tab.set_account(accounts["long"])
    header = tab.view.horizontalHeader()
    _drag_border(qtbot, tab.view, 1, 80)  # Title
    chosen = header.sectionSize(1)
    ctx.notify({"person"})
    tab.set_account(accounts["short"])
    tab.set_account(accounts["long"])
    assert header.sectionSize(1) == chosen


def _setting() -> Any:
    from desktop.ui.settings import COLUMN_WIDTHS

    return COLUMN_WIDTHS


def test_the_header_menu_gives_the_columns_back_to_their_content(
    qtbot: Any, db: Database, tmp_path: Path, accounts: dict[str, str]
) -> None:
    ctx = _ctx(db, tmp_path)
    tab = _tab(qtbot, ctx, "interactions")
    tab.set_account(accounts["long"])
    header = tab.view.horizontalHeader()
    fitted = header.sectionSize(SUBJECT)
    _drag_border(qtbot, tab.view, SUBJECT, -60)
    assert header.sectionSize(SUBJECT) < fitted
    (action,) = tab.widths.menu().actions()
    assert action.text() == "Fit columns to their content"
    action.trigger()
    assert header.sectionSize(SUBJECT) == fitted
    again = _tab(qtbot, _ctx(db, tmp_path), "interactions")  # nothing of the drag is kept
    again.set_account(accounts["long"])
    assert again.view.horizontalHeader().sectionSize(SUBJECT) == fitted
