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


def make_three_profiled_attendees(db: Database) -> str:
    """A planned visit with three attendees whose profiles are filled in completely
    (roles, attitude, relationship, power, personality, needs, all four FORM topics,
    common ground, open commitments each way), a full plan, history and weak points.
    Returns the planned interaction's id."""
    from desktop.db.enums import Motive, PersonalNeed

    with db.unit_of_work() as s:
        me = TeamMember(name="陈明", english_name="Ming Chen", is_me=True,
                        role=TeamRole.ACCOUNT_MANAGER, title="高级客户经理")
        pm = TeamMember(name="刘洋", english_name="Yang Liu", role=TeamRole.PRODUCT_MANAGER,
                        title="产品经理")
        acc = Account(name="华东移动通信集团有限公司", short_name="华东移动", owner=me,
                      value_tier=ValueTier.A, org_politics=OrgPolitics.CHECKS_AND_BALANCES)
        profiles = [
            ("周建国", "Zhou Jianguo", "副总经理（分管网络与IT）", "公司领导",
             [DecisionRole.DECIDER, DecisionRole.INITIATOR], Attitude.PASSIVE, Stance.NEUTRAL,
             Personality.DOMINANT, 5, 5, True, False,
             ("女儿在英国读研究生，今年夏天毕业，正在考虑是否回国发展，他很关心这件事。",
              "网络条线出身，做过两个地市分公司的总经理，明年可能竞争集团总部的职位。",
              "希望5G专网二期成为他任内的标杆项目，要亮点、要数字、要在集团汇报中露脸。",
              "跑步，半马成绩1小时52分；喜欢看军事历史，周末常去郊区骑行。"),
             [RapportTopic.SPORTS, RapportTopic.HISTORY], "见面先聊跑步，别聊足球（他不喜欢）；他欣赏准时、守信的人。"),
            ("陈喆", "Chen Zhe", "信息技术部总经理", "信息技术部",
             [DecisionRole.EVALUATOR, DecisionRole.INTERNAL_INFLUENCER], Attitude.ACTIVE, Stance.SUPPORTER,
             Personality.ANALYTICAL, 4, 4, True, True,
             ("爱人在南大当老师，有一个女儿上初二，周末常陪女儿参加数学竞赛培训。",
              "东南大学计算机硕士，和总部两位处长是同学；做事严谨，所有方案都要看附件和测试数据。",
              "想把IT部做成全省公司的“数字化中台”，需要我们的平台撑住他提出的指标。",
              "羽毛球，每周五晚上固定打两小时；喜欢读科技类书籍和《凤凰架构》。"),
             [RapportTopic.SPORTS, RapportTopic.READING, RapportTopic.CHILDREN], "送过他一本《凤凰架构》，他很喜欢；最近在研究大模型落地。"),
            ("黄敏", "Huang Min", "总经理办公室副主任", "总经理办公室",
             [DecisionRole.INTERNAL_INFLUENCER, DecisionRole.SCREENER], Attitude.PASSIVE, Stance.BLOCKER,
             Personality.AMIABLE, 2, 4, False, True,
             ("儿子上小学三年级，在学编程；父母身体不好，常为照顾老人请假。",
              "在总办十年，掌握周总的日程与材料入口，所有汇报材料都经她手；据说与陈喆关系一般。",
              "希望工作安稳、少出错；对新供应商天然谨慎，怕项目出问题被追责。",
              "烘焙，朋友圈常晒蛋糕和面包；喜欢养多肉植物，周末去花鸟市场。"),
             [RapportTopic.CHILDREN, RapportTopic.PARENTS], "聊孩子学编程和烘焙；不要在她面前提竞争对手，也不要抱怨。"),
        ]
        people = []
        for (name, en, title, dept, roles, attitude, stance, personality, power, influence,
             inst, pers, form, topics, notes) in profiles:
            people.append(Person(
                account=acc, name=name, english_name=en, title=title, department=dept, roles=roles,
                attitude=attitude, stance=stance, personality=personality, power=power,
                influence=influence, we_meet_institutional=inst, we_meet_personal=pers,
                motive=Motive.JOB_DUTY, personal_needs=[PersonalNeed.RECOGNITION, PersonalNeed.CAREER],
                institutional_needs=[InstitutionalNeed.RAISE_EFFICIENCY],
                form_family=form[0], form_occupation=form[1], form_motivation=form[2],
                form_recreation=form[3], rapport_topics=topics, rapport_notes=notes,
                certainty={"stance": Certainty.HEARSAY.value, "form_occupation": Certainty.HEARSAY.value},
                phones=["13800000000"], notes="（交接档案才需要的备注）" * 5,
            ))
        absent = Person(account=acc, name="马骏", title="采购部经理", roles=[DecisionRole.SCREENER],
                        stance=Stance.ENEMY, attitude=Attitude.RESISTANT, influence=4)
        s.add_all([me, pm, acc, *people, absent])
        s.flush()
        start = datetime(2026, 11, 30, 10, 0)
        for i in range(8):
            s.add(Interaction(account=acc, kind=InteractionKind.VISIT if i % 2 else InteractionKind.CALL,
                              starts_at=start - timedelta(days=9 * (i + 1)),
                              subject=f"5G专网二期方案沟通（第{i + 1}轮）", people=people[: 1 + i % 3],
                              members=[me], next_steps="我方补充兼容性测试报告，客户确认测试环境与时间表，"
                              "并安排网络部专场汇报。"))
        for person in people:
            s.add_all([
                Commitment(account=acc, party=Party.OURS, by_member=me, to_person=person,
                           what=f"给{person.name}发送5G专网二期方案与报价明细",
                           due_on=date(2026, 12, 5)),
                Commitment(account=acc, party=Party.THEIRS, by_person=person, to_member=pm,
                           what="确认测试环境与两条专线的开通时间"),
            ])
        planned = Interaction(
            account=acc, kind=InteractionKind.VISIT, starts_at=start, duration_minutes=60,
            place="移动大厦 22楼 周总办公室", subject="续约前拜访周总",
            objective="在评审会前向周总汇报“5G专网二期”的方案与降本成果，争取他对方案的支持，并约定SLA罚则的谈法。",
            agenda="寒暄：周总最近的半马成绩\n放成果：降噪效果回顾（数据说话，2分钟）\n"
                   "打包方案的价值：降本8%，一个责任主体\nSLA罚则我们主动提\n请周总指示下一步",
            info_to_gather="周总对拆分招标的真实态度；刘总有没有在他面前抱怨过；集团对国产化的新要求。",
            materials="一页纸方案摘要；整改后6个月可用性数据（99.99%）；TCO对比；苏南园区试点视频（3分钟）",
            people=people, members=[me, pm],
        )
        s.add(planned)
        s.flush()
        return planned.id
