"""Answering a search: the newest matching records of each kind, with a snippet.

    hits = search(session, "张总 续约")            # every kind, newest first per kind
    hits = search(session, "sla", account_id=acc.id, kinds=("interaction",))

A query is split into atoms (tokenize.parse_query), all of which must match:
a Chinese term matches where the text contains it (one of 2+ characters through
its bigrams in the index), a word matches any word that starts with it (case
does not matter; pinyin of names counts, so "zw" finds 张伟). Quotes, ``*``,
NEAR and other FTS syntax are plain text. A single Chinese character cannot use
the index (it may sit at the end of a bigram): it is checked on the newest
SCAN_LIMIT records of each kind that match the rest of the query (a bounded
scan), so it stays fast but may miss older records; ``Hit``s do not say so,
``scan_limited(text)`` does. A single letter or digit is indexed (a prefix token).
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from desktop.search.index import (
    DOC_TABLE,
    FTS_TABLE,
    KINDS,
    SHOW_TABLE,
    WORD_TABLE,
    KindSpec,
    driver_connection,
    kind_rowids,
)
from desktop.search.tokenize import ACCOUNT_MARK, Atom, normalize, parse_query, word_spans

SCAN_LIMIT = 5_000
SNIPPET_CHARS = 80


@dataclass(frozen=True)
class _Shape:
    """One kind's result rows: (record id, account id, date, fields JSON, account name)."""

    spec: KindSpec
    select: str  # those columns as SQL
    records: str  # the joins from the index ``f`` to them
    fields: tuple[tuple[str, int], ...]  # (field, position in the JSON array), snippet order
    at: dict[str, int]  # field → position in the JSON array


# What a hit shows comes from search_show, keyed like the index (neighbouring rows for
# a page of hits); the account join keeps out records of deleted accounts and gives
# the account's name. Deleted records themselves are never in the index (index.py
# takes them out on flush), so an account hit needs no join: its name is its first field.
_SHOW = f"JOIN {SHOW_TABLE} s ON s.rowid = f.rowid"
_LIVE_ACCOUNT = "JOIN account a ON a.id = s.account_id AND a.deleted_at IS NULL"


def _shape(spec: KindSpec) -> _Shape:
    at = {f: i for i, f in enumerate(spec.fields)}
    own = spec.account_column == "id"
    assert not own or spec.fields[0] == "name"  # Hit.account_name
    return _Shape(
        spec=spec,
        select="s.record_id, s.account_id, s.at, s.fields, " + ("NULL" if own else "a.name"),
        records=_SHOW if own else f"{_SHOW} {_LIVE_ACCOUNT}",
        fields=tuple((f, at[f]) for f in spec.fields),
        at=at,
    )


_SHAPES = {kind: _shape(spec) for kind, spec in KINDS.items()}


class Hit:
    """One record found. Title, date and snippet are made on first use (a list shows few
    rows); a hit is made from its result row with nothing else done."""

    __slots__ = ("_atoms", "_cut", "_date", "_fields", "_row", "_title", "kind")
    # Made on first use (until then unset: reading them raises AttributeError).
    _title: str
    _date: datetime | None
    _fields: list[str]
    _cut: tuple[str, str, tuple[tuple[int, int], ...]]

    def __init__(self, kind: str, row: Sequence[Any], atoms: tuple[Atom, ...]) -> None:
        self.kind = kind  # "account" | "person" | "interaction" | "commitment"
        self._row = row  # (record id, account id, date, fields JSON, account name or None)
        self._atoms = atoms

    @property
    def record_id(self) -> str:
        return self._row[0]  # type: ignore[no-any-return]

    @property
    def account_id(self) -> str:
        return self._row[1]  # type: ignore[no-any-return]

    @property
    def account_name(self) -> str:
        name = self._row[4]
        return self.texts[0] if name is None else name  # an account: its own name

    def __repr__(self) -> str:
        return f"Hit({self.kind!r}, {self.record_id!r}, {self.title!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Hit):
            return NotImplemented
        return (self.kind, self.record_id) == (other.kind, other.record_id)

    def __hash__(self) -> int:
        return hash((self.kind, self.record_id))

    @property
    def title(self) -> str:
        """What the record is called: a name, an interaction's subject, a promise."""
        try:
            return self._title
        except AttributeError:
            self._title = _title(_SHAPES[self.kind], self.texts)
            return self._title

    @property
    def date(self) -> datetime | None:
        """The date hits are ordered by: an interaction's start, when a promise was made,
        when an account or a person last changed."""
        try:
            return self._date
        except AttributeError:
            when = self._row[2]
            self._date = (
                datetime.fromisoformat(when) if isinstance(when, str) else when)
            return self._date

    @property
    def snippet(self) -> str:
        """An excerpt of the field that matched ("…" where cut)."""
        return self._snippet()[1]

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of each match within the snippet."""
        return self._snippet()[2]

    @property
    def field(self) -> str:
        """The model attribute the snippet comes from."""
        return self._snippet()[0]

    @property
    def texts(self) -> list[str]:
        """The searched fields' text, in the order of the kind's ``fields``."""
        try:
            return self._fields
        except AttributeError:
            fields: list[str] = json.loads(self._row[3])
            self._fields = fields
            return fields

    def _snippet(self) -> tuple[str, str, tuple[tuple[int, int], ...]]:
        try:
            return self._cut
        except AttributeError:
            self._cut = _snippet(
                _SHAPES[self.kind], self.texts, self._atoms)
            return self._cut


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
        hits.extend(_search_kind(conn, _SHAPES[kind], atoms, account_id, limit, expansions))
    return hits


MAX_EXPANSION = 32


def expand_words(conn: sqlite3.Connection, atoms: Iterable[Atom]) -> dict[Atom, list[str]]:
    """The indexed words each word atom is a prefix of (when there are few enough)."""
    out: dict[Atom, list[str]] = {}
    for atom in atoms:
        if atom.cjk or atom.marked:
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
    atoms: Iterable[Atom], account_id: str | None = None,
    expansions: dict[Atom, list[str]] | None = None,
) -> str | None:
    """The FTS5 MATCH string (one-character atoms left out); "" when nothing is to be
    matched (a scan of every record); None when nothing can match."""
    parts = []
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
    expansions: dict[Atom, list[str]] | None = None, alias: str = FTS_TABLE,
) -> tuple[str | None, tuple[Any, ...]]:
    """The WHERE clause (and its parameters) picking one kind's matches in the index:
    the MATCH, within the kind's rowid range. None: nothing can match.

    ``alias`` is the FTS table's alias in the query (MATCH takes the table's name).
    """
    expr = match_expression(atoms, account_id, expansions)
    if expr is None:
        return None, ()
    where = f"{alias}.rowid BETWEEN ? AND ?"
    if not expr:
        return where, kind_rowids(kind)
    return f"{FTS_TABLE} MATCH ? AND {where}", (expr, *kind_rowids(kind))


def _search_kind(
    conn: sqlite3.Connection, shape: _Shape, atoms: list[Atom], account_id: str | None,
    limit: int, expansions: dict[Atom, list[str]],
) -> list[Hit]:
    """One SQL statement: the index's newest matches joined to their live records.

    (Queries with one-character terms take the bounded scan of ``_scan`` instead.)

    The index is read newest first (rowid order) and stops once ``limit`` live
    records of live accounts are found; nothing is sorted.
    """
    kind = shape.spec.kind
    where, params = fts_filter(kind, atoms, account_id, expansions, alias="f")
    if where is None:
        return []
    short = [a for a in atoms if a.short]
    if short:
        rows = _scan(conn, shape, where, params, short, limit)
    else:
        rows = conn.execute(
            f"SELECT {shape.select} FROM {FTS_TABLE} f {shape.records} "
            f"WHERE {where} ORDER BY f.rowid DESC LIMIT ?",
            (*params, limit),
        ).fetchall()
    frozen = tuple(atoms)
    return [Hit(kind, row, frozen) for row in rows]


def _scan(
    conn: sqlite3.Connection, shape: _Shape, where: str, params: tuple[Any, ...],
    short: list[Atom], limit: int,
) -> list[Any]:
    """Bounded scan for one-character atoms: of the newest SCAN_LIMIT records that match
    the rest of the query, the newest ``limit`` live ones whose tokens hold each
    Chinese character.

    The window's oldest rowid is found first (from search_doc, small rows, when the
    rest of the query is the kind alone); then one statement walks the window newest
    first, checks the characters in SQLite and stops at the ``limit``-th live record.
    """
    *match, lo, hi = params  # fts_filter's parameters end with the kind's rowid range
    if match:
        floor_sql = f"SELECT f.rowid FROM {FTS_TABLE} f WHERE {where}"
    else:
        floor_sql = f"SELECT rowid FROM {DOC_TABLE} WHERE rowid BETWEEN ? AND ?"
    floor = conn.execute(f"{floor_sql} ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                         (*params, SCAN_LIMIT - 1)).fetchone()
    needles = [a.text for a in short]
    checks = " AND ".join(["instr(f.body, ?) > 0"] * len(needles))
    return conn.execute(
        f"SELECT {shape.select} FROM {FTS_TABLE} f {shape.records} "
        f"WHERE {where} AND {checks} ORDER BY f.rowid DESC LIMIT ?",
        (*match, max(lo, floor[0]) if floor else lo, hi, *needles, limit),
    ).fetchall()


def _title(shape: _Shape, row: Sequence[str]) -> str:
    kind, at = shape.spec.kind, shape.at
    if kind == "account":
        name, short = row[at["name"]], row[at["short_name"]]
        return f"{name}（{short}）" if short and short != name else str(name)
    if kind == "person":
        return " · ".join(p for p in (row[at["name"]], row[at["title"]]) if p)
    raw = (row[at["subject"]] or row[at["notes"]]) if kind == "interaction" else row[at["what"]]
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
    shape: _Shape, row: Sequence[str], atoms: Iterable[Atom]
) -> tuple[str, str, tuple[tuple[int, int], ...]]:
    for name, at in shape.fields:
        text = row[at]
        if not text:
            continue
        spans = find_spans(text, atoms)
        if spans:
            return (name, *_window(text, spans))
    # Only the pinyin of a name matched: show the whole name as the match.
    spec = shape.spec
    name = spec.names[0] if spec.names else spec.fields[0]
    text = " ".join((row[shape.at[name]] or "").split())[:SNIPPET_CHARS]
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
