"""An empty list says what to do: "No interactions yet. Click “Log interaction…” …"."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop.db.models import Account, Interaction
from desktop.db.session import Database
from desktop.ui.commitments import CommitmentsTab
from desktop.ui.context import AppContext
from desktop.ui.interactions import InteractionsTab
from desktop.ui.settings import Settings

# The offscreen platform warns whenever a shown top-level widget has a layout.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def ctx(qapp: object, db: Database, tmp_path: Path) -> AppContext:
    context = AppContext(db, Settings(tmp_path / "settings.ini"), tmp_path)
    context.apply_language("en")
    return context


def _viewport(tab: InteractionsTab | CommitmentsTab) -> QImage:
    return tab.view.viewport().grab().toImage()


def _ink(image: QImage) -> int:
    """Pixels that differ from the top-left one (the empty background)."""
    blank = image.pixel(0, 0)
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if image.pixel(x, y) != blank)


def test_an_empty_interactions_list_tells_what_to_do(qtbot, ctx: AppContext, db: Database) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        account = Account(name="Empty Co")
        s.add(account)
        s.flush()
        account_id = account.id
    tab = InteractionsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(900, 500)
    tab.show()
    tab.set_account(None)
    assert tab.view.empty_hint() == ""  # no account: the summary says to choose one
    blank = _ink(_viewport(tab))
    tab.set_account(account_id)
    assert "Log interaction…" in tab.view.empty_hint()
    assert _ink(_viewport(tab)) > blank + 50  # the hint is painted
    ctx.apply_language("zh")
    assert "记录互动…" in tab.view.empty_hint()
    ctx.apply_language("en")
    with db.unit_of_work() as s:
        s.add(Interaction(account_id=account_id, subject="Kick-off", starts_at=datetime(2026, 3, 1)))
    tab.reload()
    assert tab.model.rowCount() == 1
    asked: list[int] = []
    tab.view.empty_hint = lambda: asked.append(1) or "hint"
    _viewport(tab)
    assert not asked  # a list with rows shows them, not the hint


def test_an_empty_ledger_tells_what_to_do(qtbot, ctx: AppContext, db: Database) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        account = Account(name="Empty Co")
        s.add(account)
        s.flush()
        account_id = account.id
    tab = CommitmentsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_account(account_id)
    assert "every promise, ours and theirs" in tab.view.empty_hint()
