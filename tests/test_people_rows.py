"""The decision chain read as columns is the decision chain read as objects."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from desktop.db.enums import Attitude, DecisionRole, Personality, Stance
from desktop.db.models import Account, Coverage, Interaction, Person, TeamMember
from desktop.db.people import decision_chain
from desktop.db.people_rows import chain_rows
from desktop.db.session import Database
from desktop.domain.followups import CadencePolicy

ROLES = list(DecisionRole)


def test_chain_rows_equal_the_decision_chain(db: Database) -> None:
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
        expected = decision_chain(s, account_id, today=today, policy=policy)
        got = chain_rows(s, account_id, today=today, policy=policy)
    assert got == expected
    assert any(r.overdue_days for r in got) and any(r.left_on for r in got) and any(r.owner for r in got)
