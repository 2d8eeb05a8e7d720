"""Follow-ups: what the manager should do today, computed from what they recorded.

Every function takes the session and an explicit ``now`` (local wall-clock time,
like ``Interaction.starts_at``); nothing here reads the clock, so the answers are
the same in tests, in the CLI and in the GUI. ``today`` is ``now.date()``: day
counts are calendar days (a visit yesterday at 23:59 was 1 day ago).

The result is an :class:`Agenda` of plain row dataclasses; the CLI and the Today
view render them in either language (labels come from the enums below).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo
from typing import Any, Protocol

from sqlalchemy import select, text
from sqlalchemy.orm import Session, selectinload

from desktop.db.enums import (
    ChurnRisk,
    CommitmentStatus,
    DecisionRole,
    InteractionKind,
    Labeled,
    Party,
    Stance,
)
from desktop.db.models import Account, Commitment, Interaction, KeyEvent, Person, SubGroup
from desktop.db.queries import last_contact_by_person
from desktop.errors import NotFoundError, ValidationError


class Cadenced(Protocol):
    """What the cadence rules read of a person (a Person, or the light row of the agenda)."""

    @property
    def cadence_days(self) -> int | None: ...
    @property
    def roles(self) -> Any: ...
    @property
    def stance(self) -> Stance | None: ...


class Severity(Labeled):
    """How late a follow-up is: the yellow/red scale of the Today view."""

    OK = "ok", "按时", "On time"
    DUE = "due", "今天到期", "Due today"
    YELLOW = "yellow", "已逾期", "Overdue"
    RED = "red", "严重逾期", "Long overdue"


class UpcomingKind(Labeled):
    BIRTHDAY = "birthday", "生日", "Birthday"
    KEY_EVENT = "key_event", "关键活动", "Key event"
    GROUP_MEETING = "group_meeting", "亚群体会议", "Sub-group meeting"


class RiskReason(Labeled):
    HIGH_CHURN_RISK = "high_churn_risk", "流失风险高", "High churn risk"
    NO_DECIDER_CONTACT = "no_decider_contact", "长期未联系决策者", "No contact with a decider"
    NO_DECIDER_KNOWN = "no_decider_known", "未记录决策者", "No decider recorded"


@dataclass(frozen=True)
class CadencePolicy:
    """How often to contact whom, and how far the Today view looks ahead.

    A person's own ``cadence_days`` wins; otherwise deciders and champions get
    ``key_days`` and everyone else ``other_days``.
    """

    key_days: int = 30
    other_days: int = 90
    key_roles: frozenset[DecisionRole] = frozenset({DecisionRole.DECIDER})
    key_stances: frozenset[Stance] = frozenset({Stance.CHAMPION})
    red_after_days: int = 14  # days over the cadence (or a due date) that turn yellow to red
    commitments_ahead_days: int = 7
    upcoming_days: int = 14
    planned_days: int = 14
    decider_silence_days: int = 60

    def cadence_for(self, person: Cadenced) -> int:
        if person.cadence_days:
            return person.cadence_days
        return self.key_days if self.is_key(person) else self.other_days

    def is_key(self, person: Cadenced) -> bool:
        return bool(set(person.roles or ()) & self.key_roles) or person.stance in self.key_stances

    def severity(self, days_over: int | None) -> Severity:
        """None means never: as bad as it gets."""
        if days_over is None or days_over > self.red_after_days:
            return Severity.RED
        if days_over > 0:
            return Severity.YELLOW
        return Severity.DUE if days_over == 0 else Severity.OK

    def looking_ahead(self, days: int) -> CadencePolicy:
        """The same policy with every look-ahead window set to ``days`` (``agenda --days``)."""
        return replace(self, commitments_ahead_days=days, upcoming_days=days, planned_days=days)

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> CadencePolicy:
        """A policy from stored settings; unknown or invalid entries keep their default."""
        kwargs: dict[str, Any] = {}
        for name in ("key_days", "other_days", "red_after_days", "commitments_ahead_days",
                     "upcoming_days", "planned_days", "decider_silence_days"):
            try:
                value = int(values[name])
            except (KeyError, TypeError, ValueError):
                continue
            if 0 <= value <= 3650:
                kwargs[name] = value
        return cls(**kwargs)


_SEVERITY_RANK = {Severity.RED: 0, Severity.YELLOW: 1, Severity.DUE: 2, Severity.OK: 3}


# ----------------------------------------------------------------- rows
@dataclass(frozen=True, slots=True)
class CommitmentRow:
    commitment_id: str
    account_id: str
    account: str
    party: Party
    person: str  # who promised (theirs) or to whom we promised (ours)
    member: str  # our side: who promised (ours) or to whom they promised (theirs)
    what: str
    due_on: date
    days_over: int  # negative: days left
    severity: Severity


@dataclass(frozen=True, slots=True)
class ContactRow:
    person_id: str
    account_id: str
    account: str
    person: str
    title: str
    is_key: bool
    cadence_days: int
    last_contact: datetime | None  # None: never met in any recorded interaction
    days_since: int | None
    days_over: int | None  # None: never contacted
    severity: Severity
    next_planned: datetime | None = None  # an interaction with them already planned


@dataclass(frozen=True, slots=True)
class UpcomingRow:
    kind: UpcomingKind
    record_id: str
    account_id: str
    account: str
    title: str  # the person's name (birthday), the event or the group
    on: date
    whole_month: bool  # a key event "some time that month": ``on`` is the 1st
    days_until: int
    age: int | None = None  # birthdays whose year is known


@dataclass(frozen=True, slots=True)
class PlannedRow:
    interaction_id: str
    account_id: str
    account: str
    kind: InteractionKind
    starts_at: datetime
    subject: str
    place: str
    people: tuple[str, ...]
    has_plan: bool  # objective or agenda written (热情接触)


@dataclass(frozen=True, slots=True)
class RiskRow:
    account_id: str
    account: str
    reasons: tuple[RiskReason, ...]
    churn_risk: ChurnRisk | None
    last_decider_contact: datetime | None


@dataclass
class Agenda:
    now: datetime
    ours_due: list[CommitmentRow] = field(default_factory=list)
    theirs_overdue: list[CommitmentRow] = field(default_factory=list)
    contacts_due: list[ContactRow] = field(default_factory=list)
    upcoming: list[UpcomingRow] = field(default_factory=list)
    planned: list[PlannedRow] = field(default_factory=list)
    at_risk: list[RiskRow] = field(default_factory=list)

    @property
    def today(self) -> date:
        return self.now.date()

    def count_due(self) -> int:
        """Things needing action today (for the reminder): overdue or due, not the look-ahead."""
        return (
            sum(1 for r in self.ours_due if r.days_over >= 0)
            + len(self.theirs_overdue)
            + len(self.contacts_due)
            + sum(1 for r in self.upcoming if r.days_until == 0 and not r.whole_month)
        )

    def is_empty(self) -> bool:
        return not any((self.ours_due, self.theirs_overdue, self.contacts_due, self.upcoming,
                        self.planned, self.at_risk))


# ------------------------------------------------------------ the clock
def local_wall_clock(now: datetime, tz: tzinfo | None = None) -> datetime:
    """``now`` as naive local wall-clock time, the way interactions are stored.

    An aware ``now`` is converted to ``tz`` (default: the computer's zone) first.
    """
    if now.tzinfo is None:
        return now
    return now.astimezone(tz).replace(tzinfo=None)


def yearly_on(month: int, day: int, year: int) -> date:
    """The date ``month/day`` in ``year``, clamped to the month's end (29 Feb → 28 Feb)."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def next_yearly(month: int, day: int, today: date) -> date:
    """The next date (today included) on which a yearly ``month/day`` falls."""
    this_year = yearly_on(month, day, today.year)
    return this_year if this_year >= today else yearly_on(month, day, today.year + 1)


# ----------------------------------------------------------- sections
def _commitment_rows(session: Session, now: datetime, policy: CadencePolicy) -> tuple[
    list[CommitmentRow], list[CommitmentRow]
]:
    today = now.date()
    horizon = today + timedelta(days=policy.commitments_ahead_days)
    stmt = (
        select(Commitment)
        .join(Account, Account.id == Commitment.account_id)  # not of a deleted account
        .where(Commitment.status == CommitmentStatus.OPEN, Commitment.due_on.is_not(None),
               Commitment.due_on <= horizon)
        .options(selectinload(Commitment.account), selectinload(Commitment.by_person),
                 selectinload(Commitment.to_person), selectinload(Commitment.by_member),
                 selectinload(Commitment.to_member))
        .order_by(Commitment.due_on)
    )
    ours: list[CommitmentRow] = []
    theirs: list[CommitmentRow] = []
    for c in session.scalars(stmt):
        assert c.due_on is not None
        days_over = (today - c.due_on).days
        is_ours = c.party == Party.OURS
        if not is_ours and days_over <= 0:
            continue  # theirs: only what is late and needs a polite chase
        person = c.to_person if is_ours else c.by_person
        member = c.by_member if is_ours else c.to_member
        row = CommitmentRow(
            commitment_id=c.id, account_id=c.account_id, account=c.account.name,
            party=c.party, person=person.name if person else "",
            member=member.name if member else "", what=c.what, due_on=c.due_on,
            days_over=days_over,
            severity=policy.severity(days_over) if days_over >= 0 else Severity.OK,
        )
        (ours if is_ours else theirs).append(row)
    key = _by_lateness
    return sorted(ours, key=key), sorted(theirs, key=key)


def _by_lateness(row: CommitmentRow) -> tuple[int, str, str]:
    return (-row.days_over, row.account, row.what)


@dataclass(frozen=True, slots=True)
class ActivePerson:
    """The few columns of a person the agenda reads: light, so 200,000 people stay cheap."""

    id: str
    account_id: str
    account: str
    name: str
    title: str
    roles: Any
    stance: Stance | None
    cadence_days: int | None
    birthday: date | None


def _active_people(session: Session, today: date) -> list[ActivePerson]:
    """People still at their company, of accounts not already lost (columns, not objects)."""
    stmt = (
        select(Person.id, Person.account_id, Account.name, Person.name, Person.title, Person.roles,
               Person.stance, Person.cadence_days, Person.birthday)
        .join(Account, Account.id == Person.account_id)
        .where((Person.left_on.is_(None)) | (Person.left_on > today))
        .where((Account.churn_risk.is_(None)) | (Account.churn_risk != ChurnRisk.LOST))
        .where(Person.deleted_at.is_(None), Account.deleted_at.is_(None))
    )
    return [ActivePerson(*row) for row in session.execute(stmt)]


def _contact_rows(
    people: list[ActivePerson], last: dict[str, datetime], today: date, policy: CadencePolicy,
    planned: dict[str, datetime],
) -> list[ContactRow]:
    rows = []
    for p in people:
        cadence = policy.cadence_for(p)
        seen = last.get(p.id)
        days_since = (today - seen.date()).days if seen else None
        days_over = days_since - cadence if days_since is not None else None
        if days_over is not None and days_over < 0:
            continue
        is_key = policy.is_key(p)
        # Never met: red for a decider or champion, yellow for anyone else.
        severity = policy.severity(days_over) if seen or is_key else Severity.YELLOW
        rows.append(ContactRow(
            person_id=p.id, account_id=p.account_id, account=p.account, person=p.name,
            title=p.title, is_key=is_key, cadence_days=cadence, last_contact=seen,
            days_since=days_since, days_over=days_over, severity=severity,
            next_planned=planned.get(p.id),
        ))
    # Reddest first; within a colour, never-contacted, then the longest overdue.
    return sorted(rows, key=lambda r: (
        _SEVERITY_RANK[r.severity], r.days_over is not None, -(r.days_over or 0),
        r.account, r.person,
    ))


def _upcoming_rows(
    session: Session, people: list[ActivePerson], today: date, policy: CadencePolicy
) -> list[UpcomingRow]:
    horizon = today + timedelta(days=policy.upcoming_days)
    rows: list[UpcomingRow] = []
    for p in people:
        if p.birthday is None:
            continue
        on = next_yearly(p.birthday.month, p.birthday.day, today)
        if on <= horizon:
            age = on.year - p.birthday.year if p.birthday.year > 1900 else None
            rows.append(UpcomingRow(UpcomingKind.BIRTHDAY, p.id, p.account_id, p.account,
                                    p.name, on, False, (on - today).days, age))
    events = session.scalars(select(KeyEvent).join(Account, Account.id == KeyEvent.account_id)
                             .options(selectinload(KeyEvent.account)))
    for ev in events:
        if ev.day is not None:
            on = next_yearly(ev.month, ev.day, today)
            if on <= horizon:
                rows.append(UpcomingRow(UpcomingKind.KEY_EVENT, ev.id, ev.account_id,
                                        ev.account.name, ev.title, on, False, (on - today).days))
            continue
        # "Some time that month": shown all through the month, and from 14 days before the 1st.
        first = date(today.year, ev.month, 1)
        if ev.month == today.month:
            rows.append(UpcomingRow(UpcomingKind.KEY_EVENT, ev.id, ev.account_id,
                                    ev.account.name, ev.title, first, True, 0))
            continue
        if first < today:
            first = date(today.year + 1, ev.month, 1)
        if first <= horizon:
            rows.append(UpcomingRow(UpcomingKind.KEY_EVENT, ev.id, ev.account_id,
                                    ev.account.name, ev.title, first, True, (first - today).days))
    groups = session.scalars(
        select(SubGroup)
        .join(Account, Account.id == SubGroup.account_id)
        .where(SubGroup.next_meeting_on >= today, SubGroup.next_meeting_on <= horizon)
        .options(selectinload(SubGroup.account))
    )
    for g in groups:
        assert g.next_meeting_on is not None
        rows.append(UpcomingRow(UpcomingKind.GROUP_MEETING, g.id, g.account_id, g.account.name,
                                g.name, g.next_meeting_on, False, (g.next_meeting_on - today).days))
    return sorted(rows, key=lambda r: (r.days_until, r.account, r.title))


def planned_interactions(
    session: Session, now: datetime, until: datetime | None = None
) -> list[Interaction]:
    """Interactions after ``now`` (and before ``until``), soonest first."""
    stmt = (select(Interaction).join(Account, Account.id == Interaction.account_id)
            .where(Interaction.starts_at > now))
    if until is not None:
        stmt = stmt.where(Interaction.starts_at < until)
    stmt = stmt.options(selectinload(Interaction.account), selectinload(Interaction.people))
    return list(session.scalars(stmt.order_by(Interaction.starts_at)))


def _planned_rows(session: Session, now: datetime, policy: CadencePolicy) -> list[PlannedRow]:
    until = datetime.combine(now.date() + timedelta(days=policy.planned_days + 1), datetime.min.time())
    return [
        PlannedRow(
            interaction_id=i.id, account_id=i.account_id, account=i.account.name, kind=i.kind,
            starts_at=i.starts_at, subject=i.subject, place=i.place,
            people=tuple(sorted(p.name for p in i.people)),
            has_plan=bool((i.objective or "").strip() or (i.agenda or "").strip()),
        )
        for i in planned_interactions(session, now, until)
    ]


def _risk_rows(
    session: Session, people: list[ActivePerson], last: dict[str, datetime], today: date,
    policy: CadencePolicy,
) -> list[RiskRow]:
    deciders: dict[str, list[ActivePerson]] = {}
    for p in people:
        if DecisionRole.DECIDER in (p.roles or ()):
            deciders.setdefault(p.account_id, []).append(p)
    rows = []
    accounts = session.scalars(
        select(Account).where((Account.churn_risk.is_(None)) | (Account.churn_risk != ChurnRisk.LOST))
    )
    for acc in accounts:
        reasons: list[RiskReason] = []
        if acc.churn_risk == ChurnRisk.HIGH:
            reasons.append(RiskReason.HIGH_CHURN_RISK)
        seen = [last[p.id] for p in deciders.get(acc.id, []) if p.id in last]
        newest = max(seen) if seen else None
        if acc.id not in deciders:
            reasons.append(RiskReason.NO_DECIDER_KNOWN)
        elif newest is None or (today - newest.date()).days > policy.decider_silence_days:
            reasons.append(RiskReason.NO_DECIDER_CONTACT)
        if reasons:
            rows.append(RiskRow(acc.id, acc.name, tuple(reasons), acc.churn_risk, newest))
    return sorted(rows, key=lambda r: (RiskReason.HIGH_CHURN_RISK not in r.reasons, r.account))


SLOW_AGENDA_PEOPLE = 20_000


def agenda_is_slow(session: Session) -> bool:
    """Whether building the agenda takes long enough to move it off the GUI thread.

    It reads every person (a second or more past ~20,000 people); this answers in a
    millisecond or two, whatever the size.
    """
    found = session.execute(text("SELECT 1 FROM person LIMIT 1 OFFSET :n"),
                            {"n": SLOW_AGENDA_PEOPLE}).first()
    return found is not None


def build_agenda(
    session: Session, now: datetime, policy: CadencePolicy | None = None
) -> Agenda:
    """The Today view: every section, computed for the local wall-clock time ``now``."""
    policy = policy or CadencePolicy()
    now = local_wall_clock(now)
    today = now.date()
    people = _active_people(session, today)
    last = last_contact_by_person(session, now=now)
    ours, theirs = _commitment_rows(session, now, policy)
    future = planned_interactions(session, now)
    next_planned: dict[str, datetime] = {}
    for interaction in reversed(future):  # soonest wins
        for person in interaction.people:
            next_planned[person.id] = interaction.starts_at
    return Agenda(
        now=now,
        ours_due=ours,
        theirs_overdue=theirs,
        contacts_due=_contact_rows(people, last, today, policy, next_planned),
        upcoming=_upcoming_rows(session, people, today, policy),
        planned=_planned_rows(session, now, policy),
        at_risk=_risk_rows(session, people, last, today, policy),
    )


# ------------------------------------------------------------- actions
def _open_commitment(session: Session, commitment_id: str) -> Commitment:
    c = session.get(Commitment, commitment_id)
    if c is None:
        raise NotFoundError(
            "That commitment no longer exists; it may have been deleted.",
            "该承诺已不存在，可能已被删除。",
        )
    return c


def mark_done(session: Session, commitment_id: str, on: date) -> Commitment:
    """Record a commitment as kept on ``on``."""
    c = _open_commitment(session, commitment_id)
    c.status = CommitmentStatus.DONE
    c.done_on = on
    return c


def reopen(session: Session, commitment_id: str) -> Commitment:
    """Undo ``mark_done``: the commitment is open again."""
    c = _open_commitment(session, commitment_id)
    c.status = CommitmentStatus.OPEN
    c.done_on = None
    return c


def reschedule(session: Session, commitment_id: str, due_on: date) -> Commitment:
    """Move a commitment's due date (it stays open)."""
    c = _open_commitment(session, commitment_id)
    if c.status != CommitmentStatus.OPEN:
        raise ValidationError(
            "Only an open commitment can be rescheduled.", "只有未完成的承诺才能改期。"
        )
    c.due_on = due_on
    return c


def log_contact(
    session: Session, person_id: str, when: datetime,
    kind: InteractionKind = InteractionKind.CALL, note: str = "",
) -> Interaction:
    """Record a contact with one person (a call by default) at local time ``when``."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(
            "That person no longer exists; they may have been deleted.",
            "该联系人已不存在，可能已被删除。",
        )
    interaction = Interaction(
        account_id=person.account_id, kind=kind, starts_at=local_wall_clock(when),
        notes=note, people=[person],
    )
    session.add(interaction)
    return interaction
