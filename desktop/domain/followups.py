"""Follow-ups: what the manager should do today, computed from what they recorded.

Every function takes the session and an explicit ``now`` (local wall-clock time,
like ``Interaction.starts_at``); nothing here reads the clock, so the answers are
the same in tests, in the CLI and in the GUI. ``today`` is ``now.date()``: day
counts are calendar days (a visit yesterday at 23:59 was 1 day ago).

The result is an :class:`Agenda` of plain row dataclasses (desktop.domain.followups_rows)
holding each section's most urgent rows, at most ``limit`` of them, and its exact
totals. At 200,000 people nobody reads the 158,000 due for contact, and holding them
all cost hundreds of megabytes: the people are streamed as narrow rows (columns, no
ORM objects) through a bounded :class:`TopN`, so memory stays flat whatever the size.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, aliased

from desktop.db.enums import ChurnRisk, CommitmentStatus, InteractionKind, Party
from desktop.db.models import (
    Account,
    Commitment,
    Interaction,
    KeyEvent,
    Person,
    SubGroup,
    TeamMember,
    interaction_person,
)
from desktop.domain.followups_people import (
    CHUNK,
    PeoplePass,
    active_people,
    next_planned,
    of_accounts,
    with_last_contact,
)
from desktop.domain.followups_rows import (
    SECTIONS,
    Agenda,
    Cadenced,
    CadencePolicy,
    CommitmentRow,
    ContactRow,
    PlannedRow,
    RiskReason,
    RiskRow,
    Severity,
    Tally,
    TopN,
    UpcomingKind,
    UpcomingRow,
    local_wall_clock,
    next_yearly,
    yearly_on,
)
from desktop.errors import NotFoundError, ValidationError

__all__ = [
    "AGENDA_LIMIT", "SECTIONS", "Agenda", "AgendaCancelled", "CadencePolicy", "Cadenced", "CommitmentRow",
    "ContactRow", "PlannedRow", "RiskReason", "RiskRow", "Severity", "Tally", "TopN",
    "UpcomingKind", "UpcomingRow", "agenda_is_slow", "build_agenda", "local_wall_clock",
    "log_contact", "mark_done", "next_yearly", "reopen", "reschedule",
    "yearly_on",
]

AGENDA_LIMIT = 200  # rows kept per section; the totals count them all


# ----------------------------------------------------------- sections
Limits = Callable[[str], int | None]


def _commitment_sections(
    session: Session, now: datetime, policy: CadencePolicy, account: str, limit: Limits
) -> tuple[tuple[list[CommitmentRow], Tally], tuple[list[CommitmentRow], Tally]]:
    """Ours overdue or due soon, theirs overdue: latest first (then account, what).

    The rows are the first of that order in SQL; the totals are counted per due date,
    the colour of each date coming from the policy.
    """
    today = now.date()
    horizon = today + timedelta(days=policy.commitments_ahead_days)
    live = (Commitment.status == CommitmentStatus.OPEN, Commitment.due_on.is_not(None),
            Commitment.due_on <= horizon)
    counted = of_accounts(
        select(Commitment.party, Commitment.due_on, func.count())
        .join(Account, Account.id == Commitment.account_id)  # not of a deleted account
        .where(*live).group_by(Commitment.party, Commitment.due_on), account)
    tallies = {Party.OURS: [0, 0, 0, 0], Party.THEIRS: [0, 0, 0, 0]}
    for party, due_on, n in session.execute(counted):
        assert due_on is not None  # filtered above
        days_over = (today - due_on).days
        if party == Party.THEIRS and days_over <= 0:
            continue  # theirs: only what is late and needs a polite chase
        severity = policy.severity(days_over) if days_over >= 0 else Severity.OK
        tally = tallies[party]
        tally[0] += n
        tally[1] += n if severity == Severity.RED else 0
        tally[2] += n if severity == Severity.YELLOW else 0
        tally[3] += n if days_over >= 0 else 0
    out = []
    for party, section in ((Party.OURS, "ours_due"), (Party.THEIRS, "theirs_overdue")):
        ours = party == Party.OURS
        person, member = aliased(Person), aliased(TeamMember)
        stmt = (
            select(Commitment.id, Commitment.account_id, Account.name, Commitment.party,
                   person.name, member.name, Commitment.what, Commitment.due_on)
            .join(Account, Account.id == Commitment.account_id)
            .outerjoin(person, person.id == (Commitment.to_person_id if ours
                                             else Commitment.by_person_id))
            .outerjoin(member, member.id == (Commitment.by_member_id if ours
                                             else Commitment.to_member_id))
            .where(*live, Commitment.party == party)
            .order_by(Commitment.due_on, Account.name, Commitment.what, Commitment.id)
            .limit(limit(section))
        )
        if not ours:
            stmt = stmt.where(Commitment.due_on < today)
        rows = []
        for cid, account_id, name, party_, who, us, what, due_on in session.execute(
                of_accounts(stmt, account)):
            assert due_on is not None  # filtered above
            days_over = (today - due_on).days
            rows.append(CommitmentRow(
                commitment_id=cid, account_id=account_id, account=name, party=party_,
                person=who or "", member=us or "", what=what, due_on=due_on, days_over=days_over,
                severity=policy.severity(days_over) if days_over >= 0 else Severity.OK))
        out.append((rows, Tally(*tallies[party])))
    return out[0], out[1]


def _events_and_meetings(
    session: Session, today: date, policy: CadencePolicy, account: str,
    top: TopN[Any, UpcomingRow],
) -> tuple[int, int]:
    """Key events and sub-group meetings ahead into ``top``; returns (total, today)."""
    horizon = today + timedelta(days=policy.upcoming_days)
    total = on_today = 0

    def add(kind: UpcomingKind, rid: str, account_id: str, name: str, title: str, on: date,
            whole_month: bool) -> None:
        nonlocal total, on_today
        days = max(0, (on - today).days)  # 0: a whole month that has begun
        total += 1
        on_today += days == 0 and not whole_month
        key = (days, name, title, rid)
        if top.wants(key):
            top.add(key, UpcomingRow(kind, rid, account_id, name, title, on, whole_month, days))

    events = (select(KeyEvent.id, KeyEvent.account_id, Account.name, KeyEvent.title,
                     KeyEvent.month, KeyEvent.day)
              .join(Account, Account.id == KeyEvent.account_id)
              .execution_options(yield_per=CHUNK))
    for rid, account_id, name, title, month, day in session.execute(of_accounts(events, account)):
        if day is not None:
            on = next_yearly(month, day, today)
            if on <= horizon:
                add(UpcomingKind.KEY_EVENT, rid, account_id, name, title, on, False)
            continue
        # "Some time that month": shown all through the month, and from 14 days before the 1st.
        first = date(today.year, month, 1)
        if month == today.month:
            add(UpcomingKind.KEY_EVENT, rid, account_id, name, title, first, True)
            continue
        if first < today:
            first = date(today.year + 1, month, 1)
        if first <= horizon:
            add(UpcomingKind.KEY_EVENT, rid, account_id, name, title, first, True)
    groups = (select(SubGroup.id, SubGroup.account_id, Account.name, SubGroup.name,
                     SubGroup.next_meeting_on)
              .join(Account, Account.id == SubGroup.account_id)
              .where(SubGroup.next_meeting_on >= today, SubGroup.next_meeting_on <= horizon)
              .execution_options(yield_per=CHUNK))
    for rid, account_id, name, title, meeting in session.execute(of_accounts(groups, account)):
        assert meeting is not None  # filtered above
        add(UpcomingKind.GROUP_MEETING, rid, account_id, name, title, meeting, False)
    return total, on_today


def _planned_section(
    session: Session, now: datetime, policy: CadencePolicy, account: str, limit: int | None
) -> tuple[list[PlannedRow], Tally]:
    """Interactions planned in the next days, soonest first."""
    until = datetime.combine(now.date() + timedelta(days=policy.planned_days + 1),
                             datetime.min.time())
    window = (Interaction.starts_at > now, Interaction.starts_at < until)
    total = session.execute(of_accounts(
        select(func.count()).select_from(Interaction)
        .join(Account, Account.id == Interaction.account_id).where(*window), account)).scalar_one()
    stmt = (select(Interaction.id, Interaction.account_id, Account.name, Interaction.kind,
                   Interaction.starts_at, Interaction.subject, Interaction.place,
                   Interaction.objective, Interaction.agenda)
            .join(Account, Account.id == Interaction.account_id).where(*window)
            .order_by(Interaction.starts_at, Interaction.id).limit(limit))
    found = session.execute(of_accounts(stmt, account)).all()
    people: dict[str, list[str]] = {}
    if found:
        names = (select(interaction_person.c.interaction_id, Person.name)
                 .join(Person, Person.id == interaction_person.c.person_id)
                 .where(interaction_person.c.interaction_id.in_([r[0] for r in found])))
        for iid, name in session.execute(names):
            people.setdefault(iid, []).append(name)
    rows = [
        PlannedRow(interaction_id=iid, account_id=account_id, account=name, kind=kind,
                   starts_at=starts_at, subject=subject, place=place,
                   people=tuple(sorted(people.get(iid, ()))),
                   has_plan=bool((objective or "").strip() or (agenda_text or "").strip()))
        for iid, account_id, name, kind, starts_at, subject, place, objective, agenda_text in found
    ]
    return rows, Tally(total=total)


def _risk_section(
    session: Session, deciders: Mapping[str, datetime | None], today: date,
    policy: CadencePolicy, account: str, limit: int | None,
) -> tuple[list[RiskRow], Tally]:
    """Accounts with a high churn risk or silent deciders: high risk first, then by name."""
    top: TopN[Any, RiskRow] = TopN(limit)
    total = red = 0
    stmt = (select(Account.id, Account.name, Account.churn_risk)
            .where((Account.churn_risk.is_(None)) | (Account.churn_risk != ChurnRisk.LOST))
            .execution_options(yield_per=CHUNK))
    for account_id, name, churn_risk in session.execute(of_accounts(stmt, account)):
        reasons: list[RiskReason] = []
        if churn_risk == ChurnRisk.HIGH:
            reasons.append(RiskReason.HIGH_CHURN_RISK)
        newest = deciders.get(account_id)
        if account_id not in deciders:
            reasons.append(RiskReason.NO_DECIDER_KNOWN)
        elif newest is None or (today - newest.date()).days > policy.decider_silence_days:
            reasons.append(RiskReason.NO_DECIDER_CONTACT)
        if not reasons:
            continue
        total += 1
        red += len(reasons) > 1
        key = (RiskReason.HIGH_CHURN_RISK not in reasons, name, account_id)
        if top.wants(key):
            top.add(key, RiskRow(account_id, name, tuple(reasons), churn_risk, newest))
    return top.items(), Tally(total=total, red=red, yellow=total - red)


SLOW_AGENDA_PEOPLE = 20_000
CHECK_EVERY = 1024  # people streamed between two looks at ``cancelled``


class AgendaCancelled(Exception):
    """The agenda being built is no longer wanted (the app is quitting, a newer one started).

    Not a DossierError: nobody is told; the build only read, so nothing is left half done.
    """


def agenda_is_slow(session: Session) -> bool:
    """Whether building the agenda takes long enough to move it off the GUI thread.

    It reads every person (a second or more past ~20,000 people); this answers in a
    millisecond or two, whatever the size.
    """
    found = session.execute(text("SELECT 1 FROM person LIMIT 1 OFFSET :n"),
                            {"n": SLOW_AGENDA_PEOPLE}).first()
    return found is not None


def build_agenda(
    session: Session, now: datetime, policy: CadencePolicy | None = None, *,
    limit: int | None = AGENDA_LIMIT, limits: Mapping[str, int | None] | None = None,
    account: str = "", cancelled: Callable[[], bool] | None = None,
) -> Agenda:
    """The Today view for the local wall-clock time ``now``: each section's first rows.

    Each section keeps at most ``limit`` rows (None: all), or ``limits[section]`` when
    given, and counts all of them in ``agenda.tally(section)``. ``account`` narrows every
    section to the accounts whose name (or short name) contains each of its words.

    ``cancelled`` (from another thread): once it answers True the build stops within a
    few milliseconds, raising :class:`AgendaCancelled`.
    """
    def stop_if_cancelled() -> None:
        if cancelled is not None and cancelled():
            raise AgendaCancelled

    policy = policy or CadencePolicy()
    now = local_wall_clock(now)
    today = now.date()
    account = account.strip()

    def limit_of(section: str) -> int | None:
        return limits.get(section, limit) if limits is not None else limit

    (ours, ours_tally), (theirs, theirs_tally) = _commitment_sections(
        session, now, policy, account, limit_of)
    upcoming: TopN[Any, UpcomingRow] = TopN(limit_of("upcoming"))
    people = PeoplePass(now, policy, TopN(limit_of("contacts_due")), upcoming)
    stop_if_cancelled()
    streamed = active_people(session, today, account)
    for n, (person, seen) in enumerate(with_last_contact(session, streamed, now)):
        if not n % CHECK_EVERY:
            stop_if_cancelled()
        people.add(person, seen)
    stop_if_cancelled()
    contacts = people.contact_rows(next_planned(
        session, now, [item[0].id for item in people.contacts.items()]))
    events, events_today = _events_and_meetings(session, today, policy, account, upcoming)
    stop_if_cancelled()
    planned, planned_tally = _planned_section(session, now, policy, account,
                                              limit_of("planned"))
    stop_if_cancelled()
    at_risk, risk_tally = _risk_section(session, people.deciders, today, policy, account,
                                        limit_of("at_risk"))
    due, red, yellow = people.due
    totals = {
        "ours_due": ours_tally,
        "theirs_overdue": theirs_tally,
        "contacts_due": Tally(total=due, red=red, yellow=yellow, today=due),
        "upcoming": Tally(total=events + people.birthdays[0],
                          today=events_today + people.birthdays[1]),
        "planned": planned_tally,
        "at_risk": risk_tally,
    }
    assert set(totals) == set(SECTIONS)
    return Agenda(now=now, ours_due=ours, theirs_overdue=theirs, contacts_due=contacts,
                  upcoming=upcoming.items(), planned=planned, at_risk=at_risk, totals=totals,
                  account=account)


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
