"""The app shows its window at once, then opens the dossier and fills it.

What the user sees: the main window (menus, toolbar, the account list, the tabs' titles, in
their language) appears before the database layer is even loaded; right after, the list
fills and the last account opens. Opening errors still come as the same plain dialogs,
over that window, and a damaged file is never written.
"""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.backup.startup import MARKER_NAME
from desktop.cli import build_parser
from desktop.cli import main as cli_main
from desktop.db.models import Account
from desktop.db.session import DB_FILENAME, Database
from desktop.ui.app import Start
from desktop.ui.damaged_dialog import DamagedDatabaseDialog
from desktop.ui.i18n import Translations
from desktop.ui.settings import LANGUAGE, LAST_ACCOUNT, Settings

ROOT = Path(__file__).resolve().parents[1]
TITLES_ZH = ["今日", "概况", "决策链", "决策链地图", "互动记录", "承诺", "组织结构"]


def accounts(db: Database, *names: str) -> dict[str, str]:
    with db.unit_of_work() as session:
        rows = [Account(name=name) for name in names]
        session.add_all(rows)
        session.flush()
        return {row.name: row.id for row in rows}


def settings_with(tmp_path: Path, **values: Any) -> Settings:
    settings = Settings(tmp_path / "settings.ini")
    for setting, value in values.values():
        settings.set(setting, value)
    return settings


def digest(data_dir: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(data_dir.glob(DB_FILENAME + "*"))
            if not p.name.endswith("-shm") and p.stat().st_size}  # (an empty WAL holds nothing)


def damage(path: Path) -> None:
    """Scribble over the account table's root page (the schema stays readable)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'account'").fetchone()
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * 4096 + 8)
        fh.write(bytes(random.Random(1).randrange(256) for _ in range(300)))


def shown(qtbot: QtBot, start: Start) -> None:
    qtbot.addWidget(start.window)
    start.window.show()
    qtbot.waitExposed(start.window)


def tab_titles(start: Start) -> list[str]:
    tabs = start.window.tabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_the_window_shows_first_then_opens_the_last_account(
    qtbot: QtBot, db: Database, data_dir: Path, tmp_path: Path
) -> None:
    ids = accounts(db, "华东移动", "北方银行", "南方电网")
    db.close()
    settings = settings_with(tmp_path, lang=(LANGUAGE, "zh"), last=(LAST_ACCOUNT, ids["北方银行"]))
    start = Start(data_dir, settings, Translations())
    shown(qtbot, start)
    # Before the dossier is open: the real window, in Chinese, with every tab's title.
    assert tab_titles(start) == TITLES_ZH
    assert start.window.panel.model.rowCount() == 0
    assert [m.title() for m in start.window.menus.menus.values()][:2] == ["文件(&F)", "编辑(&E)"]
    start.fill()
    try:
        assert start.guard is not None and start.window.filled
        assert start.window.panel.current_id() == ids["北方银行"]
        assert start.window.windowTitle().startswith("北方银行")
        assert start.window.panel.model.rowCount() == 3
        assert tab_titles(start) == TITLES_ZH  # the same tabs, now the dossier's
        assert start.window.tabs.currentIndex() == 0
        assert "搜索" in [a.iconText() for a in start.window.menus.toolbar.actions()]
    finally:
        start.window.close()
        start.guard.stop()
        start.ctx.db.close()
    assert start.guard.clean_exit()


def test_closing_before_the_dossier_is_open_keeps_the_last_account(
    qtbot: QtBot, db: Database, data_dir: Path, tmp_path: Path
) -> None:
    ids = accounts(db, "华东移动")
    db.close()
    settings = settings_with(tmp_path, last=(LAST_ACCOUNT, ids["华东移动"]))
    start = Start(data_dir, settings, Translations())
    shown(qtbot, start)
    start.window.close()
    assert settings.get(LAST_ACCOUNT) == ids["华东移动"]


@pytest.mark.parametrize("choice", ["quit", "readonly"])
def test_a_damaged_file_gets_the_dialog_over_the_window_and_is_never_written(
    choice: str, qtbot: QtBot, db: Database, data_dir: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    accounts(db, *(f"客户{i}" for i in range(300)))
    db.close()
    damage(data_dir / DB_FILENAME)  # no clean-exit marker: checked before anything is read
    before = digest(data_dir)
    asked: list[str] = []
    told: list[str] = []

    def choose(dialog: DamagedDatabaseDialog) -> int:
        asked.append(dialog.message.text())
        assert dialog.parent() is start.window  # over the window the user already sees
        dialog.choice = choice
        return 1 if choice == "readonly" else 0

    monkeypatch.setattr(DamagedDatabaseDialog, "exec", choose)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    start = Start(data_dir, settings_with(tmp_path), Translations())
    shown(qtbot, start)
    start.fill()
    assert len(asked) == 1 and "damaged" in asked[0]
    # Quit: nothing more. Read-only: the account list is unreadable, said in plain words.
    if choice == "quit":
        assert told == []
    else:
        assert len(told) == 1 and "is damaged" in told[0] and "Traceback" not in told[0]
    assert start.guard is None and not start.window.isVisible()
    assert digest(data_dir) == before
    assert not (data_dir / MARKER_NAME).exists()


def test_a_newer_dossier_is_explained_in_a_dialog_and_the_window_closes(
    qtbot: QtBot, db: Database, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db.close()
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("UPDATE alembic_version SET version_num = 'zz_from_the_future'")
    conn.commit()
    conn.close()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    start = Start(data_dir, settings_with(tmp_path), Translations())
    shown(qtbot, start)
    start.fill()
    assert len(told) == 1 and "newer" in told[0].lower(), told
    assert start.guard is None and not start.window.isVisible()


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices  # type: ignore[attr-defined]
    assert len(commands) >= 20
    with pytest.raises(SystemExit) as exit_:
        cli_main(["--help"])
    assert exit_.value.code == 0
    shown_help = capsys.readouterr().out
    for name in commands:
        assert f"    {name}" in shown_help, name


def test_the_app_paints_its_window_before_loading_the_database_layer(
    db: Database, data_dir: Path, tmp_path: Path
) -> None:
    """The real app, as started by the user: first paint without SQLAlchemy nor any command
    module; then the filled window, and a clean exit (the marker)."""
    accounts(db, "华东移动")
    db.close()
    probe = (
        "import sys\n"
        "import desktop.ui.app as app\n"
        "report = app._report\n"
        "def noted(what):\n"
        "    report(what)\n"
        "    loaded = [m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'\n"
        "              or m.startswith('desktop.cli.commands.') or m == 'desktop.db.models']\n"
        "    print(what, 'loaded', len(loaded), flush=True)\n"
        "app._report = noted\n"
        "from desktop.cli import main\n"
        "raise SystemExit(main(sys.argv[1:]))\n")
    home = tmp_path / "home"
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / "share"), XDG_CACHE_HOME=str(home / "cache"),
               DOSSIER_EXIT_AFTER_FIRST_PAINT="1", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", probe, "--data-dir", str(data_dir)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line for line in done.stdout.splitlines() if " loaded " in line]
    assert lines[0] == "first-paint loaded 0", done.stdout
    assert lines[1].startswith("usable loaded ") and lines[1] != "usable loaded 0"
    assert (data_dir / MARKER_NAME).exists()


def test_an_error_while_filling_the_window_is_said_plainly_and_the_app_ends(
    qtbot: QtBot, db: Database, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.errors import DatabaseError
    from desktop.ui.main_window import MainWindow

    db.close()

    def busy(_window: MainWindow) -> None:
        raise DatabaseError("The dossier database is in use by another Dossier window.",
                            "客户档案数据库正被另一个 Dossier 窗口使用。")

    told: list[str] = []
    monkeypatch.setattr(MainWindow, "fill", busy)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    start = Start(data_dir, settings_with(tmp_path), Translations())
    shown(qtbot, start)
    start.fill()
    assert told == ["The dossier database is in use by another Dossier window."]
    assert not start.window.isVisible() and start.guard is None and start.code != 0
