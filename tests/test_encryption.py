"""Encryption at rest: on, off, passphrase change, keychain, wrong/missing passphrase,
the canary (no plaintext anywhere in the data folder), lock/unlock, owner-only files."""

from __future__ import annotations

import stat
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from desktop.backup import backups, encryption
from desktop.backup.integrity import check_data_dir
from desktop.cli import main
from desktop.db.models import Account, Interaction, Person
from desktop.db.session import DB_FILENAME, PassphraseError, open_database
from desktop.errors import DatabaseError, ValidationError

PASS = "正确的 passphrase \"quoted\" 'x'"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def fill(data_dir: Path, marker: str, key: str | None = None) -> None:
    db = open_database(data_dir, key=key)
    with db.unit_of_work() as session:
        account = Account(name=f"华东移动 {marker}", notes=f"account {marker}")
        person = Person(account=account, name=f"张伟 {marker}", notes=f"notes {marker}")
        visit = Interaction(account=account, starts_at=datetime(2026, 5, 1, 10),
                            notes=f"visit {marker}")
        visit.people = [person]
        session.add_all([account, person, visit])
    backups.backup_database(db)
    db.close()


def names(data_dir: Path, key: str | None = None) -> set[str]:
    db = open_database(data_dir, key=key)
    with db.unit_of_work() as session:
        result = set(session.scalars(select(Account.name)))
    db.close()
    return result


def files_containing(folder: Path, needle: str) -> list[Path]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(needle.encode(enc) in data for enc in ("utf-8", "utf-16-le")):
                hits.append(path)
    return hits


def test_canary_is_nowhere_in_the_data_folder(data_dir: Path) -> None:
    before, after = f"canary-{uuid.uuid4()}", f"canary-{uuid.uuid4()}"
    fill(data_dir, before)
    assert files_containing(data_dir, before)  # the check can see plaintext when it is there
    encryption.enable(data_dir, PASS)
    fill(data_dir, after, key=PASS)  # written while encrypted: database, WAL, backup
    db = open_database(data_dir, key=PASS)  # and leave it open: -wal/-shm exist now
    with db.unit_of_work() as session:
        session.add(Account(name="x", notes=f"{after} in the wal"))
    assert (data_dir / (DB_FILENAME + "-wal")).exists()
    assert files_containing(data_dir, before) == []
    assert files_containing(data_dir, after) == []
    db.close()
    assert files_containing(data_dir, after) == []
    assert names(data_dir, PASS) >= {f"华东移动 {before}", f"华东移动 {after}"}


def test_no_passphrase_and_wrong_passphrase_are_plain_sentences(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(data_dir, "a")
    encryption.enable(data_dir, PASS)
    with pytest.raises(PassphraseError, match=r"is encrypted\. Type its passphrase"):
        open_database(data_dir)
    with pytest.raises(PassphraseError, match=r"passphrase for .* is wrong"):
        open_database(data_dir, key="not the passphrase")
    monkeypatch.setenv("DOSSIER_PASSPHRASE", "still wrong")
    assert main(["--data-dir", str(data_dir), "check"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("dossier: The passphrase for") and "Traceback" not in err
    monkeypatch.setenv("DOSSIER_PASSPHRASE", PASS)
    assert main(["--data-dir", str(data_dir), "check"]) == 0
    monkeypatch.delenv("DOSSIER_PASSPHRASE")
    assert main(["--data-dir", str(data_dir), "backups"]) == 3
    assert "is encrypted" in capsys.readouterr().err


def test_change_passphrase_then_turn_off(data_dir: Path) -> None:
    fill(data_dir, "a")
    encryption.enable(data_dir, PASS)
    with pytest.raises(PassphraseError):
        encryption.change_passphrase(data_dir, "wrong old one", "new passphrase")
    encryption.change_passphrase(data_dir, PASS, "new passphrase")
    with pytest.raises(PassphraseError):
        open_database(data_dir, key=PASS)
    assert names(data_dir, "new passphrase") == {"华东移动 a"}
    for info in backups.list_backups(backups.backup_folder(data_dir), "new passphrase", check=True):
        assert info.healthy
    encryption.disable(data_dir, "new passphrase")
    assert (data_dir / DB_FILENAME).read_bytes()[:15] == b"SQLite format 3"
    assert names(data_dir) == {"华东移动 a"}
    assert check_data_dir(data_dir).healthy
    assert backups.list_backups(backups.backup_folder(data_dir), None, check=True)[0].healthy


def test_short_passphrase_and_double_enable_are_refused(data_dir: Path) -> None:
    fill(data_dir, "a")
    with pytest.raises(ValidationError, match="too short"):
        encryption.enable(data_dir, "short")
    encryption.enable(data_dir, PASS)
    with pytest.raises(ValidationError, match="already encrypted"):
        encryption.enable(data_dir, PASS)


def test_keychain_remembers_the_key(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    fill(data_dir, "a")
    encryption.enable(data_dir, PASS, remember=True)
    assert names(data_dir) == {"华东移动 a"}  # no passphrase typed
    encryption.forget_key(data_dir)
    with pytest.raises(PassphraseError):
        open_database(data_dir)
    assert names(data_dir, PASS) == {"华东移动 a"}


@pytest.fixture
def no_keyring() -> Iterator[None]:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keychain_the_passphrase_still_works(data_dir: Path) -> None:
    fill(data_dir, "a")
    encryption.enable(data_dir, PASS)
    with pytest.raises(DatabaseError, match="could not be stored in this computer's keychain"):
        encryption.remember_key(data_dir, PASS)  # the test machine has no keychain
    assert names(data_dir, PASS) == {"华东移动 a"}


def test_lock_drops_the_key_and_unlock_checks_it(data_dir: Path) -> None:
    fill(data_dir, "a")
    encryption.enable(data_dir, PASS)
    db = open_database(data_dir, key=PASS)
    db.lock()
    assert db.key is None
    with pytest.raises((SQLAlchemyError, DatabaseError)), db.unit_of_work() as session:
        session.scalars(select(Account)).all()
    with pytest.raises(PassphraseError):
        db.unlock("wrong")
    db.unlock(PASS)
    with db.unit_of_work() as session:
        assert [a.name for a in session.scalars(select(Account))] == ["华东移动 a"]
    db.close()


def test_files_are_readable_by_the_owner_only(data_dir: Path) -> None:
    fill(data_dir, "a")
    encryption.enable(data_dir, PASS)
    db = open_database(data_dir, key=PASS)
    with db.unit_of_work() as session:
        session.add(Account(name="b"))
    backups.backup_database(db)
    for path in [data_dir, *data_dir.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path} is {oct(mode)}"
    db.close()


def test_a_logged_error_does_not_leak_the_data(data_dir: Path) -> None:
    from desktop.logs import log_path, log_unexpected

    canary = f"canary-{uuid.uuid4()}"
    fill(data_dir, "a")
    encryption.enable(data_dir, PASS)
    db = open_database(data_dir, key=PASS)
    with pytest.raises(SQLAlchemyError) as caught, db.unit_of_work() as session:
        session.add(Account(name=None, notes=canary))  # NOT NULL: the database refuses it
    db.close()
    log_unexpected(caught.value, data_dir)
    assert log_path(data_dir).exists()
    assert files_containing(data_dir, canary) == []


def test_an_encrypted_dossier_is_backed_up_before_a_schema_upgrade(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic import command

    from desktop.db import migrate

    fill(data_dir, "a")
    encryption.enable(data_dir, PASS)
    upgraded: list[str] = []
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999_future")
    monkeypatch.setattr(command, "upgrade", lambda cfg, rev: upgraded.append(rev))
    open_database(data_dir, key=PASS).close()
    assert upgraded == ["head"]
    pre = [b for b in backups.list_backups(backups.backup_folder(data_dir), PASS, check=True)
           if b.reason.startswith("pre-upgrade")]
    assert len(pre) == 1 and pre[0].healthy
    assert not pre[0].path.read_bytes().startswith(b"SQLite format 3")  # encrypted too
