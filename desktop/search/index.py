"""The full-text index: which records and fields it holds, and keeping it in step.

Four tables, made by the migrations ``search01`` to ``search04``:

* ``search_fts`` (FTS5, ``ascii`` tokenizer, one column ``body``): the token
  string of each record (see tokenize.py), including a token for its account,
  so a search within one account is narrowed in the index;
* ``search_doc``: rowid → (kind, record id), unique on record id;
* ``search_word``: every word indexed, so a word prefix is expanded to its words;
* ``search_show``: rowid → what a result shows (record id, account id, date, the
  searched fields' text as a JSON array). Keyed like the index, a page of hits is a
  few neighbouring pages of this table instead of one random seek per hit into the
  record tables (5-7× the FTS query's own time for common words on 1M records).

The rowid encodes the record's kind and date (kind << 53 | seconds since 1800
<< 17 | 17 bits of its UUID): each kind is one rowid range, so a search of one
kind reads only that kind's part of each doclist (``rowid BETWEEN``), and
``ORDER BY rowid DESC LIMIT 50`` gives its newest matches first straight from the
index, without sorting every match of a common word. (The first layout, migration
search01, ANDed a kind token instead: a word frequent in one kind but absent
from another then cost a seek into the other kind's million-entry doclist per
match.)

``install()`` hooks the session's ``after_flush``: every insert, update, soft
delete (deleted_at set), undelete and hard delete of an indexed record changes
the index in the same transaction as the data. Writes that bypass the ORM (bulk
Core inserts, raw SQL) call ``reindex()`` or ``rebuild()`` afterwards.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from desktop.db.models import Account, Commitment, Interaction, Person, Record
from desktop.db.session import DossierSession
from desktop.db.types import UTCDateTime
from desktop.search.tokenize import body_words, document

FTS_TABLE = "search_fts"
DOC_TABLE = "search_doc"
WORD_TABLE = "search_word"  # every word ever indexed (a superset): prefix → words
SHOW_TABLE = "search_show"  # rowid → record id, account id, date, fields (JSON)
SHOW_DDL = (
    f"CREATE TABLE IF NOT EXISTS {SHOW_TABLE} (rowid INTEGER PRIMARY KEY, record_id TEXT NOT NULL,"
    " account_id TEXT NOT NULL, at TEXT, fields TEXT NOT NULL)"
)
_EPOCH = datetime(1800, 1, 1)


@dataclass(frozen=True)
class KindSpec:
    kind: str
    model: type[Record]
    table: str
    account_column: str  # column holding the account id ("id" for accounts)
    date_column: str  # the record's date for "newest first"
    names: tuple[str, ...]  # fields that are names: also indexed as pinyin
    fields: tuple[str, ...]  # free-text fields searched, in snippet order


KINDS: dict[str, KindSpec] = {
    spec.kind: spec
    for spec in (
        KindSpec(
            "account", Account, "account", "id", "updated_at", ("name", "short_name"),
            ("name", "short_name", "industry", "region", "products_held", "competitors",
             "corporate_culture", "group_culture", "churn_note", "notes"),
        ),
        KindSpec(
            "person", Person, "person", "account_id", "updated_at", ("name",),
            ("name", "english_name", "title", "department", "organisation", "form_family",
             "form_occupation", "form_motivation", "form_recreation", "rapport_notes", "notes"),
        ),
        KindSpec(
            "interaction", Interaction, "interaction", "account_id", "starts_at", (),
            ("subject", "place", "objective", "info_to_gather", "materials", "agenda", "notes",
             "concerns", "next_steps", "satisfaction_note"),
        ),
        KindSpec(
            "commitment", Commitment, "commitment", "account_id", "created_at", (),
            ("what", "note"),
        ),
    )
}
_BY_MODEL: dict[type[Any], KindSpec] = {spec.model: spec for spec in KINDS.values()}


def date_seconds(value: datetime | str | None) -> int:
    """Whole seconds since 1800 of a stored date (aware → UTC; naive as written),
    held within what the rowid can carry (1800 to 3977)."""
    if value is None:
        return 0
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    offset = value.utcoffset() or timedelta(0)  # subtracted, not converted: no overflow
    seconds = (value.replace(tzinfo=None) - _EPOCH - offset).total_seconds()
    return min(max(int(seconds), 0), _MAX_SECONDS)


# Every rowid stays below 2**55: FTS5 (SQLite 3.40 at least) walks a doclist backwards
# wrongly once rowids pass 2**57, and ORDER BY rowid DESC then drops matches of
# AND and phrase queries (tests/test_search.py builds such an index to check).
LAYOUT = "kind << 53 | seconds since 1800 << 17 | uuid bits (search02)"
_SECONDS_BITS = 36  # 1800 + 2**36 s = year 3977
_LOW_BITS = 17
_MAX_SECONDS = (1 << _SECONDS_BITS) - 1
_KIND_SHIFT = _LOW_BITS + _SECONDS_BITS  # 53: four kinds stay below 2**55
KIND_NUMBER = {kind: n for n, kind in enumerate(KINDS)}


def rowid_for(record_id: str, when: datetime | str | None, kind: str) -> int:
    low = int(record_id.replace("-", "")[-5:], 16) & ((1 << _LOW_BITS) - 1)
    return (KIND_NUMBER[kind] << _KIND_SHIFT) | (date_seconds(when) << _LOW_BITS) | low


def kind_rowids(kind: str) -> tuple[int, int]:
    """The first and last rowid of one kind's range."""
    n = KIND_NUMBER[kind]
    return n << _KIND_SHIFT, ((n + 1) << _KIND_SHIFT) - 1


# ------------------------------------------------------------- raw writing
# (rowid, kind, record id, token string, account id, date text, fields as a JSON array)
Doc = tuple[int, str, str, str, str, str | None, str]


def date_text(spec: KindSpec, value: datetime | str | None) -> str | None:
    """A record's date as its column stores it (what search_show holds)."""
    if value is None or isinstance(value, str):
        return value
    if spec.date_column in _UTC_COLUMNS:  # as UTCDateTime binds it
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat(timespec="microseconds")
    return value.isoformat(sep=" ", timespec="microseconds")


_UTC_COLUMNS = {
    c.name for spec in KINDS.values() for c in spec.model.__table__.columns  # type: ignore[attr-defined]
    if isinstance(c.type, UTCDateTime)
}


def make_doc(spec: KindSpec, row: dict[str, Any]) -> Doc:
    """The index entry of one record given its column values."""
    record_id = row["id"]
    texts = [row[f] or "" for f in spec.fields]
    body = document(row[spec.account_column], texts, (row[n] for n in spec.names))
    when = row[spec.date_column]
    return (rowid_for(record_id, when, spec.kind), spec.kind, record_id, body,
            row[spec.account_column], date_text(spec, when),
            json.dumps(texts, ensure_ascii=False, separators=(",", ":")))


def remove_ids(cur: sqlite3.Cursor, record_ids: Sequence[str]) -> None:
    """Take records out of the index (absent ones are ignored)."""
    for start in range(0, len(record_ids), 500):
        chunk = list(record_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        rowids = [
            (r,)
            for (r,) in cur.execute(
                f"SELECT rowid FROM {DOC_TABLE} WHERE record_id IN ({marks})", chunk
            )
        ]
        if rowids:
            cur.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", rowids)
            cur.executemany(f"DELETE FROM {DOC_TABLE} WHERE rowid = ?", rowids)
            cur.executemany(f"DELETE FROM {SHOW_TABLE} WHERE rowid = ?", rowids)


def insert_docs(cur: sqlite3.Cursor, docs: Sequence[Doc]) -> None:
    """Add entries for records not in the index (call remove_ids first for updates)."""
    if not docs:
        return
    cur.execute("SAVEPOINT search_insert")
    try:
        cur.executemany(
            f"INSERT INTO {DOC_TABLE}(rowid, kind, record_id) VALUES (?, ?, ?)",
            [d[:3] for d in docs],
        )
        final = list(docs)
    except sqlite3.IntegrityError:  # two records made in the same second collide: probe
        cur.execute("ROLLBACK TO search_insert")
        final = []
        for rowid, kind, record_id, *rest in docs:
            while cur.execute(f"SELECT 1 FROM {DOC_TABLE} WHERE rowid = ?", (rowid,)).fetchone():
                rowid += 1
            cur.execute(
                f"INSERT INTO {DOC_TABLE}(rowid, kind, record_id) VALUES (?, ?, ?)",
                (rowid, kind, record_id),
            )
            final.append((rowid, kind, record_id, *rest))  # type: ignore[arg-type]
    cur.execute("RELEASE search_insert")
    cur.executemany(
        f"INSERT INTO {FTS_TABLE}(rowid, body) VALUES (?, ?)", [(d[0], d[3]) for d in final]
    )
    cur.executemany(
        f"INSERT INTO {SHOW_TABLE}(rowid, record_id, account_id, at, fields) "
        "VALUES (?, ?, ?, ?, ?)",
        [(d[0], d[2], d[4], d[5], d[6]) for d in final],
    )
    words: set[str] = set()
    for d in final:
        words |= body_words(d[3])
    cur.executemany(f"INSERT OR IGNORE INTO {WORD_TABLE}(term) VALUES (?)", [(w,) for w in words])


def _select_sql(spec: KindSpec) -> str:
    cols = dict.fromkeys(("id", spec.account_column, spec.date_column, *spec.names, *spec.fields))
    return f"SELECT {', '.join(cols)} FROM {spec.table}"


def _rows(cur: sqlite3.Cursor, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
    cur.execute(sql, params)
    names = [d[0] for d in cur.description]
    while batch := cur.fetchmany(2000):
        for row in batch:
            yield dict(zip(names, row, strict=True))


def index_table(conn: sqlite3.Connection, kind: str, *, fresh: bool = False,
                where: str = "", params: Sequence[Any] = (), batch: int = 5000) -> int:
    """Index the live rows of one kind (optionally only those matching ``where``).

    ``fresh=True`` skips removing old entries (the index is known to hold none of
    them: a rebuild or a first bulk load). Streams in batches: memory stays flat.
    """
    spec = KINDS[kind]
    sql = _select_sql(spec) + " WHERE deleted_at IS NULL" + (f" AND ({where})" if where else "")
    read = conn.cursor()
    write = conn.cursor()
    count = 0
    docs: list[Doc] = []
    for row in _rows(read, sql, params):
        docs.append(make_doc(spec, row))
        if len(docs) >= batch:
            count += _flush_docs(write, docs, fresh)
            docs = []
    count += _flush_docs(write, docs, fresh)
    return count


def _flush_docs(cur: sqlite3.Cursor, docs: list[Doc], fresh: bool) -> int:
    if not fresh:
        remove_ids(cur, [d[2] for d in docs])
    insert_docs(cur, docs)
    return len(docs)


def rebuild_connection(conn: sqlite3.Connection) -> int:
    """Empty the index and index every live record again. Returns the count."""
    cur = conn.cursor()
    cur.execute(SHOW_DDL)  # (the migrations before search04 rebuild with this code too)
    cur.execute(f"DELETE FROM {SHOW_TABLE}")
    cur.execute(f"DELETE FROM {DOC_TABLE}")
    cur.execute(f"DELETE FROM {FTS_TABLE}")
    cur.execute(f"DELETE FROM {WORD_TABLE}")
    # Merge the index's segments once at the end, not while loading (quicker).
    cur.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('automerge', 0)")
    total = sum(index_table(conn, kind, fresh=True) for kind in KINDS)
    cur.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")
    cur.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('automerge', 4)")
    return total


def driver_connection(session: Session) -> sqlite3.Connection:
    """The session's sqlite3 connection, inside the session's transaction."""
    raw = session.connection().connection.driver_connection
    assert raw is not None
    return raw  # type: ignore[no-any-return]


def rebuild(session: Session) -> int:
    """Re-index everything in the session's transaction (after imports, migrations)."""
    return rebuild_connection(driver_connection(session))


def reindex(session: Session, kind: str, record_ids: Iterable[str]) -> None:
    """Bring the index in step for records changed outside the ORM (bulk SQL)."""
    ids = list(record_ids)
    conn = driver_connection(session)
    remove_ids(conn.cursor(), ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        index_table(conn, kind, fresh=True, where=f"id IN ({','.join('?' * len(chunk))})",
                    params=chunk)


# ------------------------------------------------------- session listening
def _values(spec: KindSpec, obj: Any) -> dict[str, Any]:
    names = {"id", spec.account_column, spec.date_column, *spec.names, *spec.fields}
    return {name: getattr(obj, name) for name in names}


def _after_flush(session: Session, _ctx: object) -> None:
    gone: list[str] = []
    fresh: list[Doc] = []
    for obj in list(session.new) + list(session.dirty):
        spec = _BY_MODEL.get(type(obj))
        if spec is None:
            continue
        gone.append(obj.id)
        if obj.deleted_at is None:
            fresh.append(make_doc(spec, _values(spec, obj)))
    gone.extend(obj.id for obj in session.deleted if type(obj) in _BY_MODEL)
    if not gone:
        return
    cur = driver_connection(session).cursor()
    remove_ids(cur, gone)
    insert_docs(cur, fresh)


def install() -> None:
    """Keep the index in step with every flush of a DossierSession (idempotent)."""
    if not event.contains(DossierSession, "after_flush", _after_flush):
        event.listen(DossierSession, "after_flush", _after_flush)


# Importing this module is enough (as for desktop.db.invariants); install() stays for clarity.
install()
