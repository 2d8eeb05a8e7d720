"""The start-up check shared by the GUI and ``dossier check``: is the dossier healthy,
and if not, which backup to suggest. Nothing here writes to the database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.backup.backups import BackupInfo, all_folders, newest_healthy
from desktop.backup.integrity import CheckResult, check_file
from desktop.db.session import DB_FILENAME, is_encrypted, resolve_key


@dataclass
class StartupVerdict:
    """``state``: "new" (no database yet), "ok", "damaged" or "passphrase" (key needed)."""

    state: str
    check: CheckResult | None = None
    suggested: BackupInfo | None = None


def startup_check(data_dir: Path, key: str | None = None) -> StartupVerdict:
    """Quick check of the dossier in ``data_dir``; for a damaged one, the newest healthy backup."""
    path = data_dir / DB_FILENAME
    if not path.exists():
        return StartupVerdict("new")
    key = resolve_key(data_dir, key)
    if key is None and is_encrypted(data_dir):
        return StartupVerdict("passphrase")
    result = check_file(path, key, full=False)  # PassphraseError when the key is wrong
    if result.healthy:
        return StartupVerdict("ok", result)
    return StartupVerdict("damaged", result, newest_healthy(all_folders(data_dir), key))
