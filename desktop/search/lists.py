"""The account list's filter: one SQL query per keystroke, a page at a time.

    rows = filter_accounts(session, "华东 移动", sort="name", limit=100, offset=0)
    total = count_accounts(session, "华东 移动")

Each word of the filter must appear (anywhere, case-insensitive for Latin letters)
in the account's name, short name, industry or region. Rows are light tuples,
not ORM objects, so a page of 10,000 accounts costs a few milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy.orm import Session

from desktop.db.enums import ChurnRisk, ValueTier
from desktop.search.index import driver_connection

Sort = Literal["name", "tier", "churn_risk", "last_contact"]

_FIELDS = ("name", "short_name", "industry", "region")
_LAST = (
    "(SELECT max(i.starts_at) FROM interaction i WHERE i.account_id = a.id "
    "AND i.deleted_at IS NULL AND i.starts_at <= ?)"
)
_ORDER: dict[str, str] = {
    "name": "a.name COLLATE NOCASE, a.id",
    # Tier A first, unrated last.
    "tier": "a.value_tier IS NULL, a.value_tier, a.name COLLATE NOCASE, a.id",
    # Highest risk first, unrated last.
    "churn_risk": (
        "CASE a.churn_risk WHEN 'lost' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 "
        "WHEN 'low' THEN 3 ELSE 4 END, a.name COLLATE NOCASE, a.id"
    ),
    # Longest without contact first (never contacted at the very top).
    "last_contact": "last_contact IS NOT NULL, last_contact, a.name COLLATE NOCASE, a.id",
}


@dataclass(frozen=True)
class AccountRow:
    id: str
    name: str
    short_name: str
    industry: str
    region: str
    value_tier: ValueTier | None
    churn_risk: ChurnRisk | None
    last_contact: datetime | None  # newest past interaction, local wall-clock time


def _where(text: str) -> tuple[str, list[Any]]:
    clauses = ["a.deleted_at IS NULL"]
    params: list[Any] = []
    for word in text.split():
        like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append(
            "(" + " OR ".join(f"a.{f} LIKE ? ESCAPE '\\'" for f in _FIELDS) + ")"
        )
        params.extend([like] * len(_FIELDS))
    return " AND ".join(clauses), params


def filter_accounts(
    session: Session,
    text: str = "",
    *,
    sort: Sort = "name",
    limit: int = 100,
    offset: int = 0,
    now: datetime | None = None,
) -> list[AccountRow]:
    """One page of the accounts whose name, short name, industry or region match ``text``."""
    if sort not in _ORDER:
        raise ValueError(f"unknown sort {sort!r}")
    where, params = _where(text)
    stamp = (now or datetime.now()).strftime("%Y-%m-%d %H:%M:%S.%f")
    conn = driver_connection(session)
    if sort == "last_contact":  # one index seek per matching account, computed once
        sql = (
            f"WITH m AS MATERIALIZED (SELECT a.id, a.name, a.short_name, a.industry, a.region, "
            f"a.value_tier, a.churn_risk, {_LAST} AS last_contact FROM account a WHERE {where}) "
            f"SELECT * FROM m a ORDER BY {_ORDER[sort]} LIMIT ? OFFSET ?"
        )
        rows = conn.execute(sql, [stamp, *params, limit, offset]).fetchall()
    else:  # page first, then the last contact of that page only
        sql = (
            f"SELECT a.id, a.name, a.short_name, a.industry, a.region, a.value_tier, "
            f"a.churn_risk FROM account a WHERE {where} ORDER BY {_ORDER[sort]} LIMIT ? OFFSET ?"
        )
        page = conn.execute(sql, [*params, limit, offset]).fetchall()
        rows = [
            (*r, conn.execute("SELECT " + _LAST.replace("a.id", "?"), (r[0], stamp)).fetchone()[0])
            for r in page
        ]
    return [
        AccountRow(
            id=r[0], name=r[1], short_name=r[2], industry=r[3], region=r[4],
            value_tier=_enum(ValueTier, r[5]), churn_risk=_enum(ChurnRisk, r[6]),
            last_contact=datetime.fromisoformat(r[7]) if r[7] else None,
        )
        for r in rows
    ]


def filter_page(
    session: Session, text: str = "", *, sort: Sort = "name", limit: int = 100, offset: int = 0,
    now: datetime | None = None,
) -> tuple[list[AccountRow], int]:
    """A page and the total number of matches: what the list shows per keystroke.

    The count is a second scan, so it is skipped when the page is not full.
    """
    rows = filter_accounts(session, text, sort=sort, limit=limit, offset=offset, now=now)
    if len(rows) < limit and (rows or offset == 0):
        return rows, offset + len(rows)
    return rows, count_accounts(session, text)


def count_accounts(session: Session, text: str = "") -> int:
    """How many accounts the filter matches (for "123 of 10,000")."""
    where, params = _where(text)
    sql = f"SELECT count(*) FROM account a WHERE {where}"
    return int(driver_connection(session).execute(sql, params).fetchone()[0])


def _enum(cls: Any, value: str | None) -> Any:
    try:
        return cls(value) if value else None
    except ValueError:
        return None
