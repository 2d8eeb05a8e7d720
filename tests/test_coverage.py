"""Coverage rules: each fires on a crafted account and stays silent on a healthy one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from sqlalchemy import select

from desktop.db.enums import (
    Attitude,
    Certainty,
    DecisionRole,
    NeedsQuadrant,
    Stance,
    TeamRole,
)
from desktop.db.models import Account, Coverage, Interaction, Person, TeamMember
from desktop.db.session import Database, DossierSession
from desktop.domain.coverage import Analysis, Health, Rule, Severity, analyse
from desktop.domain.followups import CadencePolicy

TODAY = date(2026, 11, 25)


@dataclass
class Crafted:
    account_id: str
    ids: dict[str, str]


def healthy(db: Database, change: Callable[[DossierSession, dict[str, Person]], None] | None = None) -> Crafted:
    """A healthy account: champion, decider won over, two of us covering, everyone met lately."""
    with db.unit_of_work() as s:
        acc = Account(name="华东移动")
        boss = Person(
            name="张伟", account=acc, roles=[DecisionRole.DECIDER], stance=Stance.SUPPORTER,
            attitude=Attitude.ACTIVE, influence=5, certainty={"stance": Certainty.CONFIRMED.value},
            we_meet_institutional=True, we_meet_personal=True,
        )
        champ = Person(
            name="李娜", account=acc, reports_to=boss, roles=[DecisionRole.EVALUATOR],
            stance=Stance.CHAMPION, attitude=Attitude.ACTIVE, influence=4,
            we_meet_institutional=True,
        )
        init = Person(
            name="王芳", account=acc, reports_to=boss,
            roles=[DecisionRole.INITIATOR, DecisionRole.USER], stance=Stance.SUPPORTER,
            attitude=Attitude.ACTIVE, influence=3, we_meet_personal=True,
        )
        clerk = Person(name="赵磊", account=acc, reports_to=champ, roles=[DecisionRole.USER],
                       stance=Stance.BLOCKER, influence=2)
        exec_ = TeamMember(name="陈总", role=TeamRole.EXECUTIVE)
        am = TeamMember(name="周经理", role=TeamRole.ACCOUNT_MANAGER, is_me=True)
        s.add_all([acc, boss, champ, init, clerk, exec_, am])
        s.add_all([
            Coverage(member=exec_, person=boss, strength=4),
            Coverage(member=am, person=champ, strength=5),
            Coverage(member=am, person=init, strength=3),
        ])
        visit = Interaction(account=acc, starts_at=datetime(2026, 11, 10, 10, 0))
        visit.people = [boss, champ, init, clerk]
        s.add(visit)
        people = {"boss": boss, "champ": champ, "init": init, "clerk": clerk}
        if change is not None:
            change(s, people)
        return Crafted(acc.id, {k: p.id for k, p in people.items()})


def run(db: Database, crafted: Crafted, today: date = TODAY) -> Analysis:
    with db.unit_of_work() as s:
        return analyse(s, crafted.account_id, today=today)


def fired(analysis: Analysis, rule: Rule) -> list:
    return [f for f in analysis.findings if f.rule == rule]


def test_a_healthy_account_has_no_findings(db: Database) -> None:
    analysis = run(db, healthy(db))
    assert analysis.findings == []
    assert analysis.health == Health.HEALTHY
    assert analysis.summary.en.startswith("Healthy")
    assert analysis.summary.zh.startswith("健康")


def test_no_champion_fires_and_names_supporters_to_develop(db: Database) -> None:
    def demote(_s: DossierSession, p: dict[str, Person]) -> None:
        p["champ"].stance = Stance.SUPPORTER

    crafted = healthy(db, demote)
    analysis = run(db, crafted)
    [finding] = fired(analysis, Rule.NO_CHAMPION)
    assert finding.severity == Severity.HIGH
    assert set(finding.people) == {crafted.ids["boss"], crafted.ids["champ"], crafted.ids["init"]}
    assert "Activate" in finding.action.en and "启动" in finding.action.zh
    assert analysis.health == Health.AT_RISK
    assert "no champion" in analysis.summary.en and "没有啦啦队员" in analysis.summary.zh


@pytest.mark.parametrize(
    ("stance", "attitude", "severity", "says"),
    [
        (Stance.NEUTRAL, Attitude.ACTIVE, Severity.MEDIUM, "neutral towards us"),
        (Stance.SUPPORTER, Attitude.RESISTANT, Severity.HIGH, "resist the project"),
        (None, Attitude.ACTIVE, Severity.MEDIUM, "do not know where they stand"),
        (Stance.SUPPORTER, None, Severity.MEDIUM, "attitude to the project is unknown"),
    ],
)
def test_a_decider_not_won_over_fires(
    db: Database, stance: Stance | None, attitude: Attitude | None, severity: Severity, says: str
) -> None:
    def cool(_s: DossierSession, p: dict[str, Person]) -> None:
        p["boss"].stance = stance
        p["boss"].attitude = attitude

    crafted = healthy(db, cool)
    [finding] = fired(run(db, crafted), Rule.DECIDER_NOT_WON)
    assert finding.people == (crafted.ids["boss"],)
    assert finding.severity == severity
    assert says in finding.explanation.en and "张伟" in finding.explanation.zh
    assert "Respect" in finding.action.en and "尊重" in finding.action.zh


def test_an_influential_blocker_fires_but_a_weak_one_does_not(db: Database) -> None:
    # The healthy account already holds a blocker of influence 2: silent.
    def strengthen(_s: DossierSession, p: dict[str, Person]) -> None:
        p["clerk"].influence = 4

    crafted = healthy(db, strengthen)
    [finding] = fired(run(db, crafted), Rule.HOSTILE_INFLUENCER)
    assert finding.people == (crafted.ids["clerk"],)
    assert "influence 4 of 5" in finding.explanation.en
    assert "拉拢" in finding.action.zh


def test_an_influential_enemy_fires(db: Database) -> None:
    def enemy(_s: DossierSession, p: dict[str, Person]) -> None:
        p["init"].stance = Stance.ENEMY
        p["init"].influence = 5

    crafted = healthy(db, enemy)
    assert [f.people for f in fired(run(db, crafted), Rule.HOSTILE_INFLUENCER)] == [
        (crafted.ids["init"],)
    ]


def test_one_of_ours_covering_everyone_is_single_threaded(db: Database) -> None:
    def one_thread(s: DossierSession, p: dict[str, Person]) -> None:
        s.flush()
        cov = s.scalars(select(Coverage).where(Coverage.person_id == p["boss"].id)).one()
        cov.member = s.scalars(select(TeamMember).where(TeamMember.is_me)).one()

    crafted = healthy(db, one_thread)
    [finding] = fired(run(db, crafted), Rule.SINGLE_THREADED)
    assert finding.severity == Severity.HIGH
    assert "Only one of our people" in finding.explanation.en


def test_no_coverage_at_all_is_single_threaded_and_leaves_key_roles_uncovered(db: Database) -> None:
    def none(s: DossierSession, _p: dict[str, Person]) -> None:
        s.flush()
        for cov in s.scalars(select(Coverage)):
            s.delete(cov)

    analysis = run(db, healthy(db, none))
    assert "None of our people" in fired(analysis, Rule.SINGLE_THREADED)[0].explanation.en
    roles = {f.explanation.en.split("with the ")[1].split(" (")[0]
             for f in fired(analysis, Rule.KEY_ROLE_UNCOVERED)}
    assert roles == {"decider", "evaluator", "initiator"}


def test_an_uncovered_decider_fires_key_role_uncovered(db: Database) -> None:
    def drop_boss(s: DossierSession, p: dict[str, Person]) -> None:
        s.flush()
        cov = s.scalars(select(Coverage).where(Coverage.person_id == p["boss"].id)).one()
        cov.person = p["clerk"]

    crafted = healthy(db, drop_boss)
    analysis = run(db, crafted)
    [finding] = fired(analysis, Rule.KEY_ROLE_UNCOVERED)
    assert finding.people == (crafted.ids["boss"],)
    assert finding.severity == Severity.HIGH
    assert fired(analysis, Rule.SINGLE_THREADED) == []  # the other member still covers someone


def test_a_missing_evaluator_is_reported(db: Database) -> None:
    def no_eval(_s: DossierSession, p: dict[str, Person]) -> None:
        p["champ"].roles = []

    [finding] = fired(run(db, healthy(db, no_eval)), Rule.ROLE_MISSING)
    assert "No evaluator (E)" in finding.explanation.en
    assert "评估者" in finding.explanation.zh


def test_people_who_left_are_not_in_the_chain(db: Database) -> None:
    def boss_left(_s: DossierSession, p: dict[str, Person]) -> None:
        p["boss"].left_on = date(2026, 10, 1)

    analysis = run(db, healthy(db, boss_left))
    missing = fired(analysis, Rule.ROLE_MISSING)
    assert [f.severity for f in missing] == [Severity.HIGH]
    assert "No decider (D)" in missing[0].explanation.en


def test_a_key_person_past_their_cadence_is_overdue(db: Database) -> None:
    crafted = healthy(db)
    # The visit was on 10 November: the decider's 30 days run out on 10 December.
    assert fired(run(db, crafted, date(2026, 12, 10)), Rule.CONTACT_OVERDUE) == []
    with db.unit_of_work() as s:  # the user's own default cadence is honoured
        shorter = analyse(s, crafted.account_id, today=date(2026, 12, 1),
                          policy=CadencePolicy(key_days=14))
    assert len(fired(shorter, Rule.CONTACT_OVERDUE)) == 2
    late = fired(run(db, crafted, date(2026, 12, 20)), Rule.CONTACT_OVERDUE)
    assert {f.people[0] for f in late} == {crafted.ids["boss"], crafted.ids["champ"]}
    boss = next(f for f in late if f.people == (crafted.ids["boss"],))
    assert "40 days ago" in boss.explanation.en and "每 30 天" in boss.explanation.zh
    assert "Respect" in boss.action.en


def test_a_personal_cadence_overrides_the_default(db: Database) -> None:
    def weekly(_s: DossierSession, p: dict[str, Person]) -> None:
        p["init"].cadence_days = 7

    crafted = healthy(db, weekly)
    [finding] = fired(run(db, crafted), Rule.CONTACT_OVERDUE)
    assert finding.people == (crafted.ids["init"],)
    assert "Activate" in finding.action.en


def test_a_key_person_never_met_is_overdue(db: Database) -> None:
    def stranger(s: DossierSession, p: dict[str, Person]) -> None:
        s.flush()
        visit = s.scalars(select(Interaction)).one()
        visit.people = [p["champ"], p["init"]]

    crafted = healthy(db, stranger)
    [finding] = fired(run(db, crafted), Rule.CONTACT_OVERDUE)
    assert finding.people == (crafted.ids["boss"],)
    assert "never been met" in finding.explanation.en


def test_planned_future_visits_do_not_count_as_contact(db: Database) -> None:
    crafted = healthy(db)
    assert fired(run(db, crafted, date(2026, 11, 1)), Rule.CONTACT_OVERDUE) != []


def test_hearsay_about_a_decider_fires(db: Database) -> None:
    def rumour(_s: DossierSession, p: dict[str, Person]) -> None:
        p["boss"].certainty = {"stance": "confirmed", "personal_needs": "hearsay"}
        p["init"].certainty = {"stance": "hearsay"}  # not a decider: silent

    crafted = healthy(db, rumour)
    [finding] = fired(run(db, crafted), Rule.HEARSAY_ONLY)
    assert finding.people == (crafted.ids["boss"],)
    assert "personal needs is hearsay" in finding.explanation.en
    assert "个人需求" in finding.explanation.zh
    assert finding.severity == Severity.LOW


def test_needs_matrix_places_everyone(db: Database) -> None:
    crafted = healthy(db)
    quadrants = run(db, crafted).quadrants
    assert quadrants[NeedsQuadrant.PARTNER] == [crafted.ids["boss"]]
    assert quadrants[NeedsQuadrant.SUPPLIER] == [crafted.ids["champ"]]
    assert quadrants[NeedsQuadrant.FRIEND] == [crafted.ids["init"]]
    assert quadrants[NeedsQuadrant.OUTSIDER] == [crafted.ids["clerk"]]


def test_findings_come_most_urgent_first_and_flag_people(db: Database) -> None:
    def trouble(_s: DossierSession, p: dict[str, Person]) -> None:
        p["boss"].certainty = {"stance": "hearsay"}
        p["boss"].stance = Stance.NEUTRAL
        p["champ"].stance = Stance.SUPPORTER

    crafted = healthy(db, trouble)
    analysis = run(db, crafted)
    severities = [f.severity for f in analysis.findings]
    assert severities == sorted(severities, key=list(Severity).index)
    flagged = analysis.people_flagged()
    assert flagged[crafted.ids["champ"]] == Severity.HIGH  # a supporter to develop
    assert flagged[crafted.ids["boss"]] == Severity.MEDIUM  # neutral decider
    assert analysis.health == Health.AT_RISK


def test_an_empty_account_needs_attention(db: Database) -> None:
    with db.unit_of_work() as s:
        acc = Account(name="空客户")
        s.add(acc)
    analysis = run(db, Crafted(acc.id, {}))
    assert analysis.findings == []
    assert analysis.health == Health.WATCH
