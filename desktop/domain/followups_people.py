"""The agenda's one pass over the people: who is due for contact, birthdays, deciders.

At 200,000 people this is most of the agenda's work. The people come as narrow rows
(columns, no ORM objects), streamed a chunk at a time; each is weighed by the
CadencePolicy and only the most urgent are kept (:class:`TopN`), with exact counts of
all, so memory stays flat whatever the size of the dossier.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime, timedelta
from itertools import islice
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Select, Text, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from desktop.db import contacts
from desktop.db.enums import ChurnRisk, DecisionRole, Stance
from desktop.db.models import Account, Interaction, Person, interaction_person
from desktop.db.queries import last_contact_by_person
from desktop.domain.followups_rows import (
    SEVERITY_RANK,
    CadencePolicy,
    ContactRow,
    Severity,
    TopN,
    UpcomingKind,
    UpcomingRow,
    next_yearly,
)

CHUNK = 2000  # rows fetched at a time while streaming
SelectT = TypeVar("SelectT", bound="Select[*tuple[Any, ...]]")


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def of_accounts(stmt: SelectT, account: str) -> SelectT:
    """Only rows of accounts whose name or short name contains every word of ``account``."""
    for word in account.split():
        pattern = _like(word)
        stmt = stmt.where(or_(Account.name.ilike(pattern, escape="\\"),
                              Account.short_name.ilike(pattern, escape="\\")))
    return stmt


def active_people(session: Session, today: date, account: str) -> Iterator[Any]:
    """People still at their company, of accounts not already lost: narrow rows, streamed.

    ``roles`` is left as stored (JSON text): :class:`CadenceMemo` decodes each distinct value once.
    """
    yield from session.execute(active_people_statement(today, account))


def active_people_statement(today: date, account: str) -> Any:
    """The people query: its columns are all in the index ``ix_person_agenda`` (migration
    today01), so SQLite reads the index, not the wide person rows."""
    stmt = (
        select(Person.id, Person.account_id, Account.name.label("account"), Person.name,
               Person.title, type_coerce(Person.roles, Text).label("roles"), Person.stance,
               Person.cadence_days, Person.birthday,
               contacts.stored_column("person").label("last_contact"))
        .join(Account, Account.id == Person.account_id)
        .where((Person.left_on.is_(None)) | (Person.left_on > today))
        .where((Account.churn_risk.is_(None)) | (Account.churn_risk != ChurnRisk.LOST))
        .where(Person.deleted_at.is_(None), Account.deleted_at.is_(None))
        .execution_options(yield_per=CHUNK)
    )
    return of_accounts(stmt, account)


def with_last_contact(
    session: Session, people: Iterable[Any], now: datetime
) -> Iterator[tuple[Any, datetime | None]]:
    """Each person with their last contact (None: never): the one place that reads them.

    From the stored column (desktop/db/contacts.py) when it is exact for ``now``;
    otherwise looked up a chunk of people at a time, so memory stays flat: one grouped
    pass over everyone held a 200,000-entry dictionary (+85 MB of peak RSS).
    """
    if contacts.current(session, now):  # before the people are streamed: it may write
        for person in people:
            yield person, person.last_contact
        return
    rows = iter(people)
    while chunk := list(islice(rows, CHUNK)):
        last = last_contact_by_person(session, [person.id for person in chunk], now=now)
        for person in chunk:
            yield person, last.get(person.id)


class Traits(NamedTuple):
    """What the cadence rule reads of a person (a :class:`Cadenced`)."""

    roles: list[DecisionRole]
    stance: Stance | None
    cadence_days: int | None


class CadenceMemo:
    """The policy's cadence and importance per distinct (roles, stance, own cadence).

    CadencePolicy stays the one rule; a dossier has a few dozen such combinations, so
    200,000 people cost a dictionary look-up each instead of decoding JSON and building
    sets. Answers (cadence, is_key, is_decider).
    """

    def __init__(self, policy: CadencePolicy) -> None:
        self.policy = policy
        self.roles_type: Any = Person.__table__.c.roles.type
        self.memo: dict[tuple[str | None, Stance | None, int | None], tuple[int, bool, bool]] = {}

    def __call__(self, roles: str | None, stance: Stance | None,
                 cadence_days: int | None) -> tuple[int, bool, bool]:
        key = (roles, stance, cadence_days)
        found = self.memo.get(key)
        if found is None:
            person = Traits(self.roles_type.process_result_value(roles, None), stance,
                             cadence_days)
            found = (self.policy.cadence_for(person), self.policy.is_key(person),
                     DecisionRole.DECIDER in person.roles)
            self.memo[key] = found
        return found


class PeoplePass:
    """One pass over the people: who is due for contact, birthdays, deciders' last contact."""

    def __init__(self, now: datetime, policy: CadencePolicy, contacts: TopN[Any, Any],
                 upcoming: TopN[Any, UpcomingRow]) -> None:
        self.today = now.date()
        self.horizon = self.today + timedelta(days=policy.upcoming_days)
        self.policy = policy
        self.contacts = contacts
        self.upcoming = upcoming
        self.due = [0, 0, 0]  # total, red, yellow
        self.birthdays = [0, 0]  # ahead, of them today
        self.deciders: dict[str, datetime | None] = {}  # account id → newest decider contact
        self.rule = CadenceMemo(policy)

    def add(self, p: Any, seen: datetime | None) -> None:
        if p.birthday is not None:
            self._birthday(p)
        cadence, is_key, is_decider = self.rule(p.roles, p.stance, p.cadence_days)
        if is_decider:
            newest = self.deciders.get(p.account_id)
            if p.account_id not in self.deciders or (seen and (newest is None or seen > newest)):
                self.deciders[p.account_id] = seen
        days_since = (self.today - seen.date()).days if seen else None
        days_over = days_since - cadence if days_since is not None else None
        if days_over is not None and days_over < 0:
            return
        # Never met: red for a decider or champion, yellow for anyone else.
        severity = self.policy.severity(days_over) if seen or is_key else Severity.YELLOW
        self.due[0] += 1
        self.due[1] += severity == Severity.RED
        self.due[2] += severity == Severity.YELLOW
        # Reddest first; within a colour, never-contacted, then the longest overdue.
        key = (SEVERITY_RANK[severity], days_over is not None, -(days_over or 0), p.account,
               p.name, p.id)
        if self.contacts.wants(key):
            self.contacts.add(key, (p, seen, days_since, days_over, severity, is_key, cadence))

    def _birthday(self, p: Any) -> None:
        on = next_yearly(p.birthday.month, p.birthday.day, self.today)
        if on > self.horizon:
            return
        days = (on - self.today).days
        self.birthdays[0] += 1
        self.birthdays[1] += days == 0
        key = (days, p.account, p.name, p.id)
        if self.upcoming.wants(key):
            age = on.year - p.birthday.year if p.birthday.year > 1900 else None
            self.upcoming.add(key, UpcomingRow(UpcomingKind.BIRTHDAY, p.id, p.account_id,
                                               p.account, p.name, on, False, days, age))

    def contact_rows(self, planned: Mapping[str, datetime]) -> list[ContactRow]:
        return [
            ContactRow(person_id=p.id, account_id=p.account_id, account=p.account, person=p.name,
                       title=p.title, is_key=is_key, cadence_days=cadence, last_contact=seen,
                       days_since=days_since, days_over=days_over, severity=severity,
                       next_planned=planned.get(p.id))
            for p, seen, days_since, days_over, severity, is_key, cadence in self.contacts.items()
        ]


def next_planned(session: Session, now: datetime, person_ids: list[str]) -> dict[str, datetime]:
    """The soonest interaction planned with each of these people, if any."""
    if not person_ids:
        return {}
    stmt = (
        select(interaction_person.c.person_id, func.min(Interaction.starts_at))
        .join(Interaction, Interaction.id == interaction_person.c.interaction_id)
        .join(Account, Account.id == Interaction.account_id)
        .where(Interaction.starts_at > now, interaction_person.c.person_id.in_(person_ids))
        .group_by(interaction_person.c.person_id)
    )
    return {pid: when for pid, when in session.execute(stmt)}
