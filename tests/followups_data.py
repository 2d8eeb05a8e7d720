"""A crafted dataset for the follow-up tests, with every row's expected section known.

NOW is Tuesday 2026-03-10 09:00 local time. Names say what each record tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from desktop.db.enums import (
    ChurnRisk,
    CommitmentStatus,
    DecisionRole,
    InteractionKind,
    Party,
    Stance,
)
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

NOW = datetime(2026, 3, 10, 9, 0)
TODAY = NOW.date()


def days_ago(n: int, hour: int = 10) -> datetime:
    return datetime.combine(TODAY - timedelta(days=n), datetime.min.time()).replace(hour=hour)


@dataclass
class Ids:
    accounts: dict[str, str] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)
    commitments: dict[str, str] = field(default_factory=dict)
    interactions: dict[str, str] = field(default_factory=dict)
    events: dict[str, str] = field(default_factory=dict)


def build(db: Database) -> Ids:
    ids = Ids()
    with db.unit_of_work() as s:
        me = TeamMember(name="陈静", is_me=True)
        mobile = Account(name="华东移动", churn_risk=ChurnRisk.LOW)
        auto = Account(name="长城汽车", churn_risk=ChurnRisk.HIGH)
        bank = Account(name="Harbor Bank")  # has no decider recorded
        gone = Account(name="已流失公司", churn_risk=ChurnRisk.LOST)
        s.add_all([me, mobile, auto, bank, gone])

        zhang = Person(name="张伟", title="CIO", account=mobile, roles=[DecisionRole.DECIDER],
                       birthday=date(1975, 3, 15))
        li = Person(name="李娜", title="采购经理", account=mobile, roles=[DecisionRole.SCREENER],
                    stance=Stance.CHAMPION)
        wang = Person(name="王芳", account=mobile, roles=[DecisionRole.USER])
        zhao = Person(name="赵强", account=mobile, roles=[DecisionRole.EVALUATOR], cadence_days=7)
        liu = Person(name="刘洋", account=auto, roles=[DecisionRole.DECIDER])
        sun = Person(name="孙丽", account=auto, roles=[DecisionRole.USER],
                     birthday=date(1988, 2, 29))
        left = Person(name="周离", account=auto, roles=[DecisionRole.DECIDER],
                      left_on=date(2026, 1, 1))
        ann = Person(name="Ann Lee", account=bank, roles=[DecisionRole.USER])
        lost_boss = Person(name="吴总", account=gone, roles=[DecisionRole.DECIDER])
        s.add_all([zhang, li, wang, zhao, liu, sun, left, ann, lost_boss])

        def meet(when: datetime, account: Account, *people: Person,
                 kind: InteractionKind = InteractionKind.VISIT, **kw: object) -> Interaction:
            i = Interaction(account=account, kind=kind, starts_at=when, people=list(people), **kw)
            s.add(i)
            return i

        # 张伟 (decider, 30 days) met yesterday late at night: not overdue.
        meet(datetime(2026, 3, 9, 23, 59), mobile, zhang)
        # 李娜 (champion, 30 days) last met 45 days ago: 15 over → red (> 14).
        meet(days_ago(45), mobile, li)
        # 王芳 (user, 90 days) met 100 days ago: 10 over → yellow.
        meet(days_ago(100), mobile, wang)
        # 赵强 (own cadence 7) met exactly 7 days ago: due today.
        meet(days_ago(7), mobile, zhao)
        # 刘洋 (decider) met 61 days ago: 31 over, and 长城汽车 has no decider contact in 60 days.
        meet(days_ago(61), auto, liu)
        # 孙丽 (user) met 10 days ago: fine.
        meet(days_ago(10), auto, sun, kind=InteractionKind.CALL)
        # Ann Lee: never contacted, but her record was just edited (an edit is no contact).
        # A planned visit later today does not count as a contact either.
        planned = meet(datetime(2026, 3, 10, 15, 0), bank, ann, subject="First meeting",
                       objective="Find out who decides", place="Harbor Tower 12F")
        ids.interactions["planned_today"] = planned.id
        no_plan = meet(datetime(2026, 3, 20, 10, 0), mobile, zhang, li, subject="季度回顾")
        ids.interactions["planned_no_plan"] = no_plan.id
        far = meet(datetime(2026, 5, 1, 10, 0), auto, liu, subject="Far away")
        ids.interactions["planned_far"] = far.id

        def promise(key: str, account: Account, what: str, due: date | None, party: Party,
                    status: CommitmentStatus = CommitmentStatus.OPEN, **kw: object) -> None:
            c = Commitment(account=account, what=what, due_on=due, party=party, status=status, **kw)
            s.add(c)
            s.flush()
            ids.commitments[key] = c.id

        promise("ours_overdue", mobile, "发送报价单", date(2026, 3, 5), Party.OURS,
                by_member=me, to_person=zhang)
        promise("ours_today", auto, "Send the SLA draft", TODAY, Party.OURS, to_person=liu)
        promise("ours_in_7", mobile, "安排技术交流", date(2026, 3, 17), Party.OURS, to_person=li)
        promise("ours_in_8", mobile, "Too far ahead", date(2026, 3, 18), Party.OURS)
        promise("ours_done", mobile, "Already done", date(2026, 3, 1), Party.OURS,
                status=CommitmentStatus.DONE)
        promise("ours_no_date", mobile, "No date", None, Party.OURS)
        promise("theirs_overdue", auto, "提供现网数据", date(2026, 3, 1), Party.THEIRS,
                by_person=liu, to_member=me)
        promise("theirs_future", auto, "Not late yet", date(2026, 3, 12), Party.THEIRS)
        promise("theirs_today", auto, "Due today, not late", TODAY, Party.THEIRS)

        for key, account, month, day, title in (
            ("budget", mobile, 3, 20, "预算评审会"),        # in 10 days
            ("tender", auto, 3, None, "年度招标"),          # some time this month
            ("april", bank, 4, None, "Annual meeting"),   # the 1st of April is 22 days away
            ("past", mobile, 3, 1, "已过的活动"),           # next is 2027: not shown
            ("edge", bank, 3, 24, "Board (day 14)"),       # exactly 14 days ahead
        ):
            ev = KeyEvent(account=account, month=month, day=day, title=title)
            s.add(ev)
            s.flush()
            ids.events[key] = ev.id
        s.add(SubGroup(account=mobile, name="质量委员会", next_meeting_on=date(2026, 3, 12)))

        for name, acc in (("mobile", mobile), ("auto", auto), ("bank", bank), ("gone", gone)):
            ids.accounts[name] = acc.id
        for p in (zhang, li, wang, zhao, liu, sun, left, ann, lost_boss):
            ids.people[p.name] = p.id
    with db.unit_of_work() as s:  # an edit today: must not count as contact
        edited = s.get(Person, ids.people["Ann Lee"])
        assert edited is not None
        edited.notes = "edited this morning"
    return ids
