"""Plain sentences for database failures that happen after the database is open.

open_database() already explains failures while opening; a write can still meet
a lock held by another program, a full disk or a read-only file. Each command
does its work in ``with plain_database_errors(open_db(args)) as db:`` so the
user reads the same plain sentence instead of a crash report.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import OperationalError

from desktop.db.session import Database, translate_operational_error


@contextmanager
def plain_database_errors(db: Database) -> Iterator[Database]:
    """Translate SQLite's operational failures into plain sentences; close the database."""
    try:
        yield db
    except OperationalError as exc:
        raise translate_operational_error(exc, db.path) from exc
    finally:
        db.close()
