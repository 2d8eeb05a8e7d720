"""Start-up without waiting for the integrity check of a big file, and without weakening it.

A clean exit leaves a marker describing the healthy file; the next start trusts only that
exact file (else it checks before any window, as always) and checks it in the background.
Damage found there stops every write and offers the same choice as at start.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from desktop.backup import backups, integrity
from desktop.backup import startup as startup_mod
from desktop.backup.startup import (
    MARKER_NAME,
    forget_marker,
    matching_marker,
    startup_check,
    write_clean_marker,
)
from desktop.db import migrate
from desktop.db.enums import TeamRole
from desktop.db.models import Account, TeamMember
from desktop.db.session import DB_FILENAME, Database, open_database
from desktop.errors import DatabaseDamagedError
from desktop.ui.integrity_guard import IntegrityGuard
from desktop.ui.open_dossier import OpenedDossier, open_dossier

ROOT = Path(__file__).resolve().parents[1]


def add(db: Database, n: int, prefix: str = "客户") -> None:
    with db.unit_of_work() as session:
        for i in range(n):
            session.add(Account(name=f"{prefix}{i}", notes="客户笔记 " * 40))


def names(db: Database) -> set[str]:
    with db.unit_of_work() as session:
        return set(session.scalars(select(Account.name)))


@pytest.fixture
def big(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file counts as big: the check may be deferred (the real limit is 50 MB)."""
    monkeypatch.setattr(startup_mod, "BLOCKING_CHECK_BELOW", 0)


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files given a blocking quick check."""
    seen: list[Path] = []
    real = startup_mod.check_file

    def counting(path: Path, key: str | None = None, *, full: bool = False) -> Any:
        seen.append(path)
        return real(path, key, full=full)

    monkeypatch.setattr(startup_mod, "check_file", counting)
    return seen


def closed_cleanly(db: Database, data_dir: Path) -> None:
    """What the app's clean exit does (IntegrityGuard.clean_exit): close, then the marker."""
    db.close()
    assert write_clean_marker(data_dir, "2026-01-01T09:00:00")


def damage_accounts(path: Path) -> None:
    """Scribble over the account table's root page (the schema and version stay readable)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'account'").fetchone()
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * 4096 + 8)
        fh.write(bytes(random.Random(1).randrange(256) for _ in range(300)))


def file_bytes(data_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(data_dir.glob(DB_FILENAME + "*"))
            if not p.name.endswith("-shm")}


# ------------------------------------------------------------ the marker
def test_head_constant_is_the_head_of_the_migrations() -> None:
    assert migrate.scripts_head() == migrate.HEAD  # update HEAD with each new migration


def test_a_clean_exits_file_opens_without_a_blocking_check(
    db: Database, data_dir: Path, big: None, checks: list[Path]
) -> None:
    add(db, 50)
    closed_cleanly(db, data_dir)
    verdict = startup_check(data_dir, trust_clean_exit=True)
    assert verdict.state == "trusted" and verdict.checked_at == "2026-01-01T09:00:00"
    assert checks == []
    # The GUI's open: at once, the check left to the window's guard; the marker is gone
    # while the file is open for writing (a crash from here leaves none).
    opened = open_dossier(data_dir)
    assert opened is not None and opened.check_pending and checks == []
    assert not (data_dir / MARKER_NAME).exists()
    assert len(names(opened.db)) == 50
    opened.db.close()


@pytest.mark.parametrize("change", ["missing", "written", "copied", "wal", "small"])
def test_anything_but_the_same_file_gets_the_check_before_the_window(
    change: str, db: Database, data_dir: Path, big: None, checks: list[Path],
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    add(db, 20)
    closed_cleanly(db, data_dir)
    path = data_dir / DB_FILENAME
    if change == "missing":  # first start after an upgrade, or after a crash
        forget_marker(data_dir)
    elif change == "written":  # another program (the CLI, a sync tool) changed it
        time.sleep(0.01)
        with open_database(data_dir) as other:
            add(other, 1, "命令行")
    elif change == "copied":  # a copy of the same content (the marker came along)
        shutil.copyfile(path, tmp_path / "copy")
        os.replace(tmp_path / "copy", path)
    elif change == "wal":  # a write-ahead log left behind: a session that did not close
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA wal_autocheckpoint=0")
        conn.execute("UPDATE account SET notes = 'x' WHERE rowid = 1")
        conn.commit()
        shutil.copyfile(path.with_name(DB_FILENAME + "-wal"), tmp_path / "wal")
        conn.close()  # checkpoints: put the log back as a crash would leave it
        shutil.copyfile(tmp_path / "wal", path.with_name(DB_FILENAME + "-wal"))
    elif change == "small":  # under 50 MB the check costs milliseconds: always before
        monkeypatch.setattr(startup_mod, "BLOCKING_CHECK_BELOW", path.stat().st_size + 1)
    verdict = startup_check(data_dir, trust_clean_exit=True)
    assert verdict.state == "ok" and checks == [path]
    opened = open_dossier(data_dir)
    assert opened is not None and not opened.check_pending and opened.checked_at
    opened.db.close()


def test_dossier_check_and_other_callers_keep_the_full_check(
    db: Database, data_dir: Path, big: None, checks: list[Path]
) -> None:
    closed_cleanly(db, data_dir)
    assert startup_check(data_dir).state == "ok" and len(checks) == 1  # no trust by default
    assert integrity.check_data_dir(data_dir).healthy  # `dossier check`: integrity_check
    from desktop.ui.open_dossier import open_dossier_interactively

    opened = open_dossier_interactively(data_dir)
    assert opened is not None and len(checks) == 2
    opened.close()


# ------------------------------------------------------- exits and crashes
def run_app(data_dir: Path, home: Path) -> subprocess.CompletedProcess[str]:
    """The real app (python -m desktop), closed right after its first paint."""
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / "share"), XDG_CACHE_HOME=str(home / "cache"),
               DOSSIER_EXIT_AFTER_FIRST_PAINT="1", QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_a_clean_exit_of_the_app_leaves_the_marker_and_a_crash_none(
    db: Database, data_dir: Path, tmp_path: Path
) -> None:
    add(db, 30)
    db.close()
    done = run_app(data_dir, tmp_path / "home")
    assert done.returncode == 0 and "first-paint" in done.stdout, done.stderr[-2000:]
    marker = json.loads((data_dir / MARKER_NAME).read_text(encoding="utf-8"))
    assert marker["last_check"] == "ok" and matching_marker(data_dir) is not None
    assert not (data_dir / (DB_FILENAME + "-wal")).exists()
    # A crash: the app opened the file for writing, saved, and died without exiting.
    crash = (
        "import os, sys\n"
        "from desktop.ui.app import make_application\n"
        "from desktop.ui.open_dossier import open_dossier\n"
        "from desktop.db.models import Account\n"
        "make_application()\n"
        "opened = open_dossier(sys.argv[1])\n"
        "with opened.db.unit_of_work() as s:\n"
        "    s.add(Account(name='崩溃前'))\n"
        "os._exit(9)\n")
    died = subprocess.run([sys.executable, "-c", crash, str(data_dir)], cwd=ROOT, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                          capture_output=True, text=True)
    assert died.returncode == 9, died.stderr[-2000:]
    assert not (data_dir / MARKER_NAME).exists() and matching_marker(data_dir) is None
    assert startup_check(data_dir, trust_clean_exit=True).state == "ok"  # checked first


# ------------------------------------------------------ damage found late
def start_guarded(qtbot: QtBot, data_dir: Path) -> tuple[OpenedDossier, QMainWindow, IntegrityGuard]:
    opened = open_dossier(data_dir)
    assert opened is not None and opened.check_pending
    window = QMainWindow()
    qtbot.addWidget(window)
    reloaded: list[bool] = []
    guard = IntegrityGuard(opened, window, reload=lambda: reloaded.append(True))
    guard.reloaded = reloaded  # type: ignore[attr-defined]
    return opened, window, guard


def test_damage_found_in_the_background_stops_every_write(
    qtbot: QtBot, db: Database, data_dir: Path, big: None
) -> None:
    add(db, 300)
    closed_cleanly(db, data_dir)
    damage_accounts(data_dir / DB_FILENAME)  # the disk rotted after the clean exit
    write_clean_marker(data_dir, "2026-01-01T09:00:00")  # … so the marker still matches
    opened, window, guard = start_guarded(qtbot, data_dir)
    window.show()
    db2 = opened.db
    with db2.unit_of_work() as session:  # saved while the check was still running
        session.add(TeamMember(name="检查完成前", role=TeamRole.ACCOUNT_MANAGER))
    main = (data_dir / DB_FILENAME).read_bytes()  # that edit is in the write-ahead log
    healthy: list[bool] = []
    guard.healthy.connect(lambda: healthy.append(True))
    with qtbot.waitSignal(guard.damaged, timeout=20_000):
        guard.start()
    assert guard.state == "damaged" and db2.readonly and not healthy
    with db2.unit_of_work() as session:  # still readable, from the log
        assert session.scalars(select(TeamMember.name)).all() == ["检查完成前"]
    before = file_bytes(data_dir)
    refused = pytest.raises(DatabaseDamagedError, match="read-only because its data file is damaged")
    with refused, db2.unit_of_work() as session:
        session.add(Account(name="新客户"))
    # Not through the ORM: SQLite refuses it (read-only connections), same sentence.
    with pytest.raises(DatabaseDamagedError, match="read-only"), db2.unit_of_work() as session:
        session.execute(text("UPDATE team_member SET name = 'x'"))
    assert guard.readonly_label is not None and guard.readonly_label.isVisible()
    assert "nothing is saved" in guard.readonly_label.text()
    # The same choice as at start, once the newest healthy backup is looked for.
    qtbot.waitUntil(lambda: guard.dialog is not None and guard.dialog.isVisible(), timeout=20_000)
    dialog = guard.dialog
    assert "No healthy backup" in dialog.message.text() and dialog.restore_button.isHidden()
    assert dialog.readonly_button.text() == "Continue read-only"
    qtbot.mouseClick(dialog.readonly_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == "readonly" and window.isVisible()  # the window stays, read-only
    with pytest.raises(DatabaseDamagedError), db2.unit_of_work() as session:
        session.add(Account(name="还是不行"))
    guard.stop()
    db2.close()
    assert not guard.clean_exit()  # never vouch for a damaged file
    assert file_bytes(data_dir) == before  # nothing reached the file (nor its log)
    assert (data_dir / DB_FILENAME).read_bytes() == main  # not even a checkpoint of the log
    assert not (data_dir / MARKER_NAME).exists()


def test_damage_found_late_can_restore_the_newest_backup_and_write_again(
    qtbot: QtBot, db: Database, data_dir: Path, big: None
) -> None:
    add(db, 300, "旧")
    backups.backup_database(db)
    closed_cleanly(db, data_dir)
    damage_accounts(data_dir / DB_FILENAME)
    write_clean_marker(data_dir, "2026-01-01T09:00:00")
    opened, _window, guard = start_guarded(qtbot, data_dir)
    guard.start()
    qtbot.waitUntil(lambda: guard.dialog is not None and guard.dialog.isVisible(), timeout=20_000)
    dialog = guard.dialog
    assert "The newest healthy backup is from" in dialog.message.text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: guard.state == "ok", timeout=20_000)
    db2 = opened.db
    assert not db2.readonly and guard.reloaded == [True]  # type: ignore[attr-defined]
    assert guard.readonly_label is not None and guard.readonly_label.isHidden()
    add(db2, 1, "恢复后")
    assert len(names(db2)) == 301
    guard.stop()
    db2.close()
    assert guard.clean_exit() and matching_marker(data_dir) is not None
    assert list(data_dir.glob("damaged-*.sqlite3"))  # the damaged file was kept aside


def test_quit_at_the_late_damaged_choice_closes_the_window(
    qtbot: QtBot, db: Database, data_dir: Path, big: None
) -> None:
    add(db, 300)
    closed_cleanly(db, data_dir)
    damage_accounts(data_dir / DB_FILENAME)
    write_clean_marker(data_dir, "2026-01-01T09:00:00")
    opened, window, guard = start_guarded(qtbot, data_dir)
    window.show()
    guard.start()
    qtbot.waitUntil(lambda: guard.dialog is not None and guard.dialog.isVisible(), timeout=20_000)
    qtbot.mouseClick(guard.dialog.quit_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    opened.db.close()


def test_a_healthy_background_check_lets_the_start_backup_run(
    qtbot: QtBot, db: Database, data_dir: Path, big: None
) -> None:
    add(db, 20)
    closed_cleanly(db, data_dir)
    opened, _window, guard = start_guarded(qtbot, data_dir)

    class Auto:  # stands for AutoBackup: records the start backup
        def __init__(self) -> None:
            self.runs: list[str] = []

        def run(self, reason: str) -> None:
            self.runs.append(reason)

    auto = Auto()
    guard.attach_backup(auto)
    assert auto.runs == []  # not before the file is known healthy
    with qtbot.waitSignal(guard.healthy, timeout=20_000):
        guard.start()
    assert auto.runs == ["start"] and guard.state == "ok" and not opened.db.readonly
    guard.stop()
    opened.db.close()
    assert guard.clean_exit()
    assert json.loads((data_dir / MARKER_NAME).read_text())["checked_at"] != "2026-01-01T09:00:00"


@pytest.mark.parametrize("choice", ["quit", "readonly"])
def test_a_read_failing_while_the_window_is_built_brings_the_check_before_it(
    choice: str, qtbot: QtBot, db: Database, data_dir: Path, big: None, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui import app
    from desktop.ui.damaged_dialog import DamagedDatabaseDialog
    from desktop.ui.i18n import Translations
    from desktop.ui.settings import Settings

    add(db, 300)
    closed_cleanly(db, data_dir)
    damage_accounts(data_dir / DB_FILENAME)  # the account list reads it at once
    write_clean_marker(data_dir, "2026-01-01T09:00:00")
    asked: list[str] = []
    told: list[str] = []

    def choose(dialog: DamagedDatabaseDialog) -> int:
        asked.append(dialog.message.text())
        dialog.choice = choice
        return 1 if choice == "readonly" else 0

    monkeypatch.setattr(DamagedDatabaseDialog, "exec", choose)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    started = app._open_window(data_dir, Settings(tmp_path / "s.ini"), Translations())
    assert started is None and len(asked) == 1 and "damaged" in asked[0]
    # Read-only, the account list is still unreadable: said in a dialog, no traceback.
    if choice == "quit":
        assert told == []
    else:
        assert len(told) == 1 and "is damaged" in told[0]


def test_an_encrypted_dossier_is_checked_in_the_background_with_its_key(
    qtbot: QtBot, db: Database, data_dir: Path, big: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.backup import encryption

    add(db, 20)
    db.close()
    encryption.enable(data_dir, "长一点的口令 2026")
    monkeypatch.setenv("DOSSIER_PASSPHRASE", "长一点的口令 2026")
    assert write_clean_marker(data_dir, "2026-01-01T09:00:00", "长一点的口令 2026")
    opened, _window, guard = start_guarded(qtbot, data_dir)
    with qtbot.waitSignal(guard.healthy, timeout=20_000):
        guard.start()
    assert guard.state == "ok" and len(names(opened.db)) == 20
    add(opened.db, 1, "加密后")  # a save in this session: the marker describes the new file
    guard.stop()
    opened.db.close()
    assert guard.clean_exit() and matching_marker(data_dir) is not None


def test_the_exit_marker_empties_a_left_over_log_or_is_not_written(
    db: Database, data_dir: Path
) -> None:
    add(db, 5)
    db.close()
    path = data_dir / DB_FILENAME
    idle = sqlite3.connect(path)  # a finished job's connection, not yet collected
    idle.execute("PRAGMA wal_autocheckpoint=0")
    idle.execute("UPDATE account SET notes = 'n'")
    idle.commit()
    assert (data_dir / (DB_FILENAME + "-wal")).stat().st_size > 0
    reader = sqlite3.connect(path, isolation_level=None)  # a job still reading
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM account").fetchone()
    assert not write_clean_marker(data_dir, "2026-01-01T09:00:00")  # cannot empty the log
    assert not (data_dir / MARKER_NAME).exists()
    reader.execute("COMMIT")
    reader.close()
    assert write_clean_marker(data_dir, "2026-01-01T09:00:00")  # checkpointed, then noted
    idle.close()
    assert matching_marker(data_dir) is not None  # closing the idle one changed nothing
