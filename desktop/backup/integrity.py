"""Integrity checks: SQLite's quick_check/integrity_check and the schema version.

A damaged database is never written to: callers check first and, when the
result is not healthy, offer a restore or a read-only open.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.db.session import DB_FILENAME, connect_raw, resolve_key, wrong_passphrase
from desktop.errors import DatabaseError


@dataclass
class CheckResult:
    """What a check found: ``healthy`` is False when SQLite reported any problem."""

    path: Path
    healthy: bool
    problems: list[str] = field(default_factory=list)
    schema_revision: str | None = None
    schema_current: bool = True

    def summary(self) -> str:
        if self.healthy and self.schema_current:
            return f"{self.path}: healthy (schema {self.schema_revision})."
        if self.healthy:
            return (f"{self.path}: healthy, but its schema ({self.schema_revision}) is not "
                    "the current one; the app upgrades it when it opens.")
        count = len(self.problems)
        return (f"{self.path}: DAMAGED (SQLite found {count} problem{'s' * (count != 1)}). "
                "Restore it from a backup ('dossier backups', then 'dossier restore FILE').")


def run_check(conn: Any, *, full: bool = False) -> list[str]:
    """SQLite's own check on an open DB-API connection; [] when healthy."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except Exception as exc:  # sqlite3 or sqlcipher3 DatabaseError: not a database at all
        return [str(exc)]
    problems = [str(r[0]) for r in rows if str(r[0]).lower() != "ok"]
    if not problems and full:
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        problems += [f"broken reference in {row[0]} (row {row[1]})" for row in fk]
    return problems


def verify_passphrase(path: Path, key: str | None) -> None:
    """Raise PassphraseError when ``key`` does not open ``path`` (reads the schema, not the
    whole file). Other problems are left to the check and the open that follow."""
    try:
        conn = connect_raw(path, key, readonly=True)
    except Exception:
        return
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:
        if "not a database" in str(exc).lower():
            raise wrong_passphrase(path) from exc
    finally:
        conn.close()


def schema_revision(conn: Any) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except Exception:
        return None
    return str(row[0]) if row else None


def check_file(path: Path, key: str | None = None, *, full: bool = False) -> CheckResult:
    """Check one database or backup file (opened read-only, never written)."""
    if not path.is_file():
        return CheckResult(path, False, [f"there is no file {path}"])
    try:
        conn = connect_raw(path, key, readonly=True)
    except Exception as exc:
        return CheckResult(path, False, [str(exc)])
    try:
        problems = run_check(conn, full=full)
        if problems and key is not None and any("not a database" in p for p in problems):
            raise wrong_passphrase(path)
        rev = schema_revision(conn) if not problems else None
    finally:
        conn.close()
    if not problems and rev is None:
        problems = ["it has no Dossier schema"]
    result = CheckResult(path, not problems, problems, rev)
    if rev is not None:
        from desktop.db.migrate import head_revision

        result.schema_current = rev == head_revision()
    return result


def check_data_dir(folder: Path, key: str | None = None, *, full: bool = True) -> CheckResult:
    """The check of ``dossier check`` and of the app's start, for the dossier in ``folder``."""
    path = folder / DB_FILENAME
    if not path.exists():
        raise DatabaseError(
            f"There is no dossier database in {folder}.", f"{folder} 中没有档案数据库。"
        )
    from desktop.db.session import is_encrypted, missing_passphrase

    key = resolve_key(folder, key)
    if key is None and is_encrypted(folder):
        raise missing_passphrase(path)
    return check_file(path, key, full=full)


def is_sqlite_error(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("sqlcipher3")
