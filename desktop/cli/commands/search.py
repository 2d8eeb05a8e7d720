"""``dossier search QUERY``: find accounts, people, interactions and commitments by a word."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.cli.common import find_account, open_db, print_json
from desktop.errors import DossierError
from desktop.search.query import SCAN_LIMIT, Hit, scan_limited, search

_HEADINGS = {
    "account": "Accounts",
    "person": "People",
    "interaction": "Interactions",
    "commitment": "Commitments",
}


def register(sub: Any) -> None:
    p = sub.add_parser(
        "search",
        help="find records by a word: Chinese terms, English words, pinyin of names (zw → 张伟)",
    )
    p.add_argument("query", nargs="*", help="words to find, all must match (quotes not needed)")
    p.add_argument("--account", metavar="NAME", help="only within this account")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="newest N of each kind")
    p.add_argument("--json", action="store_true", help="print the hits as JSON")
    p.add_argument("--rebuild", action="store_true", help="rebuild the search index and exit")
    p.set_defaults(func=run_search)


def run_search(args: argparse.Namespace) -> int:
    if args.rebuild:
        return _rebuild(args)
    query = " ".join(args.query)
    if not query.strip():
        raise DossierError(
            "Say what to search for, e.g. dossier search 续约", "请写出要搜索的内容，例如 dossier search 续约"
        )
    db = open_db(args, readonly=True)
    try:
        with db.unit_of_work() as session:
            account_id = find_account(session, args.account).id if args.account else None
            hits = search(session, query, account_id=account_id, limit=max(1, args.limit))
    finally:
        db.close()
    if args.json:
        print_json([_as_json(h) for h in hits])
        return 0
    if not hits:
        print(f"Nothing matches {query!r}.")
        return 1
    mark = sys.stdout.isatty()
    kind = None
    for hit in hits:
        if hit.kind != kind:
            kind = hit.kind
            print(f"{'' if hit is hits[0] else chr(10)}{_HEADINGS[kind]}")
        when = hit.date.strftime("%Y-%m-%d") if hit.date else ""
        same = hit.snippet == hit.title  # a short note: highlight it in place
        title = _highlight(hit, mark) if same else hit.title
        print(f"  {when:10}  {title}  [{hit.account_name}]  {hit.record_id[:8]}")
        if hit.snippet and not same:
            print(f"              {_highlight(hit, mark)}")
    if scan_limited(query):
        print(f"\n(One-character terms are looked for in the newest {SCAN_LIMIT:,} records of "
              "each kind only.)")
    return 0


def _highlight(hit: Hit, ansi: bool) -> str:
    text, out, at = hit.snippet, [], 0
    start_mark, end_mark = ("\x1b[1;33m", "\x1b[0m") if ansi else ("[", "]")
    for s, e in hit.spans:
        out += [text[at:s], start_mark, text[s:e], end_mark]
        at = e
    out.append(text[at:])
    return "".join(out)


def _as_json(hit: Hit) -> dict[str, Any]:
    return {
        "kind": hit.kind,
        "id": hit.record_id,
        "account_id": hit.account_id,
        "account": hit.account_name,
        "title": hit.title,
        "date": hit.date.isoformat() if hit.date else None,
        "field": hit.field,
        "snippet": hit.snippet,
        "spans": [list(s) for s in hit.spans],
    }


def _rebuild(args: argparse.Namespace) -> int:
    from desktop.search.index import rebuild

    db = open_db(args)
    try:
        with db.unit_of_work() as session:
            count = rebuild(session)
    finally:
        db.close()
    print(f"Rebuilt the search index: {count:,} records.")
    return 0
