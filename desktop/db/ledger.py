"""An account's commitments ledger, read a page at a time and sorted by the database. No Qt.

A large account has hundreds of commitments: reading them all, naming who promised
what to whom and sorting them in Python took a good part of the 50 ms a dossier has to
open in. The ledger's names, its visit and its "overdue" come from the query here;
the list reads the first page and the next as it scrolls (like the interactions).

Every order ends with the ledger's own (overdue first, then open by due date, then the
rest) and the id, so that pages read with OFFSET never skip or repeat a row; a column
with blanks (no one named, no due date, no visit) lists them last in both directions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Integer, and_, bindparam, case, func, select
from sqlalchemy.orm import Session

from desktop.db.enums import CommitmentStatus, Party
from desktop.db.models import Commitment, Interaction, Person, TeamMember

# The list's columns, in the Commitments tab's order, sortable in SQL.
LEDGER_COLUMNS = ("status", "party", "what", "by", "to", "due_on", "source")
# What the edit dialog shows and changes.
FIELDS = ("party", "by_member_id", "by_person_id", "to_person_id", "to_member_id", "what", "due_on",
          "status", "note")


@dataclass(frozen=True)
class LedgerLine:
    id: str
    party: Party
    what: str
    by: str  # who promised ("" when no one is named, or they were deleted)
    to: str
    due_on: date | None
    status: CommitmentStatus
    done_on: date | None
    visit_at: datetime | None  # the interaction it was made in
    visit_subject: str
    overdue: bool
    values: dict[str, Any]  # FIELDS, for the edit dialog

    @property
    def source(self) -> str:
        """The visit it was made in: "2024-05-06 续约拜访" ("" when none)."""
        return f"{self.visit_at:%Y-%m-%d} {self.visit_subject}".strip() if self.visit_at else ""


@dataclass(frozen=True)
class LedgerCounts:
    open: int
    overdue: int
    total: int


def _name(model: Any, column: Any) -> Any:
    return (select(model.name).where(model.id == column, model.deleted_at.is_(None))
            .limit(1).scalar_subquery())


# The statements are built once, with parameters: building one took longer than running it.
_ACCOUNT = bindparam("account_id", type_=Commitment.account_id.type)
_TODAY = bindparam("today", type_=Commitment.due_on.type)
_OPEN = Commitment.status == CommitmentStatus.OPEN
# 0 open and overdue, 1 open, 2 done or dropped: the ledger's own order.
_RANK = case((and_(_OPEN, Commitment.due_on < _TODAY), 0), (_OPEN, 1), else_=2)
_BY = func.coalesce(_name(TeamMember, Commitment.by_member_id), _name(Person, Commitment.by_person_id), "")
_TO = func.coalesce(_name(Person, Commitment.to_person_id), _name(TeamMember, Commitment.to_member_id), "")
_VISIT = and_(Interaction.id == Commitment.interaction_id, Interaction.deleted_at.is_(None))
_ROWS = (select(Commitment.id, Commitment.done_on, Interaction.starts_at, Interaction.subject,
                _BY, _TO, _RANK, *(getattr(Commitment, k) for k in FIELDS))
         .select_from(Commitment).outerjoin(Interaction, _VISIT))
_COUNTS = (select(func.count(), func.count(case((_OPEN, 1))),
                  func.count(case((and_(_OPEN, Commitment.due_on < _TODAY), 1))))
           .where(Commitment.account_id == _ACCOUNT))


@lru_cache(maxsize=64)
def _order(column: str, descending: bool, lang: str) -> tuple[Any, ...]:
    def way(key: Any) -> Any:
        return key.desc() if descending else key.asc()

    due = Commitment.due_on
    ledger = (_RANK, due.is_(None), due, Commitment.id)  # overdue, open by due date, the rest
    if column == "status":
        return (way(_RANK), due.is_(None), way(due), Commitment.id)
    if column == "party":
        label = case({p.value: p.label(lang) for p in Party}, value=Commitment.party)
        return (way(label), *ledger)
    if column in ("what", "by", "to"):
        text = {"what": Commitment.what, "by": _BY, "to": _TO}[column]
        return (text == "", way(text), *ledger)
    if column == "due_on":
        return (due.is_(None), way(due), _RANK, Commitment.id)
    if column == "source":
        return (Interaction.starts_at.is_(None), way(Interaction.starts_at), *ledger)
    raise ValueError(f"no such ledger column: {column}")


@lru_cache(maxsize=64)
def _statements(column: str, descending: bool, lang: str) -> tuple[Any, Any, Any, Any]:
    """(every row in order, one page of ids, every id in order, the rows of some ids)."""
    order = _order(column, descending, lang)
    ids = select(Commitment.id).where(Commitment.account_id == _ACCOUNT)
    if column == "source":  # the only order that needs the visit
        ids = ids.outerjoin(Interaction, _VISIT)
    page = (ids.order_by(*order).limit(bindparam("limit", type_=Integer))
            .offset(bindparam("offset", type_=Integer)))
    every = _ROWS.where(Commitment.account_id == _ACCOUNT).order_by(*order)
    some = _ROWS.where(Commitment.id.in_(bindparam("ids", expanding=True)))
    return every, page, ids.order_by(*order), some


def ledger_counts(session: Session, account_id: str, *, today: date | None = None) -> LedgerCounts:
    total, open_, overdue = session.execute(
        _COUNTS, {"account_id": account_id, "today": today or date.today()}).one()
    return LedgerCounts(open_, overdue, total)


def ledger_rows(session: Session, account_id: str, *, sort: str = "status", descending: bool = False,
                lang: str = "zh", today: date | None = None, offset: int = 0,
                limit: int | None = None) -> list[LedgerLine]:
    """The account's commitments in the order of ``sort`` (one of LEDGER_COLUMNS);
    ``limit`` rows from ``offset`` when the list is read in pages.

    A page's ids come first, in order (only what the order needs is read); then the
    rows of those ids, with their names and visit.
    """
    every, page, _all_ids, some = _statements(sort, descending, lang)
    params: dict[str, Any] = {"account_id": account_id, "today": today or date.today()}
    if limit is None and not offset:
        found = list(session.execute(every, params))
    else:
        ids = session.scalars(page, {**params, "limit": -1 if limit is None else limit,
                                     "offset": offset}).all()
        at = {cid: n for n, cid in enumerate(ids)}
        found = sorted(session.execute(some, {"today": params["today"], "ids": ids}) if ids else [],
                       key=lambda r: at[r[0]])
    lines = []
    for row in found:
        values = dict(zip(FIELDS, row[7:], strict=True))
        lines.append(LedgerLine(
            id=row[0], party=values["party"], what=values["what"], by=row[4], to=row[5],
            due_on=values["due_on"], status=values["status"], done_on=row[1], visit_at=row[2],
            visit_subject=row[3] or "", overdue=row[6] == 0, values=values))
    return lines


def ledger_position(session: Session, account_id: str, commitment_id: str, *, sort: str = "status",
                    descending: bool = False, lang: str = "zh",
                    today: date | None = None) -> int | None:
    """Where the commitment stands in the ledger sorted so (0 = first), None if not listed."""
    ids = session.scalars(_statements(sort, descending, lang)[2],
                          {"account_id": account_id, "today": today or date.today()}).all()
    try:
        return ids.index(commitment_id)
    except ValueError:
        return None


def warm_ledger(session: Session, *, sort: str = "status", descending: bool = False,
                lang: str = "zh", limit: int = 60) -> None:
    """Read the first page of one ledger, twice (off the GUI thread, after the first paint).

    SQLAlchemy compiles a statement the first times it runs (twice here: the soft-delete
    criteria is a lambda, analysed on its first run): ~30 ms of the first ledger shown.
    """
    account_id = session.scalar(select(Commitment.account_id).limit(1))
    for _ in range(2):
        if account_id is not None:
            ledger_counts(session, account_id)
            ledger_rows(session, account_id, sort=sort, descending=descending, lang=lang,
                        limit=limit)
