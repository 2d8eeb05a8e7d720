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


def test_memo_and_handover_name_the_department_once_like_the_decision_chain(db: Database) -> None:
    import io

    from pypdf import PdfReader

    from desktop.reports.handover import build_handover
    from desktop.reports.memo import build_memo

    with db.unit_of_work() as s:
        account = Account(name="华东移动")
        liu = Person(name="刘堃", title="网络部总经理", department="网络部", account=account)
        chen = Person(name="陈喆", title="总经理", department="信息技术部", account=account)
        visit = Interaction(account=account, kind=InteractionKind.VISIT, subject="拜访",
                            starts_at=datetime(2026, 3, 1, 10), people=[liu, chen])
        s.add_all([account, liu, chen, visit])
        s.flush()
        account_id, visit_id = account.id, visit.id
    with db.unit_of_work() as s:
        pdfs = [build_memo(s, visit_id, lang="zh"), build_handover(s, account_id, lang="zh")]
    for pdf in pdfs:
        text = "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
        text = "".join(text.split())
        assert "网络部总经理" in text and "网络部总经理·网络部" not in text
        assert "总经理·信息技术部" in text  # a department the title does not name stays


def _covered_by_two_then_one_leaves(db: Database) -> tuple[str, str]:
    from desktop.db.enums import TeamRole
    from desktop.db.models import Coverage, TeamMember

    with db.unit_of_work() as s:
        account = Account(name="华东移动")
        boss = Person(name="张伟", account=account, roles=[DecisionRole.DECIDER])
        cio = Person(name="李娜", account=account, roles=[DecisionRole.EVALUATOR])
        me = TeamMember(name="王磊", role=TeamRole.ACCOUNT_MANAGER, is_me=True)
        gone = TeamMember(name="赵一鸣", role=TeamRole.ENGINEER)
        s.add_all([account, boss, cio, me, gone,
                   Coverage(member=me, person=boss, strength=4),
                   Coverage(member=gone, person=cio, strength=3)])
        s.flush()
        gone.deleted_at = datetime.now()  # removed from the team (Team dialog ▸ Delete)
        return account.id, cio.id


def test_a_colleague_removed_from_the_team_no_longer_counts_as_coverage(db: Database) -> None:
    from desktop.domain.coverage import Rule, analyse

    account_id, cio_id = _covered_by_two_then_one_leaves(db)
    with db.unit_of_work() as s:
        findings = analyse(s, account_id, today=datetime.now().date()).findings
        chain = {row.id: row for row in decision_chain(s, account_id)}
    assert Rule.SINGLE_THREADED in {f.rule for f in findings}
    assert chain[cio_id].covered_by == [] and chain[cio_id].owner == ""


def test_subject_export_names_a_colleague_removed_from_the_team(db: Database) -> None:
    from desktop.backup.erase import subject_export

    _account_id, cio_id = _covered_by_two_then_one_leaves(db)
    with db.unit_of_work() as s:
        cio = s.get(Person, cio_id)
        assert cio is not None
        data = subject_export(s, cio)
    assert [c["member"] for c in data["covered_by"]] == ["赵一鸣"]
