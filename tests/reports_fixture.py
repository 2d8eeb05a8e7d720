"""A small dossier made by hand for the report tests and the report benchmark."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop.db.enums import (
    Attitude,
    Certainty,
    CommitmentStatus,
    DecisionRole,
    InstitutionalNeed,
    InteractionKind,
    LinkKind,
    OrgPolitics,
    Party,
    Personality,
    RapportTopic,
    Stance,
    SubGroupKind,
    TeamRole,
    Tightness,
    ValueTier,
)
from desktop.db.models import (
    Account,
    Commitment,
    Interaction,
    KeyEvent,
    Person,
    PersonLink,
    SubGroup,
    TeamMember,
)
from desktop.db.session import Database

# Strings that only internal fields hold: none of them may reach a client memo.
SECRETS = {
    "form_family": "女儿今年高考FAMILYSECRET",
    "form_occupation": "想升任集团副总OCCUPATIONSECRET",
    "form_motivation": "希望项目成为个人政绩MOTIVESECRET",
    "form_recreation": "周末打高尔夫RECREATIONSECRET",
    "rapport_notes": "同为浙大校友RAPPORTSECRET",
    "notes": "据说与王总不和HEARSAYSECRET",
}
INTERNAL_LABELS = ("积极", "抵触", "啦啦队员", "阻挡者", "主观型", "分析型", "Champion",
                   "Blocker", "Resistant", "Dominant", "Analytical", "传闻", "hearsay")

NOTES = (
    "双方回顾了 2025 年 SD-WAN 项目的上线情况，客户对 uptime 99.95% 表示满意，"
    "但指出 Shanghai–Suzhou 链路在高峰期 latency 偏高。\n"
    "张总希望在 Q1 完成 proof-of-concept，并要求我方提供与现有 Cisco 设备的兼容性报告。\n"
    "We agreed that the evaluation team led by 王堃 will review the test plan before 15 Dec."
)


@dataclass
class Sample:
    account_id: str
    visit_id: str
    planned_id: str
    people: dict[str, str]


def make_sample(db: Database, *, history: int = 6) -> Sample:
    """An account with five people, our two, a memo-ready visit, a planned visit, history."""
    with db.unit_of_work() as s:
        me = TeamMember(name="陈明", english_name="Ming Chen", is_me=True,
                        role=TeamRole.ACCOUNT_MANAGER, title="高级客户经理")
        pm = TeamMember(name="刘洋", english_name="Yang Liu", role=TeamRole.PRODUCT_MANAGER,
                        title="产品经理 Product Manager, Enterprise Networking")
        acc = Account(name="华东移动通信集团有限公司", short_name="华东移动", industry="电信",
                      region="上海", value_tier=ValueTier.A, org_politics=OrgPolitics.BALANCED,
                      tightness=Tightness.FAMILIAR, owner=me,
                      institutional_needs=[InstitutionalNeed.CUT_COST,
                                           InstitutionalNeed.RAISE_EFFICIENCY])
        zhe = Person(account=acc, name="张喆", english_name="Zhe Zhang", title="首席信息官 CIO",
                     department="信息技术部", roles=[DecisionRole.DECIDER],
                     attitude=Attitude.ACTIVE, stance=Stance.CHAMPION,
                     personality=Personality.DOMINANT, power=5, influence=4,
                     we_meet_institutional=True,
                     certainty={"stance": Certainty.HEARSAY.value},
                     rapport_topics=[RapportTopic.SPORTS],
                     **{k: v for k, v in SECRETS.items()})
        kun = Person(account=acc, name="王堃", english_name="Kun Wang",
                     title="采购与供应商管理中心总经理兼技术评估委员会常务副主任委员",
                     department="采购中心", roles=[DecisionRole.EVALUATOR, DecisionRole.SCREENER],
                     attitude=Attitude.RESISTANT, stance=Stance.BLOCKER,
                     personality=Personality.ANALYTICAL, reports_to=zhe)
        sheng = Person(account=acc, name="李昇", title="网络运维经理", department="网络部",
                       roles=[DecisionRole.USER], reports_to=zhe)
        jun = Person(account=acc, name="赵珺", english_name="Jun Zhao", title="财务总监",
                     roles=[DecisionRole.INTERNAL_INFLUENCER])
        yun = Person(account=acc, name="孙赟", title="合伙人", organisation="德勤咨询",
                     is_external=True, roles=[DecisionRole.EXTERNAL_INFLUENCER])
        s.add_all([me, pm, acc, zhe, kun, sheng, jun, yun])
        s.flush()
        s.add(PersonLink(account_id=acc.id, a_id=zhe.id, b_id=kun.id, kind=LinkKind.RIVALS))

        start = datetime(2026, 11, 20, 14, 0)
        visit = Interaction(
            account=acc, kind=InteractionKind.VISIT, starts_at=start, duration_minutes=90,
            place="上海市浦东新区世纪大道 1 号 华东移动大厦 28F 会议室",
            subject="SD-WAN 二期 proof-of-concept 启动会", objective="确认 PoC 范围与时间表。",
            agenda="先谈成功案例，再谈价格AGENDASECRET", info_to_gather="预算额度INFOSECRET",
            materials="案例集MATERIALSECRET", notes=NOTES,
            concerns="1. 高峰期 latency 偏高\n2. 与现有 Cisco 设备的兼容性\n3. 报价需在预算内",
            next_steps="- 我方提交兼容性报告\n- 客户确认测试环境", satisfaction=4,
            satisfaction_note="客户情绪不错SATISFACTIONSECRET",
            next_contact_on=date(2026, 12, 4), people=[zhe, kun, sheng], members=[me, pm],
            owner=me,
        )
        s.add(visit)
        s.flush()
        s.add_all([
            Commitment(account=acc, interaction=visit, party=Party.OURS, by_member=me,
                       to_person=zhe, what="提交与 Cisco ISR 4000 系列的兼容性测试报告",
                       due_on=date(2026, 11, 30)),
            Commitment(account=acc, interaction=visit, party=Party.OURS, by_member=pm,
                       to_person=kun, what="Send the PoC test plan (English and Chinese)",
                       due_on=date(2026, 12, 1)),
            Commitment(account=acc, interaction=visit, party=Party.THEIRS, by_person=sheng,
                       to_member=me, what="准备测试环境与两条专线", due_on=None),
            Commitment(account=acc, interaction=visit, party=Party.OURS, by_member=me,
                       to_person=zhe, what="DROPPEDPROMISE", status=CommitmentStatus.DROPPED),
        ])
        planned = Interaction(
            account=acc, kind=InteractionKind.VISIT, starts_at=start + timedelta(days=14),
            duration_minutes=60, place="华东移动大厦", subject="PoC 测试计划评审",
            objective="让王堃认可测试计划。", agenda="1. 回顾兼容性报告\n2. 评审测试计划",
            people=[zhe, kun, yun], members=[me],
        )
        s.add(planned)
        for i in range(history):
            s.add(Interaction(account=acc, kind=InteractionKind.CALL,
                              starts_at=start - timedelta(days=10 * (i + 1)),
                              subject=f"例行沟通 {i + 1}", notes="电话沟通项目进展。",
                              people=[sheng], members=[me]))
        group = SubGroup(account=acc, name="技术评估委员会", kind=SubGroupKind.FORMAL,
                         influence=4, meeting_dates="每季度第一周", members=[kun, sheng])
        s.add_all([group, KeyEvent(account=acc, month=3, title="年度预算评审",
                                   roles_active=[DecisionRole.DECIDER])])
        people = {p.name: p.id for p in (zhe, kun, sheng, jun, yun)}
        return Sample(acc.id, visit.id, planned.id, people)


def tiny_png(width: int = 40, height: int = 20) -> bytes:
    """A valid solid-colour RGB PNG, made without any imaging library."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    raw = b"".join(b"\x00" + b"\x1f\x3a\x5f" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))
