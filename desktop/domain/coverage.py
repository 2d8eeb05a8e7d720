"""Coverage analysis of one account's decision chain (no Qt).

``analyse(session, account_id, today=...)`` reads the account's people, their
links, our coverage and the last real contact of each, and returns the
findings of a fixed set of rules. Each finding explains itself in plain words
(English and Chinese) and suggests an action from the five-word guideline
(十字方针: activate the initiator, win over influencers, get buy-in from
executors, serve users, respect deciders). The analysis also places each person
in the needs matrix and sums the account's health up in one line.

People who have left the company (``left_on`` on or before today) are not part
of the chain any more and are ignored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.enums import Attitude, Certainty, DecisionRole, Labeled, NeedsQuadrant, Stance
from desktop.db.models import Coverage, Person, TeamMember
from desktop.db.queries import last_contact_by_person
from desktop.domain.followups import CadencePolicy
from desktop.domain.guidance import ROLE_GUIDELINE, Bilingual, needs_quadrant

HIGH_INFLUENCE = 4
# Roles every decision chain has, whether we have found the person yet or not.
EXPECTED_ROLES: tuple[DecisionRole, ...] = (
    DecisionRole.DECIDER,
    DecisionRole.EVALUATOR,
    DecisionRole.USER,
    DecisionRole.INITIATOR,
)
# Roles that must be reached by at least one of our people.
KEY_ROLES: tuple[DecisionRole, ...] = (
    DecisionRole.DECIDER,
    DecisionRole.EVALUATOR,
    DecisionRole.INITIATOR,
)
# Person fields whose certainty the hearsay rule reports, with their names.
FIELD_NAMES: dict[str, Bilingual] = {
    "roles": Bilingual("roles", "角色"),
    "attitude": Bilingual("attitude", "工作态度"),
    "stance": Bilingual("relationship to us", "与我方的关系"),
    "power": Bilingual("power", "权力"),
    "influence": Bilingual("influence", "影响力"),
    "personality": Bilingual("personality", "个性"),
    "motive": Bilingual("motive", "个人动机"),
    "personal_needs": Bilingual("personal needs", "个人需求"),
    "institutional_needs": Bilingual("institutional needs", "机构需求"),
    "reports_to": Bilingual("reporting line", "汇报关系"),
    "reports_to_id": Bilingual("reporting line", "汇报关系"),
    "birthday": Bilingual("birthday", "生日"),
    "form_family": Bilingual("family", "家庭"),
    "form_occupation": Bilingual("occupation", "职业"),
    "form_motivation": Bilingual("motivation", "动机"),
    "form_recreation": Bilingual("recreation", "消遣娱乐"),
}


class Severity(Labeled):
    """How urgently a finding needs attention, most urgent first."""

    HIGH = "high", "严重", "Serious", "!"
    MEDIUM = "medium", "注意", "Warning", "·"
    LOW = "low", "提示", "Note", "i"


class Health(Labeled):
    HEALTHY = "healthy", "健康", "Healthy"
    WATCH = "watch", "需关注", "Needs attention"
    AT_RISK = "at_risk", "有风险", "At risk"


class Rule(Labeled):
    """The coverage rules, each with its short title."""

    NO_CHAMPION = "no_champion", "没有啦啦队员", "No champion"
    DECIDER_NOT_WON = "decider_not_won", "决策者未被争取", "Decider not won over"
    HOSTILE_INFLUENCER = "hostile_influencer", "有影响力的反对者", "Influential opponent"
    SINGLE_THREADED = "single_threaded", "单线联系", "Single-threaded"
    KEY_ROLE_UNCOVERED = "key_role_uncovered", "关键角色无人覆盖", "Key role not covered"
    ROLE_MISSING = "role_missing", "决策链缺少角色", "Role missing from the chain"
    CONTACT_OVERDUE = "contact_overdue", "联系超期", "Contact overdue"
    HEARSAY_ONLY = "hearsay_only", "决策者信息仅为传闻", "Decider facts are hearsay"


@dataclass(frozen=True)
class Finding:
    rule: Rule
    severity: Severity
    people: tuple[str, ...]
    explanation: Bilingual
    action: Bilingual

    @property
    def title(self) -> Bilingual:
        return Bilingual(self.rule.en, self.rule.zh)


@dataclass
class Analysis:
    account_id: str
    findings: list[Finding]
    quadrants: dict[NeedsQuadrant, list[str]]
    names: dict[str, str]
    health: Health = Health.HEALTHY
    summary: Bilingual = field(default_factory=lambda: Bilingual("", ""))

    def people_flagged(self) -> dict[str, Severity]:
        """The most urgent severity that concerns each person (for highlighting on the map)."""
        order = list(Severity)
        worst: dict[str, Severity] = {}
        for finding in self.findings:
            for pid in finding.people:
                if pid not in worst or order.index(finding.severity) < order.index(worst[pid]):
                    worst[pid] = finding.severity
        return worst


# What the rules read of a person.
CHAIN_COLUMNS = ("id", "name", "roles", "attitude", "stance", "influence", "cadence_days",
                 "certainty", "left_on", "we_meet_institutional", "we_meet_personal")


@dataclass
class _Chain:
    """What the rules look at, read once."""

    people: list[Any]  # rows with a Person's CHAIN_COLUMNS
    covered_by: dict[str, set[str]]  # person id -> our member ids
    last_contact: dict[str, datetime]
    today: date
    policy: CadencePolicy = field(default_factory=CadencePolicy)

    def with_role(self, role: DecisionRole) -> list[Person]:
        return [p for p in self.people if role in (p.roles or [])]


def _names(people: Sequence[Person]) -> str:
    return "、".join(p.name for p in people)


def _names_en(people: Sequence[Person]) -> str:
    return ", ".join(p.name for p in people)


def _guide(role: DecisionRole) -> Bilingual:
    return ROLE_GUIDELINE[role]


# ------------------------------------------------------------------- rules
def rule_no_champion(chain: _Chain) -> list[Finding]:
    if not chain.people or any(p.stance == Stance.CHAMPION for p in chain.people):
        return []
    supporters = [p for p in chain.people if p.stance == Stance.SUPPORTER]
    initiators = chain.with_role(DecisionRole.INITIATOR)
    candidates = supporters or initiators
    g = _guide(DecisionRole.INITIATOR)
    if candidates:
        action = Bilingual(
            f"{g.en} ({g.zh}): develop {_names_en(candidates)} into a champion — share our plan "
            "early, help them win internally, and ask them to introduce us further.",
            f"{g.zh}：把{_names(candidates)}培养成啦啦队员——提前分享我方方案，帮助其在内部取得成绩，"
            "请其为我们引荐更多的人。",
        )
    else:
        action = Bilingual(
            f"{g.en} ({g.zh}): find the person who proposed the project or gains most from it, "
            "and develop them into a champion.",
            f"{g.zh}：找出提出项目或从中获益最多的人，把其培养成啦啦队员。",
        )
    return [
        Finding(
            Rule.NO_CHAMPION,
            Severity.HIGH,
            tuple(p.id for p in candidates),
            Bilingual(
                "Nobody in the account promotes us inside the client: without a champion we "
                "learn late what is decided, and nobody speaks for us when we are not there.",
                "客户内部没有人为我方说话：没有啦啦队员，我们很晚才知道决定，我们不在场时也没有人替我们发声。",
            ),
            action,
        )
    ]


def rule_decider_not_won(chain: _Chain) -> list[Finding]:
    g = _guide(DecisionRole.DECIDER)
    findings = []
    for p in chain.with_role(DecisionRole.DECIDER):
        reasons_en, reasons_zh = [], []
        if p.stance is None:
            reasons_en.append("we do not know where they stand with us")
            reasons_zh.append("不清楚其与我方的关系")
        elif p.stance in (Stance.NEUTRAL, Stance.BLOCKER, Stance.ENEMY):
            reasons_en.append(f"they are {p.stance.en.lower()} towards us")
            reasons_zh.append(f"其与我方的关系是{p.stance.zh}")
        if p.attitude is None:
            reasons_en.append("their attitude to the project is unknown")
            reasons_zh.append("其对项目的态度不明")
        elif p.attitude == Attitude.RESISTANT:
            reasons_en.append("they resist the project")
            reasons_zh.append("其对项目持抵触态度")
        if not reasons_en:
            continue
        severity = (
            Severity.HIGH
            if p.stance in (Stance.BLOCKER, Stance.ENEMY) or p.attitude == Attitude.RESISTANT
            else Severity.MEDIUM
        )
        findings.append(
            Finding(
                Rule.DECIDER_NOT_WON,
                severity,
                (p.id,),
                Bilingual(
                    f"{p.name} makes the call, but {' and '.join(reasons_en)}.",
                    f"{p.name}是决策者，但{'，'.join(reasons_zh)}。",
                ),
                Bilingual(
                    f"{g.en} ({g.zh}) the decider: have a senior of ours meet {p.name}, be brief, "
                    "bring facts, let them decide — and learn their view through the champion.",
                    f"{g.zh}决策者：安排我方高层拜访{p.name}，简明扼要、用事实说话、让对方做决定，"
                    "并通过啦啦队员了解其想法。",
                ),
            )
        )
    return findings


def rule_hostile_influencer(chain: _Chain) -> list[Finding]:
    findings = []
    for p in chain.people:
        if p.stance not in (Stance.BLOCKER, Stance.ENEMY):
            continue
        if (p.influence or 0) < HIGH_INFLUENCE:
            continue
        g = _guide(DecisionRole.INTERNAL_INFLUENCER)
        findings.append(
            Finding(
                Rule.HOSTILE_INFLUENCER,
                Severity.HIGH,
                (p.id,),
                Bilingual(
                    f"{p.name} is a {p.stance.en.lower()} with influence {p.influence} of 5: "
                    "they can sway the decision against us.",
                    f"{p.name}是{p.stance.zh}，影响力 {p.influence}/5，可能左右决策对我方不利。",
                ),
                Bilingual(
                    f"{g.en} ({g.zh}): find out what {p.name} needs (personal and institutional), "
                    "who they listen to, and reach them through that person; keep our champion "
                    "informed of their moves.",
                    f"{g.zh}：弄清{p.name}的个人需求和机构需求以及其信任的人，通过此人去影响；"
                    "让啦啦队员留意其动向。",
                ),
            )
        )
    return findings


def rule_single_threaded(chain: _Chain) -> list[Finding]:
    if not chain.people:
        return []
    members = set().union(*chain.covered_by.values()) if chain.covered_by else set()
    if len(members) >= 2:
        return []
    covered = [p for p in chain.people if chain.covered_by.get(p.id)]
    if not members:
        explanation = Bilingual(
            "None of our people is recorded as holding a relationship with anyone in this account.",
            "没有记录我方任何人与该客户的任何人有联系。",
        )
    else:
        explanation = Bilingual(
            f"Only one of our people holds every relationship in this account "
            f"({_names_en(covered)}): if they leave or fall out, we lose the account's ear.",
            f"该客户的所有关系（{_names(covered)}）都只由我方一个人维系：此人一旦离开或关系破裂，我们就失去了联系。",
        )
    return [
        Finding(
            Rule.SINGLE_THREADED,
            Severity.HIGH,
            tuple(p.id for p in covered),
            explanation,
            Bilingual(
                "Build several layers of contact: pair a supervisor or executive of ours with the "
                "decider, and a product manager or engineer with the evaluators and users.",
                "建立多层次的联系：安排我方主管或高管对接决策者，产品经理或技术支持对接评估者和使用者。",
            ),
        )
    ]


def rule_key_role_uncovered(chain: _Chain) -> list[Finding]:
    findings = []
    for role in KEY_ROLES:
        holders = chain.with_role(role)
        if not holders or any(chain.covered_by.get(p.id) for p in holders):
            continue
        guide = ROLE_GUIDELINE.get(role)
        verb_en = f"{guide.en} ({guide.zh}): " if guide else ""
        verb_zh = f"{guide.zh}：" if guide else ""
        findings.append(
            Finding(
                Rule.KEY_ROLE_UNCOVERED,
                Severity.HIGH if role == DecisionRole.DECIDER else Severity.MEDIUM,
                tuple(p.id for p in holders),
                Bilingual(
                    f"No one of ours holds a relationship with the {role.en.lower()} "
                    f"({_names_en(holders)}).",
                    f"我方没有人与{role.zh}（{_names(holders)}）建立联系。",
                ),
                Bilingual(
                    f"{verb_en}name one of our people to own the relationship with "
                    f"{_names_en(holders)} and plan a first meeting.",
                    f"{verb_zh}指定我方一人负责与{_names(holders)}的关系，并安排首次会面。",
                ),
            )
        )
    return findings


def rule_role_missing(chain: _Chain) -> list[Finding]:
    if not chain.people:
        return []
    findings = []
    for role in EXPECTED_ROLES:
        if chain.with_role(role):
            continue
        guide = ROLE_GUIDELINE.get(role)
        then_en = f" Then {guide.en.lower()} ({guide.zh}) them." if guide else ""
        then_zh = f"然后{guide.zh}对方。" if guide else ""
        findings.append(
            Finding(
                Rule.ROLE_MISSING,
                Severity.HIGH if role == DecisionRole.DECIDER else Severity.MEDIUM,
                (),
                Bilingual(
                    f"No {role.en.lower()} ({role.code}) is identified in the decision chain: "
                    "someone holds this role, and we do not know who.",
                    f"决策链中没有确定{role.zh}（{role.code}）：一定有人承担这个角色，而我们还不知道是谁。",
                ),
                Bilingual(
                    f"Ask the champion or the initiator who {_ROLE_QUESTION[role].en}.{then_en}",
                    f"向啦啦队员或倡议者打听{_ROLE_QUESTION[role].zh}。{then_zh}",
                ),
            )
        )
    return findings


_ROLE_QUESTION: dict[DecisionRole, Bilingual] = {
    DecisionRole.DECIDER: Bilingual("makes the final call and signs", "谁做最终决定并签字"),
    DecisionRole.EVALUATOR: Bilingual("will evaluate and compare the offers", "谁负责评估和比较各家方案"),
    DecisionRole.USER: Bilingual("will use the product every day", "谁将每天使用产品"),
    DecisionRole.INITIATOR: Bilingual("proposed the project", "项目是谁提出的"),
}


def rule_contact_overdue(chain: _Chain) -> list[Finding]:
    findings = []
    for p in chain.people:
        if not (chain.policy.is_key(p) or (p.influence or 0) >= HIGH_INFLUENCE or p.cadence_days):
            continue
        cadence = chain.policy.cadence_for(p)
        seen = chain.last_contact.get(p.id)
        last = seen.date() if seen is not None else None
        days_since = (chain.today - last).days if last is not None else None
        if days_since is not None and days_since <= cadence:
            continue
        if days_since is None:
            explanation = Bilingual(
                f"{p.name} has never been met, called or written to (cadence: every "
                f"{cadence} days).",
                f"从未与{p.name}有过拜访、电话或消息往来（联系周期：每 {cadence} 天）。",
            )
        else:
            explanation = Bilingual(
                f"The last contact with {p.name} was {days_since} days ago, on "
                f"{last}; their cadence is every {cadence} days.",
                f"上次与{p.name}联系是 {days_since} 天前（{last}）；"
                f"联系周期为每 {cadence} 天。",
            )
        verb = _person_guideline(p)
        findings.append(
            Finding(
                Rule.CONTACT_OVERDUE,
                Severity.MEDIUM,
                (p.id,),
                explanation,
                Bilingual(
                    f"{verb.en}: plan a visit or call with {p.name} soon, with a clear "
                    "objective, and write a memo afterwards.",
                    f"{verb.zh}：尽快安排拜访或电话联系{p.name}，事先定好目标，事后写沟通备忘录。",
                ),
            )
        )
    return findings


def _person_guideline(p: Person) -> Bilingual:
    """The five-word guideline that fits a person, decider first."""
    order = (
        DecisionRole.DECIDER,
        DecisionRole.INITIATOR,
        DecisionRole.INTERNAL_INFLUENCER,
        DecisionRole.EXTERNAL_INFLUENCER,
        DecisionRole.EXECUTOR,
        DecisionRole.USER,
    )
    for role in order:
        if role in (p.roles or []):
            g = ROLE_GUIDELINE[role]
            return Bilingual(f"{g.en} ({g.zh})", g.zh)
    return Bilingual("Keep in touch", "保持联系")


def rule_hearsay_only(chain: _Chain) -> list[Finding]:
    findings = []
    for p in chain.with_role(DecisionRole.DECIDER):
        fields = [name for name, value in (p.certainty or {}).items() if value == Certainty.HEARSAY]
        if not fields:
            continue
        labels = [FIELD_NAMES.get(f, Bilingual(f, f)) for f in fields]
        findings.append(
            Finding(
                Rule.HEARSAY_ONLY,
                Severity.LOW,
                (p.id,),
                Bilingual(
                    f"What we hold on {p.name}'s {', '.join(b.en for b in labels)} is hearsay: "
                    "no one has confirmed it.",
                    f"关于{p.name}的{'、'.join(b.zh for b in labels)}的信息只是传闻，尚未得到确认。",
                ),
                Bilingual(
                    "Respect (尊重) the decider: confirm these facts at the next meeting or with "
                    "the champion before acting on them — no information is better than wrong "
                    "information.",
                    "尊重决策者：在据此行动之前，在下次会面时或通过啦啦队员确认这些信息——没有信息胜过错误的信息。",
                ),
            )
        )
    return findings


RULES: tuple[Callable[[_Chain], list[Finding]], ...] = (
    rule_no_champion,
    rule_decider_not_won,
    rule_hostile_influencer,
    rule_single_threaded,
    rule_key_role_uncovered,
    rule_role_missing,
    rule_contact_overdue,
    rule_hearsay_only,
)


# ----------------------------------------------------------------- analyse
def chain_people(session: Session, account_id: str, *columns: str) -> list[Any]:
    """The account's people by name, as rows of CHAIN_COLUMNS and ``columns`` (the map
    reads them once for itself and the analysis)."""
    wanted = [*CHAIN_COLUMNS, *(c for c in columns if c not in CHAIN_COLUMNS)]
    return list(session.execute(
        select(*(getattr(Person, c) for c in wanted))
        .where(Person.account_id == account_id).order_by(Person.name)))


def _read_chain(session: Session, account_id: str, today: date,
                people: Sequence[Any] | None = None) -> _Chain:
    # The columns the rules read, not Person objects: 300 of them with all their lists
    # took longer to load than the whole analysis.
    if people is None:
        people = chain_people(session, account_id)
    people = [p for p in people if p.left_on is None or p.left_on > today]
    ids = [p.id for p in people]
    covered_by: dict[str, set[str]] = {}
    if ids:
        # Joined to the team so that a colleague removed from it no longer covers anyone.
        rows = session.execute(
            select(Coverage.person_id, Coverage.member_id)
            .join(TeamMember, TeamMember.id == Coverage.member_id)
            .where(Coverage.person_id.in_(ids))
        )
        for person_id, member_id in rows:
            covered_by.setdefault(person_id, set()).add(member_id)
    now = datetime.combine(today, time.max)
    return _Chain(people, covered_by, last_contact_by_person(session, ids, now=now), today)


def analyse(
    session: Session,
    account_id: str,
    *,
    today: date,
    policy: CadencePolicy | None = None,
    people: Sequence[Any] | None = None,
) -> Analysis:
    """Run every rule on the account; findings come most urgent first.

    ``policy`` gives the contact cadences (the same rule as the follow-ups list);
    ``people``, the account's people already read with ``chain_people``.
    """
    chain = _read_chain(session, account_id, today, people)
    chain.policy = policy or CadencePolicy()
    findings = [f for rule in RULES for f in rule(chain)]
    order = list(Severity)
    findings.sort(key=lambda f: order.index(f.severity))
    quadrants: dict[NeedsQuadrant, list[str]] = {q: [] for q in NeedsQuadrant}
    for p in chain.people:
        quadrants[needs_quadrant(p.we_meet_institutional, p.we_meet_personal)].append(p.id)
    analysis = Analysis(account_id, findings, quadrants, {p.id: p.name for p in chain.people})
    analysis.health, analysis.summary = health_summary(findings, people=len(chain.people))
    return analysis


def health_summary(findings: Sequence[Finding], *, people: int) -> tuple[Health, Bilingual]:
    """One line on the account's health, derived from the findings."""
    if people == 0:
        return Health.WATCH, Bilingual(
            "Needs attention: no one in the decision chain is recorded yet.",
            "需关注：决策链中还没有记录任何人。",
        )
    high = [f for f in findings if f.severity == Severity.HIGH]
    other = len(findings) - len(high)
    if not findings:
        return Health.HEALTHY, Bilingual(
            "Healthy: champion in place, deciders won over, several of us in touch, "
            "contacts on cadence.",
            "健康：有啦啦队员，决策者已争取，我方多人保持联系，联系按周期进行。",
        )
    health = Health.AT_RISK if high else Health.WATCH
    top = high or list(findings)
    titles_en = "; ".join(dict.fromkeys(f.rule.en.lower() for f in top))
    titles_zh = "；".join(dict.fromkeys(f.rule.zh for f in top))
    return health, Bilingual(
        f"{health.en}: {_issues_en(len(high), other)} — {titles_en}.",
        f"{health.zh}：{len(high)} 个严重问题，{other} 个其他问题——{titles_zh}。",
    )


def _issues_en(serious: int, other: int) -> str:
    """"1 serious issue and 6 others", "2 serious issues", "1 other issue"."""
    def count(n: int, word: str) -> str:
        return f"{n} {word}" + ("" if n == 1 else "s")

    if serious and other:
        return count(serious, "serious issue") + " and " + count(other, "other")
    return count(serious, "serious issue") if serious else count(other, "other issue")
