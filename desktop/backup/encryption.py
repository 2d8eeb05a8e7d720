"""Encryption at rest with SQLCipher: turn it on, change the passphrase, turn it off.

Turning it on exports the plaintext database into an encrypted file
(``sqlcipher_export``), checks the copy row for row, swaps it in and then
overwrites the plaintext file before it is freed. Existing backups are converted
the same way, so no plaintext copy of the dossier is left in the data folder.
The dossier must be closed while this runs (the GUI closes its Database first).

The key may be remembered in the OS keychain (keyring); the passphrase always
works without it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from desktop.backup.backups import all_folders, list_backups
from desktop.backup.integrity import check_file
from desktop.db.session import (
    DB_FILENAME,
    ENCRYPTION_MARKER,
    KEYRING_SERVICE,
    connect_raw,
    file_salt,
    is_encrypted,
    keyed,
    quote_key,
    raw_key,
    sqlcipher_module,
    wrong_passphrase,
)
from desktop.errors import DatabaseError, ValidationError

MIN_PASSPHRASE = 8


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            f"The passphrase is too short: use at least {MIN_PASSPHRASE} characters.",
            f"密码太短：请至少使用 {MIN_PASSPHRASE} 个字符。",
        )


def _export(src: Path, src_key: str | None, dst: Path, dst_key: str | None) -> None:
    """Copy every table, index and trigger of ``src`` into a new file ``dst`` with ``dst_key``."""
    conn = sqlcipher_module().connect(str(src))
    try:
        if src_key is not None:
            conn.execute(f"PRAGMA key={quote_key(keyed(src, src_key) or '')}")
        conn.execute("PRAGMA temp_store=MEMORY")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("ATTACH DATABASE ? AS target KEY ?", (str(dst), dst_key or ""))
        # A scratch file, verified and fsync'd as a whole afterwards: no sync per statement.
        conn.execute("PRAGMA target.synchronous=OFF")
        conn.execute("PRAGMA target.journal_mode=MEMORY")
        conn.execute("SELECT sqlcipher_export('target')")
        conn.execute(f"PRAGMA target.user_version={int(version)}")
        conn.execute("DETACH DATABASE target")
    finally:
        conn.close()


def _counts(path: Path, key: str | None) -> dict[str, int]:
    conn = connect_raw(path, key, readonly=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def shred(path: Path) -> None:
    """Overwrite a file with random bytes, sync, then delete it (best effort on SSDs)."""
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return
    try:
        _overwrite(fd)
    finally:
        os.close(fd)
    path.unlink()


def _overwrite(fd: int) -> None:
    size = os.fstat(fd).st_size
    os.lseek(fd, 0, os.SEEK_SET)
    left = size
    while left > 0:
        chunk = min(left, 1 << 20)
        os.write(fd, os.urandom(chunk))
        left -= chunk
    os.fsync(fd)


def _convert(path: Path, old_key: str | None, new_key: str | None) -> None:
    """Re-write ``path`` with ``new_key`` (None: plaintext), verified, old bytes overwritten."""
    tmp = path.with_name(f".{path.name}.converting")
    if tmp.exists():
        tmp.unlink()
    before = _counts(path, old_key)
    old_umask = os.umask(0o077)
    try:
        _export(path, old_key, tmp, new_key)
    except Exception as exc:
        shred(tmp)
        raise DatabaseError(
            f"Could not convert {path} ({exc}); nothing was changed.",
            f"无法转换 {path}（{exc}）；未做任何改动。",
        ) from exc
    finally:
        os.umask(old_umask)
    result = check_file(tmp, new_key, full=True)
    if not result.healthy or _counts(tmp, new_key) != before:
        shred(tmp)
        raise DatabaseError(
            f"The converted copy of {path} did not match the original; nothing was changed.",
            f"{path} 的转换副本与原文件不一致；未做任何改动。",
        )
    _fsync(tmp)
    fd = os.open(path, os.O_RDWR)
    try:
        os.replace(tmp, path)  # atomic: the file is always either the old or the new one
        _overwrite(fd)  # the old bytes, still reachable through fd, become noise
    finally:
        os.close(fd)
    for suffix in ("-wal", "-shm", "-journal"):
        shred(path.with_name(path.name + suffix))


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _backup_files(data_dir: Path) -> list[Path]:
    return [b.path for folder in all_folders(data_dir) for b in list_backups(folder)]


def _write_marker(data_dir: Path, remember: bool) -> None:
    fd = os.open(data_dir / ENCRYPTION_MARKER, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"cipher": "sqlcipher", "keyring": remember}, fh)
        fh.flush()
        os.fsync(fh.fileno())


def _marker(data_dir: Path) -> dict[str, Any]:
    try:
        data = json.loads((data_dir / ENCRYPTION_MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _require_open(path: Path, key: str | None) -> None:
    result = check_file(path, key, full=False)  # raises PassphraseError on a wrong key
    if not result.healthy:
        raise DatabaseError(
            f"The dossier database {path} is damaged; restore it from a backup before "
            "changing its encryption.",
            f"档案数据库 {path} 已损坏；请先从备份恢复，再更改加密设置。",
        )


def enable(data_dir: Path, passphrase: str, *, remember: bool = False) -> None:
    """Encrypt the dossier and its backups with ``passphrase``; plaintext files are overwritten."""
    check_new_passphrase(passphrase)
    path = data_dir / DB_FILENAME
    if is_encrypted(data_dir):
        raise ValidationError(
            "The dossier is already encrypted. To change the passphrase use 'dossier passphrase'.",
            "档案已经加密。如需更改密码，请使用 'dossier passphrase'。",
        )
    _require_open(path, None)
    # One salt for the dossier and its backups: the key is derived once, not once per file.
    key = raw_key(passphrase, os.urandom(16))
    _convert(path, None, key)
    _write_marker(data_dir, remember)
    for backup in _backup_files(data_dir):
        if check_file(backup, None).healthy:
            _convert(backup, None, key)
    if remember:
        remember_key(data_dir, passphrase)


def disable(data_dir: Path, passphrase: str) -> None:
    """Decrypt the dossier and its backups (the passphrase proves it is the owner)."""
    path = data_dir / DB_FILENAME
    if not is_encrypted(data_dir):
        raise ValidationError("The dossier is not encrypted.", "档案没有加密。")
    _require_open(path, passphrase)
    _convert(path, passphrase, None)
    (data_dir / ENCRYPTION_MARKER).unlink()
    for backup in _backup_files(data_dir):
        try:
            if check_file(backup, passphrase).healthy:
                _convert(backup, passphrase, None)
        except DatabaseError:
            continue  # a backup made with an older passphrase stays as it is
    forget_key(data_dir)


def change_passphrase(data_dir: Path, old: str, new: str) -> None:
    """Re-key the dossier and its backups from ``old`` to ``new``."""
    check_new_passphrase(new)
    path = data_dir / DB_FILENAME
    if not is_encrypted(data_dir):
        raise ValidationError(
            "The dossier is not encrypted; turn encryption on first ('dossier encrypt').",
            "档案没有加密；请先开启加密（'dossier encrypt'）。",
        )
    _require_open(path, old)
    for target in [path, *_backup_files(data_dir)]:
        conn = connect_raw(target, old)
        try:
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except Exception:
                if target == path:
                    raise wrong_passphrase(path) from None
                continue  # an old backup with another passphrase stays as it is
            salt = file_salt(target)
            rekey = raw_key(new, salt, with_salt=False) if salt else new
            conn.execute(f"PRAGMA rekey={quote_key(rekey)}")
        finally:
            conn.close()
    if _marker(data_dir).get("keyring"):
        remember_key(data_dir, new)


# ------------------------------------------------------------------ keychain
def remember_key(data_dir: Path, passphrase: str) -> None:
    """Keep the passphrase in the OS keychain; DatabaseError if there is none."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, str((data_dir / DB_FILENAME).resolve()), passphrase)
    except Exception as exc:
        raise DatabaseError(
            "The passphrase could not be stored in this computer's keychain; you will be asked "
            "for it when Dossier starts. Your data is encrypted either way.",
            "无法把密码保存到本机钥匙串；启动 Dossier 时会请您输入密码。数据照样已加密。",
        ) from exc
    if is_encrypted(data_dir):
        _write_marker(data_dir, True)


def forget_key(data_dir: Path) -> None:
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, str((data_dir / DB_FILENAME).resolve()))
    except Exception:
        pass  # nothing was remembered, or no keychain
    if is_encrypted(data_dir):
        _write_marker(data_dir, False)
