"""What the Today agenda is made of: the cadence rule, the rows of each section, the totals.

Plain data and pure helpers, no database: :mod:`desktop.domain.followups` builds an
:class:`Agenda` of these from the session; the CLI and the Today view render them in
either language (labels come from the enums below). Import them from
``desktop.domain.followups``.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field, replace
from datetime import date, datetime, tzinfo
from operator import itemgetter
from typing import Any, Generic, Protocol, TypeVar

from desktop.db.enums import ChurnRisk, DecisionRole, InteractionKind, Labeled, Party, Stance


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


SEVERITY_RANK = {Severity.RED: 0, Severity.YELLOW: 1, Severity.DUE: 2, Severity.OK: 3}


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

    @property
    def severity(self) -> Severity:
        """Red when more than one thing is wrong, else yellow."""
        return Severity.RED if len(self.reasons) > 1 else Severity.YELLOW


# The sections of an agenda, in the order they are shown.
SECTIONS = ("ours_due", "theirs_overdue", "contacts_due", "upcoming", "planned", "at_risk")


@dataclass(frozen=True, slots=True)
class Tally:
    """How many rows a section has in all, whatever the number of rows kept.

    ``today`` counts those needing action today (the reminder's number); ``red`` and
    ``yellow`` those of each colour.
    """

    total: int = 0
    red: int = 0
    yellow: int = 0
    today: int = 0


@dataclass
class Agenda:
    """Each section's most urgent rows (at most ``limit`` of them) and its exact totals.

    Nobody reads 158,000 rows: with a large dossier a section keeps its first rows in
    the section's order, and ``tally(section)`` says how many there are in all.
    """

    now: datetime
    ours_due: list[CommitmentRow] = field(default_factory=list)
    theirs_overdue: list[CommitmentRow] = field(default_factory=list)
    contacts_due: list[ContactRow] = field(default_factory=list)
    upcoming: list[UpcomingRow] = field(default_factory=list)
    planned: list[PlannedRow] = field(default_factory=list)
    at_risk: list[RiskRow] = field(default_factory=list)
    totals: dict[str, Tally] = field(default_factory=dict)
    account: str = ""  # the account filter it was built with ("" = every account)

    @property
    def today(self) -> date:
        return self.now.date()

    def rows(self, section: str) -> list[Any]:
        if section not in SECTIONS:
            raise KeyError(section)
        rows: list[Any] = getattr(self, section)
        return rows

    def tally(self, section: str) -> Tally:
        return self.totals.get(section) or Tally(total=len(self.rows(section)))

    def hidden(self, section: str) -> int:
        """How many rows of ``section`` were left out (0: all are shown)."""
        return max(0, self.tally(section).total - len(self.rows(section)))

    def count_due(self) -> int:
        """Things needing action today (for the reminder): overdue or due, not the look-ahead."""
        return sum(self.tally(section).today for section in SECTIONS)

    def is_empty(self) -> bool:
        return not any(self.tally(section).total for section in SECTIONS)


K = TypeVar("K")
P = TypeVar("P")


class TopN(Generic[K, P]):
    """The ``limit`` items of smallest key among those added, kept while streaming.

    Memory stays about twice ``limit`` whatever the number added (None: keep all).
    Keys must be unique (end them with an id) so that the order is total.
    """

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self._items: list[tuple[K, P]] = []
        self._worst: K | None = None  # once full: nothing at or after this key gets in

    def wants(self, key: K) -> bool:
        if self.limit == 0:
            return False
        return self._worst is None or key < self._worst  # type: ignore[operator]

    def add(self, key: K, item: P) -> None:
        if not self.wants(key):
            return
        self._items.append((key, item))
        if self.limit is not None and len(self._items) >= 2 * self.limit + 64:
            self._trim()

    def _trim(self) -> None:
        self._items.sort(key=itemgetter(0))
        if self.limit is not None:
            del self._items[self.limit:]
            if self.limit and len(self._items) == self.limit:
                self._worst = self._items[-1][0]

    def items(self) -> list[P]:
        """The kept items, smallest key first."""
        self._trim()
        return [item for _key, item in self._items]


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
