"""The search dialog: type, see grouped hits with the match highlighted, Enter opens the record."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.db.models import Account, Interaction, Person
from desktop.db.session import Database
from desktop.search import index
from desktop.ui.search_dialog import HitRole, HtmlRole, SearchDialog, SearchResultsModel


def _fill(db: Database) -> tuple[str, str, str]:
    index.install()
    with db.unit_of_work() as s:
        acc = Account(name="华东移动")
        s.add(acc)
        s.flush()
        p = Person(account_id=acc.id, name="张伟", title="CTO")
        it = Interaction(account_id=acc.id, starts_at=datetime(2026, 3, 1, 9),
                         notes="张伟提到续约前要看SLA")
        s.add_all([p, it])
        return acc.id, p.id, it.id


def test_model_passes_the_model_tester(qtmodeltester: object, db: Database) -> None:
    _fill(db)
    from desktop.search.query import search

    model = SearchResultsModel()
    with db.unit_of_work() as s:
        model.set_hits(search(s, "张伟"))
    assert model.rowCount() == 4  # two headings, two hits
    assert model.index(0).data(HitRole) is None
    assert "<span" in model.index(3).data(HtmlRole)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_typing_finds_and_enter_opens_the_record(qtbot: QtBot, db: Database) -> None:
    acc, person, visit = _fill(db)
    dialog = SearchDialog(db)
    qtbot.addWidget(dialog)

    qtbot.keyClicks(dialog.edit, "zw")
    qtbot.waitUntil(lambda: dialog.model.hit_count() == 1, timeout=5000)
    assert dialog.view.currentIndex().data(HitRole).record_id == person
    dialog.edit.setText("续约 sla")
    qtbot.waitUntil(lambda: dialog.model.hit_count() == 1
                    and dialog.view.currentIndex().data(HitRole).record_id == visit, timeout=5000)
    with qtbot.waitSignal(dialog.open_record, timeout=2000) as blocker:
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert blocker.args == ["interaction", visit, acc]


def test_nothing_found_and_punctuation_say_so_plainly(qtbot: QtBot, db: Database) -> None:
    _fill(db)
    dialog = SearchDialog(db)
    qtbot.addWidget(dialog)
    dialog.edit.setText("报价单")  # as an IME commits it (QTest types ASCII only)
    qtbot.waitUntil(lambda: "Nothing matches" in dialog.status.text(), timeout=5000)
    dialog.edit.setText('"*(')
    qtbot.waitUntil(lambda: "Nothing matches" in dialog.status.text(), timeout=5000)
    assert dialog.model.rowCount() == 0
    dialog.wait_idle()


def test_a_late_answer_after_the_dialog_closed_is_dropped(qtbot: QtBot) -> None:
    """A query still running when its dialog is destroyed must not touch the dead widget."""
    import shiboken6
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QWidget

    from desktop.ui.worker import run_in_background

    owner = QWidget()
    seen: list[object] = []
    pool = QThreadPool()
    run_in_background(lambda: 42, seen.append, seen.append, pool=pool, context=owner)
    shiboken6.delete(owner)  # gone before the event loop can deliver the answer
    pool.waitForDone(2000)
    qtbot.wait(50)
    assert seen == []


def test_a_search_that_fails_says_so_in_plain_words(qtbot: QtBot, db: Database,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from desktop.errors import DatabaseError
    from desktop.ui import search_dialog

    _fill(db)
    dialog = SearchDialog(db, lang="en")
    qtbot.addWidget(dialog)

    def locked(*_args: object, **_kw: object) -> list[object]:
        raise DatabaseError("The dossier is busy in another window; try again in a moment.",
                            "档案正被另一个窗口占用，请稍后再试。")

    monkeypatch.setattr(search_dialog, "search", locked)
    dialog.edit.setText("续约")
    qtbot.waitUntil(lambda: "busy in another window" in dialog.status.text(), timeout=5000)

    logged: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: logged.append(exc))

    def bug(*_args: object, **_kw: object) -> list[object]:
        raise KeyError("rowid 42")

    monkeypatch.setattr(search_dialog, "search", bug)
    dialog.edit.setText("续约 sla")
    qtbot.waitUntil(lambda: "could not run" in dialog.status.text(), timeout=5000)
    assert "rowid" not in dialog.status.text() and "KeyError" not in dialog.status.text()
    assert [type(e) for e in logged] == [KeyError]  # the crash handler logs it
    assert dialog.model.rowCount() == 0
    dialog.wait_idle()
