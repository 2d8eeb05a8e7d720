"""Plain vs encrypted (SQLCipher) on the same workloads, and backup time of a large dossier.

    python bench/durability.py               # 1 GB plain backup, 256 MB encrypted (extrapolated)
    python bench/durability.py --backup-mb 200 --quick

Figures are printed with ratios (encrypted / plain) and, for backups, against a raw
bound measured in the same run: a plain file copy of the same bytes (what the disk can do).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, or_, select

from desktop.backup import backups, encryption
from desktop.db.models import Account, Interaction, Person
from desktop.db.session import DB_FILENAME, Database, forget_derived_keys, open_database

PASS = "bench passphrase 2026"


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def seed(db: Database, people: int) -> None:
    with db.unit_of_work() as session:
        for a in range(people // 20):
            acct = Account(name=f"集团客户 {a}", notes="年度预算在三月确定。" * 10)
            session.add(acct)
            for p in range(20):
                person = Person(account=acct, name=f"张{a}-{p}", title="采购经理",
                                notes=f"喜欢打高尔夫，孩子在读初中 {a}-{p}。" * 5)
                session.add(person)
            session.add(Interaction(account=acct, starts_at=datetime(2026, 1, 1 + a % 28, 9),
                                    notes="拜访纪要：讨论了续约和价格。" * 20))


def workloads(data_dir: Path, key: str | None, commits: int, people: int) -> dict[str, float]:
    out: dict[str, float] = {}
    db = open_database(data_dir, key=key)

    def one_by_one() -> None:
        for i in range(commits):
            with db.unit_of_work() as session:  # one user action, fsync'd (synchronous=FULL)
                session.add(Account(name=f"单条 {i}", notes="一条备注" * 20))

    out["commit one edit (ms)"] = timed(one_by_one) / commits * 1000
    out[f"bulk insert {people} people (s)"] = timed(lambda: seed(db, people))

    def search() -> None:
        for term in ("高尔夫", "续约", "张1", "不存在的词", "经理"):
            with db.unit_of_work() as session:
                like = f"%{term}%"
                session.scalar(select(func.count()).select_from(Person).where(
                    or_(Person.name.like(like), Person.notes.like(like))))
                session.scalar(select(func.count()).select_from(Interaction).where(
                    Interaction.notes.like(like)))

    search()  # warm the page cache, as a running app would be
    out["search, 5 LIKE scans (ms)"] = min(timed(search) for _ in range(5)) * 1000
    db.close()

    def reopen() -> None:
        open_database(data_dir, key=key).close()

    out["open, key derived before (ms)"] = min(timed(reopen) for _ in range(3)) * 1000

    def cold() -> None:
        forget_derived_keys()  # as at app start: PBKDF2 (256 000 rounds) runs once
        reopen()

    out["open at app start (ms)"] = min(timed(cold) for _ in range(3)) * 1000
    return out


def raw_bound_commits(folder: Path, commits: int) -> float:
    """The same one-row-per-transaction writes through bare sqlite3 (WAL, FULL)."""
    conn = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t(id TEXT PRIMARY KEY, name TEXT, notes TEXT)")
    start = time.perf_counter()
    for i in range(commits):
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t VALUES (?, ?, ?)", (f"id{i}", f"单条 {i}", "一条备注" * 20))
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed / commits * 1000


def grow(data_dir: Path, key: str | None, megabytes: int) -> None:
    """Pad a dossier to about ``megabytes`` with incompressible rows."""
    from desktop.db.session import connect_raw

    conn = connect_raw(data_dir / DB_FILENAME, key)
    conn.execute("CREATE TABLE IF NOT EXISTS bench_filler(b BLOB)")
    chunk = 64  # MB per transaction
    done = 0
    while done < megabytes:
        n = min(chunk, megabytes - done)
        conn.execute("INSERT INTO bench_filler SELECT randomblob(65536) FROM "
                     f"(WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c "
                     f"LIMIT {n * 16}) SELECT x FROM c)")
        conn.commit()
        done += n
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def backup_figures(root: Path, key: str | None, megabytes: int) -> dict[str, float]:
    data_dir = root / ("enc" if key else "plain") / "data"
    open_database(data_dir).close()
    if key:
        encryption.enable(data_dir, key)
    build = timed(lambda: grow(data_dir, key, megabytes))
    live = data_dir / DB_FILENAME
    size_mb = live.stat().st_size / 2**20
    copy_target = root / "copy.bin"
    os.sync()
    raw = timed(lambda: shutil.copyfile(live, copy_target))
    copy_target.unlink()
    folder = root / "backups"
    made: list[Path] = []
    total = timed(lambda: made.append(backups.make_backup(live, key, folder, reason="bench")))
    from desktop.backup.integrity import check_file

    verify = timed(lambda: check_file(made[0], key, full=True))
    made[0].unlink()
    return {"size (MB)": size_mb, "build (s)": build, "file copy, raw bound (s)": raw,
            "backup incl. verify (s)": total, "of which verify (s)": verify}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--commits", type=int, default=200)
    parser.add_argument("--people", type=int, default=20000)
    parser.add_argument("--backup-mb", type=int, default=1024)
    parser.add_argument("--encrypted-backup-mb", type=int, default=256)
    parser.add_argument("--dir", type=Path, default=None, help="where to work (default: a temp dir)")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="dossier-bench-", dir=args.dir))
    try:
        print(f"# Dossier durability bench — {datetime.now():%Y-%m-%d %H:%M}, in {root}")
        plain_dir, enc_dir = root / "w-plain", root / "w-enc"
        open_database(enc_dir).close()
        encryption.enable(enc_dir, PASS)
        plain = workloads(plain_dir, None, args.commits, args.people)
        enc = workloads(enc_dir, PASS, args.commits, args.people)
        raw = raw_bound_commits(root, args.commits)
        print(f"\n{'workload':34} {'plain':>10} {'encrypted':>10} {'ratio':>7}")
        for name in plain:
            print(f"{name:34} {plain[name]:10.2f} {enc[name]:10.2f} {enc[name] / plain[name]:7.2f}")
        print(f"{'raw sqlite3 commit, bound (ms)':34} {raw:10.2f}"
              f"   (Dossier plain / raw = {plain['commit one edit (ms)'] / raw:.2f})")

        print(f"\n## Backup with the online API (plain {args.backup_mb} MB, "
              f"encrypted {args.encrypted_backup_mb} MB)")
        for key, mb in ((None, args.backup_mb), (PASS, args.encrypted_backup_mb)):
            if mb <= 0:
                continue
            fig = backup_figures(root, key, mb)
            label = "encrypted" if key else "plain"
            per_gb = fig["backup incl. verify (s)"] / fig["size (MB)"] * 1024
            print(f"{label:10} " + ", ".join(f"{k} {v:.1f}" for k, v in fig.items())
                  + f"; per GB {per_gb:.1f} s; backup / file copy = "
                  f"{fig['backup incl. verify (s)'] / fig['file copy, raw bound (s)']:.1f}")
            shutil.rmtree(root / ("enc" if key else "plain"))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
