"""Read-side queries for the decision chain (the people of one account). No Qt."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from itertools import chain
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db import contacts
from desktop.db.enums import Attitude, DecisionRole, Personality, Stance
from desktop.db.models import Coverage, Person, TeamMember
from desktop.db.queries import last_contact_by_person
from desktop.domain.followups import CadencePolicy


def cadence_days(person: Person, policy: CadencePolicy | None = None) -> int:
    """Target days between real contacts: the one rule of the Today view (CadencePolicy)."""
    return (policy or CadencePolicy()).cadence_for(person)


def title_and_department(title: str, department: str) -> str:
    """"网络部总经理", not "网络部总经理 · 网络部": the department only when the title lacks it."""
    if department and department not in title:
        return f"{title} · {department}" if title else department
    return title


@lru_cache(maxsize=65536)  # pinyin of 300 names took 30 ms on every sort of the decision chain
def name_sort_key(name: str) -> str:
    """Chinese names sort by pinyin (张伟 → zhang wei), as in the phone's contact list.

    Exactly pypinyin's ``lazy_pinyin(name)``, made of the pinyin of each word pypinyin cuts
    the name into; the words (a surname, a given-name character) recur across names, so a
    chain of 300 people never seen before costs ~2 ms instead of ~25 ms.
    """
    from pypinyin.seg.simpleseg import seg

    return " ".join(chain.from_iterable(_word_pinyin(word) for word in seg(name))).casefold()


@lru_cache(maxsize=16384)
def _word_pinyin(word: str) -> tuple[str, ...]:
    from pypinyin import lazy_pinyin

    return tuple(lazy_pinyin(word))


WARM_NAMES = 5000


def warm_decision_chain(session: Session, limit: int = WARM_NAMES) -> int:
    """Compile the chain's statements; load pypinyin and the pinyin of up to ``limit`` names.

    Run off the GUI thread once the window has painted: otherwise the first decision
    chain shown pays for the import (~0.5 s) and each new chain for its names' pinyin.
    Returns how many names were read.
    """
    # SQLAlchemy compiles a statement the first times it runs (twice: the soft-delete
    # criteria is a lambda, analysed on its first run).
    for statement in (_people_of(""), _coverage_of(""), _people_of(""), _coverage_of("")):
        session.execute(statement).all()
    names = session.scalars(select(Person.name).limit(limit)).all()
    for name in names:
        name_sort_key(name)
    return len(names)


def _people_of(account_id: str) -> Any:
    return (
        select(Person.id, Person.name, Person.english_name, Person.title, Person.department,
               Person.is_external, Person.roles, Person.attitude, Person.stance,
               Person.personality, Person.power, Person.influence, Person.left_on,
               Person.cadence_days, contacts.stored_column("person").label("last_contact"))
        .where(Person.account_id == account_id).order_by(Person.name))


def _coverage_of(account_id: str) -> Any:
    return (select(Coverage.person_id, Coverage.strength, TeamMember.name)
            .join(TeamMember, TeamMember.id == Coverage.member_id)
            .join(Person, Person.id == Coverage.person_id)
            .where(Person.account_id == account_id, TeamMember.deleted_at.is_(None)))


@dataclass(frozen=True)
class PersonRow:
    id: str
    name: str
    english_name: str
    title: str
    department: str
    is_external: bool
    roles: list[DecisionRole]
    attitude: Attitude | None
    stance: Stance | None
    personality: Personality | None
    power: int | None
    influence: int | None
    last_contact: datetime | None
    overdue_days: int
    owner: str  # our strongest relationship holder
    left_on: date | None = None  # left the company: kept for history, greyed
    covered_by: list[str] = field(default_factory=list)


def decision_chain(session: Session, account_id: str, *, today: date | None = None,
                   policy: CadencePolicy | None = None) -> list[PersonRow]:
    """The account's people with their last real contact and our coverage, by name.

    Overdue days use the same cadence rule (and the user's settings, when given) as
    the Today view and the coverage analysis, so the three never disagree.
    """
    today = today or date.today()
    policy = policy or CadencePolicy()
    now = datetime.now()
    stored = contacts.current(session, now)
    # Only the columns shown: loading 300 whole Person objects (eight JSON columns each)
    # took most of the time of opening a big dossier's chain.
    people = session.execute(_people_of(account_id)).all()
    last = ({p.id: p.last_contact for p in people} if stored
            else last_contact_by_person(session, [p.id for p in people], now=now))
    cover: dict[str, list[tuple[int, str]]] = defaultdict(list)
    rows = session.execute(_coverage_of(account_id))
    for person_id, strength, member in rows:
        cover[person_id].append((strength or 0, member))
    result = []
    for row in people:  # unpacked: a row's attributes are looked up by name, slowly
        (pid, name, english_name, title, department, is_external, roles, attitude, stance,
         personality, power, influence, left_on, _cadence, _stored) = row
        holders = sorted(cover[pid], reverse=True) if pid in cover else []
        when = last.get(pid)
        since = (today - when.date()).days if when else None
        overdue = max(0, since - policy.cadence_for(row)) if since is not None and not left_on else 0
        result.append(PersonRow(
            id=pid, name=name, english_name=english_name, title=title, department=department,
            is_external=is_external, roles=list(roles or ()), attitude=attitude, stance=stance,
            personality=personality, power=power, influence=influence, last_contact=when,
            overdue_days=overdue, owner=holders[0][1] if holders else "",
            covered_by=[f"{member} ({'●' * s})" for s, member in holders], left_on=left_on,
        ))
    return result
