"""``dossier agenda`` (the Today view on the command line) and ``dossier ics`` (calendar file)."""

from __future__ import annotations

import argparse
import os
from dataclasses import asdict
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from desktop.cli.common import open_db, print_json
from desktop.domain.followups import (
    SECTIONS,
    Agenda,
    CadencePolicy,
    CommitmentRow,
    ContactRow,
    PlannedRow,
    RiskRow,
    UpcomingRow,
    build_agenda,
)

_T: dict[str, tuple[str, str]] = {
    "title": ("Today, {day}", "今日待办 {day}"),
    "ours": ("Our commitments, overdue or due within {n} days", "我方承诺：已逾期或 {n} 天内到期"),
    "theirs": ("Their commitments overdue (chase politely)", "客户方承诺已逾期（礼貌跟进）"),
    "contacts": ("People due for contact", "应联系的人"),
    "upcoming": ("Coming up in the next {n} days", "未来 {n} 天"),
    "planned": ("Planned interactions", "计划中的互动"),
    "risk": ("Accounts at risk", "风险客户"),
    "nothing": ("Nothing needs doing today.", "今天没有待办事项。"),
    "none": ("none", "无"),
    "over": ("{n} days over", "逾期 {n} 天"),
    "today": ("due today", "今天到期"),
    "left": ("in {n} days", "还有 {n} 天"),
    "never": ("never contacted", "从未联系"),
    "last": ("last {d}", "上次 {d}"),
    "every": ("every {n} days", "每 {n} 天"),
    "this_month": ("this month", "本月内"),
    "turns": ("turns {n}", "{n} 岁"),
    "no_plan": ("no pre-visit plan yet", "尚无拜访计划"),
    "plan": ("plan written", "已有拜访计划"),
    "to": ("to", "对"),
    "by": ("by", "由"),
    "with": ("with", "参加人"),
    "planned_on": ("already planned {d}", "已安排 {d}"),
    "decider_last": ("last decider contact {d}", "上次联系决策者 {d}"),
    "more": ("  … and {n:,} more (--limit N or --all to see them)",
             "  ……另有 {n:,} 条（用 --limit N 或 --all 查看）"),
    "filtered": ("Only accounts matching “{a}”.", "仅限名称含“{a}”的客户。"),
}

CLI_LIMIT = 50  # rows printed per section unless --limit or --all


def _t(key: str, lang: str, **kw: Any) -> str:
    en, zh = _T[key]
    return (zh if lang == "zh" else en).format(**kw)


def _default_lang() -> str:
    for var in ("DOSSIER_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def register(sub: Any) -> None:
    ag = sub.add_parser("agenda", help="what needs doing today: promises, contacts, events, risks")
    ag.add_argument("--days", type=int, metavar="N",
                    help="look N days ahead (default: 7 for commitments, 14 for events and visits)")
    ag.add_argument("--json", action="store_true", help="print the agenda as JSON")
    ag.add_argument("--lang", choices=("en", "zh"), help="language (default: from the locale)")
    ag.add_argument("--limit", type=int, metavar="N", default=CLI_LIMIT,
                    help=f"rows per section, most urgent first (default {CLI_LIMIT}); "
                         "the totals always count them all")
    ag.add_argument("--all", action="store_true", help="every row of every section")
    ag.add_argument("--account", metavar="TEXT", default="",
                    help="only accounts whose name or short name contains TEXT")
    _policy_args(ag)
    ag.set_defaults(func=run_agenda)

    ics = sub.add_parser("ics", help="write planned visits, due dates and key events to an .ics "
                         "calendar file (Outlook, Apple and Google Calendar import it)")
    ics.add_argument("-o", "--output", metavar="FILE", required=True, type=Path)
    ics.add_argument("--lang", choices=("en", "zh"), help="language (default: from the locale)")
    ics.add_argument("--birthdays", action="store_true", help="also write people's birthdays")
    ics.set_defaults(func=run_ics)


def _policy_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--key-cadence", type=int, metavar="DAYS", default=30,
                        help="days between contacts with deciders and champions (default 30)")
    parser.add_argument("--other-cadence", type=int, metavar="DAYS", default=90,
                        help="days between contacts with everyone else (default 90)")


def _positive(value: int | None, what: str) -> None:
    from desktop.errors import ValidationError

    if value is not None and not 0 <= value <= 3650:
        raise ValidationError(
            f"{what} must be between 0 and 3650 days, not {value}.",
            f"{what}必须在 0 到 3650 天之间，而不是 {value}。",
        )


def run_agenda(args: argparse.Namespace) -> int:
    for value, what in ((args.days, "--days"), (args.key_cadence, "--key-cadence"),
                        (args.other_cadence, "--other-cadence")):
        _positive(value, what)
    if args.limit < 1:
        from desktop.errors import ValidationError

        raise ValidationError(f"--limit must be at least 1, not {args.limit}.",
                              f"--limit 至少为 1，而不是 {args.limit}。")
    policy = CadencePolicy(key_days=args.key_cadence, other_days=args.other_cadence)
    if args.days is not None:
        policy = policy.looking_ahead(args.days)
    db = open_db(args, readonly=True)
    try:
        with db.unit_of_work() as session:
            agenda = build_agenda(session, datetime.now(), policy,
                                  limit=None if args.all else args.limit, account=args.account)
    finally:
        db.close()
    if args.json:
        print_json(agenda_to_json(agenda))
    else:
        print(render_agenda(agenda, args.lang or _default_lang(), policy))
    return 0


def run_ics(args: argparse.Namespace) -> int:
    from desktop.domain.followups_ics import write_ics  # icalendar: only for this command

    lang = args.lang or _default_lang()
    db = open_db(args, readonly=True)
    try:
        with db.unit_of_work() as session:
            summary = write_ics(session, args.output, datetime.now().astimezone(), lang=lang,
                                birthdays=args.birthdays)
    finally:
        db.close()
    print(f"Wrote {summary.total} events to {args.output} ({summary.visits} planned "
          f"interactions, {summary.due_dates} due dates, {summary.key_events} key events"
          + (f", {summary.birthdays} birthdays" if args.birthdays else "") + ").")
    return 0


# ------------------------------------------------------------- rendering
def _jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


def agenda_to_json(agenda: Agenda) -> dict[str, Any]:
    """Each section's rows shown, and under "totals" how many there are in all."""
    out: dict[str, Any] = {"now": agenda.now.isoformat(timespec="minutes")}
    if agenda.account:
        out["account"] = agenda.account
    for name in SECTIONS:
        out[name] = [_jsonable(asdict(row)) for row in agenda.rows(name)]
    out["totals"] = {name: asdict(agenda.tally(name)) for name in SECTIONS}
    return out


def _when(days_over: int, lang: str) -> str:
    if days_over > 0:
        return _t("over", lang, n=days_over)
    if days_over == 0:
        return _t("today", lang)
    return _t("left", lang, n=-days_over)


def _commitment_line(r: CommitmentRow, lang: str) -> str:
    who = f"{_t('to', lang)} {r.person}" if r.party.value == "ours" else f"{_t('by', lang)} {r.person}"
    who = who if r.person else ""
    return f"  [{_when(r.days_over, lang)}] {r.due_on}  {r.account}  {who}  {r.what}".rstrip()


def _contact_line(r: ContactRow, lang: str) -> str:
    if r.last_contact is None:
        state = _t("never", lang)
    else:
        state = f"{_when(r.days_over or 0, lang)}, {_t('last', lang, d=r.last_contact.date())}"
    title = f" ({r.title})" if r.title else ""
    star = "*" if r.is_key else " "
    planned = (f"; {_t('planned_on', lang, d=f'{r.next_planned:%Y-%m-%d %H:%M}')}"
               if r.next_planned else "")
    return (f" {star}[{r.severity.label(lang)}] {r.account}  {r.person}{title}  {state}; "
            f"{_t('every', lang, n=r.cadence_days)}{planned}")


def _upcoming_line(r: UpcomingRow, lang: str) -> str:
    when = _t("this_month", lang) if r.whole_month and r.days_until == 0 else str(r.on)
    extra = f" ({_t('turns', lang, n=r.age)})" if r.age else ""
    return f"  {when}  {r.kind.label(lang)}  {r.account}  {r.title}{extra}"


def _planned_line(r: PlannedRow, lang: str) -> str:
    people = f"  {_t('with', lang)} {', '.join(r.people)}" if r.people else ""
    plan = _t("plan", lang) if r.has_plan else _t("no_plan", lang)
    subject = r.subject or r.kind.label(lang)
    return (f"  {r.starts_at:%Y-%m-%d %H:%M}  {r.kind.label(lang)}  {r.account}  {subject}"
            f"{people}  [{plan}]  id {r.interaction_id[:8]}")


def _risk_line(r: RiskRow, lang: str) -> str:
    reasons = ", ".join(x.label(lang) for x in r.reasons)
    last = (f"; {_t('decider_last', lang, d=r.last_decider_contact.date())}"
            if r.last_decider_contact else "")
    return f"  {r.account}: {reasons}{last}"


def render_agenda(agenda: Agenda, lang: str, policy: CadencePolicy | None = None) -> str:
    policy = policy or CadencePolicy()
    lines = [_t("title", lang, day=agenda.today.isoformat())]
    if agenda.account:
        lines.append(_t("filtered", lang, a=agenda.account))
    lines.append("")
    if agenda.is_empty():
        return "\n".join([*lines, _t("nothing", lang)])
    sections: list[tuple[str, str, list[str]]] = [
        ("ours_due", _t("ours", lang, n=policy.commitments_ahead_days),
         [_commitment_line(r, lang) for r in agenda.ours_due]),
        ("theirs_overdue", _t("theirs", lang),
         [_commitment_line(r, lang) for r in agenda.theirs_overdue]),
        ("contacts_due", _t("contacts", lang), [_contact_line(r, lang) for r in agenda.contacts_due]),
        ("upcoming", _t("upcoming", lang, n=policy.upcoming_days),
         [_upcoming_line(r, lang) for r in agenda.upcoming]),
        ("planned", _t("planned", lang), [_planned_line(r, lang) for r in agenda.planned]),
        ("at_risk", _t("risk", lang), [_risk_line(r, lang) for r in agenda.at_risk]),
    ]
    for name, head, rows in sections:
        lines.append(f"{head} ({agenda.tally(name).total:,})")
        lines.extend(rows or [f"  {_t('none', lang)}"])
        if agenda.hidden(name):
            lines.append(_t("more", lang, n=agenda.hidden(name)))
        lines.append("")
    return "\n".join(lines).rstrip()
