"""The closed value sets of the key-account domain (see shared/domain.md).

Each value is stored by its English identifier and carries its Chinese and
English label (and, where the field uses one, a short code such as D/E/S/U).
The Chinese labels are the terms users know from their training: keep them
verbatim. These labels are the single source of the vocabulary for the GUI,
the CLI and the PDF reports alike.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class Labeled(StrEnum):
    """A StrEnum whose members carry (zh, en[, code]) labels.

    Members are declared as ``name = "value", "中文", "English", "CODE"``.
    """

    zh: str
    en: str
    code: str

    def __new__(cls, value: str, zh: str = "", en: str = "", code: str = "") -> Self:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.zh = zh
        obj.en = en
        obj.code = code
        return obj

    def label(self, lang: str = "en") -> str:
        """The label in ``lang`` ("zh" or "en"; "both" gives "中文 English")."""
        if lang == "zh":
            return self.zh
        if lang == "both":
            return f"{self.zh} {self.en}"
        return self.en

    @classmethod
    def parse(cls, text: str) -> Self:
        """Find a member by value, code, English or Chinese label (case-insensitive)."""
        key = text.strip().casefold()
        for member in cls:
            if key in {member.value.casefold(), member.en.casefold(), member.zh.casefold()}:
                return member
            if member.code and key == member.code.casefold():
                return member
        raise ValueError(f"{text!r} is not one of: {', '.join(m.value for m in cls)}")


# ---------------------------------------------------------------- the account
class OrgPolitics(Labeled):
    AUTOCRATIC = "autocratic", "独裁型", "Autocratic"
    BALANCED = "balanced", "平衡型", "Balanced"
    CHECKS_AND_BALANCES = "checks_and_balances", "制衡型", "Checks and balances"


class Tightness(Labeled):
    """Relationship tightness (客户关系类型)."""

    LOOSE = "loose", "松散型(夹子)", 'Loose ("clip")'
    FAMILIAR = "familiar", "熟悉型(拉链)", 'Familiar ("zipper")'
    TIGHT = "tight", "紧密型(尼龙搭钩)", 'Tight ("velcro")'


class RelationshipLevel(Labeled):
    """Kotler's five relationship levels (关系水平), lowest first."""

    BASIC = "basic", "基本型", "Basic"
    REACTIVE = "reactive", "被动型", "Reactive"
    ACCOUNTABLE = "accountable", "负责型", "Accountable"
    PROACTIVE = "proactive", "能动型", "Proactive"
    PARTNERSHIP = "partnership", "伙伴型", "Partnership"


class LoyaltyStage(Labeled):
    SUSPECT = "suspect", "猜疑", "Suspect"
    EXPECTATION = "expectation", "期望", "Expectation"
    FIRST_PURCHASE = "first_purchase", "第一次购买", "First purchase"
    REPEAT_PURCHASE = "repeat_purchase", "重复购买", "Repeat purchase"
    ADVOCATE = "advocate", "品牌宣传", "Advocate"


class ValueTier(Labeled):
    """The 80/20 rule: tier A are the top 20–30 % of accounts by value."""

    A = "a", "A类(重点客户)", "A (key account)", "A"
    B = "b", "B类(重要客户)", "B (important)", "B"
    C = "c", "C类(一般客户)", "C (standard)", "C"


class InstitutionalNeed(Labeled):
    CUT_COST = "cut_cost", "降低成本", "Cut cost"
    RAISE_EFFICIENCY = "raise_efficiency", "提高效率", "Raise efficiency"
    STRENGTHEN_MANAGEMENT = "strengthen_management", "加强管理", "Strengthen management"
    BUILD_IMAGE = "build_image", "塑造形象", "Build image"
    MARKETING = "marketing", "市场营销", "Marketing"
    RELATIONSHIP_UPKEEP = "relationship_upkeep", "客户关系维护", "Customer-relationship upkeep"


class ChurnRisk(Labeled):
    LOW = "low", "低", "Low"
    MEDIUM = "medium", "中", "Medium"
    HIGH = "high", "高", "High"
    LOST = "lost", "已流失", "Lost"


class ChurnType(Labeled):
    """Why an account left (流失类型)."""

    NATURAL = "natural", "自然流失", "Natural (the contact moved away)"
    MALICIOUS = "malicious", "恶意流失", "Bad debt / malicious"
    COMPETITIVE = "competitive", "竞争流失", "Competitive (a rival lured them)"
    OUR_FAULT = "our_fault", "过失流失", "Our fault (we broke a promise)"


class ChurnScope(Labeled):
    """Volume churn vs value churn: the account may stay but spend less."""

    ACCOUNT = "account", "客户流失", "Account lost"
    VOLUME = "volume", "数量流失", "Volume churn"
    VALUE = "value", "价值流失", "Value churn (spends less)"


class ChurnCause(Labeled):
    PRICE = "price", "价格", "Price"
    INCONVENIENCE = "inconvenience", "不方便", "Inconvenience"
    MISSING_FEATURE = "missing_feature", "缺少功能", "A missing feature"
    BAD_SERVICE = "bad_service", "服务失误", "A bad service encounter"
    COMPETITOR_MOVE = "competitor_move", "竞争对手行动", "A competitor's move"
    INVOLUNTARY = "involuntary", "非自愿原因", "Involuntary reasons"


class RetentionStep(Labeled):
    """Keeping an account that wants to leave (客户挽留五个关键环节), in order."""

    BUILD_TRUST = "build_trust", "建立信任", "Build trust"
    EXPLORE_REASON = "explore_reason", "探询原因", "Explore the reason"
    PROPOSE = "propose", "提出建议", "Propose"
    HANDLE_REJECTION = "handle_rejection", "化解拒绝", "Handle rejection"
    CLOSE_WELL = "close_well", "圆满结束", "Close well"


# ------------------------------------------------------------------- people
class DecisionRole(Labeled):
    """Decision roles (决策中扮演的角色); a person may hold several."""

    DECIDER = "decider", "决策者", "Decider", "D"
    EVALUATOR = "evaluator", "评估者", "Evaluator", "E"
    SCREENER = "screener", "过滤者", "Screener", "S"
    USER = "user", "使用者", "User", "U"
    INITIATOR = "initiator", "倡议者", "Initiator", "I"
    INTERNAL_INFLUENCER = "internal_influencer", "内部影响者", "Internal influencer", "II"
    EXTERNAL_INFLUENCER = "external_influencer", "外部影响者", "External influencer", "EI"
    EXECUTOR = "executor", "执行者", "Executor", "X"


class Attitude(Labeled):
    """Attitude to the project (工作态度)."""

    ACTIVE = "active", "积极", "Active", "A"
    PASSIVE = "passive", "被动", "Passive", "P"
    RESISTANT = "resistant", "抵触", "Resistant", "R"


class Stance(Labeled):
    """Relationship to us (与我方的关系), warmest first."""

    CHAMPION = "champion", "啦啦队员", "Champion", "C"
    SUPPORTER = "supporter", "支持者", "Supporter", "S"
    NEUTRAL = "neutral", "中立者", "Neutral", "N"
    BLOCKER = "blocker", "阻挡者", "Blocker", "B"
    ENEMY = "enemy", "对立方", "Enemy", "E"


class Personality(Labeled):
    """The four personality types (客户的四种个性)."""

    DOMINANT = "dominant", "主观型", "Dominant"
    ANALYTICAL = "analytical", "分析型", "Analytical"
    EXPRESSIVE = "expressive", "表现型", "Expressive"
    AMIABLE = "amiable", "随和型", "Amiable"


class Motive(Labeled):
    """Personal motive (个人动机)."""

    JOB_DUTY = "job_duty", "工作职责", "Job duty"
    PERSONAL_NEEDS = "personal_needs", "个人需求", "Personal needs"
    OWN_ROLE = "own_role", "自身角色", "Their own role"


class PersonalNeed(Labeled):
    SAVE_COSTS = "save_costs", "节省个人成本", "Save personal costs"
    EXTRAS = "extras", "额外利益", "Extras / gifts"
    EMOTIONAL = "emotional", "情感需求", "Emotional"
    FAMILY_FRIENDS = "family_friends", "家人和朋友", "Family and friends"
    RECOGNITION = "recognition", "体现尊崇", "Recognition / esteem"
    CAREER = "career", "职业发展", "Career development"


class NeedsQuadrant(Labeled):
    """Needs matrix (个人需求和机构需求): derived, never stored."""

    SUPPLIER = "supplier", "供应商", "Supplier"
    PARTNER = "partner", "伙伴", "Partner"
    FRIEND = "friend", "朋友", "Friend"
    OUTSIDER = "outsider", "局外人", "Outsider"


class LinkKind(Labeled):
    """Relationships between client people (关系)."""

    ORDINARY = "ordinary", "一般", "Ordinary"
    SCHOOLMATES = "schoolmates", "师兄", "Schoolmates / mentor"
    RIVALS = "rivals", "对立", "Rivals"
    CLOSE = "close", "紧密", "Close"
    RELATIVES = "relatives", "亲戚", "Relatives"


class Certainty(Labeled):
    """How sure we are of a fact: no information beats wrong information."""

    CONFIRMED = "confirmed", "已确认", "Confirmed"
    HEARSAY = "hearsay", "传闻", "Hearsay"


class RapportTopic(Labeled):
    """Common-ground topics for rapport (FORM and beyond)."""

    GOALS = "goals", "目标与计划", "Goals and plans"
    CARS = "cars", "汽车", "Cars"
    CLOTHING = "clothing", "服饰", "Clothing"
    SPORTS = "sports", "运动", "Sports"
    COLLECTING = "collecting", "收藏", "Collecting"
    STOCKS = "stocks", "股票", "Stocks"
    OUTDOORS = "outdoors", "户外", "Outdoors"
    TRAVEL = "travel", "旅游", "Travel"
    READING = "reading", "读书", "Reading"
    PETS = "pets", "宠物", "Pets"
    CHILDREN = "children", "子女", "Children"
    PARENTS = "parents", "父母", "Parents"
    HOME = "home", "家居", "Home"
    HEALTH = "health", "健康", "Health"
    MUTUAL_FRIENDS = "mutual_friends", "共同的朋友", "Mutual friends"
    HISTORY = "history", "历史", "History"
    HOMETOWN = "hometown", "家乡", "Hometown"


class InfluenceChannel(Labeled):
    """Influence channels (影响力来源) that reach a person."""

    MAGAZINES = "magazines", "杂志", "Magazines"
    DIRECT_MAIL = "direct_mail", "直邮", "Direct mail"
    EXHIBITIONS = "exhibitions", "展会", "Exhibitions"
    SEMINARS = "seminars", "研讨会", "Seminars"
    ADVERTISING = "advertising", "广告", "Advertising"
    LIVE_DEMOS = "live_demos", "现场演示", "Live demos"
    PRESENTATIONS = "presentations", "讲解演示", "Presentations"
    TRADE_JOURNALS = "trade_journals", "行业期刊", "Trade journals"
    INTERNAL_REPORTS = "internal_reports", "内部报告", "Internal reports"
    COMPETITORS = "competitors", "竞争对手", "Competitors"
    CONSULTANTS = "consultants", "顾问", "Consultants"
    PUBLIC_OPINION = "public_opinion", "舆论", "Public opinion"
    INDUSTRY_USERS = "industry_users", "业内其他用户", "Other users in the industry"


class ExternalBodyKind(Labeled):
    """Outside bodies a decision member is tied to (外部关系)."""

    REGULATOR = "regulator", "监管机构", "Regulator"
    BANK = "bank", "银行", "Bank"
    GOVERNMENT = "government", "政府部门", "Government department"
    COMPETITOR = "competitor", "竞争对手", "Competitor"
    INDUSTRY_BODY = "industry_body", "行业协会", "Industry body"
    OTHER = "other", "其他", "Other"


class SubGroupKind(Labeled):
    FORMAL = "formal", "正式群体", "Formal"
    INFORMAL = "informal", "非正式群体", "Informal"


# ------------------------------------------------------------------ our side
class TeamRole(Labeled):
    """Our own people who hold relationships (立体的关系网络)."""

    ACCOUNT_MANAGER = "account_manager", "客户经理", "Account manager"
    PRODUCT_MANAGER = "product_manager", "产品经理", "Product manager"
    SUPERVISOR = "supervisor", "主管", "Supervisor"
    CHIEF_ACCOUNT_MANAGER = "chief_account_manager", "首席客户经理", "Chief account manager"
    EXECUTIVE = "executive", "高管", "Executive"
    ENGINEER = "engineer", "技术支持", "Solution engineer"


# -------------------------------------------------------------- interactions
class InteractionKind(Labeled):
    VISIT = "visit", "拜访", "Visit"
    CALL = "call", "电话", "Call"
    MEAL = "meal", "宴请/社交", "Meal / social"
    EVENT = "event", "活动", "Event"
    MESSAGE = "message", "邮件/消息", "Email / message"
    COMPLAINT = "complaint", "投诉", "Complaint"


class Party(Labeled):
    """Which side made a commitment."""

    OURS = "ours", "我方", "Ours"
    THEIRS = "theirs", "客户方", "Theirs"


class CommitmentStatus(Labeled):
    OPEN = "open", "未完成", "Open"
    DONE = "done", "已完成", "Done"
    DROPPED = "dropped", "已取消", "Dropped"


# Every closed set, for the CLI's and the exporters' validation and for docs.
ALL_ENUMS: tuple[type[Labeled], ...] = (
    OrgPolitics, Tightness, RelationshipLevel, LoyaltyStage, ValueTier,
    InstitutionalNeed, ChurnRisk, ChurnType, ChurnScope, ChurnCause, RetentionStep,
    DecisionRole, Attitude, Stance, Personality, Motive, PersonalNeed, NeedsQuadrant,
    LinkKind, Certainty, RapportTopic, InfluenceChannel, ExternalBodyKind, SubGroupKind,
    TeamRole, InteractionKind, Party, CommitmentStatus,
)
