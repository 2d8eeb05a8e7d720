"""Sample decision chains for the map's benchmark and screenshots (not used by the app)."""

from __future__ import annotations

import random
from datetime import datetime

from desktop.db.enums import Attitude, Certainty, DecisionRole, LinkKind, Stance, TeamRole
from desktop.db.models import Account, Coverage, Interaction, Person, PersonLink, TeamMember
from desktop.db.session import Database


def twelve(db: Database) -> str:
    """A 12-person account with every encoding in use; returns its id."""
    with db.unit_of_work() as s:
        acc = Account(name="华东移动通信有限公司")
        D, E, S, U, I, II, EI, X = DecisionRole  # noqa: E741
        ceo = Person(name="张伟", title="总经理", account=acc, roles=[D], stance=Stance.NEUTRAL,
                     attitude=Attitude.PASSIVE, influence=5, certainty={"stance": Certainty.HEARSAY.value})
        cio = Person(name="李娜", title="信息化部主任", account=acc, reports_to=ceo, roles=[E, I],
                     stance=Stance.CHAMPION, attitude=Attitude.ACTIVE, influence=4,
                     we_meet_institutional=True, we_meet_personal=True)
        cfo = Person(name="王芳", title="财务总监", account=acc, reports_to=ceo, roles=[S, II],
                     stance=Stance.BLOCKER, attitude=Attitude.RESISTANT, influence=4)
        coo = Person(name="赵磊", title="运营副总", account=acc, reports_to=ceo, roles=[II],
                     stance=Stance.SUPPORTER, attitude=Attitude.ACTIVE, influence=3,
                     we_meet_institutional=True)
        arch = Person(name="陈静", title="首席架构师", account=acc, reports_to=cio, roles=[E],
                      stance=Stance.SUPPORTER, attitude=Attitude.ACTIVE, influence=3)
        pm = Person(name="刘洋", title="项目经理", account=acc, reports_to=cio, roles=[X],
                    stance=Stance.NEUTRAL, attitude=Attitude.PASSIVE, influence=2)
        buyer = Person(name="杨帆", title="采购经理", account=acc, reports_to=cfo, roles=[S],
                       stance=Stance.ENEMY, attitude=Attitude.RESISTANT, influence=2)
        acct = Person(name="黄丽", title="会计主管", account=acc, reports_to=cfo, roles=[U])
        ops1 = Person(name="周强", title="网络运维主管", account=acc, reports_to=coo, roles=[U, X],
                      stance=Stance.SUPPORTER, attitude=Attitude.ACTIVE, influence=2,
                      we_meet_personal=True)
        ops2 = Person(name="吴敏", title="客服中心经理", account=acc, reports_to=coo, roles=[U],
                      stance=Stance.NEUTRAL, attitude=Attitude.PASSIVE, influence=1)
        cons = Person(name="郑浩", title="顾问", organisation="德勤咨询", account=acc, is_external=True,
                      roles=[EI], stance=Stance.NEUTRAL, attitude=Attitude.ACTIVE, influence=4)
        reg = Person(name="孙悦", title="处长", organisation="省通信管理局", account=acc, is_external=True,
                     roles=[EI], influence=3)
        people = [ceo, cio, cfo, coo, arch, pm, buyer, acct, ops1, ops2, cons, reg]
        s.add_all([acc, *people])
        s.add_all([
            PersonLink(account=acc, a=cio, b=cfo, kind=LinkKind.RIVALS),
            PersonLink(account=acc, a=ceo, b=cons, kind=LinkKind.SCHOOLMATES),
            PersonLink(account=acc, a=cfo, b=buyer, kind=LinkKind.RELATIVES),
            PersonLink(account=acc, a=cio, b=arch, kind=LinkKind.CLOSE),
            PersonLink(account=acc, a=coo, b=ops2, kind=LinkKind.ORDINARY),
        ])
        me = TeamMember(name="周经理", role=TeamRole.ACCOUNT_MANAGER, is_me=True)
        eng = TeamMember(name="钱工", role=TeamRole.ENGINEER)
        s.add_all([me, eng])
        s.add_all([Coverage(member=me, person=cio, strength=5), Coverage(member=me, person=coo, strength=3),
                   Coverage(member=eng, person=arch, strength=4), Coverage(member=me, person=ops1, strength=2)])
        visit = Interaction(account=acc, starts_at=datetime(2026, 9, 1, 10))
        visit.people = [cio, arch, coo]
        s.add(visit)
        return acc.id


def large(db: Database, people: int = 300, links: int = 600, seed: int = 1) -> str:
    """A generated account of ``people`` people and ``links`` links; returns its id."""
    rng = random.Random(seed)
    with db.unit_of_work() as s:
        acc = Account(name=f"Benchmark {people}")
        s.add(acc)
        made: list[Person] = []
        for i in range(people):
            manager = made[rng.randrange(len(made))] if made and rng.random() > 0.02 else None
            p = Person(name=f"Person {i:03d}", title="Manager", account=acc, reports_to=manager,
                       roles=rng.sample(list(DecisionRole), rng.randint(0, 2)),
                       stance=rng.choice([*Stance, None]), attitude=rng.choice([*Attitude, None]),
                       influence=rng.randint(1, 5), is_external=rng.random() < 0.03)
            made.append(p)
        s.add_all(made)
        for _ in range(links):
            a, b = rng.sample(made, 2)
            s.add(PersonLink(account=acc, a=a, b=b, kind=rng.choice(list(LinkKind))))
        members = [TeamMember(name=f"Ours {i}") for i in range(6)]
        s.add_all(members)
        for p in rng.sample(made, min(60, len(made))):
            s.add(Coverage(member=rng.choice(members), person=p, strength=rng.randint(1, 5)))
        return acc.id
