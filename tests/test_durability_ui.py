"""The Backups dialog, the lock overlay and the damaged-database dialog, as a user meets them."""

from __future__ import annotations

import random
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.backup import backups, encryption
from desktop.backup.integrity import check_data_dir
from desktop.backup.startup import startup_check
from desktop.db.models import Account
from desktop.db.session import DB_FILENAME, Database, PassphraseError, open_database
from desktop.ui.backups_dialog import BackupsDialog, BackupsModel
from desktop.ui.damaged_dialog import DamagedDatabaseDialog
from desktop.ui.lock import Locker, PassphraseDialog

PASS = "lock test passphrase"


def add(db: Database, name: str, n: int = 1) -> None:
    with db.unit_of_work() as session:
        for i in range(n):
            session.add(Account(name=f"{name}{i if n > 1 else ''}", notes="笔记" * 50))


def names(db: Database) -> set[str]:
    with db.unit_of_work() as session:
        return set(session.scalars(select(Account.name)))


def test_backups_model_passes_the_model_tester(qtmodeltester: object, tmp_path: Path) -> None:
    model = BackupsModel()
    model.set_backups([
        backups.BackupInfo(tmp_path / "a.sqlite3", datetime(2026, 1, 2, 3, 4), 2048, "auto", True),
        backups.BackupInfo(tmp_path / "b.sqlite3", datetime(2026, 2, 2, 3, 4), 10, "manual", False),
    ])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(0, 0).data() == "2026-02-02 03:04"
    assert model.index(0, 2).data() == "DAMAGED" and model.index(1, 2).data() == "healthy"
    assert model.index(1, 1).data() == "2.0 KB" and model.index(1, 3).data() == "automatic"


def test_back_up_now_and_restore_from_the_dialog(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(db, "旧客户")
    dialog = BackupsDialog(db)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.model.rowCount() == 0
    dialog.back_up_now()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Backed up and checked"), timeout=10000)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1
                    and dialog.model.backup_at(0).healthy is True, timeout=10000)
    add(db, "新客户")
    dialog.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.restored, timeout=10000):
        dialog.restore_selected()
    assert names(db) == {"旧客户"}
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10000)  # + the pre-restore one


def test_restore_without_a_selection_says_what_to_do(qtbot: QtBot, db: Database) -> None:
    dialog = BackupsDialog(db)
    qtbot.addWidget(dialog)
    dialog.restore_selected()
    assert dialog.status.text() == "Select the backup to restore first."


def test_extra_folder_is_shown(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    dialog = BackupsDialog(db)
    qtbot.addWidget(dialog)
    dialog.set_extra_folder(tmp_path / "usb")
    assert str(tmp_path / "usb") in dialog.extra_label.text()


@pytest.fixture
def encrypted_db(data_dir: Path) -> Database:
    db = open_database(data_dir)
    add(db, "机密客户")
    db.close()
    encryption.enable(data_dir, PASS)
    return open_database(data_dir, key=PASS)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_lock_hides_everything_and_drops_the_key(qtbot: QtBot, encrypted_db: Database) -> None:
    window = QMainWindow()
    secret = QLabel("张总的私人电话 13900000000")
    window.setCentralWidget(secret)
    qtbot.addWidget(window)
    window.resize(600, 400)
    window.show()
    locker = Locker(encrypted_db, window, idle_minutes=0)
    locker.lock()
    assert locker.is_locked and not secret.isVisible()
    assert locker.overlay is not None and locker.overlay.isVisible()
    assert locker.overlay.geometry() == window.rect()
    assert encrypted_db.key is None
    assert not locker.try_unlock("wrong passphrase")
    assert "is wrong" in locker.overlay.error.text() and locker.is_locked
    with qtbot.waitSignal(locker.unlocked):
        assert locker.try_unlock(PASS)
    assert secret.isVisible() and names(encrypted_db) == {"机密客户"}
    encrypted_db.close()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_idle_and_ctrl_l_lock(qtbot: QtBot, db: Database) -> None:
    window = QMainWindow()
    window.setCentralWidget(QLabel("content"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    locker = Locker(db, window, idle_minutes=0.002)  # 120 ms
    qtbot.waitUntil(lambda: locker.is_locked, timeout=3000)
    assert locker.overlay is not None and not locker.overlay.edit.isVisible()  # plain: no passphrase
    assert locker.try_unlock("")
    locker.set_idle_minutes(0)
    window.activateWindow()
    locker.shortcut.activated.emit()  # what Ctrl+L triggers
    assert locker.is_locked
    assert locker.shortcut.key().toString() == "Ctrl+L"
    assert locker.try_unlock("") and names(db) == set()


def test_passphrase_dialog_explains_a_wrong_passphrase(qtbot: QtBot, encrypted_db: Database) -> None:
    assert encrypted_db.path is not None
    data_dir = encrypted_db.path.parent
    encrypted_db.close()
    dialog = PassphraseDialog(lambda key: open_database(data_dir, key=key).close())
    qtbot.addWidget(dialog)
    dialog.edit.setText("nope nope")
    dialog.try_accept()
    assert "is wrong" in dialog.error.text() and dialog.result() == 0
    dialog.edit.setText(PASS)
    dialog.try_accept()
    assert dialog.result() == 1 and dialog.passphrase == PASS
    with pytest.raises(PassphraseError):
        startup_check(data_dir, "nope nope")


def damage(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    rnd = random.Random(3)
    with path.open("r+b") as fh:
        for page in range(2, path.stat().st_size // 4096, 3):
            fh.seek(page * 4096 + 8)
            fh.write(bytes(rnd.randrange(256) for _ in range(200)))


def test_damaged_database_offers_the_newest_healthy_backup(
    qtbot: QtBot, db: Database, data_dir: Path
) -> None:
    add(db, "客户", 200)
    backups.backup_database(db)
    db.close()
    damage(data_dir / DB_FILENAME)
    verdict = startup_check(data_dir)
    assert verdict.state == "damaged" and verdict.suggested is not None
    dialog = DamagedDatabaseDialog(data_dir, verdict)
    qtbot.addWidget(dialog)
    assert "The newest healthy backup is from" in dialog.message.text()
    assert not dialog.restore_button.isHidden()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.choice == "restored", timeout=10000)
    assert check_data_dir(data_dir).healthy and startup_check(data_dir).state == "ok"


def test_damaged_without_backup_offers_read_only(qtbot: QtBot, db: Database, data_dir: Path) -> None:
    add(db, "客户", 200)
    db.close()
    damage(data_dir / DB_FILENAME)
    dialog = DamagedDatabaseDialog(data_dir, startup_check(data_dir))
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isHidden() and "No healthy backup" in dialog.message.text()
    dialog.open_readonly()
    assert dialog.choice == "readonly"


def test_open_interactively_asks_for_the_passphrase(
    qtbot: QtBot, encrypted_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui import open_dossier

    assert encrypted_db.path is not None
    data_dir = encrypted_db.path.parent
    encrypted_db.close()
    asked: list[str] = []

    def fake_exec(dialog: PassphraseDialog) -> int:
        asked.append(dialog.label.text())
        dialog.edit.setText("wrong one")
        dialog.try_accept()
        assert "is wrong" in dialog.error.text()
        dialog.edit.setText(PASS)
        dialog.try_accept()
        return int(dialog.result())

    monkeypatch.setattr(PassphraseDialog, "exec", fake_exec)
    db = open_dossier.open_dossier_interactively(data_dir)
    assert asked == ["Type the passphrase of your dossier."]
    assert db is not None and names(db) == {"机密客户"}
    db.close()


def test_open_interactively_plain_and_healthy_needs_no_dialog(db: Database, data_dir: Path) -> None:
    from desktop.ui import open_dossier

    add(db, "客户")
    db.close()
    opened = open_dossier.open_dossier_interactively(data_dir)
    assert opened is not None and not opened.readonly and names(opened) == {"客户"}
    opened.close()
