"""Opening the dossier database and the unit of work (one session per user action).

    db = open_database(data_dir)
    with db.unit_of_work() as session:    # commits on success, rolls back on error
        repo.create_account(session, name="华东移动")

Soft-deleted rows are hidden from every ORM SELECT made through these sessions
(relationship loads included); pass ``execution_options(include_deleted=True)``
to a statement, or use ``session.get(..., execution_options=...)``, to see them.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker, with_loader_criteria

from desktop.db.models import Record
from desktop.errors import DatabaseDamagedError, DatabaseError

DB_FILENAME = "dossier.sqlite3"
APP_NAME = "Dossier"
ENV_DATA_DIR = "DOSSIER_DATA_DIR"


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: --data-dir, else $DOSSIER_DATA_DIR, else the platform's user data dir."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class DossierSession(Session):
    """The session class of the app: hides soft-deleted rows, checks domain invariants."""


@event.listens_for(DossierSession, "do_orm_execute")
def _hide_soft_deleted(state: ORMExecuteState) -> None:
    if (
        state.is_select
        and not state.is_column_load
        and not state.execution_options.get("include_deleted", False)
    ):
        state.statement = state.statement.options(
            with_loader_criteria(Record, lambda cls: cls.deleted_at.is_(None), include_aliases=True)
        )


def _on_connect(readonly: bool) -> Any:
    def connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=5000")
        if not readonly:
            cur.execute("PRAGMA journal_mode=WAL")
        # A committed edit survives a power cut.
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    return connect


def make_engine(path: Path, *, readonly: bool = False) -> Engine:
    if readonly:
        url = URL.create("sqlite", database=f"file:{path}?mode=ro", query={"uri": "true"})
    else:
        url = URL.create("sqlite", database=str(path))
    engine = create_engine(url)
    event.listen(engine, "connect", _on_connect(readonly))
    return engine


class Database:
    """One open dossier database: its file, engine and session factory."""

    def __init__(self, engine: Engine, path: Path | None, *, readonly: bool = False) -> None:
        self.engine = engine
        self.path = path
        self.readonly = readonly
        self._sessions = sessionmaker(
            bind=engine, class_=DossierSession, expire_on_commit=False, autoflush=True
        )

    def session(self) -> DossierSession:
        return self._sessions()

    @contextmanager
    def unit_of_work(self) -> Iterator[DossierSession]:
        """One user action: commit if the block succeeds, roll back if it raises."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    data_dir: str | os.PathLike[str] | None = None,
    *,
    readonly: bool = False,
    create: bool = True,
    migrate: bool = True,
) -> Database:
    """Open (creating and upgrading as needed) the dossier in ``data_dir``.

    Raises DatabaseError with a plain message when the folder cannot be written,
    the file is damaged or comes from a newer Dossier.
    """
    from desktop.db import invariants  # noqa: F401  (registers checks)
    from desktop.db import migrate as migrations

    folder = resolve_data_dir(data_dir)
    path = folder / DB_FILENAME
    if not path.exists():
        if not create or readonly:
            raise DatabaseError(
                f"There is no dossier database in {folder}. Run 'dossier demo' or start the app "
                "to create one.",
                f"{folder} 中没有档案数据库。请运行 'dossier demo' 或启动程序来新建一个。",
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path.touch(mode=0o600)
        except OSError as exc:
            raise DatabaseError(
                f"Cannot create the data folder {folder} ({exc.strerror}). Choose another folder "
                "with --data-dir or check its permissions.",
                f"无法创建数据文件夹 {folder}（{exc.strerror}）。请用 --data-dir 选择其他文件夹，"
                "或检查其权限。",
            ) from exc
    engine = make_engine(path, readonly=readonly)
    try:
        if migrate and not readonly:
            migrations.upgrade(engine, path)
        else:
            migrations.check_version(engine)
    except OperationalError as exc:
        engine.dispose()
        raise translate_operational_error(exc, path) from exc
    except SADatabaseError as exc:
        engine.dispose()
        raise damaged(path) from exc
    return Database(engine, path, readonly=readonly)


def damaged(path: Path | None) -> DatabaseDamagedError:
    return DatabaseDamagedError(
        f"The dossier database {path} is damaged or is not a Dossier database. "
        "Restore it from a backup ('dossier backups' lists them).",
        f"档案数据库 {path} 已损坏或不是 Dossier 数据库。请从备份恢复（'dossier backups' 可列出备份）。",
    )


def translate_operational_error(exc: OperationalError, path: Path | None) -> DatabaseError:
    """Turn SQLite's operational errors into plain sentences."""
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseError(
            f"The dossier database {path} is in use by another Dossier window or program. "
            "Close it and try again.",
            f"档案数据库 {path} 正被另一个 Dossier 窗口或程序使用。请关闭后重试。",
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DatabaseError(
            f"Dossier cannot write to {path}. Check that the folder is writable, or choose "
            "another with --data-dir.",
            f"Dossier 无法写入 {path}。请检查文件夹是否可写，或用 --data-dir 选择其他文件夹。",
        )
    if "disk" in text and "full" in text:
        return DatabaseError(
            "The disk is full: nothing was saved. Free some space and try again; what you "
            "saved before is safe.",
            "磁盘已满，本次未保存。请释放空间后重试；之前保存的内容不受影响。",
        )
    if "not a database" in text or "malformed" in text:
        return damaged(path)
    return DatabaseError(
        f"The dossier database {path} could not be used: {exc.orig}.",
        f"无法使用档案数据库 {path}：{exc.orig}。",
    )
