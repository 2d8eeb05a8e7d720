"""Search and account-filter speed, and memory, on a generated dossier.

    python bench/generate.py --data-dir /tmp/big            # once (10k/200k/1M by default)
    python bench/search_bench.py --data-dir /tmp/big

For each term, newest-50 interactions through the app's search() are timed
against the raw FTS5 query on the same database (the bound) and against a plain
LIKE '%term%' scan; then all four kinds at once. Then the account-list filter
per keystroke, and the peak RSS of this process. Targets: search ≤ 3× raw FTS,
≥ 50× faster than LIKE; filter < 16 ms per keystroke; RSS < 300 MB.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.db.session import open_database
from desktop.search.index import KINDS, driver_connection
from desktop.search.lists import filter_page
from desktop.search.query import expand_words, match_expression, search
from desktop.search.tokenize import parse_query

TERMS = [
    ("2-char Chinese", "续约"),
    ("2-char Chinese", "合规"),
    ("2-char Chinese (rare)", "刘娜"),
    ("4-char Chinese", "付款周期"),
    ("4-char Chinese", "组织调整"),
    ("English word", "SLA"),
    ("English word", "migration"),
    ("two terms", "张总 报价单"),
    ("one character", "娜"),
]


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    """(median ms, p95 ms, last result) over ``runs`` calls, after one warm-up."""
    result = fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return statistics.median(times), p95, result


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--data-dir", type=Path, required=True)
    p.add_argument("--runs", type=int, default=30)
    p.add_argument("--like-runs", type=int, default=3)
    a = p.parse_args(argv)

    t = time.perf_counter()
    db = open_database(a.data_dir, readonly=True)
    session = db.session()
    conn = driver_connection(session)
    counts = {k: conn.execute(f"SELECT count(*) FROM {s.table}").fetchone()[0]
              for k, s in KINDS.items()}
    print(f"opened in {(time.perf_counter() - t) * 1000:.0f} ms: "
          + ", ".join(f"{n:,} {k}s" for k, n in counts.items()) + f"; RSS {rss_mb():.0f} MB")

    spec = KINDS["interaction"]
    # A rare term: the full name of someone mentioned in a recent note.
    rare = conn.execute("SELECT p.name FROM person p JOIN interaction i ON i.account_id = "
                        "p.account_id AND instr(i.notes, p.name) > 0 AND length(p.name) = 3 "
                        "LIMIT 1").fetchone()
    terms = [*TERMS, ("rare 3-char name", rare[0])] if rare else TERMS
    like_where = " OR ".join(f"{f} LIKE ?" for f in spec.fields)
    raw_sql = ("SELECT f.rowid, d.record_id FROM search_fts f JOIN search_doc d ON d.rowid = f.rowid "
               "WHERE search_fts MATCH ? ORDER BY f.rowid DESC LIMIT 50")
    rows_sql = ("SELECT t.*, a.name FROM search_fts f JOIN search_doc d ON d.rowid = f.rowid "
                "JOIN interaction t ON t.id = d.record_id AND t.deleted_at IS NULL "
                "JOIN account a ON a.id = t.account_id AND a.deleted_at IS NULL "
                "WHERE search_fts MATCH ? ORDER BY f.rowid DESC LIMIT 50")
    print(f"\nnewest 50 interactions (median / p95 ms over {a.runs} runs; LIKE over {a.like_runs})")
    print(f"{'term':28} {'hits':>4} {'search':>15} {'raw FTS':>15} {'raw rows':>8} {'+snips':>7} {'LIKE':>9} "
          f"{'÷raw':>6} {'LIKE÷':>7}")
    ratios_raw, ratios_like = [], []
    for label, term in terms:
        atoms = parse_query(term)
        expr = match_expression("interaction", atoms, None, expand_words(conn, atoms))
        s_med, s_p95, hits = timed(
            lambda term=term: search(session, term, kinds=("interaction",)), a.runs)
        r_med, r_p95, _ = timed(lambda expr=expr: conn.execute(raw_sql, (expr,)).fetchall(), a.runs)
        n_med, _, _ = timed(lambda term=term: [h.spans for h in search(
            session, term, kinds=("interaction",))], a.runs)
        w_med, _, _ = timed(lambda expr=expr: conn.execute(rows_sql, (expr,)).fetchall(), a.runs)
        like_params = [f"%{term.split()[0]}%"] * len(spec.fields)
        l_med, _, _ = timed(lambda lp=like_params: conn.execute(
            f"SELECT id FROM interaction WHERE deleted_at IS NULL AND ({like_where}) "
            "ORDER BY starts_at DESC LIMIT 50", lp).fetchall(), a.like_runs)
        short = any(x.short for x in atoms)
        if not short:
            ratios_raw.append(s_med / r_med)
        ratios_like.append(l_med / s_med)
        print(f"{label + ' ' + term:28} {len(hits):4} {s_med:7.2f}/{s_p95:7.2f} "
              f"{r_med:7.2f}/{r_p95:7.2f} {w_med:8.2f} {n_med:7.2f} {l_med:9.1f} "
              f"{(s_med / r_med) if not short else float('nan'):6.2f} {l_med / s_med:7.0f}")
    print("raw FTS: the MATCH alone (rowid, record id); raw rows: the same single SQL statement"
          " search() runs, without Python; +snips: search() with all 50 snippets cut"
          " (they are cut lazily, when shown)")
    print(f"search ÷ raw FTS (worst, indexed terms): {max(ratios_raw):.2f}×  (target ≤ 3×)")
    print(f"LIKE ÷ search (worst): {min(ratios_like):.0f}×  (target ≥ 50×)")

    print("\nall four kinds, newest 50 of each")
    for _label, term in TERMS[:7]:
        atoms = parse_query(term)
        exprs = [match_expression(k, atoms, None, expand_words(conn, atoms)) for k in KINDS]
        s_med, s_p95, hits = timed(lambda term=term: search(session, term), a.runs)
        r_med, r_p95, _ = timed(
            lambda exprs=exprs: [conn.execute(raw_sql, (e,)).fetchall() for e in exprs], a.runs)
        print(f"  {term:12} {len(hits):4} hits  search {s_med:6.2f}/{s_p95:6.2f} ms  "
              f"raw {r_med:6.2f}/{r_p95:6.2f} ms  ratio {s_med / r_med:.2f}")

    print(f"\naccount-list filter per keystroke ({counts['account']:,} accounts, page of 100 + total)")
    for sort in ("name", "churn_risk", "last_contact"):
        for typed in ("华东移动", "bank", "金融 上海"):
            times = []
            for n in range(0, len(typed) + 1):
                prefix = typed[:n]
                _m, _p, _ = timed(lambda prefix=prefix, sort=sort: filter_page(
                    session, prefix, sort=sort, limit=100), 5)
                times.append(_m)
            print(f"  sort={sort:12} typing {typed!r:12}: per keystroke median "
                  f"{statistics.median(times):6.2f} ms, worst {max(times):6.2f} ms (target < 16)")

    print(f"\npeak RSS of this process: {rss_mb():.0f} MB (target < 300)")
    session.close()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
