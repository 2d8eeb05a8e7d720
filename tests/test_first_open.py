"""The first open of a dossier tab is as quick as the next ones: what it would pay the
first time (SQLAlchemy compiling its statements, pypinyin's dictionaries, the pinyin of
names) is warmed in the background once the window has painted, and the pinyin of a
chain never seen before is made of words already converted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypinyin import lazy_pinyin
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from desktop.cli import main as cli
from desktop.db.ledger import ledger_counts, ledger_rows, warm_ledger
from desktop.db.models import Account
from desktop.db.people import decision_chain, name_sort_key, warm_decision_chain
from desktop.db.session import Database, open_database
from desktop.ui.warmup import warm_after_first_paint


@pytest.mark.parametrize("name", [
    "张伟", "曾国藩", "重庆银行", "单田芳", "欧阳修", "银行行长", "朝阳区分行", "IBM中国",
    "Li Na 李娜", "张三丰 (Mike)", "", " ", "①②", "A-b", "长沙长城",
])
def test_a_names_sort_key_is_its_pinyin_as_before(name: str) -> None:
    assert name_sort_key(name) == " ".join(lazy_pinyin(name)).casefold()


def test_chains_sort_by_pinyin() -> None:
    names = ["周杰", "安娜", "Zoe", "曾伟", "北京人", "张伟"]
    assert sorted(names, key=name_sort_key) == ["安娜", "北京人", "曾伟", "张伟", "周杰", "Zoe"]


@pytest.fixture
def demo_db(tmp_path: Path) -> Any:
    folder = tmp_path / "data"
    assert cli(["--data-dir", str(folder), "demo"]) == 0
    database = open_database(folder)
    yield database
    database.close()


def compiled(db: Database) -> int:
    cache = db.engine._compiled_cache
    assert cache is not None
    return len(cache)


def test_after_warming_the_first_chain_and_ledger_compile_nothing(demo_db: Database) -> None:
    with demo_db.unit_of_work() as s:
        account = s.query(Account).order_by(Account.name).first()
        assert account is not None
        account_id = account.id
    with demo_db.unit_of_work() as s:
        warm_decision_chain(s)
        warm_ledger(s, sort="status", lang="zh")
    before = compiled(demo_db)
    with demo_db.unit_of_work() as s:
        chain = decision_chain(s, account_id)
        counts = ledger_counts(s, account_id)
        lines = ledger_rows(s, account_id, sort="status", lang="zh", limit=60)
    assert chain and lines and counts.total >= len(lines)  # a real chain and ledger were read
    assert compiled(demo_db) == before


def test_warming_runs_once_after_the_first_paint_and_never_for_a_hidden_window(qtbot: Any) -> None:
    ran: list[int] = []
    hidden = QWidget()
    qtbot.addWidget(hidden)
    warm_after_first_paint(hidden, lambda: ran.append(0))
    window = QMainWindow()
    qtbot.addWidget(window)
    body = QWidget()
    QVBoxLayout(body).addWidget(QLabel("决策链"))
    window.setCentralWidget(body)
    warm_after_first_paint(body, lambda: ran.append(1))
    assert ran == []  # not while the window is built
    window.show()
    qtbot.waitUntil(lambda: ran == [1], timeout=5000)
    window.update()
    qtbot.wait(100)
    assert ran == [1]
