"""A bounded agenda: each section's first N rows of the full order, and exact totals.

On a generated dossier (accounts with names that tie, people of every kind, contacts,
soft-deleted records, promises, events) the expected order of each section is written
out here from the generated data, independently of the agenda's streaming code; the
agenda with a limit must give exactly its first N rows and count all of them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from desktop.db.enums import ChurnRisk, CommitmentStatus, DecisionRole, Party, Stance
from desktop.db.models import (
    Account,
    Commitment,
    Interaction,
    KeyEvent,
    Person,
    SubGroup,
    TeamMember,
)
from desktop.db.session import Database
from desktop.db.types import utcnow
from desktop.domain import followups_people
from desktop.domain.followups import (
    SECTIONS,
    Agenda,
    CadencePolicy,
    Severity,
    TopN,
    build_agenda,
)

NOW = datetime(2026, 3, 10, 9, 0)
TODAY = NOW.date()
POLICY = CadencePolicy()
ACCOUNT_NAMES = ["华东移动", "华东电力", "长城汽车", "Harbor Bank", "harbor bank", "客户07",
                 "Zeta", "已流失公司", "已删除客户", "北方物流"]
PERSON_NAMES = ["张伟", "李娜", "王芳", "Ann Lee", "赵强", "刘洋", "Bob", "陈静"]


@dataclass
class Truth:
    """What was generated, as the test sees it (soft-deleted records already left out)."""

    accounts: dict[str, tuple[str, ChurnRisk | None]] = field(default_factory=dict)  # id → name, risk
    people: dict[str, Person] = field(default_factory=dict)  # detached copies of the live people
    last: dict[str, datetime] = field(default_factory=dict)  # person id → newest past contact
    commitments: list[tuple[str, str, Party, str, date]] = field(default_factory=list)


def generate(db: Database, seed: int, n_people: int = 360) -> Truth:
    rnd = random.Random(seed)
    truth = Truth()
    with db.unit_of_work() as s:
        me = TeamMember(name="我", is_me=True)
        s.add(me)
        accounts = []
        for name in ACCOUNT_NAMES:
            risk = (ChurnRisk.LOST if name == "已流失公司"
                    else rnd.choice([None, ChurnRisk.LOW, ChurnRisk.HIGH]))
            accounts.append(Account(name=name, short_name="HD" if "华东" in name else "",
                                    churn_risk=risk))
        s.add_all(accounts)
        empty = [Account(name=f"空客户{i}") for i in range(5)]  # no decider known
        s.add_all(empty)
        people = []
        for _ in range(n_people):
            roles = rnd.sample(list(DecisionRole), rnd.choice([0, 0, 1, 1, 2]))
            left = rnd.choice([None] * 8 + [TODAY - timedelta(days=3), TODAY + timedelta(days=5)])
            born = rnd.choice([None, None, date(rnd.randint(1960, 1999), rnd.randint(1, 12),
                                                  rnd.randint(1, 28))])
            people.append(Person(
                account=rnd.choice(accounts), name=rnd.choice(PERSON_NAMES),
                title=rnd.choice(["", "CIO", "采购经理"]), roles=roles,
                stance=rnd.choice([None, None, Stance.CHAMPION, Stance.NEUTRAL]),
                cadence_days=rnd.choice([None] * 6 + [7, 21]), left_on=left, birthday=born))
        s.add_all(people)
        meetings: list[tuple[Interaction, list[Person]]] = []
        for p in people:
            for _ in range(rnd.choice([0, 1, 1, 2, 3])):
                when = NOW - timedelta(days=rnd.randint(-20, 200), hours=rnd.randint(0, 23))
                same = [q for q in people[:60] if q.account is p.account][:rnd.randint(0, 2)]
                who = [p, *(q for q in same if q is not p)]
                i = Interaction(account=p.account, starts_at=when, people=who,
                                objective=rnd.choice(["", "plan"]))
                s.add(i)
                meetings.append((i, who))
        for _ in range(150):
            acc = rnd.choice(accounts)
            s.add(Commitment(
                account=acc, party=rnd.choice(list(Party)), what=rnd.choice(["报价", "SLA", "Demo"]),
                due_on=rnd.choice([None, TODAY + timedelta(days=rnd.randint(-40, 12))]),
                status=rnd.choice([CommitmentStatus.OPEN] * 3 + [CommitmentStatus.DONE]),
                by_member=me, to_person=rnd.choice([None, *people[:20]])))
        for _ in range(25):
            s.add(KeyEvent(account=rnd.choice(accounts), month=rnd.randint(1, 12),
                           day=rnd.choice([None, rnd.randint(1, 28)]), title=rnd.choice(["招标", "Board"])))
        for _ in range(10):
            s.add(SubGroup(account=rnd.choice(accounts), name="委员会",
                           next_meeting_on=TODAY + timedelta(days=rnd.randint(-3, 20))))
        s.flush()
        # Soft deletions: an account (with everything of it), some people, some contacts.
        gone_account = accounts[ACCOUNT_NAMES.index("已删除客户")]
        gone_account.deleted_at = utcnow()
        gone_people = set(rnd.sample(range(n_people), 10))
        for index in gone_people:
            people[index].deleted_at = utcnow()
        gone_meetings = set(rnd.sample(range(len(meetings)), len(meetings) // 10))
        for index in gone_meetings:
            meetings[index][0].deleted_at = utcnow()

        for acc in accounts + empty:
            if acc is not gone_account:
                truth.accounts[acc.id] = (acc.name, acc.churn_risk)
        for index, p in enumerate(people):
            if index not in gone_people and p.account is not gone_account:
                truth.people[p.id] = Person(id=p.id, account_id=p.account.id, name=p.name,
                                            title=p.title, roles=list(p.roles), stance=p.stance,
                                            cadence_days=p.cadence_days, left_on=p.left_on,
                                            birthday=p.birthday)
        for index, (i, who) in enumerate(meetings):
            if index in gone_meetings or i.starts_at > NOW:
                continue
            for p in who:
                if i.starts_at > truth.last.get(p.id, datetime.min):
                    truth.last[p.id] = i.starts_at
        for c in s.query(Commitment).all():
            if (c.status == CommitmentStatus.OPEN and c.due_on is not None
                    and c.account_id in truth.accounts):
                truth.commitments.append((c.id, c.account_id, c.party, c.what, c.due_on))
    return truth


# ------------------------------------------------------------ the reference
def active(truth: Truth, p: Person) -> bool:
    _name, risk = truth.accounts[p.account_id]
    return (p.left_on is None or p.left_on > TODAY) and risk != ChurnRisk.LOST


def expected_contacts(truth: Truth, account: str = "") -> list[tuple[Any, ...]]:
    """Every person due, in the agenda's order: (person id, severity, days over)."""
    rows = []
    for p in truth.people.values():
        name = truth.accounts[p.account_id][0]
        if not active(truth, p) or account.lower() not in name.lower():
            continue
        seen = truth.last.get(p.id)
        over = None if seen is None else (TODAY - seen.date()).days - POLICY.cadence_for(p)
        if over is not None and over < 0:
            continue
        if seen is None:
            severity = Severity.RED if POLICY.is_key(p) else Severity.YELLOW
        else:
            severity = POLICY.severity(over)
        rank = [Severity.RED, Severity.YELLOW, Severity.DUE].index(severity)
        never_first = over is not None  # within a colour, the never-contacted come first
        rows.append(((rank, never_first, -(over or 0), name, p.name, p.id), (p.id, severity, over)))
    return [row for _key, row in sorted(rows)]


def expected_commitments(truth: Truth, party: Party) -> list[tuple[str, int]]:
    """(commitment id, days over), latest first, then by account and what."""
    rows = []
    for cid, account_id, c_party, what, due in truth.commitments:
        over = (TODAY - due).days
        if c_party != party or due > TODAY + timedelta(days=7):
            continue
        if party == Party.THEIRS and over <= 0:
            continue
        rows.append(((-over, truth.accounts[account_id][0], what, cid), (cid, over)))
    return [row for _key, row in sorted(rows)]


def agenda(db: Database, **kw: Any) -> Agenda:
    with db.unit_of_work() as s:
        return build_agenda(s, NOW, POLICY, **kw)


@pytest.fixture(params=[1, 2])
def truth(request: pytest.FixtureRequest, db: Database) -> Truth:
    return generate(db, request.param)


# ------------------------------------------------------------------ tests
def test_contacts_due_are_the_first_n_of_the_full_order_with_exact_totals(
    db: Database, truth: Truth, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(followups_people, "CHUNK", 7)  # people and contacts come in chunks
    reference = expected_contacts(truth)
    assert len(reference) > 100  # the generated set exercises the bound
    for limit in (0, 1, 7, 50, len(reference) - 1, len(reference), len(reference) + 10, None):
        a = agenda(db, limit=limit)
        got = [(r.person_id, r.severity, r.days_over) for r in a.contacts_due]
        assert got == reference[:limit], limit
        tally = a.tally("contacts_due")
        assert tally.total == len(reference)
        assert tally.red == sum(1 for _p, sev, _o in reference if sev == Severity.RED)
        assert tally.yellow == sum(1 for _p, sev, _o in reference if sev == Severity.YELLOW)
        assert a.hidden("contacts_due") == len(reference) - len(got)


def test_commitments_are_the_first_n_latest_first_with_exact_totals(
    db: Database, truth: Truth
) -> None:
    ours, theirs = expected_commitments(truth, Party.OURS), expected_commitments(truth, Party.THEIRS)
    assert len(ours) > 10 and len(theirs) > 10
    for limit in (1, 5, None):
        a = agenda(db, limit=limit)
        assert [(r.commitment_id, r.days_over) for r in a.ours_due] == ours[:limit]
        assert [(r.commitment_id, r.days_over) for r in a.theirs_overdue] == theirs[:limit]
        assert a.tally("ours_due").total == len(ours)
        assert a.tally("ours_due").today == sum(1 for _c, over in ours if over >= 0)
        assert a.tally("ours_due").red == sum(1 for _c, over in ours if over > 14)
        assert a.tally("theirs_overdue").total == len(theirs)


def test_every_section_bounded_is_a_prefix_of_the_unbounded_one(db: Database, truth: Truth) -> None:
    full = agenda(db, limit=None)
    assert len(full.upcoming) > 3 and len(full.at_risk) > 3
    for limit in (0, 2, 3):
        cut = agenda(db, limit=limit)
        for section in SECTIONS:
            assert cut.rows(section) == full.rows(section)[:limit], section
            assert cut.tally(section) == full.tally(section), section
            assert cut.tally(section).total == len(full.rows(section)), section
        # The reminder's number counts everything, not the rows kept.
        assert cut.count_due() == full.count_due() == (
            sum(1 for r in full.ours_due if r.days_over >= 0) + len(full.theirs_overdue)
            + len(full.contacts_due)
            + sum(1 for r in full.upcoming if r.days_until == 0 and not r.whole_month))
    # One section can be given more room than the others.
    more = agenda(db, limit=2, limits={"contacts_due": 9})
    assert more.contacts_due == full.contacts_due[:9] and more.at_risk == full.at_risk[:2]


def test_accounts_at_risk_match_the_reference(db: Database, truth: Truth) -> None:
    deciders: dict[str, list[datetime | None]] = {}
    for p in truth.people.values():
        if active(truth, p) and DecisionRole.DECIDER in p.roles:
            deciders.setdefault(p.account_id, []).append(truth.last.get(p.id))
    expected = []
    for account_id, (name, risk) in truth.accounts.items():
        if risk == ChurnRisk.LOST:
            continue
        seen = [d for d in deciders.get(account_id, []) if d is not None]
        silent = not seen or (TODAY - max(seen).date()).days > POLICY.decider_silence_days
        high = risk == ChurnRisk.HIGH
        if high or account_id not in deciders or silent:
            expected.append(((not high, name, account_id), account_id))
    expected_ids = [aid for _key, aid in sorted(expected)]
    a = agenda(db, limit=3)
    assert [r.account_id for r in a.at_risk] == expected_ids[:3]
    assert a.tally("at_risk").total == len(expected_ids)


def test_an_account_filter_narrows_every_section(db: Database, truth: Truth) -> None:
    a = agenda(db, limit=20, account="华东")
    reference = expected_contacts(truth, "华东")
    assert [(r.person_id, r.severity, r.days_over) for r in a.contacts_due] == reference[:20]
    assert a.tally("contacts_due").total == len(reference)
    for section in SECTIONS:
        assert all("华东" in row.account for row in a.rows(section)), section
    # Case does not matter for Latin letters; the short name matches too; words all apply.
    assert {r.account for r in agenda(db, account="HARBOR").contacts_due} == {"Harbor Bank",
                                                                                "harbor bank"}
    assert agenda(db, account="hd").tally("contacts_due").total == len(reference)
    assert agenda(db, account="华东 电力").tally("contacts_due").total == len(
        expected_contacts(truth, "华东电力"))
    assert agenda(db, account="100%_").is_empty()  # LIKE wildcards are plain characters


def test_top_n_keeps_the_smallest_keys_in_order() -> None:
    rnd = random.Random(7)
    keys = [(rnd.randint(0, 5), rnd.choice("abc"), i) for i in range(2000)]
    for limit in (0, 1, 3, 100, 1999, 2000, 5000, None):
        top: TopN[tuple[int, str, int], int] = TopN(limit)
        for key in keys:
            top.add(key, key[2])
        assert top.items() == [k[2] for k in sorted(keys)][:limit]
