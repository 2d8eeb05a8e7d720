"""Schema migrations with Alembic, run by the app itself at start.

A database from an older Dossier is backed up (SQLite's online backup API)
next to itself before it is upgraded; one from a newer Dossier is refused.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect

from desktop.errors import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
_PACKAGED = MIGRATIONS
# The newest revision of the scripts in migrations/versions, kept equal to Alembic's head by
# tests/test_startup_marker.py: a database already at HEAD opens without importing Alembic
# (a third of a second at every start). Adding a migration means updating HEAD.
HEAD = "today01"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def scripts_head() -> str:
    """Alembic's head of the scripts in MIGRATIONS (reads every migration file)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def head_revision() -> str:
    return HEAD if MIGRATIONS == _PACKAGED else scripts_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                    "AND name = 'alembic_version'").scalar():
            return None
        rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) > 1:
        raise DatabaseError(
            "This dossier's schema version is ambiguous; it was not made by this Dossier.",
            "此档案的结构版本不明确，并非由本版本的 Dossier 创建。")
    return str(rows[0][0]) if rows else None


def check_version(engine: Engine) -> str | None:
    """The database's schema revision; DatabaseError if a newer Dossier made it."""
    rev = current_revision(engine)
    if rev == head_revision():
        return rev  # the usual case: no need to read the scripts
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    if rev is not None:
        try:
            scripts.get_revision(rev)
        except Exception as exc:
            raise DatabaseError(
                "This dossier was saved by a newer version of Dossier. Install the newer "
                "version to open it; nothing was changed.",
                "此档案由更新版本的 Dossier 保存。请安装新版本后再打开；档案未被改动。",
            ) from exc
    return rev


def backup_before_upgrade(path: Path, rev: str | None) -> Path:
    """Copy the database aside with SQLite's backup API before an upgrade."""
    folder = path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"pre-upgrade-{rev or 'none'}-{stamp}.sqlite3"
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    target.chmod(0o600)
    return target


def upgrade(engine: Engine, path: Path | None) -> None:
    """Bring the database to the newest schema (creating it when empty)."""
    rev = check_version(engine)
    head = head_revision()
    if rev == head:
        return
    has_tables = bool(inspect(engine).get_table_names())
    if has_tables and path is not None:
        backup_before_upgrade(path, rev)
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
