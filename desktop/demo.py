"""The demo dossiers: three accounts, our team and a year of history, relative to today.

The content lives in resources/demo/*.json. Every date there is a day offset
from today ("days": -120 is four months ago), so "a year of history", "some
overdue commitments" and "birthdays in the next two weeks" stay true whatever
the day the demo is loaded. No Qt here.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.db.models import (
    AGGREGATES,
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
    subgroup_person,
)
from desktop.paths import resource
from desktop.transfer.json_values import converter

ACCOUNT_FILES = ("telecom.json", "automaker.json", "hospital.json")


def has_data(session: Session) -> int:
    """How many accounts (deleted ones included) the dossier holds; 0 when it is empty."""
    accounts = session.scalar(
        select(func.count()).select_from(Account).execution_options(include_deleted=True)
    ) or 0
    if accounts:
        return int(accounts)
    members = session.scalar(
        select(func.count()).select_from(TeamMember).execution_options(include_deleted=True)
    ) or 0
    return 1 if members else 0


def erase_all(session: Session) -> None:
    """Remove every record for good (the caller keeps a backup first)."""
    for table in (interaction_person, interaction_member, subgroup_person):
        session.execute(table.delete())
    for model in reversed(AGGREGATES):
        session.execute(delete(model).execution_options(include_deleted=True))


def _fields(model: type[Record], raw: dict[str, Any]) -> dict[str, Any]:
    """Plain JSON values turned into the model's values (enum members, numbers …)."""
    table = model.__table__  # type: ignore[attr-defined]
    return {key: converter(table.c[key])(value) if value is not None else None
            for key, value in raw.items()}


class _Loader:
    def __init__(self, session: Session, today: date) -> None:
        self.session = session
        self.today = today
        self.members: dict[str, TeamMember] = {}
        self.counts: dict[str, int] = {}

    def day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def add(self, obj: Record) -> None:
        self.session.add(obj)
        name = type(obj).__tablename__  # type: ignore[attr-defined]
        self.counts[name] = self.counts.get(name, 0) + 1

    def team(self, rows: list[dict[str, Any]]) -> None:
        for raw in rows:
            raw = dict(raw)
            key = raw.pop("key")
            member = TeamMember(**_fields(TeamMember, raw))
            self.members[key] = member
            self.add(member)

    def birthday(self, year: int, offset: int) -> date:
        when = self.day(offset)
        try:
            return when.replace(year=year)
        except ValueError:  # 29 February in a common year
            return when.replace(year=year, day=28)

    def account(self, spec: dict[str, Any]) -> Account:
        account = Account(**_fields(Account, spec["fields"]))
        account.owner = self.members[spec["owner"]]
        self.add(account)
        people: dict[str, Person] = {}
        for raw in spec["people"]:
            raw = dict(raw)
            key = raw.pop("key")
            boss = raw.pop("reports_to", None)
            year = raw.pop("birth_year", None)
            in_days = raw.pop("birthday_in_days", None)
            left = raw.pop("left_days", None)
            person = Person(**_fields(Person, raw), account=account)
            if boss is not None:
                person.reports_to = people[boss]
            if year is not None and in_days is not None:
                person.birthday = self.birthday(year, in_days)
            if left is not None:
                person.left_on = self.day(left)
            people[key] = person
            self.add(person)
        for raw in spec["links"]:
            self.add(PersonLink(account=account, a=people[raw["a"]], b=people[raw["b"]],
                                **_fields(PersonLink, _without(raw, "a", "b"))))
        for raw in spec["coverage"]:
            self.add(Coverage(member=self.members[raw["member"]], person=people[raw["person"]],
                              **_fields(Coverage, _without(raw, "member", "person"))))
        for raw in spec["interactions"]:
            self.interaction(account, people, raw)
        for raw in spec["sub_groups"]:
            group = SubGroup(account=account, members=[people[k] for k in raw["members"]],
                             **_fields(SubGroup, _without(raw, "members", "next_meeting_days")))
            if "next_meeting_days" in raw:
                group.next_meeting_on = self.day(raw["next_meeting_days"])
            self.add(group)
        for raw in spec["external_ties"]:
            self.add(ExternalTie(account=account, person=people[raw["person"]],
                                 **_fields(ExternalTie, _without(raw, "person"))))
        for raw in spec["key_events"]:
            self.add(KeyEvent(account=account, **_fields(KeyEvent, raw)))
        return account

    def interaction(self, account: Account, people: dict[str, Person],
                    raw: dict[str, Any]) -> None:
        hour, minute = (int(x) for x in raw["time"].split(":"))
        fields = _without(raw, "days", "time", "people", "members", "owner", "commitments",
                          "deleted_days")
        item = Interaction(
            account=account,
            starts_at=datetime.combine(self.day(raw["days"]), time(hour, minute)),
            people=[people[k] for k in raw.get("people", [])],
            members=[self.members[k] for k in raw.get("members", [])],
            **_fields(Interaction, fields),
        )
        if "owner" in raw:
            item.owner = self.members[raw["owner"]]
        if "deleted_days" in raw:
            item.deleted_at = datetime.combine(self.day(raw["deleted_days"]), time(12))
        self.add(item)
        for promise in raw.get("commitments", []):
            ours = promise["party"] == "ours"
            by, to = promise["by"], promise["to"]
            commitment = Commitment(
                account=account,
                interaction=item,
                by_member=self.members[by] if ours else None,
                by_person=None if ours else people[by],
                to_person=people[to] if ours else None,
                to_member=None if ours else self.members[to],
                due_on=self.day(promise["due_days"]),
                **_fields(Commitment, _without(promise, "by", "to", "due_days", "done_days")),
            )
            if "done_days" in promise:
                commitment.done_on = self.day(promise["done_days"])
            self.add(commitment)


def _without(raw: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in raw.items() if k not in keys}


def _read(name: str) -> Any:
    return json.loads(resource("demo", name).read_text(encoding="utf-8"))


def load_demo(session: Session, *, today: date | None = None) -> dict[str, int]:
    """Add the demo team and accounts; the number of records added per table."""
    loader = _Loader(session, today or date.today())
    loader.team(_read("team.json"))
    for name in ACCOUNT_FILES:
        loader.account(_read(name))
    session.flush()
    return loader.counts
