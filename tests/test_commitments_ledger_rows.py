"""The ledger names who promised what to whom, and in which visit, as the records say."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from desktop.db.enums import CommitmentStatus, Party
from desktop.db.models import Account, Commitment, Interaction, Person, TeamMember
from desktop.db.session import Database


def test_the_ledger_shows_the_names_and_the_visit_of_each_commitment(
    qtbot: Any, db: Database, tmp_path: Path, qtmodeltester: Any
) -> None:
    from desktop.ui.commitments.tab import CommitmentsTab
    from desktop.ui.context import AppContext
    from desktop.ui.settings import Settings

    with db.unit_of_work() as s:
        account = Account(name="华东移动")
        s.add(account)
        s.flush()
        zhang, gone = Person(account_id=account.id, name="张伟"), Person(account_id=account.id, name="离职者")
        wang = TeamMember(name="王磊")
        visit = Interaction(account_id=account.id, starts_at=datetime(2024, 5, 6, 10), subject="续约拜访")
        s.add_all([zhang, gone, wang, visit])
        s.flush()
        s.add_all([
            Commitment(account_id=account.id, party=Party.OURS, what="发送报价", by_member_id=wang.id,
                       to_person_id=zhang.id, interaction_id=visit.id, due_on=date(2024, 5, 10)),
            Commitment(account_id=account.id, party=Party.THEIRS, what="安排测试", by_person_id=zhang.id,
                       to_member_id=wang.id, status=CommitmentStatus.DONE, done_on=date(2024, 5, 20)),
            Commitment(account_id=account.id, party=Party.THEIRS, what="签字", by_person_id=gone.id),
        ])
        gone.deleted_at = datetime.now(UTC)  # left the company: no longer named
        account_id = account.id
    ctx = AppContext(db, Settings(tmp_path / "settings.ini"), tmp_path)
    ctx.apply_language("en")
    tab = CommitmentsTab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(account_id)
    rows = {r.what: (r.by, r.to, r.source, r.done_on) for r in tab.model.rows}
    assert rows == {
        "发送报价": ("王磊", "张伟", "2024-05-06 续约拜访", None),
        "安排测试": ("张伟", "王磊", "", date(2024, 5, 20)),
        "签字": ("", "", "", None),
    }
    qtmodeltester.check(tab.model)
