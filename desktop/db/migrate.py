"""Schema migrations with Alembic, run by the app itself at start.

A database from an older Dossier is backed up (SQLite's online backup API)
next to itself before it is upgraded; one from a newer Dossier is refused.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from desktop.errors import DatabaseError

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_version(engine: Engine) -> str | None:
    """The database's schema revision; DatabaseError if a newer Dossier made it."""
    rev = current_revision(engine)
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
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
