"""Read-side queries for the account list and the dossier tabs. Each takes the session; no Qt.

The account list filters and sorts in SQL and reads one page at a time, so it stays
fast with 10,000 accounts (the GUI asks for the next page as the user scrolls).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Integer, bindparam, case, func, literal_column, or_, select
from sqlalchemy.orm import Session

from desktop.db import contacts, sortkeys
from desktop.db.enums import ChurnRisk, CommitmentStatus, InteractionKind, ValueTier
from desktop.db.ledger import ledger_counts
from desktop.db.models import (
    Account,
    Commitment,
    Coverage,
    ExternalTie,
    Interaction,
    KeyEvent,
    Person,
    PersonLink,
    Record,
    SubGroup,
    TeamMember,
    interaction_member,
    interaction_person,
)

SORTS = ("name", "tier", "churn_risk", "last_contact")


@dataclass(frozen=True)
class AccountRow:
    id: str
    name: str
    industry: str
    region: str
    value_tier: ValueTier | None
    churn_risk: ChurnRisk | None
    last_contact: datetime | None


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def list_accounts(
    session: Session,
    text: str = "",
    *,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    now: datetime | None = None,
) -> list[AccountRow]:
    """One page of accounts whose name, short name, industry or region contains ``text``.

    Sorts: name (by pinyin); tier (A first); churn_risk (lost, high … first); last_contact (most
    recent first). ``descending`` reverses. Accounts without a value sort last.
    """
    now = now or datetime.now()
    last: Any
    if contacts.current(session, now):
        last = contacts.stored_column("account").label("last_contact")
    else:  # "as of" an earlier moment: each account's newest past interaction, one index seek
        last = (
            select(func.max(Interaction.starts_at))
            .where(Interaction.account_id == Account.id, Interaction.deleted_at.is_(None),
                   Interaction.starts_at <= now)
            .correlate(Account)
            .scalar_subquery()
            .label("last_contact")
        )
    stmt = select(Account.id, Account.name, Account.industry, Account.region,
                  Account.value_tier, Account.churn_risk, last)
    columns = (Account.name, Account.short_name, Account.industry, Account.region)
    for word in text.split():
        if word.isascii() and any(c.isalpha() for c in word):
            pattern = _like(word)  # LIKE ignores ASCII case, as users expect for "Tech"
            stmt = stmt.where(or_(*(col.like(pattern, escape="\\") for col in columns)))
        else:  # Chinese has no case: instr() finds the same rows three times faster
            stmt = stmt.where(or_(*(func.instr(col, word) > 0 for col in columns)))
    tier = case({ValueTier.A.value: 1, ValueTier.B.value: 2, ValueTier.C.value: 3},
                value=Account.value_tier, else_=9)
    risk = case({ChurnRisk.LOST.value: 1, ChurnRisk.HIGH.value: 2, ChurnRisk.MEDIUM.value: 3,
                 ChurnRisk.LOW.value: 4}, value=Account.churn_risk, else_=9)
    keys: list[Any]
    if sort == "tier":
        keys = [tier.desc() if descending else tier]
    elif sort == "churn_risk":
        keys = [risk.desc() if descending else risk]
    elif sort == "last_contact":
        # By the column's name: an expression would run the subquery a second time per row.
        # Newest first reads ix_account_live_last_contact backwards, a page at a time.
        by_last: Any = literal_column("last_contact")
        keys = [(by_last.asc() if descending else by_last.desc()).nulls_last()]
    else:
        keys = []
    # Names in pinyin order (北京 before 上海), then by the name itself for equal readings.
    by_name = [sortkeys.column(), Account.name, Account.id]
    if descending and sort == "name":
        by_name = [key.desc() for key in by_name]
    stmt = stmt.order_by(*keys, *by_name).offset(offset).limit(limit)
    return [AccountRow(*row) for row in session.execute(stmt)]


def count_accounts(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Account)) or 0


@dataclass(frozen=True)
class AccountFacts:
    """Key facts at a glance on the overview."""

    owner: str
    last_contact: datetime | None
    next_contact: date | None
    people: int
    open_commitments: int
    overdue_commitments: int


def account_facts(session: Session, account_id: str, *, today: date | None = None) -> AccountFacts:
    today = today or date.today()
    now = datetime.now()
    account = session.get(Account, account_id)
    owner = account.owner.name if account is not None and account.owner is not None else ""
    if contacts.current(session, now):
        last = session.scalar(select(contacts.stored_column("account")).where(
            Account.id == account_id))
    else:
        last = session.scalar(select(func.max(Interaction.starts_at)).where(
            Interaction.account_id == account_id, Interaction.starts_at <= now))
    upcoming = session.scalar(select(func.min(Interaction.next_contact_on)).where(
        Interaction.account_id == account_id, Interaction.next_contact_on >= today))
    people = session.scalar(select(func.count()).select_from(Person).where(
        Person.account_id == account_id, Person.left_on.is_(None))) or 0
    open_q = select(Commitment.due_on).where(
        Commitment.account_id == account_id, Commitment.status == CommitmentStatus.OPEN)
    dues = list(session.scalars(open_q))
    overdue = sum(1 for due in dues if due is not None and due < today)
    return AccountFacts(owner, last, upcoming, people, len(dues), overdue)


@dataclass(frozen=True)
class OverviewFacts:
    """What the Overview's facts line shows."""

    owner: str
    last_contact: datetime | None
    open_commitments: int
    overdue_commitments: int


def overview_facts(session: Session, account_id: str, *, today: date | None = None,
                   now: datetime | None = None) -> OverviewFacts:
    """The owner, the last real contact and the open and overdue commitments: one seek
    in an index each, and one count. (``account_facts`` also finds the next planned
    contact, which reads every interaction of the account: 7 ms for 5,000.)"""
    now = now or datetime.now()
    owner = session.scalar(select(TeamMember.name).join(Account, Account.owner_id == TeamMember.id)
                           .where(Account.id == account_id)) or ""
    last = session.scalar(select(func.max(Interaction.starts_at)).where(
        Interaction.account_id == account_id, Interaction.starts_at <= now))
    counts = ledger_counts(session, account_id, today=today or now.date())
    return OverviewFacts(owner, last, counts.open, counts.overdue)


def account_dependents(session: Session, account_id: str) -> list[tuple[type[Record], str]]:
    """Every live record that belongs to the account (deleted and restored with it)."""
    items: list[tuple[type[Record], str]] = [(Account, account_id)]
    person_ids = list(session.scalars(select(Person.id).where(Person.account_id == account_id)))
    items += [(Person, pid) for pid in person_ids]
    for model in (PersonLink, Interaction, Commitment, SubGroup, ExternalTie, KeyEvent):
        ids = session.scalars(select(model.id).where(model.account_id == account_id))
        items += [(model, i) for i in ids]
    if person_ids:
        covers = session.scalars(select(Coverage.id).where(Coverage.person_id.in_(person_ids)))
        items += [(Coverage, i) for i in covers]
    return items


def team_members(session: Session) -> list[TeamMember]:
    return list(session.scalars(select(TeamMember).order_by(TeamMember.is_me.desc(), TeamMember.name)))


def account_people(session: Session, account_id: str) -> list[Person]:
    return list(session.scalars(select(Person).where(Person.account_id == account_id).order_by(Person.name)))


# The interactions list's columns, in the Interactions tab's order, sortable in SQL.
INTERACTION_COLUMNS = ("starts_at", "kind", "subject", "attendees", "satisfaction",
                       "next_contact_on", "commitments")


def _commitment_count() -> Any:
    return (select(func.count()).select_from(Commitment)
            .where(Commitment.interaction_id == Interaction.id, Commitment.deleted_at.is_(None))
            .scalar_subquery())


def _first_name(table: Any, column: Any, named: Any) -> Any:
    return (select(func.min(named.name)).select_from(table.join(named, named.id == column))
            .where(table.c.interaction_id == Interaction.id, named.deleted_at.is_(None))
            .scalar_subquery())


@lru_cache(maxsize=64)
def _interaction_order(column: str, descending: bool, lang: str) -> tuple[Any, ...]:
    """ORDER BY for the list sorted on ``column``: blanks last, then newest first, then id,
    so that pages read with OFFSET never skip or repeat a row. Sorted on the date (the
    default), the account's (account_id, deleted_at, starts_at) index gives a page at once."""
    nullable = False
    if column == "kind":
        key: Any = case({k.value: k.label(lang) for k in InteractionKind}, value=Interaction.kind)
    elif column == "attendees":  # the first name shown: people first, then our team
        key = func.coalesce(
            _first_name(interaction_person, interaction_person.c.person_id, Person),
            _first_name(interaction_member, interaction_member.c.member_id, TeamMember))
        nullable = True
    elif column == "commitments":
        key = _commitment_count()
    elif column in ("satisfaction", "next_contact_on"):
        key, nullable = getattr(Interaction, column), True
    elif column == "subject":
        key = Interaction.subject
    else:
        return (Interaction.starts_at.desc() if descending else Interaction.starts_at.asc(),
                Interaction.id)
    return (*([key.is_(None)] if nullable else []), key.desc() if descending else key.asc(),
            Interaction.starts_at.desc(), Interaction.id)


def interaction_count(session: Session, account_id: str) -> int:
    return session.execute(select(func.count()).select_from(Interaction)
                           .where(Interaction.account_id == account_id)).scalar_one()


def interaction_position(session: Session, account_id: str, interaction_id: str, *,
                         sort: str = "starts_at", descending: bool = True,
                         lang: str = "zh") -> int | None:
    """Where the interaction stands in the list sorted so (0 = first), None if not listed."""
    ids = session.scalars(select(Interaction.id).where(Interaction.account_id == account_id)
                          .order_by(*_interaction_order(sort, descending, lang))).all()
    try:
        return ids.index(interaction_id)
    except ValueError:
        return None


_ACCOUNT = bindparam("account_id", type_=Interaction.account_id.type)
_IDS: Any = bindparam("ids", expanding=True)


def _joined_ids(table: Any, column: Any) -> Any:
    return (select(func.group_concat(column, ","))
            .where(table.c.interaction_id == Interaction.id).scalar_subquery())


# A list row: columns, the attendees' ids gathered per row, and the commitments made in it.
_ROW = select(Interaction.id, Interaction.starts_at, Interaction.kind, Interaction.subject,
              Interaction.satisfaction, Interaction.next_contact_on,
              _joined_ids(interaction_person, interaction_person.c.person_id),
              _joined_ids(interaction_member, interaction_member.c.member_id), _commitment_count())


@lru_cache(maxsize=64)
def _interaction_statements(sort: str, descending: bool, lang: str) -> tuple[Any, Any, Any]:
    """Built once per order (building one took as long as running it): every row of the
    account in order; a page of ids in order; the rows of some ids."""
    order = _interaction_order(sort, descending, lang)
    every = _ROW.where(Interaction.account_id == _ACCOUNT).order_by(*order)
    page = (select(Interaction.id).where(Interaction.account_id == _ACCOUNT).order_by(*order)
            .limit(bindparam("limit", type_=Integer)).offset(bindparam("offset", type_=Integer)))
    return every, page, _ROW.where(Interaction.id.in_(_IDS))


def interaction_rows(session: Session, account_id: str, *, sort: str = "starts_at",
                     descending: bool = True, lang: str = "zh", offset: int = 0,
                     limit: int | None = None) -> list[tuple[Any, ...]]:
    """The account's interactions as list rows, newest first unless sorted on another
    column: (id, starts_at, kind, subject, attendees, satisfaction, next_contact_on,
    number of commitments); ``limit`` rows from ``offset`` when the list is read in pages.

    One pass over the account's interactions with the attendees' ids gathered per row,
    and the names of those attendees looked up: a large account has thousands of
    interactions, and reading them with their notes takes a second.
    """
    every, page, some = _interaction_statements(sort, descending, lang)
    if limit is None and not offset:
        found = list(session.execute(every, {"account_id": account_id}).all())
    else:  # the page's ids first: the attendees and counts of those rows only
        ids = session.scalars(page, {"account_id": account_id, "offset": offset,
                                     "limit": -1 if limit is None else limit}).all()
        at = {iid: n for n, iid in enumerate(ids)}
        found = sorted(session.execute(some, {"ids": ids}).all() if ids else [],
                       key=lambda row: at[row[0]])
    # Names of the attendees shown (a deleted one is not found, and not shown).
    person_ids = {pid for row in found if row[6] for pid in row[6].split(",")}
    member_ids = {mid for row in found if row[7] for mid in row[7].split(",")}
    people = _names(session, Person, person_ids)
    members = _names(session, TeamMember, member_ids)

    def names(joined: str | None, lookup: dict[str, str]) -> list[str]:
        return sorted(lookup[i] for i in joined.split(",") if i in lookup) if joined else []

    return [
        (iid, starts, kind, subject, "、".join(names(p, people) + names(m, members)),
         satisfaction, next_on, n)
        for iid, starts, kind, subject, satisfaction, next_on, p, m, n in found
    ]


def _names(session: Session, model: Any, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    return dict(session.execute(select(model.id, model.name).where(model.id.in_(_IDS)),
                                {"ids": list(ids)}).all())
