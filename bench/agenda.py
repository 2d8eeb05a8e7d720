#!/usr/bin/env python3
"""The Today agenda alone at scale: time and peak memory of ``build_agenda``.

    python bench/agenda.py --data-dir /tmp/big [--runs 3] [--tracemalloc] [--limit N]

Each run is a fresh process (peak RSS only ever grows): it opens the database read-only,
notes its RSS, builds the agenda once and prints the time, the growth of the peak RSS
(``ru_maxrss``) over the RSS before the call, and with ``--tracemalloc`` the peak of the
Python heap during the call (tracemalloc slows the call down: its time is not the figure).
Also measured in the same process: ``last_contact_by_person`` for everyone, the part the
lead is replacing with a maintained column, so the rest can be read off.
Use a copy of the big database.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def rss_now_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def one_run(data_dir: Path, limit: int | None, trace: bool, part: str) -> dict[str, float]:
    import tracemalloc

    from desktop.db.queries import last_contact_by_person
    from desktop.db.session import open_database
    from desktop.domain import followups

    db = open_database(data_dir, readonly=True)
    now = datetime.now()
    with db.unit_of_work() as s:  # warm the page cache and the mappers
        followups.agenda_is_slow(s)
    before = rss_now_mb()
    if trace:
        tracemalloc.start()
    start = time.perf_counter()
    with db.unit_of_work() as s:
        if part == "last_contact":
            n = len(last_contact_by_person(s, None, now=now))
            shown = 0
        else:
            kwargs = {} if limit is None else {"limit": limit}
            agenda = followups.build_agenda(s, now, **kwargs)
            n = agenda.tally("contacts_due").total if hasattr(agenda, "tally") else len(
                agenda.contacts_due)
            shown = len(agenda.contacts_due)
    took = time.perf_counter() - start
    heap = tracemalloc.get_traced_memory()[1] / 2**20 if trace else float("nan")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    db.close()
    return {"seconds": took, "rss_before": before, "rss_peak": peak, "heap_peak": heap,
            "due": n, "shown": shown}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--data-dir", type=Path, required=True)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--limit", type=int, help="rows per section (default: build_agenda's)")
    p.add_argument("--tracemalloc", action="store_true", help="also one traced run per part")
    p.add_argument("--child", help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    if a.child:
        trace, part = a.child.split(",")
        print(json.dumps(one_run(a.data_dir, a.limit, trace == "1", part)))
        return 0

    def spawn(trace: bool, part: str) -> dict[str, float]:
        cmd = [sys.executable, __file__, "--data-dir", str(a.data_dir),
               "--child", f"{int(trace)},{part}"]
        if a.limit is not None:
            cmd += ["--limit", str(a.limit)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        return dict(json.loads(out.strip().splitlines()[-1]))

    for part in ("last_contact", "agenda"):
        runs = [spawn(False, part) for _ in range(a.runs)]
        secs = statistics.median(r["seconds"] for r in runs)
        grow = statistics.median(r["rss_peak"] - r["rss_before"] for r in runs)
        peak = statistics.median(r["rss_peak"] for r in runs)
        what = ("last_contact_by_person(everyone)" if part == "last_contact"
                else "build_agenda")
        line = (f"{what:34} median {secs * 1000:7.0f} ms; peak RSS {peak:5.0f} MB "
                f"(+{grow:.0f} MB over the {runs[0]['rss_before']:.0f} MB before the call)")
        if part == "agenda":
            line += f"; {int(runs[0]['due']):,} people due, {int(runs[0]['shown']):,} rows kept"
        print(line)
        if a.tracemalloc:
            traced = spawn(True, part)
            print(f"{'':34} tracemalloc peak of the Python heap: {traced['heap_peak']:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
