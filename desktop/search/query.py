"""Answering a search: the newest matching records of each kind, with a snippet.

    hits = search(session, "张总 续约")            # every kind, newest first per kind
    hits = search(session, "sla", account_id=acc.id, kinds=("interaction",))

A query is split into atoms (tokenize.parse_query), all of which must match:
a Chinese term matches where the text contains it (one of 2+ characters through
its bigrams in the index), a word matches any word that starts with it (case
does not matter; pinyin of names counts, so "zw" finds 张伟). Quotes, ``*``,
NEAR and other FTS syntax are plain text. One-character atoms cannot use the
index: they are checked on the newest SCAN_LIMIT records of each kind that match
the rest of the query (a bounded scan), so they stay fast but may miss older
records; ``Hit``s do not say so, ``scan_limited(text)`` does.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any

from sqlalchemy.orm import Session

from desktop.search.index import (
    DOC_TABLE,
    FTS_TABLE,
    KINDS,
    WORD_TABLE,
    KindSpec,
    driver_connection,
)
from desktop.search.tokenize import (
    ACCOUNT_MARK,
    KIND_MARK,
    Atom,
    normalize,
    parse_query,
    word_spans,
)

SCAN_LIMIT = 5_000
SNIPPET_CHARS = 80


@dataclass(frozen=True)
class Hit:
    """One record found. The snippet is cut on first use (a list shows only a few rows)."""

    kind: str  # "account" | "person" | "interaction" | "commitment"
    record_id: str
    account_id: str
    account_name: str
    title: str
    date: datetime | None = None
    _row: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    _atoms: tuple[Atom, ...] = field(default=(), repr=False, compare=False)

    @cached_property
    def _cut(self) -> tuple[str, str, tuple[tuple[int, int], ...]]:
        return _snippet(KINDS[self.kind], self._row, list(self._atoms))

    @property
    def snippet(self) -> str:
        """An excerpt of the field that matched ("…" where cut)."""
        return self._cut[1]

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of each match within the snippet."""
        return self._cut[2]

    @property
    def field(self) -> str:
        """The model attribute the snippet comes from."""
        return self._cut[0]


def scan_limited(text: str) -> bool:
    """Whether this query has one-character terms (answered from the newest records only)."""
    return any(a.short for a in parse_query(text))


def search(
    session: Session,
    text: str,
    *,
    account_id: str | None = None,
    kinds: Sequence[str] | None = None,
    limit: int = 50,
) -> list[Hit]:
    """Up to ``limit`` newest hits of each kind, grouped in the order of ``kinds``."""
    atoms = parse_query(text)
    if not atoms or limit <= 0:
        return []
    conn = driver_connection(session)
    expansions = expand_words(conn, atoms)
    hits: list[Hit] = []
    for kind in kinds or tuple(KINDS):
        hits.extend(_search_kind(conn, KINDS[kind], atoms, account_id, limit, expansions))
    return hits


MAX_EXPANSION = 32


def expand_words(conn: sqlite3.Connection, atoms: Iterable[Atom]) -> dict[Atom, list[str]]:
    """The indexed words each word atom is a prefix of (when there are few enough)."""
    out: dict[Atom, list[str]] = {}
    for atom in atoms:
        if atom.cjk or atom.short:
            continue
        upper = atom.text[:-1] + chr(ord(atom.text[-1]) + 1)
        words = [w for (w,) in conn.execute(
            f"SELECT term FROM {WORD_TABLE} WHERE term >= ? AND term < ? LIMIT ?",
            (atom.text, upper, MAX_EXPANSION + 1),
        )]
        if len(words) <= MAX_EXPANSION:
            out[atom] = words
    return out


def match_expression(
    kind: str, atoms: Iterable[Atom], account_id: str | None = None,
    expansions: dict[Atom, list[str]] | None = None,
) -> str | None:
    """The FTS5 MATCH string for one kind (one-character atoms left out); None: no match."""
    parts = [f'"{KIND_MARK}{kind}"']
    if account_id:
        parts.append(f'"{ACCOUNT_MARK}{account_id.replace("-", "")}"')
    for atom in atoms:
        if atom.short:
            continue
        words = (expansions or {}).get(atom)
        if words is not None and not words:
            return None  # no indexed word starts with it
        parts.append(atom.fts(words))
    return " AND ".join(parts)


def fts_filter(
    kind: str, atoms: Iterable[Atom], account_id: str | None = None,
    expansions: dict[Atom, list[str]] | None = None, table: str = FTS_TABLE,
) -> tuple[str | None, tuple[Any, ...]]:
    """The WHERE clause (and its parameters) picking one kind's matches in the index.

    None: nothing can match. ``table`` is the FTS table's name or alias in the query.
    """
    expr = match_expression(kind, atoms, account_id, expansions)
    if expr is None:
        return None, ()
    return f"{table} MATCH ?", (expr,)


def _search_kind(
    conn: sqlite3.Connection, spec: KindSpec, atoms: list[Atom], account_id: str | None,
    limit: int, expansions: dict[Atom, list[str]],
) -> list[Hit]:
    """One SQL statement: the index's newest matches joined to their live records.

    (Queries with one-character terms take the bounded scan of ``_scan`` instead.)

    The index is read newest first (rowid order) and stops once ``limit`` live
    records of live accounts are found; nothing is sorted.
    """
    cols = dict.fromkeys(("id", spec.account_column, spec.date_column, *spec.fields))
    select = ", ".join(f"t.{c}" for c in cols) + ", a.name"
    records = (
        f"JOIN {spec.table} t ON t.id = d.record_id AND t.deleted_at IS NULL "
        f"JOIN account a ON a.id = t.{spec.account_column} AND a.deleted_at IS NULL"
    )
    expr = match_expression(spec.kind, atoms, account_id, expansions)
    if expr is None:
        return []
    short = [a for a in atoms if a.short]
    if not short:
        sql = (
            f"SELECT {select} FROM {FTS_TABLE} f JOIN {DOC_TABLE} d ON d.rowid = f.rowid "
            f"{records} WHERE {FTS_TABLE} MATCH ? ORDER BY f.rowid DESC LIMIT ?"
        )
        raws = conn.execute(sql, (expr, limit)).fetchall()
    else:
        raws = _scan(conn, select, records, expr, short, limit)
    names = [*cols]
    frozen_atoms = tuple(atoms)
    out: list[Hit] = []
    for raw in raws:
        row = dict(zip(names, raw, strict=False))
        when = row[spec.date_column]
        out.append(
            Hit(
                kind=spec.kind,
                record_id=row["id"],
                account_id=row[spec.account_column],
                account_name=raw[-1],
                title=_title(spec, row),
                _row=row,
                _atoms=frozen_atoms,
                date=datetime.fromisoformat(when) if isinstance(when, str) else when,
            )
        )
    return out


def _scan(
    conn: sqlite3.Connection, select: str, records: str, expr: str, short: list[Atom], limit: int
) -> list[Any]:
    """Bounded scan for one-character atoms: walk the newest SCAN_LIMIT index matches
    (lazily, stopping as soon as ``limit`` live records are found) and check each
    character in the record's tokens: a CJK character inside a token, a letter or
    digit at the start of one."""
    needles = [a.text if a.cjk else " " + a.text for a in short]
    cur = conn.execute(
        f"SELECT rowid, ' ' || body FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? "
        "ORDER BY rowid DESC LIMIT ?",
        (expr, SCAN_LIMIT),
    )
    out: list[Any] = []
    while len(out) < limit:
        batch = cur.fetchmany(256)
        if not batch:
            break
        rowids = [r for r, body in batch if all(n in body for n in needles)]
        if rowids:
            marks = ",".join("?" * len(rowids))
            sql = (
                f"SELECT {select} FROM {DOC_TABLE} d {records} WHERE d.rowid IN ({marks}) "
                "ORDER BY d.rowid DESC"
            )
            out.extend(conn.execute(sql, rowids).fetchall())
    return out[:limit]


def _title(spec: KindSpec, row: dict[str, Any]) -> str:
    if spec.kind == "account":
        short = row["short_name"]
        return f"{row['name']}（{short}）" if short and short != row["name"] else row["name"]
    if spec.kind == "person":
        return " · ".join(p for p in (row["name"], row["title"]) if p)
    raw = (row["subject"] or row["notes"]) if spec.kind == "interaction" else row["what"]
    text = " ".join((raw or "").split())
    return text if len(text) <= 40 else text[:39] + "…"


# ---------------------------------------------------------------- snippets
def _normalized(text: str) -> tuple[str, list[int] | None]:
    """The normalised text, and (when lengths differ) each normalised char's source index."""
    norm = text.casefold() if unicodedata.is_normalized("NFKC", text) else normalize(text)
    if len(norm) == len(text):
        return norm, None
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        n = normalize(ch)
        chars.append(n)
        origin.extend([i] * len(n))
    return "".join(chars), origin


def find_spans(text: str, atoms: Iterable[Atom]) -> list[tuple[int, int]]:
    """Where the atoms match in ``text`` (original indices), sorted."""
    norm, origin = _normalized(text)
    spans: list[tuple[int, int]] = []
    words: list[tuple[int, int, bool]] | None = None
    for atom in atoms:
        if atom.cjk:
            start = norm.find(atom.text)
            while start >= 0:
                spans.append((start, start + len(atom.text)))
                start = norm.find(atom.text, start + 1)
        else:
            if words is None:
                words = word_spans(norm)
            spans.extend(
                (s, s + len(atom.text))
                for s, _e, cjk in words
                if not cjk and norm.startswith(atom.text, s)
            )
    if origin is not None:
        spans = [(origin[s], origin[e - 1] + 1) for s, e in spans]
    return sorted(set(spans))


def _snippet(
    spec: KindSpec, row: dict[str, Any], atoms: list[Atom]
) -> tuple[str, str, tuple[tuple[int, int], ...]]:
    for name in spec.fields:
        text = row[name]
        if not text:
            continue
        spans = find_spans(text, atoms)
        if spans:
            return (name, *_window(text, spans))
    # Only the pinyin of a name matched: show the whole name as the match.
    name = spec.names[0] if spec.names else spec.fields[0]
    text = " ".join((row.get(name) or "").split())[:SNIPPET_CHARS]
    return name, text, ((0, len(text)),) if text and spec.names else ()


def _window(text: str, spans: list[tuple[int, int]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    first = spans[0][0]
    start = max(0, min(first - SNIPPET_CHARS // 3, len(text) - SNIPPET_CHARS))
    end = min(len(text), start + SNIPPET_CHARS)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    piece = text[start:end]
    # Line breaks become spaces one for one, so the spans keep their places.
    piece = piece.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    shift = len(prefix) - start
    inside = tuple(
        (max(s, start) + shift, min(e, end) + shift) for s, e in spans if s < end and e > start
    )
    return prefix + piece + suffix, inside
