"""Rules that several features compute must give the same answer everywhere."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.db.enums import DecisionRole, InteractionKind
from desktop.db.models import Account, Interaction, Person
from desktop.db.people import decision_chain
from desktop.db.session import Database
from desktop.domain.followups import CadencePolicy, build_agenda


def test_decision_chain_overdue_follows_the_users_cadence_like_today(db: Database) -> None:
    now = datetime.now().replace(microsecond=0)
    with db.unit_of_work() as s:
        account = Account(name="华东移动")
        boss = Person(name="张伟", account=account, roles=[DecisionRole.DECIDER])
        s.add_all([account, boss, Interaction(
            account=account, kind=InteractionKind.VISIT, subject="拜访",
            starts_at=now - timedelta(days=40), people=[boss])])
        s.flush()
        account_id = account.id
    relaxed = CadencePolicy(key_days=60)
    with db.unit_of_work() as s:
        default_row = decision_chain(s, account_id, today=now.date())[0]
        relaxed_row = decision_chain(s, account_id, today=now.date(), policy=relaxed)[0]
        today_relaxed = build_agenda(s, now, relaxed).contacts_due
        today_default = build_agenda(s, now, CadencePolicy()).contacts_due
    assert default_row.overdue_days == 10
    assert [r.days_over for r in today_default] == [10]
    # With a 60-day cadence for deciders neither the Today view nor the chain calls him late.
    assert relaxed_row.overdue_days == 0
    assert today_relaxed == []
