"""Bilingual labels of the reports (not Qt, so no tr()): zh, en, or both.

Domain values take their labels from the enums (``member.label(lang)``); the
words of the report layout itself live here.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

LANGS = ("zh", "en", "both")

# key -> (中文, English)
WORDS: dict[str, tuple[str, str]] = {
    # titles
    "memo": ("会议/沟通备忘录", "Meeting Memo"),
    "brief": ("拜访准备简报", "Pre-visit Brief"),
    "handover": ("客户交接档案", "Account Handover Dossier"),
    # facts
    "account": ("客户", "Account"),
    "date": ("日期", "Date"),
    "time": ("时间", "Time"),
    "place": ("地点", "Place"),
    "subject": ("主题", "Subject"),
    "kind": ("形式", "Type"),
    "prepared_by": ("撰写人", "Prepared by"),
    "issued_on": ("发出日期", "Issued on"),
    "generated_on": ("生成日期", "Generated on"),
    "owner": ("客户负责人", "Account owner"),
    # sections
    "attendees": ("参会人员", "Attendees"),
    "client_side": ("客户方", "Client"),
    "our_side": ("我方", "Our team"),
    "name": ("姓名", "Name"),
    "title": ("职务", "Title"),
    "organisation": ("单位", "Organisation"),
    "objective": ("会议目的", "Objective"),
    "summary": ("讨论纪要", "Summary of the discussion"),
    "issues": ("待解决问题", "Issues to solve"),
    "commitments": ("承诺事项", "Commitments"),
    "who": ("承诺方", "Who"),
    "what": ("事项", "What"),
    "to_whom": ("对象", "To whom"),
    "due": ("完成期限", "Due date"),
    "status": ("状态", "Status"),
    "no_commitments": ("本次沟通未作出承诺。", "No commitments were made at this meeting."),
    "next_steps": ("下一步行动", "Agreed next steps"),
    "next_contact": ("下次联系", "Next contact"),
    "no_attendees": ("未记录参会人员。", "No attendees were recorded."),
    "closing": (
        "以上为本次沟通的要点与双方承诺。如与贵方理解有出入，请于收到后三个工作日内告知，谢谢！",
        "This memo sets out the points discussed and the commitments made by both sides. "
        "If anything differs from your understanding, please let us know within three "
        "working days of receiving it. Thank you.",
    ),
    "confidential": (
        "保密：本备忘录仅供双方参会人员及其授权人员使用",
        "Confidential: for the attendees of both parties and those they authorise",
    ),
    "internal": ("内部资料，请勿外传", "Internal: do not forward"),
    "page": ("第 {n} 页 / 共 {total} 页", "Page {n} of {total}"),
    "tbd": ("待定", "to be agreed"),
    # brief
    "agenda": ("议程与策略", "Agenda and tactics"),
    "info_to_gather": ("需了解的信息", "Information to gather"),
    "materials": ("需准备的材料", "Materials"),
    "their_attendees": ("客户方参会人员", "Their attendees"),
    "roles": ("决策角色", "Roles"),
    "attitude": ("工作态度", "Attitude"),
    "stance": ("与我方的关系", "Relationship to us"),
    "power_influence": ("权力 / 影响力", "Power / influence"),
    "personality": ("个性", "Personality"),
    "tips": ("相处之道", "How to engage"),
    "needs": ("需求矩阵", "Needs quadrant"),
    "form": ("FORM 话题", "FORM talking points"),
    "rapport": ("共同话题", "Common ground"),
    "last_contact": ("上次联系", "Last contact"),
    "never": ("从未联系", "never"),
    "open_commitments": ("未完成的承诺", "Open commitments"),
    "none": ("无", "none"),
    "coverage": ("覆盖风险提示", "Coverage warnings"),
    "no_warnings": ("没有覆盖风险提示。", "No coverage warnings."),
    "more_warnings": ("另有 {n} 条提示，见决策链地图页或交接档案。",
                      "{n} more: see the decision map tab or the handover dossier."),
    "map": ("决策链图", "Decision-chain map"),
    "last_interactions": ("最近五次互动", "Last five interactions"),
    "recent_interactions": ("最近的互动", "Latest interactions"),
    "no_interactions": ("尚无互动记录。", "No interactions yet."),
    "hearsay": ("传闻", "hearsay"),
    # handover
    "overview": ("客户概况", "Overview"),
    "decision_chain": ("决策链", "Decision chain"),
    "reports_to": ("汇报对象", "Reports to"),
    "profiles": ("人物档案", "Profiles"),
    "interactions": ("全部互动记录", "All interactions"),
    "all_open": ("全部未完成的承诺", "All open commitments"),
    "sub_groups": ("亚群体", "Sub-groups"),
    "members": ("成员", "Members"),
    "influence": ("影响力", "Influence"),
    "meetings": ("会议时间", "Meetings"),
    "key_events": ("关键活动", "Key events"),
    "month": ("月份", "Month"),
    "event": ("活动", "Event"),
    "roles_active": ("活跃角色", "Active roles"),
    "links": ("人物关系", "Relationships"),
    "external_ties": ("外部关系", "External ties"),
    "body": ("外部机构", "Body"),
    "notes": ("备注", "Notes"),
    "industry": ("行业", "Industry"),
    "region": ("地区", "Region"),
    "address": ("地址", "Address"),
    "website": ("网站", "Website"),
    "size": ("规模", "Size"),
    "value_tier": ("价值等级", "Value tier"),
    "annual_value": ("年度价值(元)", "Annual value (CNY)"),
    "products_held": ("已购产品", "Products held"),
    "competitors": ("竞争对手", "Competitors"),
    "org_politics": ("组织政治", "Organisational politics"),
    "corporate_culture": ("企业文化", "Corporate culture"),
    "group_culture": ("群体文化", "Group culture"),
    "tightness": ("客户关系类型", "Relationship tightness"),
    "relationship_level": ("关系水平", "Relationship level"),
    "loyalty_stage": ("忠诚阶段", "Loyalty stage"),
    "institutional_needs": ("机构需求", "Institutional needs"),
    "churn_risk": ("流失风险", "Churn risk"),
    "churn_type": ("流失类型", "Churn type"),
    "churn_causes": ("流失原因", "Churn causes"),
    "retention_step": ("挽留环节", "Retention step"),
    "department": ("部门", "Department"),
    "contact": ("联系方式", "Contact"),
    "motive": ("个人动机", "Motive"),
    "personal_needs": ("个人需求", "Personal needs"),
    "influence_channels": ("影响力来源", "Influence channels"),
    "left_on": ("离职日期", "Left on"),
    "external": ("外部人员", "external"),
    "satisfaction": ("满意度", "Satisfaction"),
}

_WEEKDAYS = (("周一", "Mon"), ("周二", "Tue"), ("周三", "Wed"), ("周四", "Thu"),
             ("周五", "Fri"), ("周六", "Sat"), ("周日", "Sun"))


def word(key: str, lang: str) -> str:
    """A layout word in ``lang``; "both" gives "中文 English"."""
    zh, en = WORDS[key]
    if lang == "zh":
        return zh
    if lang == "en":
        return en
    return f"{zh} {en}"


def sentence(key: str, lang: str) -> str:
    """A sentence in ``lang``; "both" gives the Chinese, then the English on its own line."""
    zh, en = WORDS[key]
    return {"zh": zh, "en": en}.get(lang, f"{zh}\n{en}")


def fmt_date(day: date | None, lang: str, *, weekday: bool = False) -> str:
    if day is None:
        return ""
    zh_wd, en_wd = _WEEKDAYS[day.weekday()]
    if lang == "zh":
        text = f"{day.year}年{day.month}月{day.day}日"
        return f"{text}（{zh_wd}）" if weekday else text
    if lang == "en":
        text = f"{day.day}\u00a0{day:%b}\u00a0{day.year}"  # one unit: never wrapped
        return f"{en_wd} {text}" if weekday else text
    text = day.isoformat()
    return f"{text} {zh_wd} {en_wd}" if weekday else text


def fmt_day(day: date | None, lang: str) -> str:
    """A date for a narrow table column: 2026-11-30 (zh, both) or 30 Nov 2026 (en)."""
    return fmt_date(day, "en" if lang == "en" else "both")


def fmt_time(start: datetime, minutes: int | None) -> str:
    if not minutes or minutes <= 0:
        return f"{start:%H:%M}"
    end = start + timedelta(minutes=minutes)
    return f"{start:%H:%M}–{end:%H:%M}"


def person_name(name: str, english_name: str = "") -> str:
    """张伟 (David Zhang): both forms when the English one is known."""
    name, english_name = name.strip(), english_name.strip()
    if english_name and english_name != name:
        return f"{name} ({english_name})" if name else english_name
    return name


def colon(lang: str) -> str:
    return "：" if lang == "zh" else ": "
