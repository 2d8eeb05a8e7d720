"""A short list has no scroll bar; a long one has it from its first paint."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.db.models import Account, Interaction
from desktop.db.session import Database
from desktop.ui.context import AppContext
from desktop.ui.interactions import InteractionsTab
from desktop.ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_scroll_bar_shows_only_for_a_list_longer_than_the_view(
        qtbot, qapp: object, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx = AppContext(db, Settings(tmp_path / "settings.ini"), tmp_path)
    ctx.apply_language("en")
    with db.unit_of_work() as s:
        short, long = Account(name="Short"), Account(name="Long")
        start = datetime(2026, 1, 1, 9)
        s.add_all([short, long])
        s.add_all(Interaction(account=short, subject=f"s{i}", starts_at=start + timedelta(days=i))
                  for i in range(3))
        s.add_all(Interaction(account=long, subject=f"l{i}", starts_at=start + timedelta(days=i))
                  for i in range(30))
        s.flush()
        ids = short.id, long.id
    tab = InteractionsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(900, 600)
    tab.show()
    bar = tab.view.verticalScrollBar()
    for account_id, shown in ((ids[0], False), (ids[1], True), (ids[0], False)):
        tab.set_account(account_id)
        qtbot.wait(10)
        assert bar.isVisible() == shown, account_id
    tab.set_account(ids[1])
    tab.resize(900, 2400)  # a tall window holds all 30 rows: no bar
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=2_000)
