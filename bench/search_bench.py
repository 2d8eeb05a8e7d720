"""Search speed on a generated dossier: the app's search() against the raw FTS5 bound and LIKE.

    python bench/generate.py --data-dir /tmp/big            # once (10k/200k/1M by default)
    python bench/search_bench.py --data-dir /tmp/big

What is timed, for terms of several frequencies (rare / medium / common), each the
newest 50 records of every kind (account, person, interaction, commitment), which is
what the search dialog and ``dossier search`` ask for:

* search()  — the app's own function, as the dialog's worker calls it (an open session);
* raw bound — the FTS5 query alone on the same database, returning what a result list
  needs to exist: per kind the newest 50 matches as (record id, kind, date). The date
  is in the index rowid and kind/id in search_doc, so this is the MATCH plus one
  primary-key lookup per row, no record table, no Python. search() must in addition
  read what each hit shows (title, account name, the text its snippet comes from),
  drop hits of deleted accounts and make Hit objects; that is the work the 3× target
  allows for;
* ids only  — the bare MATCH (index rowids, no kind or record id): a lower bound still;
* rows SQL  — search()'s SQL without its Python: the MATCH joined by rowid to
  search_show (what a hit shows) and to the hit's live account (its name; an
  account hit needs no join);
* rec join  — labelled reference, the way search() read its rows before search04:
  the raw bound joined to the live records and live accounts by UUID, reading the
  same columns (one random seek per hit into million-row tables);
* LIKE      — a plain LIKE '%word%' over the same text columns of each kind (every word
  of the query in some column), newest 50 by date: the table is scanned in full
  (NOT INDEXED), as a LIKE search without an index does;
* LIKE-date — labelled variant: the same LIKE walked in date order through a date
  index where one exists (interactions), stopping at the 50th match; fast for common
  words, a full scan for rare ones.

search() and the raw queries run interleaved (search, raw, ids, rows, search, …) so
the shared machine's noise hits them alike; wall-clock median and p95 over --runs,
and the median CPU time of this process (what is left when other processes' turns on
the cores are taken out). The page cache is the app's (SQLite's default 2 MB) unless
--cache-mb/--mmap-mb say otherwise. Targets of issue #6: search ≤ 3× the raw bound,
LIKE ≥ 50× slower than search.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.db.session import open_database
from desktop.search import index as search_index
from desktop.search.index import KINDS, driver_connection
from desktop.search.query import search
from desktop.search.tokenize import parse_query

# (class, frequency, term): frequencies measured on the generated 1M dossier, see the
# "matches" column (all kinds together).
TERMS: list[tuple[str, str, str]] = [
    ("2-char Chinese", "common", "续约"),
    ("2-char Chinese", "medium", "超说"),
    ("2-char Chinese", "rare", "刘娜"),
    ("4-char Chinese", "common", "付款周期"),
    ("4-char Chinese", "medium", "法务经理"),
    ("4-char Chinese", "rare", "郭静超说"),
    ("English word", "common", "SLA"),
    ("English word", "common", "migration"),
    ("English word", "medium", "procurement"),
    ("pinyin", "rare", "guojingchao"),
    ("pinyin prefix", "medium", "liuna"),
    ("pinyin prefix", "common", "zh"),  # typing a surname: more words than are expanded
    ("two terms", "common", "张总 报价单"),
    ("one character", "(scan)", "娜"),
]
# Date columns with an index a date-ordered LIKE can walk (the early-exit variant).
_DATE_INDEXED = {"interaction"}


def pct(times: Sequence[float], q: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def interleaved(fns: dict[str, Callable[[], Any]], runs: int
                ) -> dict[str, tuple[float, float, float]]:
    """{name: (median ms, p95 ms, median CPU ms)}, the functions called in turn ``runs``
    times after a warm-up. The CPU time of this process leaves out the time other
    processes had the core: on a shared machine it shows the signal under the noise."""
    for fn in fns.values():
        fn()
    times: dict[str, list[float]] = {name: [] for name in fns}
    cpu: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(runs):
        for name, fn in fns.items():
            t, c = time.perf_counter(), time.process_time()
            fn()
            times[name].append((time.perf_counter() - t) * 1000)
            cpu[name].append((time.process_time() - c) * 1000)
    return {name: (statistics.median(v), pct(v, 0.95), statistics.median(cpu[name]))
            for name, v in times.items()}


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


Statements = list[tuple[str, tuple[Any, ...]]]


def raw_queries(conn: Any, term: str, kinds: Sequence[str], account_id: str | None
                ) -> tuple[Statements, Statements, Statements, Statements]:
    """Per kind: the raw bound's statement (ids+kind+date), the ids-only one, the rows
    one (search()'s SQL) and the record-join one (the raw bound joined to the live
    record and its live account by UUID, as search() did before search04)."""
    from desktop.search import query as q

    atoms = parse_query(term)
    expansions = q.expand_words(conn, atoms)
    full, ids, rows, rec = [], [], [], []
    for kind in kinds:
        where, params = q.fts_filter(kind, atoms, account_id, expansions)
        if where is None:
            continue
        aliased, _ = q.fts_filter(kind, atoms, account_id, expansions, alias="f")
        full.append((
            f"SELECT d.rowid, d.kind, d.record_id FROM search_fts f JOIN search_doc d "
            f"ON d.rowid = f.rowid WHERE {aliased} ORDER BY f.rowid DESC LIMIT 50", params))
        ids.append((f"SELECT rowid FROM search_fts WHERE {where} ORDER BY rowid DESC LIMIT 50",
                     params))
        spec = KINDS[kind]
        cols = dict.fromkeys(("id", spec.account_column, spec.date_column, *spec.fields))
        rows.append((
            f"SELECT {q._SHAPES[kind].select} FROM search_fts f {q._SHAPES[kind].records} "
            f"WHERE {aliased} "
            "ORDER BY f.rowid DESC LIMIT 50", params))
        rec.append((
            f"SELECT {', '.join(f't.{c}' for c in cols)}, a.name FROM search_fts f "
            f"JOIN search_doc d ON d.rowid = f.rowid JOIN {spec.table} t ON t.id = d.record_id "
            f"AND t.deleted_at IS NULL JOIN account a ON a.id = t.{spec.account_column} "
            f"AND a.deleted_at IS NULL WHERE {aliased} ORDER BY f.rowid DESC LIMIT 50", params))
    return full, ids, rows, rec


def like_queries(term: str, kinds: Sequence[str], account_id: str | None, *, by_date: bool
                 ) -> list[tuple[str, tuple[Any, ...]]]:
    """A plain LIKE '%word%' search per kind: every word in some text column, newest 50."""
    words = term.split()
    out = []
    for kind in kinds:
        spec = KINDS[kind]
        any_field = "(" + " OR ".join(f"t.{f} LIKE ?" for f in spec.fields) + ")"
        where = " AND ".join([any_field] * len(words))
        params: list[Any] = [f"%{w}%" for w in words for _f in spec.fields]
        scope = ""
        if account_id:
            scope = f" AND t.{spec.account_column} = ?"
            params.append(account_id)
        hint = "" if by_date and kind in _DATE_INDEXED else "NOT INDEXED"
        date = f"t.{spec.date_column}" if hint == "" else f"+t.{spec.date_column}"
        live = f"JOIN account a ON a.id = t.{spec.account_column} AND a.deleted_at IS NULL"
        out.append((
            f"SELECT t.id, '{kind}', t.{spec.date_column} FROM {spec.table} t {hint} {live} "
            f"WHERE t.deleted_at IS NULL AND {where}{scope} ORDER BY {date} DESC LIMIT 50",
            tuple(params)))
    return out


def run_all(conn: Any, statements: list[tuple[str, tuple[Any, ...]]]) -> int:
    return sum(len(conn.execute(sql, params).fetchall()) for sql, params in statements)


def match_count(conn: Any, term: str) -> int:
    """How many records match (all kinds), from the index."""
    from desktop.search import query as q

    atoms = parse_query(term)
    if any(a.short for a in atoms):
        return -1  # a scan: the index cannot count it
    expansions = q.expand_words(conn, atoms)
    total = 0
    for kind in KINDS:
        where, params = q.fts_filter(kind, atoms, None, expansions)
        if where is not None:
            total += conn.execute(f"SELECT count(*) FROM search_fts WHERE {where}", params
                                  ).fetchone()[0]
    return total


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--data-dir", type=Path, required=True)
    p.add_argument("--runs", type=int, default=40)
    p.add_argument("--like-runs", type=int, default=3)
    p.add_argument("--kinds", default=",".join(KINDS),
                   help="kinds searched (default: all four, as the app does)")
    p.add_argument("--account", action="store_true",
                   help="also search within the largest account (as `dossier search --account`)")
    p.add_argument("--no-like", action="store_true", help="skip the (slow) LIKE scans")
    p.add_argument("--no-filter", action="store_true", help="skip the account-list filter")
    p.add_argument("--terms", help="only these terms (comma-separated)")
    p.add_argument("--cache-mb", type=int, default=0,
                   help="set the connection's page cache (default: as the app, SQLite's 2 MB)")
    p.add_argument("--mmap-mb", type=int, default=0, help="let SQLite map this much of the file")
    a = p.parse_args(argv)
    kinds = tuple(a.kinds.split(","))

    t = time.perf_counter()
    db = open_database(a.data_dir, readonly=True)
    session = db.session()
    conn = driver_connection(session)
    if a.cache_mb:
        conn.execute(f"PRAGMA cache_size = -{a.cache_mb * 1024}")
    if a.mmap_mb:
        conn.execute(f"PRAGMA mmap_size = {a.mmap_mb << 20}")
    print("connection: page cache "
          f"{-conn.execute('PRAGMA cache_size').fetchone()[0] / 1024:.0f} MB, mmap "
          f"{conn.execute('PRAGMA mmap_size').fetchone()[0] >> 20} MB")
    counts = {k: conn.execute(f"SELECT count(*) FROM {s.table}").fetchone()[0]
              for k, s in KINDS.items()}
    print(f"opened in {(time.perf_counter() - t) * 1000:.0f} ms: "
          + ", ".join(f"{n:,} {k}s" for k, n in counts.items()) + f"; RSS {rss_mb():.0f} MB")
    print(f"index layout: {search_index.LAYOUT}")

    terms = [x for x in TERMS if not a.terms or x[2] in a.terms.split(",")]
    scopes: list[tuple[str, str | None]] = [("everywhere", None)]
    if a.account:
        big = conn.execute("SELECT account_id, count(*) n FROM interaction GROUP BY account_id "
                           "ORDER BY n DESC LIMIT 1").fetchone()
        scopes.append((f"within the largest account ({big[1]:,} interactions)", big[0]))
    for scope, account_id in scopes:
        _table(conn, session, terms, kinds, account_id, scope, a)

    if not a.no_filter:
        _filter(db, counts["account"])
    print(f"\npeak RSS of this process: {rss_mb():.0f} MB (target < 300)")
    session.close()
    db.close()
    return 0


def _table(conn: Any, session: Any, terms: list[tuple[str, str, str]], kinds: Sequence[str],
           account_id: str | None, scope: str, a: argparse.Namespace) -> None:
    print(f"\nnewest 50 of each of {', '.join(kinds)} — {scope}")
    print(f"ms: median/p95 (median CPU); search and raw interleaved over {a.runs} runs, LIKE "
          f"over {a.like_runs}")
    print(f"{'class':14} {'freq':6} {'term':11} {'matches':>7} {'hits':>4} | "
          f"{'search()':>18} | {'raw bound':>18} | {'ids only':>11} | {'rows SQL':>11} | "
          f"{'÷raw':>9} {'÷ids':>4} | "
          f"{'LIKE':>5} {'LIKE÷':>5} {'LIKE-date':>9} {'÷':>4}")
    worst: dict[str, list[tuple[float, float]]] = {}
    for cls, freq, term in terms:
        full, ids, rows, rec = raw_queries(conn, term, kinds, account_id)
        got = interleaved({
            "search": lambda term=term: search(session, term, account_id=account_id, kinds=kinds),
            "raw": lambda full=full: run_all(conn, full),
            "ids": lambda ids=ids: run_all(conn, ids),
            "rows": lambda rows=rows: run_all(conn, rows),
            "rec": lambda rec=rec: run_all(conn, rec),
        }, a.runs)
        hits = len(search(session, term, account_id=account_id, kinds=kinds))
        s_med, s_p95, s_cpu = got["search"]
        r_med, r_p95, r_cpu = got["raw"]
        i_med, _i_p95, i_cpu = got["ids"]
        w_med, _w_p95, w_cpu = got["rows"]
        j_med, _j_p95, j_cpu = got["rec"]
        short = any(x.short for x in parse_query(term))
        n = match_count(conn, term)
        line = (f"{cls:14} {freq:6} {term:11} {f'{n:,}' if n >= 0 else 'scan':>7} {hits:4} | "
                f"{s_med:5.2f}/{s_p95:5.2f} ({s_cpu:4.2f}) | "
                f"{r_med:5.2f}/{r_p95:5.2f} ({r_cpu:4.2f}) | {i_med:4.2f} ({i_cpu:4.2f}) | ")
        line += (f"{'':>11} | {'':>11} | " if short
                 else f"{w_med:4.2f} ({w_cpu:4.2f}) | {j_med:4.2f} ({j_cpu:4.2f}) | ")
        if short:
            line += f"{'':>9} {'':>4} | "
        else:
            line += f"{s_med / r_med:4.1f}/{s_cpu / r_cpu:4.1f} {s_med / i_med:4.1f} | "
            worst.setdefault(freq, []).append((s_med / r_med, s_cpu / r_cpu))
        if not a.no_like:
            plain = like_queries(term, kinds, account_id, by_date=False)
            dated = like_queries(term, kinds, account_id, by_date=True)
            lk = interleaved({"plain": lambda plain=plain: run_all(conn, plain),
                              "dated": lambda dated=dated: run_all(conn, dated)}, a.like_runs)
            l_med, d_med = lk["plain"][0], lk["dated"][0]
            line += f"{l_med:5.0f} {l_med / s_med:5.0f} {d_med:9.1f} {d_med / s_med:4.0f}"
            worst.setdefault("LIKE", []).append((l_med / s_med, d_med / s_med))
        print(line, flush=True)
    print("raw bound: per kind, FTS5 MATCH → newest 50 (rowid = date, kind, record id); ids only:"
          " the MATCH alone; rows SQL: search()'s SQL, no Python (MATCH → search_show →"
          " live account); rec join: the pre-search04 way, the raw bound joined to the live"
          " records and accounts by UUID; ÷raw: search() ÷ raw bound,"
          " wall/CPU medians")
    for freq in ("rare", "medium", "common"):
        if worst.get(freq):
            wall = [w for w, _c in worst[freq]]
            cpu = [c for _w, c in worst[freq]]
            print(f"  {freq:6} terms: search ÷ raw bound: wall worst {max(wall):.2f}× median "
                  f"{statistics.median(wall):.2f}×; CPU worst {max(cpu):.2f}× median "
                  f"{statistics.median(cpu):.2f}×  (target ≤ 3×)")
    if worst.get("LIKE"):
        print(f"  plain LIKE ÷ search: worst {min(p for p, _d in worst['LIKE']):.0f}×  "
              f"(target ≥ 50×); date-ordered early-exit LIKE ÷ search: worst "
              f"{min(d for _p, d in worst['LIKE']):.1f}×")


def _filter(db: Any, n_accounts: int) -> None:
    """What the account list does per keystroke: one unit of work, list_accounts's page of
    200 (the panel's own call, desktop/ui/accounts/panel.py)."""
    from desktop.db.account_queries import list_accounts

    def page(prefix: str, sort: str) -> None:
        with db.unit_of_work() as s:
            list_accounts(s, prefix, sort=sort, limit=200)

    print(f"\naccount-list filter per keystroke ({n_accounts:,} accounts, the app's page of 200)")
    for sort in ("name", "churn_risk", "last_contact"):
        for typed in ("华东移动", "bank", "金融 上海"):
            times = []
            for n in range(0, len(typed) + 1):
                prefix = typed[:n]
                got = interleaved({"f": lambda prefix=prefix, sort=sort: page(prefix, sort)}, 5)
                times.append(got["f"][0])
            print(f"  sort={sort:12} typing {typed!r:12}: per keystroke median "
                  f"{statistics.median(times):6.2f} ms, worst {max(times):6.2f} ms (target < 16)")

if __name__ == "__main__":
    raise SystemExit(main())
