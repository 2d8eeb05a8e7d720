#!/usr/bin/env python3
"""Quitting soon after start on a big dossier: how long until the app has exited.

    QT_QPA_PLATFORM=offscreen python bench/quit_soon.py --data-dir /tmp/big [--after 2] [--runs 3]

A fresh ``run_gui`` process (the app's own start and exit, with the reminder due: its
time is set to 00:00 in the child's own settings) is closed ``--after`` seconds after its
first paint, as a user quitting at once: at 200k people the Today agenda is then being
read in the background. Printed: seconds from the close to the end of run_gui (the
clean-exit marker is written last), and whether the marker matches the file.
The first run may check the whole file before the window (no marker yet); it is
reported apart. Use a copy of the database.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHILD = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from argparse import Namespace
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow
from desktop.ui.app import make_application, run_gui
from desktop.backup.startup import matching_marker

app = make_application()
closed = {}

class Quit(QObject):
    fired = False
    def eventFilter(self, obj, event):
        if not self.fired and event.type() == QEvent.Type.Paint:
            window = obj.window() if hasattr(obj, "window") else None
            if isinstance(window, QMainWindow):
                self.fired = True
                def close():
                    today = getattr(getattr(window, "features", None), "today", None)
                    closed["reading"] = today is not None and today.agenda is None
                    closed["t"] = time.perf_counter()
                    window.close()
                QTimer.singleShot(int(float(sys.argv[3]) * 1000), close)
        return False

watch = Quit()
app.installEventFilter(watch)
run_gui(Namespace(data_dir=sys.argv[2]))
took = time.perf_counter() - closed["t"]
print(f"quit {took:.3f} {int(closed['reading'])} {int(matching_marker(Path(sys.argv[2])) is not None)}",
      flush=True)
"""


def main(argv: list[str] | None = None) -> int:
    from bench.startup import child_env, record_backup_fingerprint

    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--data-dir", type=Path, required=True)
    p.add_argument("--after", type=float, default=2.0)
    p.add_argument("--runs", type=int, default=3)
    a = p.parse_args(argv)
    record_backup_fingerprint(a.data_dir)
    home = Path(tempfile.mkdtemp(prefix="dossier-quit-"))
    env = child_env(home)
    env.pop("DOSSIER_EXIT_AFTER_FIRST_PAINT")
    ini = home / ".config" / "Dossier" / "Dossier.conf"
    times = []
    for run in range(a.runs + 1):
        ini.parent.mkdir(parents=True, exist_ok=True)
        ini.write_text("[followups]\nreminder_time=00:00\n")  # the reminder is due, not yet shown
        out = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), str(a.data_dir), str(a.after)],
                             env=env, stdout=subprocess.PIPE, text=True, check=True)
        line = next(x for x in out.stdout.splitlines() if x.startswith("quit "))
        _, took, reading, marker = line.split()
        note = (f"agenda {'still being read' if reading == '1' else 'already in'} at the close; "
                f"marker {'written' if marker == '1' else 'MISSING'}")
        if run == 0:
            print(f"first start (may check the file first): quit took {float(took):.2f} s; {note}")
            continue
        times.append(float(took))
        print(f"run {run}: quit took {float(took):.2f} s after the close; {note}", flush=True)
    print(f"median {statistics.median(times):.2f} s, worst {max(times):.2f} s "
          f"(closed {a.after:g} s after the first paint)")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(main())
