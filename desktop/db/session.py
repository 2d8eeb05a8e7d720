"""Opening the dossier database and the unit of work (one session per user action).

    db = open_database(data_dir)
    with db.unit_of_work() as session:    # commits on success, rolls back on error
        repo.create_account(session, name="华东移动")

Soft-deleted rows are hidden from every ORM SELECT made through these sessions
(relationship loads included); pass ``execution_options(include_deleted=True)``
to a statement, or use ``session.get(..., execution_options=...)``, to see them.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker, with_loader_criteria

from desktop.db.models import Record
from desktop.errors import DatabaseDamagedError, DatabaseError, DossierError
from desktop.paths import APP_NAME, ENV_DATA_DIR, resolve_data_dir  # noqa: F401  (here before)

DB_FILENAME = "dossier.sqlite3"
ENV_PASSPHRASE = "DOSSIER_PASSPHRASE"
# Present in the data folder when the database (and its backups) are encrypted.
ENCRYPTION_MARKER = "encryption.json"
KEYRING_SERVICE = "Dossier"
SQLITE_MAGIC = b"SQLite format 3\x00"


class PassphraseError(DatabaseError):
    """The database is encrypted and the passphrase is missing or wrong."""


def missing_passphrase(path: Path | None) -> PassphraseError:
    return PassphraseError(
        f"The dossier database {path} is encrypted. Type its passphrase, or set "
        f"{ENV_PASSPHRASE} for scripts.",
        f"档案数据库 {path} 已加密。请输入密码，脚本可设置环境变量 {ENV_PASSPHRASE}。",
    )


def wrong_passphrase(path: Path | None) -> PassphraseError:
    return PassphraseError(
        f"The passphrase for {path} is wrong. Check it (capital letters, input method) and try "
        "again; nothing was changed.",
        f"{path} 的密码不正确。请检查（大小写、输入法）后重试；档案未被改动。",
    )


def is_encrypted(folder: Path) -> bool:
    """Whether the dossier in ``folder`` is encrypted (Dossier leaves a marker file there)."""
    return (folder / ENCRYPTION_MARKER).exists()


def has_plain_header(path: Path) -> bool:
    """True for a plaintext SQLite file (or an empty/missing one)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return True
    return len(head) < 16 or head == SQLITE_MAGIC


def _marker_settings(folder: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((folder / ENCRYPTION_MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else {}


def keyring_get(path: Path) -> str | None:
    """The key remembered in the OS keychain for this database, if any (never raises)."""
    try:
        import keyring

        value = keyring.get_password(KEYRING_SERVICE, str(path.resolve()))
    except Exception:  # no keychain backend, locked keychain …: the passphrase still works
        return None
    return value or None


def resolve_key(folder: Path, key: str | None = None) -> str | None:
    """The passphrase to use: given, else $DOSSIER_PASSPHRASE, else the keychain; None if plain."""
    env = os.environ.get(ENV_PASSPHRASE)
    if not is_encrypted(folder):
        # No marker: a file without a SQLite header may still be encrypted (a copied file).
        if has_plain_header(folder / DB_FILENAME):
            return None
        return key or env or None
    if key:
        return key
    if env:
        return env
    settings = _marker_settings(folder) or {}
    if settings.get("keyring"):
        return keyring_get(folder / DB_FILENAME)
    return None


# SQLCipher 4's key derivation: PBKDF2-HMAC-SHA512, 256 000 rounds, salt = the file's first
# 16 bytes. Deriving once per (passphrase, salt) and handing SQLCipher the raw key makes every
# further connection (backups, checks, unlock) instant instead of ~0.5 s each.
KDF_ITER = 256_000
_DERIVED: dict[tuple[str, bytes], bytes] = {}


def file_salt(path: Path | None) -> bytes | None:
    """The SQLCipher salt of an existing encrypted file, else None."""
    if path is None:
        return None
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return None
    return head if len(head) == 16 and head != SQLITE_MAGIC else None


def raw_key(passphrase: str, salt: bytes, *, with_salt: bool = True) -> str:
    """SQLCipher's raw-key form (x'key+salt') of ``passphrase`` for files with ``salt``."""
    cache = (passphrase, salt)
    if cache not in _DERIVED:
        import hashlib

        _DERIVED[cache] = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, KDF_ITER, 32)
    key = _DERIVED[cache].hex()
    return f"x'{key}{salt.hex()}'" if with_salt else f"x'{key}'"


def forget_derived_keys() -> None:
    _DERIVED.clear()


def keyed(path: Path, key: str | None, like: Path | None = None) -> str | None:
    """The key string to hand SQLCipher for ``path`` (a new file takes the salt of ``like``)."""
    if key is None or key.startswith("x'"):
        return key
    salt = file_salt(path) or file_salt(like)
    return raw_key(key, salt) if salt is not None else key


def connect_raw(
    path: Path, key: str | None = None, *, readonly: bool = False, like: Path | None = None
) -> Any:
    """A plain DB-API connection (sqlite3, or sqlcipher3 when keyed) for backups and checks."""
    if key is None:
        if readonly:
            return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        return sqlite3.connect(path)
    sqlcipher3 = sqlcipher_module()
    if readonly:
        conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True)
    else:
        conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key={quote_key(keyed(path, key, like) or '')}")
    conn.execute("PRAGMA temp_store=MEMORY")
    return conn


_QUIET: list[bool] = []


def sqlcipher_module() -> Any:
    """sqlcipher3, with SQLCipher's own stderr logging turned off (a wrong key is our message)."""
    import sqlcipher3

    if not _QUIET:
        conn = sqlcipher3.connect(":memory:")
        try:
            conn.execute("PRAGMA cipher_log_level=NONE")
        except Exception:
            pass
        finally:
            conn.close()
        _QUIET.append(True)
    return sqlcipher3


def quote_key(key: str) -> str:
    return '"' + key.replace('"', '""') + '"'  # SQLCipher reads x'…' inside double quotes as raw


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


@event.listens_for(DossierSession, "before_flush")
def _refuse_writes(session: Session, _flush: object, _instances: object) -> None:
    database = session.info.get("database")
    if database is not None and database.refusal is not None:
        raise database.refusal


def _on_connect(readonly: bool, encrypted: bool = False) -> Any:
    def connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        cur = dbapi_conn.cursor()
        if encrypted:
            # No plaintext temp files on disk.
            cur.execute("PRAGMA temp_store=MEMORY")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=5000")
        if readonly:
            cur.execute("PRAGMA query_only=ON")
        else:
            cur.execute("PRAGMA journal_mode=WAL")
        # A committed edit survives a power cut.
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    return connect


def make_engine(
    path: Path, *, readonly: bool = False, key: str | None = None, immutable: bool = False
) -> Engine:
    """The engine of one database file; ``key`` opens it with SQLCipher.

    ``immutable`` (read-only media, where SQLite cannot create the WAL index) makes
    SQLite read the file without any locking or side files.
    """
    driver = "sqlite" if key is None else "sqlite+pysqlcipher"
    if key is not None:
        sqlcipher_module()
    if readonly:
        url = URL.create(
            driver, password=keyed(path, key),
            database=f"file:{path}?mode=ro" + "&immutable=1" * immutable, query={"uri": "true"},
        )
    else:
        url = URL.create(driver, password=keyed(path, key), database=str(path))
    # An encrypted dossier's values never reach error messages (and so never the log file).
    engine = create_engine(url, hide_parameters=key is not None)
    event.listen(engine, "connect", _on_connect(readonly, key is not None))
    return engine


class Database:
    """One open dossier database: its file, engine and session factory."""

    def __init__(
        self, engine: Engine, path: Path | None, *, readonly: bool = False, key: str | None = None
    ) -> None:
        self.engine = engine
        self.path = path
        self.readonly = readonly
        self.key = key
        self._sessions = sessionmaker(
            bind=engine, class_=DossierSession, expire_on_commit=False, autoflush=True,
            info={"database": self},
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
        except OperationalError as exc:
            # Disk full, read-only folder, locked file: nothing of this action was saved,
            # and what was saved before is untouched (the transaction rolls back).
            session.rollback()
            if self.refusal is not None:
                raise self.refusal from exc
            raise translate_operational_error(exc, self.path) from exc
        except SADatabaseError as exc:
            session.rollback()
            if "not a database" in str(exc).lower() or "malformed" in str(exc).lower():
                raise damaged(self.path) from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @property
    def data_dir(self) -> Path | None:
        return self.path.parent if self.path is not None else None

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def raw_connection(self, *, readonly: bool = False) -> Any:
        """A fresh DB-API connection to the same file with the same key (backups, checks)."""
        assert self.path is not None
        return connect_raw(self.path, self.key, readonly=readonly)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ---------------------------------------- damage found while open: stop writing
    refusal: DossierError | None = None  # set: every write raises it (see stop_writing)

    def stop_writing(self, refusal: DossierError) -> None:
        """From now on nothing reaches the file: read-only connections, and a flush raises
        ``refusal`` before any SQL is sent. The read-only connection is opened before the
        read-write ones close, so their closing does not checkpoint the WAL into the file."""
        assert self.path is not None
        engine = make_engine(self.path, readonly=True, key=self.key)
        verify_key(engine, self.path)
        old, self.engine = self.engine, engine
        self._sessions.configure(bind=engine)
        self.readonly, self.refusal = True, refusal
        old.dispose()

    def resume_writing(self) -> None:
        """After the file was replaced by a healthy one (a restore): read-write again."""
        self.readonly, self.refusal = False, None
        self.reopen()

    def lock(self) -> None:
        """Drop every connection and the key (auto-lock); ``unlock`` brings them back."""
        self.engine.dispose()
        self.key = None
        forget_derived_keys()
        self.engine = create_engine("sqlite://")  # nothing of the dossier is reachable
        self._sessions.configure(bind=self.engine)

    def reopen(self) -> None:
        """New connections to the same file (after a restore replaced it)."""
        self.unlock(self.key)

    def unlock(self, key: str | None) -> None:
        """Reopen after ``lock``; raises PassphraseError when the passphrase is wrong."""
        assert self.path is not None
        if is_encrypted(self.path.parent):
            if not key:
                raise missing_passphrase(self.path)
        else:
            key = None
        engine = make_engine(self.path, readonly=self.readonly, key=key)
        try:
            verify_key(engine, self.path)
        except BaseException:
            engine.dispose()
            raise
        self.engine.dispose()
        self.engine = engine
        self.key = key
        self._sessions.configure(bind=engine)


def verify_key(engine: Engine, path: Path | None) -> None:
    """Read the schema once: a wrong key (or a damaged header) fails here, not later."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except SADatabaseError as exc:
        text = str(exc).lower()
        if "not a database" in text or "encrypted" in text:
            if engine.url.drivername.endswith("pysqlcipher"):
                raise wrong_passphrase(path) from exc
            raise damaged(path) from exc
        if isinstance(exc, OperationalError):
            raise translate_operational_error(exc, path) from exc
        raise damaged(path) from exc


def open_database(
    data_dir: str | os.PathLike[str] | None = None,
    *,
    readonly: bool = False,
    create: bool = True,
    migrate: bool = True,
    key: str | None = None,
    check: bool = False,
) -> Database:
    """Open (creating and upgrading as needed) the dossier in ``data_dir``.

    An encrypted dossier needs its passphrase: ``key``, else $DOSSIER_PASSPHRASE,
    else the OS keychain when the user chose to remember it there. The key is
    checked right away (PassphraseError when missing or wrong).

    ``check`` runs SQLite's quick_check first and raises DatabaseDamagedError
    instead of opening a damaged file for writing (the app's start does this).

    Raises DatabaseError with a plain message when the folder cannot be written,
    the file is damaged or comes from a newer Dossier.
    """
    from desktop.db import contacts, invariants, sortkeys  # noqa: F401  (registers checks)
    from desktop.search import index as search_index

    search_index.install()  # the search index changes in the same transaction as the data
    contacts.install()  # and so do the stored last contacts
    sortkeys.install()  # and the pinyin order of account names

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
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            path.touch(mode=0o600)
        except OSError as exc:
            raise DatabaseError(
                f"Cannot create the data folder {folder} ({exc.strerror}). Choose another folder "
                "with --data-dir or check its permissions.",
                f"无法创建数据文件夹 {folder}（{exc.strerror}）。请用 --data-dir 选择其他文件夹，"
                "或检查其权限。",
            ) from exc
    old_umask = os.umask(0o077)  # WAL, shm and journal files: readable by the owner only
    try:
        return _open(path, readonly=readonly, migrate=migrate, key=resolve_key(folder, key),
                     check=check)
    finally:
        os.umask(old_umask)


def _open(
    path: Path, *, readonly: bool, migrate: bool, key: str | None, check: bool = False
) -> Database:
    from desktop.db import migrate as migrations

    if key is None and is_encrypted(path.parent):
        raise missing_passphrase(path)
    engine = make_engine(path, readonly=readonly, key=key)
    try:
        try:
            verify_key(engine, path)
        except DatabaseError:
            if not readonly:
                raise
            # Read-only media: the WAL index cannot be created, read the file as it is.
            engine.dispose()
            engine = make_engine(path, readonly=True, key=key, immutable=True)
            verify_key(engine, path)
        if check and not readonly:
            with engine.connect() as conn:
                rows = conn.exec_driver_sql("PRAGMA quick_check").fetchall()
            if [tuple(r) for r in rows] != [("ok",)]:
                raise damaged(path)
        if migrate and not readonly:
            if key is None:
                migrations.upgrade(engine, path)
            else:
                _upgrade_encrypted(engine, path, key)
        else:
            migrations.check_version(engine)
    except DatabaseError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        raise translate_operational_error(exc, path) from exc
    except SADatabaseError as exc:
        engine.dispose()
        raise damaged(path) from exc
    return Database(engine, path, readonly=readonly, key=key)


def _upgrade_encrypted(engine: Engine, path: Path, key: str) -> None:
    """migrate.upgrade for an encrypted file: its pre-upgrade backup is encrypted too."""
    from sqlalchemy import inspect

    from desktop.db import migrate as migrations

    rev = migrations.check_version(engine)
    if rev == migrations.head_revision():
        return
    from alembic import command  # only now: importing Alembic takes a third of a second
    if inspect(engine).get_table_names():
        from desktop.backup.backups import make_backup

        make_backup(path, key, path.parent / "backups", reason=f"pre-upgrade-{rev or 'none'}")
    cfg = migrations.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


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
