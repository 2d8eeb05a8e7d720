"""Backups, integrity checks, restore, and what the user sees when the disk is full
or the folder is read-only: a plain sentence, and nothing already saved is damaged."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from desktop.backup import backups
from desktop.backup.integrity import check_data_dir, check_file
from desktop.cli import main
from desktop.db.models import Account
from desktop.db.session import DB_FILENAME, Database, open_database
from desktop.errors import DatabaseError


def add_accounts(db: Database, n: int, prefix: str = "acct") -> None:
    with db.unit_of_work() as session:
        for i in range(n):
            session.add(Account(name=f"{prefix}-{i}", notes="客户笔记 " * 40))


def account_names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM account")}
    finally:
        conn.close()


def damage(path: Path, seed: int = 1) -> None:
    """Scribble over pages in the middle of a (checkpointed) database file."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = path.stat().st_size
    rnd = random.Random(seed)
    with path.open("r+b") as fh:
        for page in range(2, size // 4096, 3):
            fh.seek(page * 4096 + 8)
            fh.write(bytes(rnd.randrange(256) for _ in range(200)))


# ----------------------------------------------------------------- backups
def test_backup_holds_committed_data_still_in_the_wal(db: Database) -> None:
    add_accounts(db, 20)
    assert db.path is not None
    wal = db.path.with_name(DB_FILENAME + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the data has not reached the main file yet
    (made,) = backups.backup_database(db)
    assert account_names(made) == {f"acct-{i}" for i in range(20)}
    assert check_file(made, full=True).healthy
    assert oct(made.stat().st_mode & 0o777) == "0o600"
    assert not list(made.parent.glob(".*partial"))


def test_backups_are_listed_newest_first_with_health(db: Database, data_dir: Path) -> None:
    add_accounts(db, 3)
    assert db.path is not None
    folder = backups.backup_folder(data_dir)
    old = backups.make_backup(db.path, None, folder, now=datetime(2026, 1, 1, 9, 0, 0))
    new = backups.make_backup(db.path, None, folder, now=datetime(2026, 2, 1, 9, 0, 0))
    damage(old)
    listed = backups.list_backups(folder, check=True)
    assert [b.path for b in listed] == [new, old]
    assert [b.healthy for b in listed] == [True, False]
    assert backups.newest_healthy([folder], None).path == new  # type: ignore[union-attr]
    damage(new, seed=2)
    assert backups.newest_healthy([folder], None) is None


def test_auto_backup_only_when_the_data_changed(db: Database) -> None:
    add_accounts(db, 2)
    assert len(backups.auto_backup(db, "start")) == 1
    assert backups.auto_backup(db, "exit") == []  # nothing changed since
    with db.unit_of_work() as session:
        session.scalars(select(Account)).first().notes = "改了"  # type: ignore[union-attr]
    assert len(backups.auto_backup(db, "auto")) == 1


def test_extra_backup_folder_gets_a_copy(db: Database, data_dir: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb-stick"
    backups.set_extra_folder(data_dir, usb)
    add_accounts(db, 1)
    made = backups.backup_database(db)
    assert [p.parent for p in made] == [backups.backup_folder(data_dir), usb]


def test_backup_into_an_unwritable_place_says_so(db: Database, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    assert db.path is not None
    with pytest.raises(DatabaseError, match=r"Cannot write a backup into .*your dossier itself"):
        backups.make_backup(db.path, None, not_a_folder)


def test_rotation_keeps_daily_weekly_monthly() -> None:
    start = datetime(2025, 1, 1)
    every = [backups.BackupInfo(Path(f"b{i}"), start + timedelta(hours=6 * i), 1, "auto")
             for i in range(4 * 400)]  # four a day for 400 days
    keep = backups.to_keep(every)
    kept = sorted((b for b in every if b.path in keep), key=lambda b: b.when, reverse=True)
    assert kept[0] is max(every, key=lambda b: b.when)
    days = {b.when.date() for b in kept}
    months = {(b.when.year, b.when.month) for b in kept}
    assert len(days) >= 12 and len(months) == 9
    assert len(kept) <= backups.KEEP_NEWEST + 12 + 10 + 9
    newest_day = kept[0].when.date()
    assert all(newest_day - timedelta(days=d) in days for d in range(12))


def test_rotate_deletes_files(db: Database, data_dir: Path) -> None:
    add_accounts(db, 1)
    assert db.path is not None
    folder = backups.backup_folder(data_dir)
    for day in range(20):
        backups.make_backup(db.path, None, folder, now=datetime(2026, 3, 1) + timedelta(days=day))
    gone = backups.rotate(folder)
    left = {b.when.day for b in backups.list_backups(folder)}
    # 12 daily (9th–20th), plus the newest of each older ISO week (Sun 8th, Sun 1st).
    assert left == set(range(9, 21)) | {8, 1}
    assert len(gone) == 6 and not any(p.exists() for p in gone)


# ------------------------------------------------------------ check/restore
def test_check_passes_a_healthy_dossier_and_fails_a_damaged_one(
    db: Database, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_accounts(db, 300)
    db.close()
    assert main(["--data-dir", str(data_dir), "check"]) == 0
    assert "healthy (schema" in capsys.readouterr().out
    damage(data_dir / DB_FILENAME)
    assert not check_data_dir(data_dir).healthy
    assert main(["--data-dir", str(data_dir), "check"]) == 4
    out = capsys.readouterr().out
    assert "DAMAGED" in out and "dossier restore FILE" in out


def test_restore_brings_back_the_backup_and_keeps_the_current_one(
    db: Database, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_accounts(db, 5, "before")
    (made,) = backups.backup_database(db)
    add_accounts(db, 5, "after")
    db.close()
    assert main(["--data-dir", str(data_dir), "restore", str(made)]) == 0
    assert "kept as" in capsys.readouterr().out
    reopened = open_database(data_dir)
    with reopened.unit_of_work() as session:
        names = set(session.scalars(select(Account.name)))
    reopened.close()
    assert names == {f"before-{i}" for i in range(5)}
    pre = [b for b in backups.list_backups(backups.backup_folder(data_dir)) if b.reason == "pre-restore"]
    assert len(pre) == 1 and "after-0" in account_names(pre[0].path)


def test_restore_refuses_a_damaged_backup_and_changes_nothing(
    db: Database, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_accounts(db, 200)
    (made,) = backups.backup_database(db)
    db.close()
    damage(made)
    before = account_names(data_dir / DB_FILENAME)
    assert main(["--data-dir", str(data_dir), "restore", str(made)]) == 3
    assert "is damaged or not a Dossier backup; nothing was changed" in capsys.readouterr().err
    assert account_names(data_dir / DB_FILENAME) == before


def test_restore_over_a_damaged_database_moves_it_aside(db: Database, data_dir: Path) -> None:
    add_accounts(db, 200)
    (made,) = backups.backup_database(db)
    db.close()
    damage(data_dir / DB_FILENAME)
    safety = backups.restore(data_dir, made)
    assert safety is not None and safety.name.startswith("damaged-")
    assert check_data_dir(data_dir).healthy
    assert len(account_names(data_dir / DB_FILENAME)) == 200


def test_backups_command_lists_health(
    db: Database, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_accounts(db, 1)
    db.close()
    assert main(["--data-dir", str(data_dir), "backups"]) == 0
    assert "no backups yet" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "backup"]) == 0
    assert "verified" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "backups"]) == 0
    assert "healthy" in capsys.readouterr().out


# ---------------------------------------------------- disk full / read-only
def test_disk_full_gives_a_plain_message_and_keeps_saved_data(db: Database) -> None:
    add_accounts(db, 10, "saved")
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    db.engine.dispose()
    event.listen(db.engine, "connect",
                 lambda c, _r: c.execute(f"PRAGMA max_page_count={int(pages or 0) + 2}"))
    with pytest.raises(DatabaseError, match="The disk is full: nothing was saved"):
        add_accounts(db, 500, "lost")
    db.engine.dispose()
    assert db.path is not None
    assert check_file(db.path, full=True).healthy
    assert account_names(db.path) == {f"saved-{i}" for i in range(10)}


def test_data_dir_that_is_a_file_gives_a_plain_message(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    with pytest.raises(DatabaseError, match="Cannot create the data folder"):
        open_database(blocker)


def test_writing_a_read_only_database_says_so(db: Database, data_dir: Path) -> None:
    add_accounts(db, 1)
    db.close()
    ro = open_database(data_dir, readonly=True)
    try:
        with pytest.raises(DatabaseError, match="cannot write to"):
            add_accounts(ro, 1, "nope")
    finally:
        ro.close()


@pytest.fixture
def tiny_fs(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs (needs mount rights; skipped where they are missing)."""
    where = tmp_path / "tiny"
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(where)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("cannot mount a size-limited tmpfs here")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_really_full_disk(tiny_fs: Path) -> None:
    data_dir = tiny_fs / "data"
    db = open_database(data_dir)
    add_accounts(db, 5, "saved")
    with pytest.raises(DatabaseError, match="The disk is full: nothing was saved"):
        for batch in range(200):
            with db.unit_of_work() as session:
                session.add(Account(name=f"big-{batch}", notes=uuid.uuid4().hex * 2000))
    with db.unit_of_work() as session:
        assert session.scalar(select(func.count()).where(Account.name.like("saved-%"))) == 5
    db.close()
    # Reopen after freeing nothing: what was saved is intact.
    assert check_file(data_dir / DB_FILENAME, full=True).healthy
    with pytest.raises(DatabaseError, match="full"):
        backups.make_backup(data_dir / DB_FILENAME, None, tiny_fs / "backups")
    assert not list((tiny_fs / "backups").glob("*"))  # no half-written backup left


def test_a_read_only_filesystem(tiny_fs: Path) -> None:
    data_dir = tiny_fs / "data"
    db = open_database(data_dir)
    add_accounts(db, 3, "saved")
    db.close()
    if subprocess.run(["mount", "-o", "remount,ro", str(tiny_fs)], check=False).returncode:
        pytest.skip("cannot remount read-only here")
    with pytest.raises(DatabaseError) as caught:
        rw = open_database(data_dir)
        add_accounts(rw, 1, "nope")
    assert "cannot write to" in caught.value.en and "无法写入" in caught.value.zh
    ro = open_database(data_dir, readonly=True)
    with ro.unit_of_work() as session:
        assert len(list(session.scalars(select(Account)))) == 3
    ro.close()
    os.sync()


def test_open_with_check_refuses_to_write_a_damaged_dossier(db: Database, data_dir: Path) -> None:
    from desktop.errors import DatabaseDamagedError

    add_accounts(db, 300)
    db.close()
    open_database(data_dir, check=True).close()
    damage(data_dir / DB_FILENAME)
    before = (data_dir / DB_FILENAME).read_bytes()
    with pytest.raises(DatabaseDamagedError, match=r"is damaged .* Restore it from a backup"):
        open_database(data_dir, check=True)
    assert (data_dir / DB_FILENAME).read_bytes() == before
