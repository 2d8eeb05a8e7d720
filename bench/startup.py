#!/usr/bin/env python3
"""Start-up, opening a big dossier and memory, measured against a bare window in the same run.

    python bench/generate.py --data-dir /tmp/big            # once (10k/200k/1M by default)
    QT_QPA_PLATFORM=offscreen python bench/startup.py --data-dir /tmp/big [--profile]

Figures:
- in-process start-up: the integrity check and open, the main window built as the app builds it
  (every feature plugged in), shown and painted; against a bare QMainWindow with a
  table, shown and painted in the same process. On a fresh copy of the database (no
  clean-exit marker yet) this start checks the file before the window; its clean end leaves
  the marker, as the app's clean exit does.
- opening the dossier with the most interactions (time until the window has painted it;
  target under 50 ms), and each dossier tab shown on it.
- peak RSS with the big database open and a dossier shown (target < 300 MB).
- last, start-up as the user waits for it: from spawning a fresh ``python -m desktop
  --data-dir DIR`` (run_gui, exactly the app's path) to its main window's first paint, against
  a fresh python showing a bare QMainWindow with a QTableView after the same QApplication
  set-up (fonts, icon, names). Medians of --process-runs interleaved runs each, wall and CPU
  time (CPU is steadier on a shared machine); target within 3×. The app shows its window
  (menus, toolbar, account list, tab titles) before it imports the database layer, then opens
  the dossier and fills it: so a second figure, "usable", is the time until the filled window
  (account list read, the last account's first tab shown) has painted; both are reported.
  The child reports them through DOSSIER_EXIT_AFTER_FIRST_PAINT (read only by run_gui: it
  prints the times of the first paint and of the filled window's paint, then closes the
  window as a user would, so the exit is a clean one). One start is made first and reported apart: it
  compiles bytecode and translations into the children's fresh HOME.

The database is opened read-write as the app does (WAL); use a copy. The automatic backup
compares a fingerprint of the data with the one of the last backup: the bench records the
fingerprint first (as after any backup), so no start or exit copies gigabytes, as in
everyday use where the exit backup has already saved the last changes. The child processes
get their own HOME (settings, translation cache) kept across runs, as a user's is.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget

ROOT = Path(__file__).resolve().parents[1]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class PaintWatch(QObject):
    """Notes when any of ``widget``'s descendants has painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def until_painted(app: QApplication, show: Callable[[], None]) -> float:
    """Seconds from calling ``show`` until the first Paint event has been delivered."""
    watch = PaintWatch()
    app.installEventFilter(watch)
    start = time.perf_counter()
    show()
    while not watch.painted:
        app.processEvents()
    # Let the rest of the first frame go through.
    app.processEvents()
    took = time.perf_counter() - start
    app.removeEventFilter(watch)
    return took


def bare_window(app: QApplication) -> float:
    def show() -> None:
        w = QMainWindow()
        w.setCentralWidget(QTableView())
        w.resize(1300, 800)
        w.show()
        bare.append(w)

    bare: list[QWidget] = []
    took = until_painted(app, show)
    for w in bare:
        w.close()
        w.deleteLater()
    app.processEvents()
    return took


# A fresh python showing a bare window after the app's QApplication set-up (make_application).
BARE_CHILD = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from desktop.paths import resource
from desktop.ui.fonts import install_bundled_fonts

app = QApplication(sys.argv[:1])
app.setApplicationName("Dossier")
app.setOrganizationName("Dossier")
app.setApplicationVersion("0")
app.setWindowIcon(QIcon(str(resource("icons", "dossier.svg"))))
install_bundled_fonts()
w = QMainWindow()
w.setCentralWidget(QTableView())
w.resize(1280, 800)

class First(QObject):
    fired = False
    def eventFilter(self, obj, event):
        if not self.fired and event.type() == QEvent.Type.Paint:
            self.fired = True
            QTimer.singleShot(0, done)
        return False

def done():
    print(f"first-paint {time.time():.6f} {time.process_time():.6f}", flush=True)
    w.close()

first = First()
app.installEventFilter(first)
w.show()
app.exec()
"""


def child_env(home: Path) -> dict[str, str]:
    """A user's environment: own settings and caches, and compiled bytecode kept between
    runs as an installed app has it (kept in ``home``, out of the source tree)."""
    env = dict(os.environ)
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"),
               XDG_CACHE_HOME=str(home / ".cache"), DOSSIER_EXIT_AFTER_FIRST_PAINT="1",
               PYTHONPYCACHEPREFIX=str(home / "pycache"))
    env.pop("DOSSIER_DATA_DIR", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


Mark = tuple[float, float]  # seconds since spawning, CPU seconds used by the child until then


def spawn_until_painted(cmd: list[str], env: dict[str, str], cwd: Path = ROOT
                        ) -> tuple[dict[str, Mark], float]:
    """The child's marks ("first-paint", and the app's "usable": its window filled with the
    account list and the last account, and painted again), each as (seconds from spawning,
    CPU seconds the child used until then — steadier than wall time on a shared machine);
    and the seconds until it has exited."""
    start = time.time()
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=1800)
    ended = time.time() - start
    marks: dict[str, Mark] = {}
    for line in done.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] in ("first-paint", "usable"):
            marks[parts[0]] = (float(parts[1]) - start, float(parts[2]))
    if "first-paint" not in marks:
        raise SystemExit(f"the child did not paint (exit {done.returncode}):\n{done.stderr[-3000:]}")
    return marks, ended


def process_level(data_dir: Path, runs: int, compare: Path | None = None) -> None:
    """Spawn-to-first-paint (and to usable) of the real app against a bare window, fresh
    processes each, interleaved; ``compare``: another checkout's app too (before/after)."""
    home = Path(tempfile.mkdtemp(prefix="dossier-bench-home-"))
    env = child_env(home)
    app_cmd = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir)]
    bare_cmd = [sys.executable, "-c", BARE_CHILD, str(ROOT)]
    other: list[dict[str, Mark]] = []
    try:
        if compare is not None:
            spawn_until_painted(app_cmd, env, cwd=compare)
        first, first_end = spawn_until_painted(app_cmd, env)
        print(f"process: first start (bytecode and translations compiled, marker as found): "
              f"{first['first-paint'][0] * 1000:.0f} ms to first paint, "
              f"{first.get('usable', (float('nan'),))[0] * 1000:.0f} ms to usable, "
              f"exited after {first_end * 1000:.0f} ms")
        spawn_until_painted(bare_cmd, env)  # its bytecode, font and Qt caches
        bare: list[Mark] = []
        app: list[dict[str, Mark]] = []
        ends: list[float] = []
        for _ in range(runs):
            bare.append(spawn_until_painted(bare_cmd, env)[0]["first-paint"])
            marks, ended = spawn_until_painted(app_cmd, env)
            app.append(marks)
            ends.append(ended)
            if compare is not None:
                other.append(spawn_until_painted(app_cmd, env, cwd=compare)[0])

        def line(label: str, rows: list[Mark]) -> tuple[float, float]:
            wall = statistics.median(r[0] for r in rows)
            cpu = statistics.median(r[1] for r in rows)
            print(f"process: {label:28} {wall * 1000:6.0f} ms (median of {len(rows)}; "
                  f"{min(r[0] for r in rows) * 1000:.0f}–{max(r[0] for r in rows) * 1000:.0f});"
                  f" CPU {cpu * 1000:.0f} ms")
            return wall, cpu

        b = line("bare window painted", bare)
        a = line("app window, first paint", [m["first-paint"] for m in app])
        u = line("app window usable (filled)", [m["usable"] for m in app if "usable" in m])
        if other:  # an app that paints only once filled reports that paint as its first
            line("other checkout, first paint", [m["first-paint"] for m in other])
            line("other checkout, usable", [m.get("usable", m["first-paint"]) for m in other])
        print(f"process: app exited after {statistics.median(ends) * 1000:.0f} ms (median)")
        print(f"process: first paint / bare = {a[0] / b[0]:.1f}× wall, {a[1] / b[1]:.1f}× CPU "
              "(target ≤ 3×)")
        print(f"process: usable / bare      = {u[0] / b[0]:.1f}× wall, {u[1] / b[1]:.1f}× CPU "
              "(the window filled: account list read, the last account's first tab shown)")
    finally:
        shutil.rmtree(home, ignore_errors=True)


def record_backup_fingerprint(data_dir: Path) -> None:
    """As after a backup: the automatic backup then finds nothing new to copy."""
    from desktop.backup import backups
    from desktop.db.session import open_database

    with open_database(data_dir, readonly=True) as db:
        backups._remember_fingerprint(db)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--data-dir", type=Path, required=True)
    p.add_argument("--profile", choices=("start", "open"), help="cProfile one phase, print top 30")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--tab", type=int, default=0, help="with --profile open: the tab showing")
    p.add_argument("--process-runs", type=int, default=7,
                   help="runs of each fresh process (0: skip the process-level figures)")
    p.add_argument("--only-process", action="store_true",
                   help="only the process-level figures (the last part)")
    p.add_argument("--compare", type=Path, metavar="CHECKOUT",
                   help="also spawn the app of another checkout, interleaved (before/after)")
    a = p.parse_args(argv)
    if a.only_process:
        record_backup_fingerprint(a.data_dir)
        process_level(a.data_dir, a.process_runs, a.compare)
        return 0


    t0 = time.perf_counter()
    from desktop.ui.app import build_window, make_application
    from desktop.ui.context import AppContext
    from desktop.ui.open_dossier import open_dossier
    from desktop.ui.settings import Settings

    app = make_application()
    imports = time.perf_counter() - t0
    bare = min(bare_window(app) for _ in range(3))
    rss_bare = current_rss_mb()

    settings = Settings(Path(tempfile.mkdtemp()) / "settings.ini")
    prof = cProfile.Profile() if a.profile == "start" else None
    holder: dict[str, object] = {}

    def start() -> None:
        t = time.perf_counter()
        opened = open_dossier(a.data_dir)
        assert opened is not None, "the dossier did not open"
        db = opened.db
        holder["check"] = time.perf_counter() - t
        holder["deferred"] = opened.check_pending
        ctx = AppContext(db, settings, a.data_dir)
        ctx.apply_language("zh")
        window = build_window(ctx, reminder=False, lock=False, opened=opened)
        window.resize(1300, 800)
        holder.update(ctx=ctx, window=window, db=db, built=time.perf_counter() - t)
        window.show()

    if prof:
        prof.enable()
    startup = until_painted(app, start)
    if prof:
        prof.disable()
    check = float(holder["check"])  # type: ignore[arg-type]
    built = float(holder["built"])  # type: ignore[arg-type]
    window = holder["window"]
    db = holder["db"]
    print(f"imports + QApplication: {imports * 1000:.0f} ms (not counted)")
    print(f"bare window painted:    {bare * 1000:7.1f} ms")
    print(f"app window painted:     {startup * 1000:7.1f} ms  "
          f"(check+open {check * 1000:.0f}, build {(built - check) * 1000:.0f}, "
          f"show+paint {(startup - built) * 1000:.0f})  = {startup / bare:.1f}× bare "
          "(the 3× target is the process-level figure, last)")
    print(f"  integrity check {'deferred after the first paint' if holder['deferred'] else 'before the window'};"
          f" without the check+open: {(startup - check) * 1000:7.1f} ms = "
          f"{(startup - check) / bare:.1f}× bare;  RSS at first paint {current_rss_mb():.0f} MB")
    if prof:
        pstats.Stats(prof).sort_stats("cumulative").print_stats(30)
    guard = window.integrity  # type: ignore[attr-defined]
    t = time.perf_counter()
    while guard.state in ("pending", "checking"):  # not to disturb the figures below
        app.processEvents()
        time.sleep(0.005)
    print(f"integrity check: {guard.state}, {(time.perf_counter() - t + startup) * 1000:.0f} ms "
          "after the start")
    today = window.features.today  # type: ignore[attr-defined]
    t = time.perf_counter()
    while today.agenda is None:  # a large dossier's agenda comes from the background
        app.processEvents()
        time.sleep(0.005)
    agenda = today.agenda
    print(f"Today view filled {(time.perf_counter() - t + startup) * 1000:.0f} ms after the start "
          f"(off the GUI thread: {today.large}); "
          f"{agenda.tally('contacts_due').total:,} people due "
          f"({today.contacts_model.rowCount():,} rows shown), "
          f"{agenda.tally('ours_due').total:,} of our commitments "
          f"({today.ours_model.rowCount():,} shown); RSS {current_rss_mb():.0f} MB, "
          f"peak so far {rss_mb():.0f} MB")

    from sqlalchemy import text

    with db.unit_of_work() as s:  # type: ignore[attr-defined]
        big = s.execute(text(
            "SELECT account_id, count(*) AS n FROM interaction WHERE deleted_at IS NULL "
            "GROUP BY account_id ORDER BY n DESC LIMIT 1")).one()
        people = s.execute(text("SELECT count(*) FROM person WHERE account_id = :a AND "
                                "deleted_at IS NULL"), {"a": big[0]}).scalar()
        others = [r[0] for r in s.execute(text("SELECT id FROM account ORDER BY name LIMIT 6"))]
    print(f"\nthe biggest dossier: {people} people, {big[1]} interactions")

    panel = window.panel  # type: ignore[attr-defined]
    tabs = window.tabs  # type: ignore[attr-defined]

    def open_account(account_id: str) -> float:
        return until_painted(app, lambda: window._account_changed(account_id))  # type: ignore[attr-defined]

    # Warm-up on other accounts, then alternate to defeat caching of the same dossier.
    for other in others[:2]:
        open_account(other)
    tabs.setCurrentIndex(a.tab)
    app.processEvents()
    prof2 = cProfile.Profile() if a.profile == "open" else None
    times = []
    for i in range(a.runs):
        open_account(others[2 + i % 4])
        if prof2:
            prof2.enable()
        times.append(open_account(big[0]))
        if prof2:
            prof2.disable()
    tabs.setCurrentIndex(0)
    print(f"open it (selected in the list, {tabs.tabText(a.tab)} tab showing): median {statistics.median(times) * 1000:7.1f}"
          f" ms, worst {max(times) * 1000:7.1f} ms  = {statistics.median(times) / bare:.1f}× bare window"
          " (target < 50 ms)")
    if prof2:
        pstats.Stats(prof2).sort_stats("cumulative").print_stats(30)
    # Each tab showing, the big dossier opened --runs times (another account in between):
    # "first" is the first time that tab shows it (nothing of it kept), then the median.
    for index in range(tabs.count()):
        tabs.setCurrentIndex(0)
        app.processEvents()
        open_account(others[0])  # so that the tab, when shown, reads another account
        tabs.setCurrentIndex(index)
        app.processEvents()
        per_tab = []
        for i in range(a.runs):
            open_account(others[2 + i % 4])
            per_tab.append(open_account(big[0]))
        print(f"  with the {tabs.tabText(index)!s:14} tab showing: first {per_tab[0] * 1000:7.1f} ms,"
              f" median {statistics.median(per_tab) * 1000:7.1f} ms, worst {max(per_tab) * 1000:7.1f} ms")
    _ = panel
    print(f"\nRSS: bare window {rss_bare:.0f} MB; now {current_rss_mb():.0f} MB; "
          f"peak {rss_mb():.0f} MB (target < 300)")
    window.close()  # type: ignore[attr-defined]
    guard.stop()
    db.close()  # type: ignore[attr-defined]
    guard.clean_exit()  # as the app's clean exit: the next start can defer its check again
    if a.process_runs:  # last: fresh processes, unaffected by this one's imports and caches
        print()
        record_backup_fingerprint(a.data_dir)
        process_level(a.data_dir, a.process_runs, a.compare)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
