#!/usr/bin/env python3
"""Screenshots of the dossier window, every tab in both languages, with a small sample dossier.

    xvfb-run -a -s "-screen 0 1440x900x24" python tools/screenshots.py OUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def sample(db: object) -> None:
    from desktop.db import enums as e
    from desktop.db.models import (
        Account,
        Commitment,
        ExternalTie,
        Interaction,
        KeyEvent,
        Person,
        SubGroup,
        TeamMember,
    )

    now = datetime.now().replace(second=0, microsecond=0)
    with db.unit_of_work() as s:  # type: ignore[attr-defined]
        me = TeamMember(name="王磊", role=e.TeamRole.ACCOUNT_MANAGER, is_me=True)
        pm = TeamMember(name="陈静", role=e.TeamRole.PRODUCT_MANAGER)
        acc = Account(name="华东移动通信有限公司", short_name="华东移动", industry="电信", region="上海",
                      value_tier=e.ValueTier.A, churn_risk=e.ChurnRisk.MEDIUM, owner=me,
                      relationship_level=e.RelationshipLevel.ACCOUNTABLE, tightness=e.Tightness.FAMILIAR,
                      org_politics=e.OrgPolitics.BALANCED, annual_value=3_200_000,
                      institutional_needs=[e.InstitutionalNeed.CUT_COST, e.InstitutionalNeed.RAISE_EFFICIENCY],
                      products_held="专线、云主机", competitors="竞品甲、竞品乙")
        others = [Account(name=n, industry=i, region=r, value_tier=t, churn_risk=c) for n, i, r, t, c in [
            ("北方银行", "金融", "北京", e.ValueTier.A, e.ChurnRisk.LOW),
            ("Acme Steel", "钢铁", "武汉", e.ValueTier.B, e.ChurnRisk.HIGH),
            ("南方电网", "能源", "广州", e.ValueTier.B, None),
            ("蓝海物流", "物流", "宁波", e.ValueTier.C, e.ChurnRisk.LOST)]]
        boss = Person(name="张伟", account=acc, title="总经理", roles=[e.DecisionRole.DECIDER],
                      stance=e.Stance.SUPPORTER, power=5, influence=5)
        cio = Person(name="李娜", account=acc, title="信息化部主任", reports_to=boss,
                     roles=[e.DecisionRole.EVALUATOR], stance=e.Stance.BLOCKER, influence=4)
        buyer = Person(name="赵强", account=acc, title="采购经理", reports_to=boss,
                       roles=[e.DecisionRole.SCREENER], stance=e.Stance.NEUTRAL)
        s.add_all([me, pm, acc, *others, boss, cio, buyer])
        visit = Interaction(account=acc, kind=e.InteractionKind.VISIT, starts_at=now - timedelta(days=6),
                            subject="年度续约预沟通", place="客户总部 12 楼", objective="了解明年预算",
                            notes="张总对服务满意，李主任关心迁移成本。", concerns="迁移期间的业务中断",
                            satisfaction=4, next_contact_on=date.today() + timedelta(days=14),
                            people=[boss, cio], members=[me, pm])
        call = Interaction(account=acc, kind=e.InteractionKind.CALL, starts_at=now - timedelta(days=30),
                           subject="故障回访", satisfaction=3, people=[cio], members=[me])
        s.add_all([visit, call])
        s.add_all([
            Commitment(account=acc, interaction=visit, party=e.Party.OURS, by_member=me, to_person=cio,
                       what="提交迁移方案", due_on=date.today() - timedelta(days=2)),
            Commitment(account=acc, interaction=visit, party=e.Party.THEIRS, by_person=boss, to_member=me,
                       what="提供明年预算范围", due_on=date.today() + timedelta(days=10)),
            Commitment(account=acc, party=e.Party.OURS, by_member=pm, what="安排产品演示",
                       status=e.CommitmentStatus.DONE, done_on=date.today() - timedelta(days=3)),
            SubGroup(account=acc, name="质量委员会", kind=e.SubGroupKind.FORMAL, influence=4,
                     meeting_dates="每季度第一周", members=[boss, cio]),
            ExternalTie(account=acc, person=boss, body="市通信管理局", body_kind=e.ExternalBodyKind.REGULATOR),
            KeyEvent(account=acc, month=3, title="预算评审", roles_active=[e.DecisionRole.DECIDER]),
            KeyEvent(account=acc, month=11, day=15, title="年度招标", roles_active=[e.DecisionRole.SCREENER]),
        ])


def main(out: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.db.session import open_database
    from desktop.ui.app import make_application
    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings

    out.mkdir(parents=True, exist_ok=True)
    app = make_application()  # noqa: F841  (keeps the application alive)
    tmp = Path(tempfile.mkdtemp())
    db = open_database(tmp / "data")
    sample(db)
    ctx = AppContext(db, Settings(tmp / "settings.ini"), tmp)
    ctx.apply_language("en")
    window = MainWindow(ctx)
    window.resize(1400, 860)
    window.show()
    window.panel.filter.setText("华东")
    window.panel._apply_filter()
    window.panel.view.selectRow(0)
    for lang in ("en", "zh"):
        ctx.apply_language(lang)
        for i in range(window.tabs.count()):
            window.tabs.setCurrentIndex(i)
            for _ in range(5):
                QCoreApplication.processEvents()
            window.grab().save(str(out / f"{lang}_{i}.png"))
    window.interactions.view.selectRow(0)
    dialog = window.interactions.edit_selected()
    assert dialog is not None
    for i in range(dialog.pages.count()):
        dialog.pages.setCurrentIndex(i)
        QCoreApplication.processEvents()
        dialog.grab().save(str(out / f"zh_dialog_{i}.png"))
    dialog.reject()
    from desktop.ui.preferences import PreferencesDialog
    from desktop.ui.team import TeamDialog

    for lang in ("zh", "en"):
        ctx.apply_language(lang)
        for name, extra in (("team", TeamDialog(ctx, window)), ("prefs", PreferencesDialog(ctx, window))):
            extra.show()
            QCoreApplication.processEvents()
            extra.grab().save(str(out / f"{lang}_{name}.png"))
            extra.close()
    window.close()
    db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"))
