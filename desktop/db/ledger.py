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
from typing import Any

from sqlalchemy import and_, case, func, select
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


def _rank(today: date) -> Any:
    """0 open and overdue, 1 open, 2 done or dropped: the ledger's own order."""
    return case((and_(Commitment.status == CommitmentStatus.OPEN, Commitment.due_on < today), 0),
                (Commitment.status == CommitmentStatus.OPEN, 1), else_=2)


def _keys(today: date) -> dict[str, Any]:
    return {
        "by": func.coalesce(_name(TeamMember, Commitment.by_member_id),
                            _name(Person, Commitment.by_person_id), ""),
        "to": func.coalesce(_name(Person, Commitment.to_person_id),
                            _name(TeamMember, Commitment.to_member_id), ""),
        "rank": _rank(today),
    }


def _order(column: str, descending: bool, lang: str, keys: dict[str, Any]) -> list[Any]:
    def way(key: Any) -> Any:
        return key.desc() if descending else key.asc()

    rank, due = keys["rank"], Commitment.due_on
    ledger = [rank, due.is_(None), due, Commitment.id]  # overdue, open by due date, the rest
    if column == "status":
        return [way(rank), due.is_(None), way(due), Commitment.id]
    if column == "party":
        label = case({p.value: p.label(lang) for p in Party}, value=Commitment.party)
        return [way(label), *ledger]
    if column in ("what", "by", "to"):
        text = Commitment.what if column == "what" else keys[column]
        return [text == "", way(text), *ledger]
    if column == "due_on":
        return [due.is_(None), way(due), rank, Commitment.id]
    if column == "source":
        return [Interaction.starts_at.is_(None), way(Interaction.starts_at), *ledger]
    raise ValueError(f"no such ledger column: {column}")


def _select(account_id: str, today: date) -> tuple[Any, dict[str, Any]]:
    keys = _keys(today)
    visit = and_(Interaction.id == Commitment.interaction_id, Interaction.deleted_at.is_(None))
    stmt = (select(Commitment.id, Commitment.done_on, Interaction.starts_at, Interaction.subject,
                   keys["by"], keys["to"], keys["rank"], *(getattr(Commitment, k) for k in FIELDS))
            .select_from(Commitment).outerjoin(Interaction, visit)
            .where(Commitment.account_id == account_id))
    return stmt, keys


def ledger_counts(session: Session, account_id: str, *, today: date | None = None) -> LedgerCounts:
    today = today or date.today()
    is_open = Commitment.status == CommitmentStatus.OPEN
    total, open_, overdue = session.execute(
        select(func.count(), func.count(case((is_open, 1))),
               func.count(case((and_(is_open, Commitment.due_on < today), 1))))
        .where(Commitment.account_id == account_id)).one()
    return LedgerCounts(open_, overdue, total)


def ledger_rows(session: Session, account_id: str, *, sort: str = "status", descending: bool = False,
                lang: str = "zh", today: date | None = None, offset: int = 0,
                limit: int | None = None) -> list[LedgerLine]:
    """The account's commitments in the order of ``sort`` (one of LEDGER_COLUMNS);
    ``limit`` rows from ``offset`` when the list is read in pages."""
    today = today or date.today()
    stmt, keys = _select(account_id, today)
    stmt = stmt.order_by(*_order(sort, descending, lang, keys)).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    lines = []
    for row in session.execute(stmt):
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
    today = today or date.today()
    stmt, keys = _select(account_id, today)
    ids = session.scalars(stmt.with_only_columns(Commitment.id)
                          .order_by(*_order(sort, descending, lang, keys))).all()
    try:
        return ids.index(commitment_id)
    except ValueError:
        return None
