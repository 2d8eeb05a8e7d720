"""What the domain teaches about each person: engagement tips, the five-word
guideline per role, the needs-matrix quadrant. Bilingual text, no Qt.

The wording follows shared/domain.md; the Chinese is what users learned in training.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.db.enums import DecisionRole, NeedsQuadrant, Personality


@dataclass(frozen=True)
class Bilingual:
    en: str
    zh: str

    def text(self, lang: str = "en") -> str:
        if lang == "zh":
            return self.zh
        if lang == "both":
            return f"{self.zh} / {self.en}"
        return self.en


@dataclass(frozen=True)
class PersonalityGuide:
    axes: Bilingual
    traits: Bilingual
    tips: tuple[Bilingual, ...]


PERSONALITY_GUIDE: dict[Personality, PersonalityGuide] = {
    Personality.DOMINANT: PersonalityGuide(
        axes=Bilingual("Assertive, rational", "控制型、理性"),
        traits=Bilingual(
            "Wants control and results; direct, fast, impatient, decisive, competitive.",
            "要掌控、重结果；直接、快节奏、没耐心、果断、好胜。",
        ),
        tips=(
            Bilingual("Be on time.", "准时。"),
            Bilingual("Let them decide.", "让对方做决定。"),
            Bilingual("Be brief and crisp.", "简明扼要。"),
            Bilingual("Dress formally.", "着装正式。"),
            Bilingual("Bring data and facts.", "用数据和事实说话。"),
            Bilingual("Avoid open confrontation.", "避免正面冲突。"),
        ),
    ),
    Personality.ANALYTICAL: PersonalityGuide(
        axes=Bilingual("Passive, rational", "被动型、理性"),
        traits=Bilingual(
            "Details, analysis, high standards, perfectionist; facts, polite, precise, critical.",
            "重细节、爱分析、标准高、追求完美；讲事实、有礼貌、精确、挑剔。",
        ),
        tips=(
            Bilingual("Bring detailed material and analysis.", "准备详细的资料和分析。"),
            Bilingual("Prepare thoroughly.", "充分准备。"),
            Bilingual("Show evidence and dare to commit.", "拿出证据，敢于承诺。"),
            Bilingual("Stay businesslike.", "公事公办。"),
            Bilingual("Be exact.", "表达精确。"),
            Bilingual("Praise their care.", "赞赏对方的严谨细致。"),
        ),
    ),
    Personality.EXPRESSIVE: PersonalityGuide(
        axes=Bilingual("Assertive, sociable", "控制型、感性"),
        traits=Bilingual(
            "People-driven leader with broad interests; reaches goals through relationships; "
            "outgoing, optimistic, emotional, humorous.",
            "以人为本的领导者，兴趣广泛，通过关系达成目标；外向、乐观、情绪化、幽默。",
        ),
        tips=(
            Bilingual("Follow their interests.", "顺着对方的兴趣。"),
            Bilingual("Be patient.", "要有耐心。"),
            Bilingual("Talk a lot and trade ideas.", "多交流、多碰撞想法。"),
            Bilingual("Invest time in the relationship.", "在关系上投入时间。"),
            Bilingual("Keep it fun.", "保持轻松有趣。"),
            Bilingual("Stay in touch after hours.", "工作之外也保持联系。"),
        ),
    ),
    Personality.AMIABLE: PersonalityGuide(
        axes=Bilingual("Passive, sociable", "被动型、感性"),
        traits=Bilingual(
            "Easy-going, cooperative, patient, a good listener, courteous; speaks slowly and "
            "softly; safety first.",
            "随和、合作、有耐心、善于倾听、有礼貌；说话慢声细语；求稳第一。",
        ),
        tips=(
            Bilingual("Show personal care.", "表达个人关怀。"),
            Bilingual("Find common ground.", "寻找共同点。"),
            Bilingual("Talk business in a relaxed way.", "以轻松的方式谈业务。"),
            Bilingual("Lead them to the goal.", "引导对方达成目标。"),
            Bilingual("Never attack competitors.", "绝不攻击竞争对手。"),
            Bilingual("Never complain in front of them.", "绝不在对方面前抱怨。"),
        ),
    ),
}

# The five-word guideline (十字方针): what to do with each role.
ROLE_GUIDELINE: dict[DecisionRole, Bilingual] = {
    DecisionRole.INITIATOR: Bilingual("Activate", "启动"),
    DecisionRole.INTERNAL_INFLUENCER: Bilingual("Win over", "拉拢"),
    DecisionRole.EXTERNAL_INFLUENCER: Bilingual("Win over", "拉拢"),
    DecisionRole.EXECUTOR: Bilingual("Get buy-in", "认同"),
    DecisionRole.USER: Bilingual("Serve", "服务"),
    DecisionRole.DECIDER: Bilingual("Respect", "尊重"),
}

QUADRANT_MEANING: dict[NeedsQuadrant, Bilingual] = {
    NeedsQuadrant.SUPPLIER: Bilingual(
        "We meet their institutional needs only.", "我们只满足了对方的机构需求。"
    ),
    NeedsQuadrant.PARTNER: Bilingual(
        "We meet both their institutional and personal needs.", "我们同时满足了对方的机构需求和个人需求。"
    ),
    NeedsQuadrant.FRIEND: Bilingual(
        "We meet their personal needs only.", "我们只满足了对方的个人需求。"
    ),
    NeedsQuadrant.OUTSIDER: Bilingual(
        "We meet neither their institutional nor their personal needs.",
        "我们既没有满足对方的机构需求，也没有满足其个人需求。",
    ),
}

FORM_TOPICS: tuple[tuple[str, Bilingual], ...] = (
    ("form_family", Bilingual("Family", "家庭")),
    ("form_occupation", Bilingual("Occupation", "职业")),
    ("form_motivation", Bilingual("Motivation", "动机")),
    ("form_recreation", Bilingual("Recreation", "消遣娱乐")),
)


def needs_quadrant(meets_institutional: bool, meets_personal: bool) -> NeedsQuadrant:
    """The needs-matrix quadrant from whether we meet each kind of need."""
    if meets_institutional and meets_personal:
        return NeedsQuadrant.PARTNER
    if meets_institutional:
        return NeedsQuadrant.SUPPLIER
    if meets_personal:
        return NeedsQuadrant.FRIEND
    return NeedsQuadrant.OUTSIDER


def role_guidelines(roles: list[DecisionRole]) -> list[tuple[DecisionRole, Bilingual]]:
    """The guideline for each of a person's roles that has one (evaluator/screener have none)."""
    return [(role, ROLE_GUIDELINE[role]) for role in roles if role in ROLE_GUIDELINE]
