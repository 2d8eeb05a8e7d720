"""How often each person should be contacted (再次联系: a regular, announced cadence).

One rule, shared by the coverage analysis, the follow-ups list and the brief:
deciders and champions every 30 days, everyone else every 90, unless the
person's own ``cadence_days`` says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from desktop.db.enums import DecisionRole, Stance

KEY_CADENCE_DAYS = 30
OTHER_CADENCE_DAYS = 90


class _HasCadence(Protocol):
    @property
    def roles(self) -> list[DecisionRole]: ...
    @property
    def stance(self) -> Stance | None: ...
    @property
    def cadence_days(self) -> int | None: ...


def is_key_person(person: _HasCadence) -> bool:
    """Deciders and champions are the people whose silence costs most."""
    return DecisionRole.DECIDER in (person.roles or []) or person.stance == Stance.CHAMPION


def cadence_for(
    person: _HasCadence,
    *,
    key_days: int = KEY_CADENCE_DAYS,
    other_days: int = OTHER_CADENCE_DAYS,
) -> int:
    """Target days between real contacts with ``person``.

    ``key_days``/``other_days`` are the defaults (the user may change them in the
    settings); the person's own ``cadence_days`` always wins.
    """
    if person.cadence_days:
        return person.cadence_days
    return key_days if is_key_person(person) else other_days


@dataclass(frozen=True)
class ContactDue:
    """Where a person stands against their cadence on ``today``."""

    cadence_days: int
    last_contact: date | None
    days_since: int | None  # None: never contacted

    @property
    def overdue(self) -> bool:
        return self.days_since is None or self.days_since > self.cadence_days

    @property
    def days_overdue(self) -> int | None:
        if self.days_since is None:
            return None
        return max(0, self.days_since - self.cadence_days)


def contact_due(
    person: _HasCadence,
    last_contact: datetime | date | None,
    *,
    today: date,
    key_days: int = KEY_CADENCE_DAYS,
    other_days: int = OTHER_CADENCE_DAYS,
) -> ContactDue:
    """Compare the last real contact (see queries.last_contact_by_person) with the cadence."""
    if isinstance(last_contact, datetime):
        last_contact = last_contact.date()
    days = (today - last_contact).days if last_contact is not None else None
    return ContactDue(
        cadence_for(person, key_days=key_days, other_days=other_days), last_contact, days
    )
