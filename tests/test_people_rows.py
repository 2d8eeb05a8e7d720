"""The decision chain (read as columns, with the stored last contacts) equals a reference
built here from the Person objects and their interactions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from desktop.db.enums import Attitude, DecisionRole, Personality, Stance
from desktop.db.models import Account, Coverage, Interaction, Person, TeamMember
from desktop.db.people import PersonRow, decision_chain
from desktop.db.session import Database
from desktop.domain.followups import CadencePolicy

ROLES = list(DecisionRole)


def reference(s: object, account_id: str, today: date, policy: CadencePolicy) -> list[PersonRow]:
    now = datetime.now()
    rows = []
    people = s.scalars(select(Person).where(Person.account_id == account_id)).all()  # type: ignore[attr-defined]
    for p in sorted(people, key=lambda p: p.name):
        seen = [i.starts_at for i in s.scalars(select(Interaction)).all()  # type: ignore[attr-defined]
                if p in i.people and i.starts_at <= now]
        when = max(seen) if seen else None
        since = (today - when.date()).days if when else None
        overdue = max(0, since - policy.cadence_for(p)) if since is not None and not p.left_on else 0
        holders = sorted(((c.strength or 0, c.member.name) for c in p.coverages
                          if c.member is not None and c.member.deleted_at is None), reverse=True)
        rows.append(PersonRow(
            id=p.id, name=p.name, english_name=p.english_name, title=p.title,
            department=p.department, is_external=p.is_external, roles=list(p.roles),
            attitude=p.attitude, stance=p.stance, personality=p.personality, power=p.power,
            influence=p.influence, last_contact=when, overdue_days=overdue,
            owner=holders[0][1] if holders else "",
            covered_by=[f"{n} ({'●' * k})" for k, n in holders], left_on=p.left_on))
    return rows


def test_the_decision_chain_equals_a_reference_from_the_objects(db: Database) -> None:
    today = date(2026, 3, 31)
    with db.unit_of_work() as s:
        account = Account(name="华东移动")
        s.add(account)
        s.flush()
        members = [TeamMember(name=n) for n in ("王磊", "陈静", "已离队")]
        s.add_all(members)
        people = []
        for i in range(40):
            people.append(Person(
                account_id=account.id, name=f"{'张王李赵'[i % 4]}{i}", english_name="Wei" if i % 5 == 0 else "",
                title="总经理" if i % 3 else "", department="网络部" if i % 2 else "", is_external=i % 9 == 0,
                roles=[ROLES[i % len(ROLES)], ROLES[(i * 3) % len(ROLES)]][: i % 3],
                attitude=list(Attitude)[i % 3] if i % 4 else None,
                stance=list(Stance)[i % 5] if i % 6 else None,
                personality=list(Personality)[i % 4] if i % 7 else None,
                power=i % 6 or None, influence=(i * 2) % 6 or None,
                cadence_days=14 if i % 10 == 0 else None,
                left_on=date(2025, 1, 1) if i % 13 == 0 else None))
        s.add_all(people)
        s.flush()
        for i, person in enumerate(people):
            if i % 3:
                s.add(Coverage(member_id=members[i % 3].id, person_id=person.id, strength=i % 5 + 1))
            if i % 4:
                s.add(Interaction(account_id=account.id, starts_at=datetime(2026, 3, 30) - timedelta(days=7 * i),
                                  people=[person]))
        s.add(Interaction(account_id=account.id, starts_at=datetime(2026, 5, 1), people=people[:5]))  # planned
        members[2].deleted_at = datetime.now(UTC)  # left our team: no longer our owner
        account_id = account.id
    policy = CadencePolicy(key_days=20, other_days=60)
    with db.unit_of_work() as s:
        expected = reference(s, account_id, today, policy)
        got = decision_chain(s, account_id, today=today, policy=policy)
    assert got == expected
    assert any(r.overdue_days for r in got) and any(r.left_on for r in got) and any(r.owner for r in got)
