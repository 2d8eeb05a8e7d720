"""The whole window with every feature plugged in, on the demo dossiers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.cli import main as cli
from desktop.db.models import Account, Interaction
from desktop.db.session import Database, open_database
from desktop.ui.app import build_window
from desktop.ui.context import AppContext
from desktop.ui.settings import Settings


@pytest.fixture
def demo_db(tmp_path: Path) -> Any:
    folder = tmp_path / "data"
    assert cli(["--data-dir", str(folder), "demo"]) == 0
    database = open_database(folder)
    yield database
    database.close()


@pytest.fixture
def window(qtbot: Any, demo_db: Database, tmp_path: Path) -> Any:
    ctx = AppContext(demo_db, Settings(tmp_path / "settings.ini"), tmp_path / "data")
    ctx.apply_language("en")
    win = build_window(ctx, reminder=False, lock=False)
    qtbot.addWidget(win)
    win.show()
    yield win
    ctx.apply_language("en")


def test_the_app_opens_on_today_with_every_dossier_tab(window: Any) -> None:
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:3] == ["Today", "Overview", "Decision chain"]
    assert {"Interactions", "Commitments", "Structure"} <= set(titles)
    assert window.tabs.currentWidget() is window.features.today
    assert window.panel.model.rowCount() == 3  # the three demo accounts
    today = window.features.today
    assert today.ours_model.rowCount() > 0  # the demo has promises of ours due
    assert today.contacts_model.rowCount() > 0  # and people overdue for a call


def test_selecting_an_account_fills_the_decision_chain(window: Any, demo_db: Database) -> None:
    with demo_db.unit_of_work() as s:
        telecom = s.scalars(select(Account).where(Account.short_name == "华东移动")).one()
    window.panel.select(telecom.id)
    window.tabs.setCurrentWidget(window.people)  # read when shown (behind Today until then)
    assert window.people.model.rowCount() >= 12


def test_switching_to_chinese_relabels_the_whole_window(window: Any) -> None:
    window.ctx.apply_language("zh")
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:3] == ["今日", "概况", "决策链"]
    assert window.features.backups_action.text() == "备份…"


def test_the_memo_is_written_off_the_gui_thread(qtbot: Any, window: Any, demo_db: Database, tmp_path: Path) -> None:
    with demo_db.unit_of_work() as s:
        visit = s.scalars(select(Interaction).where(Interaction.notes != "")
                          .order_by(Interaction.starts_at.desc())).first()
        assert visit is not None
        visit_id, account_id, account_name = visit.id, visit.account_id, visit.account.name
    out = tmp_path / "memo.pdf"
    written: list[Path] = []
    window.features.documents.build("memo", visit_id, account_id, "zh", out, on_done=written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=20000)
    text = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert account_name in text and "备忘录" in text


def test_a_search_hit_opens_its_person_in_the_dossier(window: Any, demo_db: Database) -> None:
    from desktop.db.models import Person
    from desktop.search.query import search

    with demo_db.unit_of_work() as s:
        hits = [h for h in search(s, "zj") if h.kind == "person"]  # pinyin initials
        names = {h.record_id: s.get(Person, h.record_id).name for h in hits}  # type: ignore[union-attr]
    assert "周建国" in names.values()
    pid = next(k for k, v in names.items() if v == "周建国")
    hit = next(h for h in hits if h.record_id == pid)
    window.features.open_hit("person", pid, hit.account_id)
    assert window.current_account() == hit.account_id
    assert window.tabs.currentWidget() is window.people
    assert pid in window.people.dialogs


def test_a_person_added_in_the_window_is_found_at_once(window: Any, demo_db: Database) -> None:
    from desktop.db.models import Person
    from desktop.search.query import search
    from desktop.ui.undo import Create, push

    with demo_db.unit_of_work() as s:
        account_id = s.scalars(select(Account).where(Account.short_name == "华东移动")).one().id
    ctx = window.ctx
    push(ctx, Create(ctx, lambda _s: Person(name="欧阳赟", account_id=account_id), kinds={"person"}))
    with demo_db.unit_of_work() as s:
        assert any(h.kind == "person" for h in search(s, "欧阳赟"))
    ctx.undo_stack.undo()
    with demo_db.unit_of_work() as s:
        assert not any(h.kind == "person" for h in search(s, "欧阳赟"))


def test_a_dossier_json_from_another_laptop_imports_from_the_window(
    qtbot: Any, window: Any, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    other = tmp_path / "other"
    assert cli(["--data-dir", str(other), "demo"]) == 0
    db2 = open_database(other)
    with db2.unit_of_work() as s:
        s.add(Account(name="路上新客户"))
    db2.close()
    exported = tmp_path / "laptop.json"
    assert cli(["--data-dir", str(other), "export", "-o", str(exported)]) == 0
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    window.features.run_json_import(exported)
    qtbot.waitUntil(lambda: bool(told), timeout=30000)
    assert "laptop.json" in told[0]
    names = [window.panel.model.rows[i].name for i in range(window.panel.model.rowCount())]
    assert "路上新客户" in names
