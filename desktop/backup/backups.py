"""Backups with SQLite's online backup API (never a file copy of a live database).

Each backup is written under a temporary name, verified (integrity check and
schema), synced to disk and only then renamed to ``dossier-YYYYmmdd-HHMMSS-<reason>.sqlite3``:
a half-written file never looks like a backup. An encrypted dossier's backups
are encrypted with the same key. Rotation keeps the newest few, then one per
day, week and month.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.backup.integrity import CheckResult, check_file
from desktop.db.session import DB_FILENAME, Database, connect_raw
from desktop.errors import DatabaseError

BACKUP_DIRNAME = "backups"
SETTINGS_NAME = "backup-settings.json"
AUTO_INTERVAL = timedelta(minutes=30)
KEEP_NEWEST, KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 3, 12, 10, 9
_NAME = re.compile(r"^(?:dossier|pre-upgrade-[\w]+)-(\d{8}-\d{6})(?:-(\w[\w-]*))?\.sqlite3$")


@dataclass
class BackupInfo:
    path: Path
    when: datetime
    size: int
    reason: str
    healthy: bool | None = None  # None: not checked

    def as_dict(self) -> dict[str, Any]:
        return {"file": str(self.path), "when": self.when.isoformat(sep=" "),
                "size": self.size, "reason": self.reason, "healthy": self.healthy}


# ------------------------------------------------------------------ settings
def backup_folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIRNAME


def _settings(data_dir: Path) -> dict[str, Any]:
    try:
        data = json.loads((data_dir / SETTINGS_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _save_settings(data_dir: Path, data: dict[str, Any]) -> None:
    target = data_dir / SETTINGS_NAME
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)


def extra_folder(data_dir: Path) -> Path | None:
    """The user's extra backup folder (e.g. a USB stick), if one is chosen."""
    value = _settings(data_dir).get("extra_folder")
    return Path(value) if value else None


def set_extra_folder(data_dir: Path, folder: Path | None) -> None:
    data = _settings(data_dir)
    data["extra_folder"] = str(folder) if folder else None
    _save_settings(data_dir, data)


def all_folders(data_dir: Path) -> list[Path]:
    folders = [backup_folder(data_dir)]
    extra = extra_folder(data_dir)
    if extra is not None:
        folders.append(extra)
    return folders


# -------------------------------------------------------------------- making
def _no_space(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "full" in text or getattr(exc, "errno", None) == 28


def make_backup(
    source: Path, key: str | None, folder: Path, *, reason: str = "manual",
    now: datetime | None = None,
) -> Path:
    """Back up the database file ``source`` into ``folder``; return the verified backup."""
    now = now or datetime.now()
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = folder / f"dossier-{stamp}-{reason}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"dossier-{stamp}-{reason}{n}.sqlite3"
    tmp = folder / f".{target.name}.partial"
    old_umask = os.umask(0o077)
    try:
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            _online_copy(source, tmp, key)
            result = check_file(tmp, key, full=True)
            if not result.healthy:
                raise DatabaseError(
                    f"The backup of {source} failed its check; the database itself may be "
                    "damaged. Run 'dossier check'.",
                    f"{source} 的备份未通过检查，数据库本身可能已损坏。请运行 'dossier check'。",
                )
            _fsync(tmp)
            os.replace(tmp, target)
            _fsync_dir(folder)
        except DatabaseError:
            _unlink(tmp)
            raise
        except Exception as exc:
            _unlink(tmp)
            if _no_space(exc):
                raise DatabaseError(
                    f"The disk holding {folder} is full: the backup was not made. Free some space "
                    "or choose another backup folder; your dossier itself is unchanged.",
                    f"{folder} 所在磁盘已满，备份未完成。请释放空间或选择其他备份文件夹；档案本身未受影响。",
                ) from exc
            raise DatabaseError(
                f"Cannot write a backup into {folder} ({exc}). Check that the folder exists and "
                "is writable; your dossier itself is unchanged.",
                f"无法在 {folder} 中写入备份（{exc}）。请检查该文件夹是否存在且可写；档案本身未受影响。",
            ) from exc
    finally:
        os.umask(old_umask)
    return target


def _online_copy(source: Path, target: Path, key: str | None) -> None:
    src = connect_raw(source, key)
    try:
        dst = connect_raw(target, key, like=source)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def backup_database(db: Database, *, reason: str = "manual", rotate_after: bool = True) -> list[Path]:
    """Back up an open dossier into its backup folder and the extra folder, if any."""
    assert db.path is not None
    made = []
    for folder in all_folders(db.path.parent):
        made.append(make_backup(db.path, db.key, folder, reason=reason))
        if rotate_after:
            rotate(folder)
    _remember_fingerprint(db)
    return made


# ------------------------------------------------------------- auto backups
def fingerprint(db: Database) -> str:
    """Changes whenever any row is added, changed, soft- or hard-deleted."""
    from desktop.db.models import Base

    digest = hashlib.sha256()
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            cols = "count(*)" + (", max(updated_at)" if "updated_at" in table.c else "")
            row = conn.exec_driver_sql(f'SELECT {cols} FROM "{table.name}"').one()
            digest.update(repr((table.name, tuple(row))).encode())
    return digest.hexdigest()


def _remember_fingerprint(db: Database) -> None:
    assert db.path is not None
    data = _settings(db.path.parent)
    data["last_fingerprint"] = fingerprint(db)
    data["last_backup"] = datetime.now().isoformat()
    _save_settings(db.path.parent, data)


def auto_backup(db: Database, reason: str, *, now: datetime | None = None) -> list[Path]:
    """The automatic backup (start, exit, every 30 minutes): only when the data changed."""
    assert db.path is not None
    if not has_tables(db):
        return []
    settings = _settings(db.path.parent)
    if settings.get("last_fingerprint") == fingerprint(db):
        return []
    return backup_database(db, reason=reason)


def has_tables(db: Database) -> bool:
    with db.engine.connect() as conn:
        return bool(conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name='alembic_version'").scalar())


# ------------------------------------------------------------ list / rotate
def list_backups(folder: Path, key: str | None = None, *, check: bool = False) -> list[BackupInfo]:
    """The backups in ``folder``, newest first (with their health when ``check``)."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        m = _NAME.match(path.name)
        if not m or not path.is_file():
            continue
        when = datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")
        reason = m.group(2) or ("pre-upgrade" if path.name.startswith("pre-upgrade") else "")
        info = BackupInfo(path, when, path.stat().st_size, reason)
        if check:
            try:
                info.healthy = check_file(path, key).healthy
            except DatabaseError:
                info.healthy = False
        found.append(info)
    found.sort(key=lambda b: (b.when, b.path.name), reverse=True)
    return found


def newest_healthy(folders: list[Path], key: str | None) -> BackupInfo | None:
    """The newest backup that passes its check, across ``folders``."""
    every = [b for f in folders for b in list_backups(f, key)]
    every.sort(key=lambda b: b.when, reverse=True)
    for info in every:
        try:
            if check_file(info.path, key, full=True).healthy:
                info.healthy = True
                return info
        except DatabaseError:
            continue
    return None


def to_keep(backups: list[BackupInfo]) -> set[Path]:
    """Grandfather-father-son: the newest few, then one per day, ISO week and month."""
    ordered = sorted(backups, key=lambda b: b.when, reverse=True)
    keep = {b.path for b in ordered[:KEEP_NEWEST]}
    buckets = (
        (KEEP_DAILY, lambda d: d.date()),
        (KEEP_WEEKLY, lambda d: d.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda d: (d.year, d.month)),
    )
    for count, bucket in buckets:
        seen: list[Any] = []
        for b in ordered:
            k = bucket(b.when)
            if k in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(k)
            keep.add(b.path)
    return keep


def rotate(folder: Path) -> list[Path]:
    """Delete the backups the rotation does not keep; return the deleted files."""
    backups = list_backups(folder)
    keep = to_keep(backups)
    gone = []
    for b in backups:
        if b.path not in keep:
            _unlink(b.path)
            gone.append(b.path)
    return gone


# -------------------------------------------------------------------- restore
def restore(data_dir: Path, backup: Path, key: str | None = None) -> Path | None:
    """Replace the dossier in ``data_dir`` by ``backup``; return the safety backup taken first.

    The backup is checked before anything changes. The current database is
    backed up first (or, if it is too damaged for that, moved aside); the
    dossier must not be open elsewhere.
    """
    from desktop.db.session import resolve_key

    key = resolve_key(data_dir, key)
    result: CheckResult = check_file(backup, key, full=True)
    if not result.healthy:
        raise DatabaseError(
            f"The backup {backup} is damaged or not a Dossier backup; nothing was changed. "
            "Choose another one ('dossier backups').",
            f"备份 {backup} 已损坏或不是 Dossier 备份；未做任何改动。请选择其他备份（'dossier backups'）。",
        )
    live = data_dir / DB_FILENAME
    safety: Path | None = None
    if live.exists():
        current = check_file(live, key, full=False)
        if current.healthy:
            safety = make_backup(live, key, backup_folder(data_dir), reason="pre-restore")
        else:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            safety = data_dir / f"damaged-{stamp}.sqlite3"
            os.replace(live, safety)
            for suffix in ("-wal", "-shm"):
                side = live.with_name(live.name + suffix)
                if side.exists():
                    os.replace(side, safety.with_name(safety.name + suffix))
    tmp = data_dir / f".{DB_FILENAME}.restoring"
    _unlink(tmp)
    old_umask = os.umask(0o077)
    try:
        _online_copy(backup, tmp, key)
        if not check_file(tmp, key, full=True).healthy:
            _unlink(tmp)
            raise DatabaseError(
                f"Restoring {backup} failed its check; nothing was changed.",
                f"从 {backup} 恢复未通过检查；未做任何改动。",
            )
        _fsync(tmp)
        if live.exists():  # fold the WAL in, so no stale WAL meets the restored file
            conn = connect_raw(live, key)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
        for suffix in ("-wal", "-shm"):
            _unlink(live.with_name(live.name + suffix))
        os.replace(tmp, live)
        _fsync_dir(data_dir)
    finally:
        os.umask(old_umask)
    return safety
