"""The handover dossier (internal): everything a successor needs about one account.

Overview, decision chain (table and map), each person's profile, every
interaction with its commitments (open ones first), sub-groups and key events.
All rows are loaded up front (selectin loading), so a year of history with
hundreds of interactions lays out in a couple of seconds.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.db.enums import CommitmentStatus
from desktop.db.models import Account, Commitment, Interaction, Person, SubGroup
from desktop.db.people import title_and_department
from desktop.db.queries import last_contact_by_person
from desktop.errors import NotFoundError
from desktop.reports.brief import coverage_warnings
from desktop.reports.common import check_lang, commitment_by, commitment_to, labels, lbl
from desktop.reports.labels import colon, fmt_date, fmt_day, fmt_time, person_name, sentence, word
from desktop.reports.layout import (
    CONTENT_W,
    P,
    Page,
    ProgressFn,
    Styles,
    facts,
    grid,
    heading,
    heading_markup,
    heading_text,
    image_flowable,
    label_markup,
    markup,
    para,
    read_logo,
    render,
    text_block,
    today,
    write_pdf,
)
from desktop.reports.people import person_profile

_COMMITMENT_LOADS = (
    selectinload(Commitment.by_member), selectinload(Commitment.by_person),
    selectinload(Commitment.to_member), selectinload(Commitment.to_person),
)


def build_handover(
    session: Session,
    account_id: str,
    *,
    lang: str = "zh",
    map_png: bytes | None = None,
    warnings: Sequence[str] | None = None,
    company: str = "",
    logo: str | os.PathLike[str] | None = None,
    output: str | os.PathLike[str] | None = None,
    progress: ProgressFn | None = None,
) -> bytes:
    """The whole dossier of one account as PDF bytes.

    ``progress(done, total)`` is called as the parts are prepared (safe to call
    from a worker thread: it only reports numbers).
    """
    check_lang(lang)
    account = session.get(Account, account_id)
    if account is None:
        raise NotFoundError(
            f"No account has the id {account_id!r}; it may have been deleted.",
            f"没有 id 为“{account_id}”的客户，可能已被删除。",
        )
    st = Styles()
    story = handover_story(session, account, lang, st, map_png=map_png, warnings=warnings,
                           progress=progress)
    title = word("handover", lang)
    page = Page(lang=lang, doc_title=title, footer_key="internal", company=company,
                logo=read_logo(logo))
    data = render(story, page, title=f"{title} – {account.name}", subject=account.name)
    if progress is not None:
        progress(1, 1)
    if output is not None:
        write_pdf(data, Path(output))
    return data


def handover_story(session: Session, account: Account, lang: str, st: Styles, *,
                   map_png: bytes | None = None, warnings: Sequence[str] | None = None,
                   progress: ProgressFn | None = None) -> list[Flowable]:
    people = list(session.scalars(
        select(Person).where(Person.account_id == account.id).order_by(Person.name)))
    interactions = list(session.scalars(
        select(Interaction).where(Interaction.account_id == account.id)
        .order_by(Interaction.starts_at.desc())
        .options(selectinload(Interaction.people), selectinload(Interaction.members),
                 selectinload(Interaction.commitments).options(*_COMMITMENT_LOADS))))
    commitments = list(session.scalars(
        select(Commitment).where(Commitment.account_id == account.id)
        .options(*_COMMITMENT_LOADS, selectinload(Commitment.interaction))))
    total = len(people) + len(interactions) + 2
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    story: list[Flowable] = [
        P(markup(word("handover", lang)), st.title),
        P(markup(account.name), st.subtitle),
        facts([("owner", account.owner.name if account.owner else ""),
               ("generated_on", fmt_date(today(), lang))], lang, st),
        heading("overview", lang, st),
        facts(_overview(account, lang), lang, st),
    ]
    story += text_block(account.notes, st)
    items = list(warnings) if warnings is not None else coverage_warnings(session, account, lang)
    if items:
        story.append(heading("coverage", lang, st))
        story += [para(f"• {w}", st.body) for w in items]

    by_id = {p.id: p for p in people}
    last = last_contact_by_person(session, list(by_id))
    story.append(heading("decision_chain", lang, st))
    story.append(_chain_table(people, by_id, last, lang, st))
    image = image_flowable(map_png, CONTENT_W, 120 * mm) if map_png else None
    if image is not None:
        story.append(KeepTogether([P(heading_markup("map", lang), st.h2), image]))
    story += _links(account, lang, st)
    tick()

    open_by: dict[str, list[Commitment]] = {p.id: [] for p in people}
    open_all = sorted((c for c in commitments if c.status == CommitmentStatus.OPEN),
                      key=lambda c: (c.due_on is None, c.due_on))
    for c in open_all:
        for pid in {c.by_person_id, c.to_person_id}:
            if pid in open_by:
                open_by[pid].append(c)
    story.append(heading("profiles", lang, st))
    for person in people:
        story += person_profile(person, lang, st, last_contact=last.get(person.id),
                                commitments=open_by[person.id])
        tick()

    story.append(heading("all_open", lang, st))
    story.append(_commitment_table(open_all, lang, st, with_status=False, with_source=True))
    story.append(heading("interactions", lang, st))
    if not interactions:
        story.append(para(sentence("no_interactions", lang), st.muted))
    for it in interactions:
        story += _interaction(it, lang, st)
        tick()
    story += _sub_groups(account, lang, st)
    story += _key_events(account, lang, st)
    tick()
    return story


def _overview(a: Account, lang: str) -> list[tuple[str, Any]]:
    pairs: list[tuple[str, Any]] = [
        ("industry", a.industry), ("region", a.region), ("size", a.size),
        ("value_tier", lbl(a.value_tier, lang)),
        ("annual_value", f"{a.annual_value:,.0f}" if a.annual_value is not None else ""),
        ("website", a.website), ("address", a.address), ("products_held", a.products_held),
        ("competitors", a.competitors), ("org_politics", lbl(a.org_politics, lang)),
        ("corporate_culture", a.corporate_culture), ("group_culture", a.group_culture),
        ("tightness", lbl(a.tightness, lang)),
        ("relationship_level", lbl(a.relationship_level, lang)),
        ("loyalty_stage", lbl(a.loyalty_stage, lang)),
        ("institutional_needs", labels(a.institutional_needs, lang)),
        ("churn_risk", lbl(a.churn_risk, lang)), ("churn_type", lbl(a.churn_type, lang)),
        ("churn_causes", labels(a.churn_causes, lang)),
        ("retention_step", lbl(a.retention_step, lang)),
    ]
    return [(k, v) for k, v in pairs if v]


def _chain_table(people: list[Person], by_id: dict[str, Person], last: dict[str, Any],
                 lang: str, st: Styles) -> Flowable:
    if not people:
        return para("—", st.muted)
    keys = ("name", "title", "roles", "attitude", "stance", "power_influence", "reports_to",
            "last_contact")
    # Chinese headings break between words, not inside one ("权力/" "影响力", not "影" "响力").
    rows: list[list[Any]] = [[P(label_markup(k, lang).replace(" / ", "/<br/>") if lang != "en"
                                else label_markup(k, lang), st.cell_head) for k in keys]]
    for p in people:
        boss = by_id.get(p.reports_to_id or "")
        seen = last.get(p.id)
        rows.append([
            para(person_name(p.name, p.english_name), st.cell_bold),
            para(title_and_department(p.title, p.department), st.cell),
            para(" ".join(r.code for r in p.roles), st.cell),
            para(lbl(p.attitude, lang), st.cell), para(lbl(p.stance, lang), st.cell),
            para(f"{p.power or '—'}/{p.influence or '—'}", st.cell),
            para(boss.name if boss else "", st.cell),
            para(fmt_day(seen.date(), lang) if seen else word("never", lang), st.cell),
        ])
    if lang == "zh":
        widths = [28 * mm, 0.0, 16 * mm, 16 * mm, 18 * mm, 16 * mm, 17 * mm, 23 * mm]
    else:  # room for whole English words in the headings
        widths = [28 * mm, 0.0, 16 * mm if lang == "both" else 13 * mm, 18 * mm, 24 * mm, 19 * mm,
                  17 * mm, 23 * mm]
    widths[1] = CONTENT_W - sum(widths)
    return grid(rows, widths, zebra=True)


def _links(account: Account, lang: str, st: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    links = [link for link in account.links if link.a and link.b]
    if links:
        rows: list[list[Any]] = [[P(label_markup(k, lang), st.cell_head)
                                  for k in ("name", "links", "name", "notes")]]
        for link in links:
            rows.append([para(link.a.name, st.cell), para(link.kind.label(lang), st.cell),
                         para(link.b.name, st.cell), para(link.note, st.cell)])
        out += [heading("links", lang, st, level=2),
                grid(rows, [35 * mm, 30 * mm, 35 * mm, CONTENT_W - 100 * mm])]
    ties = [t for t in account.external_ties if t.person]
    if ties:
        rows = [[P(label_markup(k, lang), st.cell_head)
                 for k in ("name", "body", "kind", "notes")]]
        for t in ties:
            rows.append([para(t.person.name, st.cell), para(t.body, st.cell),
                         para(t.body_kind.label(lang), st.cell), para(t.note, st.cell)])
        out += [heading("external_ties", lang, st, level=2),
                grid(rows, [35 * mm, 45 * mm, 30 * mm, CONTENT_W - 110 * mm])]
    return out


def _commitment_table(items: Sequence[Commitment], lang: str, st: Styles, *,
                      with_status: bool = True, with_source: bool = False) -> Flowable:
    if not items:
        return para(word("none", lang), st.muted)
    keys = ["who", "what", "to_whom", "due"]
    if with_status:
        keys.append("status")
    if with_source:
        keys.append("date")
    rows: list[list[Any]] = [[P(label_markup(k, lang), st.cell_head) for k in keys]]
    for c in items:
        row = [para(commitment_by(c, lang), st.cell), para(c.what, st.cell),
               para(commitment_to(c), st.cell),
               para(fmt_day(c.due_on, lang) if c.due_on else word("tbd", lang), st.cell)]
        if with_status:
            row.append(para(c.status.label(lang), st.cell))
        if with_source:
            when = c.interaction.starts_at.date() if c.interaction else None
            row.append(para(fmt_day(when, lang), st.cell))
        rows.append(row)
    widths = [32 * mm, 0.0, 30 * mm, 23 * mm] + [18 * mm] * (len(keys) - 4)
    if with_source:
        widths[-1] = 23 * mm
    widths[1] = CONTENT_W - sum(widths)
    return grid(rows, widths)


def _interaction(it: Interaction, lang: str, st: Styles) -> list[Flowable]:
    when = f"{fmt_date(it.starts_at.date(), lang, weekday=True)} " \
           f"{fmt_time(it.starts_at, it.duration_minutes)}"
    title = f"{when} · {it.kind.label(lang)}"
    if it.subject:
        title += f" · {it.subject}"
    lines = []
    theirs = ", ".join(p.name for p in it.people)
    ours = ", ".join(m.name for m in it.members)
    if theirs:
        lines.append(f"{word('client_side', lang)}{colon(lang)}{theirs}")
    if ours:
        lines.append(f"{word('our_side', lang)}{colon(lang)}{ours}")
    if it.place:
        lines.append(f"{word('place', lang)}{colon(lang)}{it.place}")
    if it.satisfaction:
        lines.append(f"{word('satisfaction', lang)}{colon(lang)}{it.satisfaction}/5 "
                     f"{it.satisfaction_note}".strip())
    head: list[Flowable] = [heading_text(markup(title), st.h2)]
    if lines:
        head.append(para("   ".join(lines), st.muted))
    out: list[Flowable] = []
    for key, text in (("objective", it.objective), ("summary", it.notes),
                      ("issues", it.concerns), ("next_steps", it.next_steps)):
        block = text_block(text, st, style=st.small)
        if block:
            out.append(P(f"<b>{markup(word(key, lang))}</b>", st.small))
            out += block
    if it.commitments:
        ordered = sorted(it.commitments, key=lambda c: (c.status != CommitmentStatus.OPEN,
                                                       c.due_on is None, c.due_on))
        out.append(Spacer(1, 2))
        out.append(_commitment_table(ordered, lang, st))
    return [*head, *out, Spacer(1, 3)]


def _sub_groups(account: Account, lang: str, st: Styles) -> list[Flowable]:
    groups: list[SubGroup] = list(account.sub_groups)
    if not groups:
        return []
    keys = ("name", "kind", "members", "influence", "meetings")
    rows: list[list[Any]] = [[P(label_markup(k, lang), st.cell_head) for k in keys]]
    for g in groups:
        meets = g.meeting_dates
        if g.next_meeting_on:
            meets = f"{meets}\n{fmt_date(g.next_meeting_on, lang)}".strip()
        rows.append([para(g.name, st.cell_bold), para(g.kind.label(lang), st.cell),
                     para(", ".join(p.name for p in g.members), st.cell),
                     para(str(g.influence or "—"), st.cell), para(meets, st.cell)])
    widths = [40 * mm, 22 * mm, 0.0, 16 * mm, 40 * mm]
    widths[2] = CONTENT_W - sum(widths)
    return [heading("sub_groups", lang, st), grid(rows, widths)]


def _key_events(account: Account, lang: str, st: Styles) -> list[Flowable]:
    events = list(account.key_events)
    if not events:
        return []
    keys = ("month", "event", "roles_active", "notes")
    rows: list[list[Any]] = [[P(label_markup(k, lang), st.cell_head) for k in keys]]
    for e in events:
        when = f"{e.month}月" if lang == "zh" else f"{e.month:02d}"
        if e.day:
            when = f"{e.month}月{e.day}日" if lang == "zh" else f"{e.month:02d}-{e.day:02d}"
        rows.append([para(when, st.cell), para(e.title, st.cell_bold),
                     para(labels(e.roles_active, lang), st.cell), para(e.notes, st.cell)])
    widths = [20 * mm, 50 * mm, 40 * mm, 0.0]
    widths[3] = CONTENT_W - sum(widths)
    return [heading("key_events", lang, st), grid(rows, widths)]
