"""The Today view's computations: cadences, due dates and the rows of each section."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from followups_data import NOW, TODAY, build

from desktop.db.enums import CommitmentStatus, DecisionRole, InteractionKind, Stance
from desktop.db.models import Account, Commitment, Interaction, Person
from desktop.db.session import Database
from desktop.domain.followups import (
    CadencePolicy,
    RiskReason,
    Severity,
    UpcomingKind,
    build_agenda,
    local_wall_clock,
    log_contact,
    mark_done,
    next_yearly,
    reschedule,
)
from desktop.errors import ValidationError


@pytest.fixture
def crafted(db: Database):  # type: ignore[no-untyped-def]
    return build(db)


def agenda(db: Database, now: datetime = NOW, policy: CadencePolicy | None = None):  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        return build_agenda(s, now, policy)


def test_today_lists_exactly_the_expected_rows(db: Database, crafted) -> None:  # type: ignore[no-untyped-def]
    a = agenda(db)
    assert [(r.what, r.days_over, r.severity) for r in a.ours_due] == [
        ("发送报价单", 5, Severity.YELLOW),
        ("Send the SLA draft", 0, Severity.DUE),
        ("安排技术交流", -7, Severity.OK),
    ]
    assert a.ours_due[0].account == "华东移动" and a.ours_due[0].person == "张伟"
    assert a.ours_due[0].member == "陈静"
    assert [(r.what, r.person, r.days_over) for r in a.theirs_overdue] == [("提供现网数据", "刘洋", 9)]
    assert [(r.person, r.days_over, r.severity) for r in a.contacts_due] == [
        ("刘洋", 31, Severity.RED),
        ("李娜", 15, Severity.RED),
        ("Ann Lee", None, Severity.YELLOW),
        ("王芳", 10, Severity.YELLOW),
        ("赵强", 0, Severity.DUE),
    ]
    # A visit already planned with someone overdue is shown next to them.
    planned = {r.person: r.next_planned for r in a.contacts_due}
    assert planned == {"刘洋": datetime(2026, 5, 1, 10, 0), "李娜": datetime(2026, 3, 20, 10, 0),
                       "Ann Lee": datetime(2026, 3, 10, 15, 0), "王芳": None, "赵强": None}
    assert [(r.kind, r.title, r.on, r.days_until, r.whole_month) for r in a.upcoming] == [
        (UpcomingKind.KEY_EVENT, "年度招标", date(2026, 3, 1), 0, True),
        (UpcomingKind.GROUP_MEETING, "质量委员会", date(2026, 3, 12), 2, False),
        (UpcomingKind.BIRTHDAY, "张伟", date(2026, 3, 15), 5, False),
        (UpcomingKind.KEY_EVENT, "预算评审会", date(2026, 3, 20), 10, False),
        (UpcomingKind.KEY_EVENT, "Board (day 14)", date(2026, 3, 24), 14, False),
    ]
    assert a.upcoming[2].age == 51
    assert [(r.subject, r.has_plan, r.people) for r in a.planned] == [
        ("First meeting", True, ("Ann Lee",)),
        ("季度回顾", False, ("张伟", "李娜")),
    ]
    assert [(r.account, r.reasons) for r in a.at_risk] == [
        ("长城汽车", (RiskReason.HIGH_CHURN_RISK, RiskReason.NO_DECIDER_CONTACT)),
        ("Harbor Bank", (RiskReason.NO_DECIDER_KNOWN,)),
    ]
    assert a.count_due() == 2 + 1 + 5  # a key event "this month" is no task for today


def test_a_visit_yesterday_at_midnight_is_a_contact_and_tonight_is_not(db: Database, crafted) -> None:  # type: ignore[no-untyped-def]
    # 张伟 was met yesterday at 23:59. With a 5-day cadence he is still fine 4 days later
    # at 23:59:59, and due on the 5th calendar day from its first second.
    assert "张伟" not in [r.person for r in agenda(db).contacts_due]
    policy = CadencePolicy(key_days=5)
    day_4 = datetime(2026, 3, 13, 23, 59, 59)
    assert "张伟" not in [r.person for r in agenda(db, day_4, policy).contacts_due]
    day_5 = datetime(2026, 3, 14, 0, 0, 1)
    row = next(r for r in agenda(db, day_5, policy).contacts_due if r.person == "张伟")
    assert (row.days_since, row.days_over, row.severity) == (5, 0, Severity.DUE)


def test_a_planned_visit_counts_once_its_time_has_come(db: Database, crafted) -> None:  # type: ignore[no-untyped-def]
    # Ann Lee's first meeting is today at 15:00: before it she was never contacted.
    assert next(r for r in agenda(db).contacts_due if r.person == "Ann Lee").last_contact is None
    after = agenda(db, datetime(2026, 3, 10, 15, 0))
    assert "Ann Lee" not in [r.person for r in after.contacts_due]
    assert "First meeting" not in [r.subject for r in after.planned]


def test_an_edit_of_the_record_is_not_a_contact(db: Database, crafted) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        li = s.get(Person, crafted.people["李娜"])
        li.title = "采购总监"  # type: ignore[union-attr]
        li.notes = "promoted"  # type: ignore[union-attr]
    row = next(r for r in agenda(db).contacts_due if r.person == "李娜")
    assert row.days_since == 45 and row.days_over == 15


def test_time_zone_edge_uses_the_local_calendar_day(db: Database, crafted) -> None:  # type: ignore[no-untyped-def]
    # 2026-03-09 17:30 UTC is already 2026-03-10 01:30 in Shanghai.
    shanghai = timezone(timedelta(hours=8))
    aware = datetime(2026, 3, 9, 17, 30, tzinfo=UTC)
    assert local_wall_clock(aware, shanghai) == datetime(2026, 3, 10, 1, 30)
    # A naive time is already local wall-clock time: untouched.
    assert local_wall_clock(NOW) == NOW
    a = agenda(db, local_wall_clock(aware, shanghai))
    assert a.today == TODAY
    assert [r.what for r in a.ours_due][:2] == ["发送报价单", "Send the SLA draft"]


def test_due_edges_around_midnight(db: Database, crafted) -> None:  # type: ignore[no-untyped-def]
    # Due today stays "due today" until 23:59 and is one day over right after midnight.
    late = agenda(db, datetime(2026, 3, 10, 23, 59, 59))
    assert next(r for r in late.ours_due if r.what == "Send the SLA draft").days_over == 0
    assert "Due today, not late" not in [r.what for r in late.theirs_overdue]
    after = agenda(db, datetime(2026, 3, 11, 0, 0))
    assert next(r for r in after.ours_due if r.what == "Send the SLA draft").days_over == 1
    assert "Due today, not late" in [r.what for r in after.theirs_overdue]
    # The 8th day ahead comes into the 7-day window a day later.
    assert "Too far ahead" in [r.what for r in after.ours_due]


def test_cadence_defaults_follow_importance_and_are_configurable() -> None:
    policy = CadencePolicy()
    decider = Person(name="D", roles=[DecisionRole.DECIDER])
    champion = Person(name="C", stance=Stance.CHAMPION)
    user = Person(name="U", roles=[DecisionRole.USER])
    own = Person(name="O", roles=[DecisionRole.DECIDER], cadence_days=10)
    assert [policy.cadence_for(p) for p in (decider, champion, user, own)] == [30, 30, 90, 10]
    custom = CadencePolicy.from_mapping({"key_days": "14", "other_days": 60, "red_after_days": "x"})
    assert [custom.cadence_for(p) for p in (decider, user)] == [14, 60]
    assert custom.red_after_days == 14
    assert [policy.severity(d) for d in (-1, 0, 1, 14, 15)] == [
        Severity.OK, Severity.DUE, Severity.YELLOW, Severity.YELLOW, Severity.RED,
    ]


def test_configured_cadence_changes_who_is_due(db: Database, crafted) -> None:  # type: ignore[no-untyped-def]
    a = agenda(db, policy=CadencePolicy(key_days=60, other_days=120))
    assert [r.person for r in a.contacts_due] == ["Ann Lee", "刘洋", "赵强"]  # 刘洋 only 1 day over now


def test_yearly_dates_and_29_february() -> None:
    assert next_yearly(2, 29, date(2026, 1, 10)) == date(2026, 2, 28)
    assert next_yearly(2, 29, date(2027, 3, 1)) == date(2028, 2, 29)
    assert next_yearly(3, 10, date(2026, 3, 10)) == date(2026, 3, 10)
    assert next_yearly(3, 9, date(2026, 3, 10)) == date(2027, 3, 9)
    assert next_yearly(4, 31, date(2026, 4, 1)) == date(2026, 4, 30)


def test_a_29_february_birthday_shows_on_28_february(db: Database, crafted) -> None:  # type: ignore[no-untyped-def]
    a = agenda(db, datetime(2027, 2, 20, 9, 0))
    row = next(r for r in a.upcoming if r.title == "孙丽")
    assert (row.on, row.days_until, row.age) == (date(2027, 2, 28), 8, 39)


def test_mark_done_reschedule_and_log_contact_change_the_agenda(db: Database, crafted) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        mark_done(s, crafted.commitments["ours_overdue"], TODAY)
        reschedule(s, crafted.commitments["ours_today"], date(2026, 4, 1))
        log_contact(s, crafted.people["李娜"], NOW - timedelta(minutes=5))
    a = agenda(db)
    assert [r.what for r in a.ours_due] == ["安排技术交流"]
    assert "李娜" not in [r.person for r in a.contacts_due]
    with db.unit_of_work() as s:
        done = s.get(Commitment, crafted.commitments["ours_overdue"])
        assert done is not None and done.status == CommitmentStatus.DONE and done.done_on == TODAY
        call = s.query(Interaction).filter(Interaction.kind == InteractionKind.CALL).all()
        assert any([p.name for p in i.people] == ["李娜"] for i in call)
    with pytest.raises(ValidationError, match="open commitment"), db.unit_of_work() as s:
        reschedule(s, crafted.commitments["ours_overdue"], date(2026, 4, 1))


def test_a_decider_met_recently_lifts_the_account_risk(db: Database, crafted) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        log_contact(s, crafted.people["刘洋"], NOW - timedelta(hours=1))
        s.get(Account, crafted.accounts["auto"]).churn_risk = None  # type: ignore[union-attr]
    assert [r.account for r in agenda(db).at_risk] == ["Harbor Bank"]


def test_an_empty_dossier_has_an_empty_agenda(db: Database) -> None:
    a = agenda(db)
    assert a.is_empty() and a.count_due() == 0


def test_records_of_a_deleted_account_leave_the_agenda(db: Database) -> None:
    """A soft-deleted account (e.g. from a partial sync) takes its promises and visits with it."""
    from datetime import date as _date
    from datetime import datetime as _datetime

    from desktop.db.enums import Party
    from desktop.db.models import Account, Commitment, Interaction
    from desktop.db.types import utcnow
    from desktop.domain.followups import build_agenda

    with db.unit_of_work() as s:
        acc = Account(name="已删除客户")
        s.add_all([acc, Commitment(account=acc, party=Party.OURS, what="报价", due_on=_date(2026, 1, 1)),
                   Interaction(account=acc, starts_at=_datetime(2030, 1, 1, 10))])
    with db.unit_of_work() as s:
        s.get(Account, acc.id).deleted_at = utcnow()  # type: ignore[union-attr]
    with db.unit_of_work() as s:
        agenda = build_agenda(s, _datetime(2026, 1, 5, 9))
    assert all(r.account != "已删除客户" for r in agenda.ours_due)
    assert not agenda.planned
