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
  read each record (title, account name, the text its snippet comes from) and drop
  deleted ones; that is the work the 3× target allows for;
* ids only  — the bare MATCH (index rowids, no kind or record id): a lower bound still;
* LIKE      — a plain LIKE '%word%' over the same text columns of each kind (every word
  of the query in some column), newest 50 by date: the table is scanned in full
  (NOT INDEXED), as a LIKE search without an index does;
* LIKE-date — labelled variant: the same LIKE walked in date order through a date
  index where one exists (interactions), stopping at the 50th match; fast for common
  words, a full scan for rare ones.

search() and the raw queries run interleaved (search, raw, ids, search, …) so the
shared machine's noise hits them alike; medians and p95 over --runs. Targets of
issue #6: search ≤ 3× the raw bound, LIKE ≥ 50× slower than search.
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
from desktop.search.lists import filter_page
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
    ("two terms", "common", "张总 报价单"),
    ("one character", "(scan)", "娜"),
]
# Date columns with an index a date-ordered LIKE can walk (the early-exit variant).
_DATE_INDEXED = {"interaction"}


def pct(times: Sequence[float], q: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def interleaved(fns: dict[str, Callable[[], Any]], runs: int) -> dict[str, tuple[float, float]]:
    """{name: (median ms, p95 ms)}, the functions called in turn ``runs`` times after a warm-up."""
    for fn in fns.values():
        fn()
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(runs):
        for name, fn in fns.items():
            t = time.perf_counter()
            fn()
            times[name].append((time.perf_counter() - t) * 1000)
    return {name: (statistics.median(v), pct(v, 0.95)) for name, v in times.items()}


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def raw_queries(conn: Any, term: str, kinds: Sequence[str], account_id: str | None
                ) -> tuple[list[tuple[str, tuple[Any, ...]]], list[tuple[str, tuple[Any, ...]]]]:
    """The raw bound's statements (ids+kind+date) and the ids-only ones, one per kind."""
    from desktop.search import query as q

    atoms = parse_query(term)
    expansions = q.expand_words(conn, atoms)
    full, ids = [], []
    for kind in kinds:
        where, params = q.fts_filter(kind, atoms, account_id, expansions)
        if where is None:
            continue
        full.append((
            f"SELECT d.rowid, d.kind, d.record_id FROM search_fts f JOIN search_doc d "
            f"ON d.rowid = f.rowid WHERE {where.replace('search_fts.', 'f.')} "
            "ORDER BY f.rowid DESC LIMIT 50", params))
        ids.append((f"SELECT rowid FROM search_fts WHERE {where} ORDER BY rowid DESC LIMIT 50",
                     params))
    return full, ids


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
    a = p.parse_args(argv)
    kinds = tuple(a.kinds.split(","))

    t = time.perf_counter()
    db = open_database(a.data_dir, readonly=True)
    session = db.session()
    conn = driver_connection(session)
    counts = {k: conn.execute(f"SELECT count(*) FROM {s.table}").fetchone()[0]
              for k, s in KINDS.items()}
    print(f"opened in {(time.perf_counter() - t) * 1000:.0f} ms: "
          + ", ".join(f"{n:,} {k}s" for k, n in counts.items()) + f"; RSS {rss_mb():.0f} MB")
    print(f"index layout: {getattr(search_index, 'LAYOUT', 'kind token (search01)')}")

    terms = [x for x in TERMS if not a.terms or x[2] in a.terms.split(",")]
    scopes: list[tuple[str, str | None]] = [("everywhere", None)]
    if a.account:
        big = conn.execute("SELECT account_id, count(*) n FROM interaction GROUP BY account_id "
                           "ORDER BY n DESC LIMIT 1").fetchone()
        scopes.append((f"within the largest account ({big[1]:,} interactions)", big[0]))
    for scope, account_id in scopes:
        _table(conn, session, terms, kinds, account_id, scope, a)

    if not a.no_filter:
        _filter(session, counts["account"])
    print(f"\npeak RSS of this process: {rss_mb():.0f} MB (target < 300)")
    session.close()
    db.close()
    return 0


def _table(conn: Any, session: Any, terms: list[tuple[str, str, str]], kinds: Sequence[str],
           account_id: str | None, scope: str, a: argparse.Namespace) -> None:
    print(f"\nnewest 50 of each of {', '.join(kinds)} — {scope}")
    print(f"median / p95 ms; search and raw interleaved over {a.runs} runs, LIKE over "
          f"{a.like_runs}")
    print(f"{'class':15} {'freq':6} {'term':12} {'matches':>8} {'hits':>4} | {'search()':>13} | "
          f"{'raw bound':>13} {'ids only':>13} | {'÷raw':>5} {'÷ids':>5} | {'LIKE':>8} "
          f"{'LIKE÷':>6} {'LIKE-date':>9} {'÷':>5}")
    worst: dict[str, list[float]] = {}
    for cls, freq, term in terms:
        full, ids = raw_queries(conn, term, kinds, account_id)
        got = interleaved({
            "search": lambda term=term: search(session, term, account_id=account_id, kinds=kinds),
            "raw": lambda full=full: run_all(conn, full),
            "ids": lambda ids=ids: run_all(conn, ids),
        }, a.runs)
        hits = len(search(session, term, account_id=account_id, kinds=kinds))
        s_med, s_p95 = got["search"]
        r_med, r_p95 = got["raw"]
        i_med, i_p95 = got["ids"]
        short = any(x.short for x in parse_query(term))
        n = match_count(conn, term)
        line = (f"{cls:15} {freq:6} {term:12} {f'{n:,}' if n >= 0 else 'scan':>8} {hits:4} | "
                f"{s_med:5.2f}/{s_p95:6.2f} | {r_med:5.2f}/{r_p95:6.2f} {i_med:5.2f}/{i_p95:6.2f} | ")
        line += (f"{'':>5} {'':>5} | " if short else
                 f"{s_med / r_med:5.2f} {s_med / i_med:5.2f} | ")
        if not short:
            worst.setdefault(freq, []).append(s_med / r_med)
        if not a.no_like:
            plain = like_queries(term, kinds, account_id, by_date=False)
            dated = like_queries(term, kinds, account_id, by_date=True)
            lk = interleaved({"plain": lambda plain=plain: run_all(conn, plain),
                              "dated": lambda dated=dated: run_all(conn, dated)}, a.like_runs)
            l_med, d_med = lk["plain"][0], lk["dated"][0]
            line += f"{l_med:8.0f} {l_med / s_med:6.0f} {d_med:9.1f} {d_med / s_med:5.0f}"
            worst.setdefault("LIKE", []).append(l_med / s_med)
        print(line, flush=True)
    print("raw bound: per kind, FTS5 MATCH → newest 50 (rowid = date, kind, record id);"
          " ids only: the MATCH alone; ratios are search() ÷ each (medians)")
    for freq in ("rare", "medium", "common"):
        if worst.get(freq):
            print(f"  {freq:6} terms: search ÷ raw bound worst {max(worst[freq]):.2f}×, "
                  f"median {statistics.median(worst[freq]):.2f}×  (target ≤ 3×)")
    if worst.get("LIKE"):
        print(f"  plain LIKE ÷ search: worst {min(worst['LIKE']):.0f}×  (target ≥ 50×)")


def _filter(session: Any, n_accounts: int) -> None:
    print(f"\naccount-list filter per keystroke ({n_accounts:,} accounts, page of 100 + total)")
    for sort in ("name", "churn_risk", "last_contact"):
        for typed in ("华东移动", "bank", "金融 上海"):
            times = []
            for n in range(0, len(typed) + 1):
                prefix = typed[:n]
                got = interleaved({"f": lambda prefix=prefix, sort=sort: filter_page(
                    session, prefix, sort=sort, limit=100)}, 5)
                times.append(got["f"][0])
            print(f"  sort={sort:12} typing {typed!r:12}: per keystroke median "
                  f"{statistics.median(times):6.2f} ms, worst {max(times):6.2f} ms (target < 16)")


if __name__ == "__main__":
    raise SystemExit(main())
