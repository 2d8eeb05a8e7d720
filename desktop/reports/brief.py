"""The pre-visit brief (internal): what to know before walking into the meeting.

Objective and agenda, then each of their attendees (roles and the five-word
guideline, attitude, relationship to us, personality and how to engage, needs
quadrant, FORM talking points, last contact, open commitments), the account's
coverage warnings, the decision-chain map, and the last five interactions.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import Account, Interaction
from desktop.db.queries import last_contact_by_person
from desktop.reports.common import check_lang, get_interaction
from desktop.reports.fonts import REGULAR
from desktop.reports.labels import fmt_date, fmt_day, fmt_time, person_name, sentence, word
from desktop.reports.layout import (
    CONTENT_W,
    WARN,
    WARN_EDGE,
    P,
    Page,
    Styles,
    facts,
    grid,
    heading,
    heading_markup,
    image_flowable,
    label_markup,
    markup,
    para,
    read_logo,
    render,
    text_block,
    write_pdf,
)
from desktop.reports.people import open_commitments_by_person, person_profile

log = logging.getLogger(__name__)


def build_brief(
    session: Session,
    interaction_id: str,
    *,
    lang: str = "zh",
    map_png: bytes | None = None,
    warnings: Sequence[str] | None = None,
    company: str = "",
    logo: str | os.PathLike[str] | None = None,
    output: str | os.PathLike[str] | None = None,
) -> bytes:
    """The brief of one (planned) interaction as PDF bytes.

    ``warnings``: the account's coverage warnings as sentences; when None they are
    asked of desktop.domain.coverage if that module exists, else the section says
    the analysis is not available. ``map_png``: the decision-chain map, if rendered.
    """
    check_lang(lang)
    interaction = get_interaction(session, interaction_id)
    st = Styles()
    story = brief_story(session, interaction, lang, st, map_png=map_png, warnings=warnings)
    title = word("brief", lang)
    page = Page(lang=lang, doc_title=title, footer_key="internal", company=company,
                logo=read_logo(logo))
    data = render(story, page, title=f"{title} – {interaction.account.name}",
                  subject=interaction.subject)
    if output is not None:
        write_pdf(data, Path(output))
    return data


def brief_story(session: Session, interaction: Interaction, lang: str, st: Styles, *,
                map_png: bytes | None, warnings: Sequence[str] | None) -> list[Flowable]:
    acc = interaction.account
    story: list[Flowable] = [
        P(markup(word("brief", lang)), st.title),
        P(markup(" · ".join(x for x in (acc.name, interaction.subject) if x)), st.subtitle),
    ]
    ours = ", ".join(person_name(m.name, m.english_name) for m in interaction.members)
    story.append(facts([
        ("date", fmt_date(interaction.starts_at.date(), lang, weekday=True)),
        ("time", fmt_time(interaction.starts_at, interaction.duration_minutes)),
        ("place", interaction.place),
        ("kind", interaction.kind.label(lang)),
        ("our_side", ours),
        ("subject", interaction.subject),
    ], lang, st))
    for key, text, listed in (
        ("objective", interaction.objective, False),
        ("agenda", interaction.agenda, True),
        ("info_to_gather", interaction.info_to_gather, True),
        ("materials", interaction.materials, True),
    ):
        block = text_block(text, st, listed=listed)
        if block:
            story.append(heading(key, lang, st))
            story.extend(block)

    story.append(heading("coverage", lang, st))
    story.append(_warnings_box(session, acc, lang, st, warnings))

    story.append(heading("their_attendees", lang, st))
    people = sorted(interaction.people, key=lambda p: (-(p.power or 0), p.name))
    if not people:
        story.append(para(sentence("no_attendees", lang), st.muted))
    ids = [p.id for p in people]
    last = last_contact_by_person(session, ids, now=interaction.starts_at - timedelta(seconds=1))
    open_by = open_commitments_by_person(session, ids)
    for person in people:
        story += person_profile(person, lang, st, last_contact=last.get(person.id),
                                commitments=open_by[person.id])

    image = image_flowable(map_png, CONTENT_W, 110 * mm) if map_png else None
    if image is not None:
        story.append(KeepTogether([P(heading_markup("map", lang), st.h1), image]))

    story.append(heading("last_interactions", lang, st))
    story.append(interactions_table(last_interactions(session, interaction), lang, st))
    return story


def last_interactions(session: Session, interaction: Interaction, n: int = 5) -> list[Interaction]:
    """The account's ``n`` newest interactions before this one."""
    return list(session.scalars(
        select(Interaction)
        .where(Interaction.account_id == interaction.account_id,
               Interaction.id != interaction.id,
               Interaction.starts_at < interaction.starts_at)
        .order_by(Interaction.starts_at.desc()).limit(n)
    ))


def interactions_table(items: Sequence[Interaction], lang: str, st: Styles) -> Flowable:
    if not items:
        return para(sentence("no_interactions", lang), st.muted)
    head = [P(label_markup(k, lang), st.cell_head)
            for k in ("date", "kind", "subject", "attendees", "next_steps")]
    rows: list[list[Any]] = [head]
    for it in items:
        names = ", ".join(p.name for p in it.people)
        rows.append([para(fmt_day(it.starts_at.date(), lang), st.cell),
                     para(it.kind.label(lang), st.cell), para(it.subject, st.cell),
                     para(names, st.cell), para(_short(it.next_steps), st.cell)])
    widths = [24 * mm, 20 * mm, 0.0, 34 * mm, 0.0]
    rest = (CONTENT_W - sum(widths)) / 2
    widths[2] = widths[4] = rest
    return grid(rows, widths, zebra=True)


def _short(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


BRIEF_WARNINGS = 5  # the most urgent; the handover dossier lists them all


def coverage_warnings(session: Session, account: Account, lang: str) -> list[str]:
    """The account's weak points from the coverage analysis, each with its suggested action."""
    from desktop.domain.coverage import analyse

    analysis = analyse(session, account.id, today=date.today())
    return [f"{f.title.text(lang)}: {f.explanation.text(lang)} → {f.action.text(lang)}"
            for f in analysis.findings]


def _warnings_box(session: Session, account: Account, lang: str, st: Styles,
                  warnings: Sequence[str] | None) -> Flowable:
    items = list(warnings) if warnings is not None else coverage_warnings(session, account, lang)
    if not items:
        return para(sentence("no_warnings", lang), st.muted)
    shown, hidden = items[:BRIEF_WARNINGS], len(items) - BRIEF_WARNINGS
    body = "<br/>".join(f"• {markup(w)}" for w in shown)
    if hidden > 0:  # most urgent first: the brief keeps to the essentials
        body += "<br/>" + markup(sentence("more_warnings", lang).replace("{n}", str(hidden)))
    box = Table([[P(body, st.cell)]], colWidths=[CONTENT_W], hAlign="LEFT")
    box.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("BACKGROUND", (0, 0), (-1, -1), WARN),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, WARN_EDGE),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return box
