"""Account names sort by pinyin (北京… before 上海…), as in the phone's contact list.

SQLite orders text by code point, which puts Chinese names in an order nobody knows.
``account.name_key`` holds the pinyin of the name (desktop.db.people.name_sort_key),
kept at every flush like the stored last contacts: derived data, not mapped on the
model, never exported, rebuilt by :func:`rebuild_connection`.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from desktop.db.models import Account


def name_key(name: str) -> str:
    from desktop.db.people import name_sort_key

    return name_sort_key(name or "")


def rebuild_connection(conn: sqlite3.Connection) -> None:
    rows = conn.execute("SELECT id, name FROM account").fetchall()
    conn.executemany("UPDATE account SET name_key = ? WHERE id = ?",
                     [(name_key(name), rid) for rid, name in rows])


def _after_flush(session: Session, _ctx: object) -> None:
    changed = []
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Account):
            state: Any = inspect(obj)
            if obj in session.new or state.attrs.name.history.has_changes():
                changed.append((name_key(obj.name), obj.id))
    if changed:
        raw = session.connection().connection.driver_connection
        assert raw is not None
        raw.executemany("UPDATE account SET name_key = ? WHERE id = ?", changed)


def install() -> None:
    from desktop.db.session import DossierSession

    if not event.contains(DossierSession, "after_flush", _after_flush):
        event.listen(DossierSession, "after_flush", _after_flush)


def column() -> Any:
    from sqlalchemy import String, literal_column

    return literal_column("account.name_key", type_=String)
