"""The start-up check shared by the GUI and ``dossier check``: is the dossier healthy,
and if not, which backup to suggest. Nothing here writes to the database.

SQLite's quick_check reads the whole file: milliseconds for a usual dossier, seconds for
one of gigabytes. So that it does not stand between the user and the window, a clean
exit leaves a small marker next to the database (``clean-exit.json``: the file's size,
modification time, a hash of its first pages, and when it last passed a check). At the
next start, when the marker still describes the file exactly and no write-ahead log is
left over, the file is the one a healthy session closed: the app opens it at once and runs
quick_check in the background (``state == "trusted"``). Anything else (no marker: first
start, a crash; a file that was copied, restored or changed by another program; a left-over
WAL) gets the check before any window, as always. The app deletes the marker as soon as it
opens the file for writing, so a session that never exits cleanly leaves none behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.backup.backups import BackupInfo, all_folders, newest_healthy
from desktop.backup.integrity import CheckResult, check_file
from desktop.db.session import DB_FILENAME, connect_raw, is_encrypted, resolve_key
from desktop.errors import DatabaseDamagedError

MARKER_NAME = "clean-exit.json"
MARKER_VERSION = 1
# Below this size quick_check takes milliseconds: it keeps running before the window.
BLOCKING_CHECK_BELOW = 50 * 1024 * 1024
HEAD_BYTES = 64 * 1024  # the header and the first pages (schema, root pages)


@dataclass
class StartupVerdict:
    """``state``: "new" (no database yet), "ok" (just checked), "trusted" (a clean exit's
    file, to be checked in the background), "damaged" or "passphrase" (key needed)."""

    state: str
    check: CheckResult | None = None
    suggested: BackupInfo | None = None
    checked_at: str | None = None  # when the file last passed a check (ISO time)


def startup_check(data_dir: Path, key: str | None = None, *,
                  trust_clean_exit: bool = False) -> StartupVerdict:
    """Quick check of the dossier in ``data_dir``; for a damaged one, the newest healthy backup.

    ``trust_clean_exit``: a big file that a clean exit left as it is, is not checked here
    ("trusted"): the caller must check it in the background.
    """
    path = data_dir / DB_FILENAME
    if not path.exists():
        return StartupVerdict("new")
    key = resolve_key(data_dir, key)
    if key is None and is_encrypted(data_dir):
        return StartupVerdict("passphrase")
    if trust_clean_exit:
        marker = matching_marker(data_dir)
        if marker is not None and path.stat().st_size >= BLOCKING_CHECK_BELOW:
            return StartupVerdict("trusted", checked_at=marker.get("checked_at"))
    result = check_file(path, key, full=False)  # PassphraseError when the key is wrong
    if result.healthy:
        return StartupVerdict("ok", result, checked_at=now_iso())
    return StartupVerdict("damaged", result, newest_healthy(all_folders(data_dir), key))


def now_iso() -> str:
    return datetime.now().isoformat(timespec="seconds")


# ------------------------------------------------------------- the marker
@dataclass(frozen=True)
class FileStamp:
    size: int
    mtime_ns: int
    head_sha256: str


def file_stamp(path: Path) -> FileStamp | None:
    """What identifies the file as it is now (None when it cannot be read)."""
    try:
        st = path.stat()
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError:
        return None
    return FileStamp(st.st_size, st.st_mtime_ns, hashlib.sha256(head).hexdigest())


def wal_left_over(path: Path) -> bool:
    """A non-empty write-ahead log: the last session did not close the file (or still has it)."""
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def marker_path(data_dir: Path) -> Path:
    return data_dir / MARKER_NAME


def matching_marker(data_dir: Path) -> dict[str, Any] | None:
    """The clean-exit marker, when it describes the database file exactly as it is now."""
    path = data_dir / DB_FILENAME
    try:
        data = json.loads(marker_path(data_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != MARKER_VERSION:
        return None
    if data.get("last_check") != "ok" or wal_left_over(path):
        return None
    stamp = file_stamp(path)
    if stamp is None or [data.get("size"), data.get("mtime_ns"), data.get("head_sha256")] != [
            stamp.size, stamp.mtime_ns, stamp.head_sha256]:
        return None
    return data


def write_clean_marker(data_dir: Path, checked_at: str | None, key: str | None = None) -> bool:
    """At a clean exit, after the app closed the database: remember the healthy file.

    A write-ahead log still there (a connection of a finished background job not yet
    collected) is checkpointed first, as closing the last connection does. Nothing is
    written (False) when the file was never seen healthy (``checked_at`` None) or the log
    cannot be emptied (a connection is still in use somewhere).
    """
    path = data_dir / DB_FILENAME
    if checked_at is None:
        return False
    if wal_left_over(path):
        _checkpoint(path, key)
    if wal_left_over(path):
        return False
    stamp = file_stamp(path)
    if stamp is None:
        return False
    data = {"version": MARKER_VERSION, "size": stamp.size, "mtime_ns": stamp.mtime_ns,
            "head_sha256": stamp.head_sha256, "last_check": "ok", "checked_at": checked_at,
            "closed_at": now_iso()}
    target = marker_path(data_dir)
    tmp = target.with_name(target.name + ".tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        return False
    return True


def _checkpoint(path: Path, key: str | None) -> None:
    try:
        conn = connect_raw(path, key)
    except Exception:
        return
    try:
        conn.execute("PRAGMA busy_timeout=500")  # a reader still busy: give up soon
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except Exception:
        pass  # busy: the log stays, and so no marker is written
    finally:
        conn.close()


def damaged_read_only(path: Path | None) -> DatabaseDamagedError:
    """What a save says once damage was found: the dossier is read-only now."""
    return DatabaseDamagedError(
        f"Your dossier {path} is read-only because its data file is damaged: this change was "
        "not saved. Restore a backup (File ▸ Backups…) or export what you need.",
        f"档案 {path} 的数据文件已损坏，现为只读：本次修改未保存。请从备份恢复（文件 ▸ 备份…），"
        "或导出所需内容。",
    )


def forget_marker(data_dir: Path) -> None:
    """Before the app opens the file for writing: until a clean exit, nothing is vouched for."""
    with contextlib.suppress(OSError):  # cannot delete it: any write changes the stamp anyway
        marker_path(data_dir).unlink()
