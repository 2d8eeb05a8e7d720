#!/usr/bin/env python3
"""Start-up, opening a big dossier and memory, measured against a bare window in the same run.

    python bench/generate.py --data-dir /tmp/big            # once (10k/200k/1M by default)
    QT_QPA_PLATFORM=offscreen python bench/startup.py --data-dir /tmp/big [--profile]

Figures:
- start-up: the integrity check and open, the main window built as the app builds it
  (every feature plugged in), shown and painted; against a bare QMainWindow with a
  table, shown and painted in the same process (target: within 3×).
- opening the dossier with the most interactions (time until the window has painted it;
  target under 50 ms), and each dossier tab shown on it.
- peak RSS with the big database open and a dossier shown (target < 300 MB).

The database is opened read-write as the app does (WAL, automatic backup at start is
left out: it runs off the GUI thread and would copy gigabytes); use a copy.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget


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


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--data-dir", type=Path, required=True)
    p.add_argument("--profile", choices=("start", "open"), help="cProfile one phase, print top 30")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--tab", type=int, default=0, help="with --profile open: the tab showing")
    a = p.parse_args(argv)

    t0 = time.perf_counter()
    from desktop.ui.app import build_window, make_application
    from desktop.ui.context import AppContext
    from desktop.ui.open_dossier import open_dossier_interactively
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
        db = open_dossier_interactively(a.data_dir)
        assert db is not None, "the dossier did not open"
        holder["check"] = time.perf_counter() - t
        ctx = AppContext(db, settings, a.data_dir)
        ctx.apply_language("zh")
        window = build_window(ctx, reminder=False, lock=False)
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
          f"show+paint {(startup - built) * 1000:.0f})  = {startup / bare:.1f}× bare (target ≤ 3×)")
    print(f"  without the integrity check: {(startup - check) * 1000:7.1f} ms = "
          f"{(startup - check) / bare:.1f}× bare;  RSS at first paint {current_rss_mb():.0f} MB")
    if prof:
        pstats.Stats(prof).sort_stats("cumulative").print_stats(30)
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
    db.close()  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
