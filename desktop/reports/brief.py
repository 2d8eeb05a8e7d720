"""The pre-visit brief (internal): what to know before walking into the meeting.

Read in the car park, so two A4 pages for three fully profiled attendees: the visit
and its plan (objective, agenda, what to find out, what to bring) in one table; the
weak points that concern these attendees, each with what to do; a card per attendee
(roles with the five-word guideline, attitude, relationship to us, power/influence,
personality, needs quadrant and last contact in one strip, then how to engage, FORM
talking points, common ground and open commitments); the last five interactions; and
the decision-chain map in the room that is left. Everything else about the account
(every finding, contact details, traits, notes, all interactions) is the handover's.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Table, TableStyle
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
    Heading,
    P,
    Page,
    Styles,
    clean,
    facts,
    grid,
    heading,
    heading_markup,
    image_size,
    label_markup,
    lines_markup,
    markup,
    para,
    read_logo,
    render_counted,
    write_pdf,
)
from desktop.reports.people import open_commitments_by_person, person_card

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
    title = word("brief", lang)
    page = Page(lang=lang, doc_title=title, footer_key="internal", company=company,
                logo=read_logo(logo))
    # Two pages at most: when the brief runs over (both languages take more room), it
    # leaves to the handover, one step at a time, what the visit can do without: the map
    # (when no room is left for it), then all but the most urgent warning, then the
    # older interactions.
    for fit in FITS:
        story = brief_story(session, interaction, lang, Styles.dense(), map_png=map_png,
                            warnings=warnings, fit=fit)
        data, pages = render_counted(story, page, title=f"{title} – {interaction.account.name}",
                                     subject=interaction.subject)
        if pages <= MAX_PAGES:
            break
    if output is not None:
        write_pdf(data, Path(output))
    return data


@dataclass(frozen=True)
class Fit:
    """How much of the account a brief carries (the handover carries all of it)."""

    warnings: int = 3  # the most urgent about these attendees
    interactions: int = 5  # the newest before this one


MAX_PAGES = 2  # the map, last, is left out rather than start a third page (MapHeading)
FITS = (Fit(), Fit(warnings=1), *(Fit(warnings=1, interactions=n) for n in (4, 3, 2)))


def brief_story(session: Session, interaction: Interaction, lang: str, st: Styles, *,
                map_png: bytes | None, warnings: Sequence[str] | None,
                fit: Fit | None = None) -> list[Flowable]:
    """Two A4 pages for three fully profiled attendees: the visit and its plan in one
    table, the weak points that concern these people, a card per attendee, the map,
    the last five interactions. The rest of the account is the handover's business.
    ``fit``: what to leave out so that it fits (see build_brief)."""
    fit = fit or Fit()
    acc = interaction.account
    story: list[Flowable] = [
        P(markup(word("brief", lang)), st.title),
        P(markup(" · ".join(x for x in (acc.name, interaction.subject) if x)), st.subtitle),
    ]
    ours = ", ".join(person_name(m.name, m.english_name) for m in interaction.members)
    when = " ".join((fmt_date(interaction.starts_at.date(), lang, weekday=True),
                     fmt_time(interaction.starts_at, interaction.duration_minutes)))
    story.append(facts([("date", when), ("kind", interaction.kind.label(lang)),
                        ("place", interaction.place), ("our_side", ours)], lang, st))
    plan = [(key, P(lines_markup(text, numbered=numbered), st.cell))
            for key, text, numbered in (("objective", interaction.objective, False),
                                        ("agenda", interaction.agenda, True),
                                        ("info_to_gather", interaction.info_to_gather, True),
                                        ("materials", interaction.materials, True))
            if clean(text).strip()]
    if plan:
        story.append(facts(plan, lang, st, columns=1, top_rule=False))

    people = sorted(interaction.people, key=lambda p: (-(p.power or 0), p.name))
    story.append(heading("coverage", lang, st))
    story.append(_warnings_box(session, acc, lang, st, warnings, {p.id for p in people},
                               limit=fit.warnings))

    story.append(heading("their_attendees", lang, st))
    if not people:
        story.append(para(sentence("no_attendees", lang), st.muted))
    ids = [p.id for p in people]
    last = last_contact_by_person(session, ids, now=interaction.starts_at - timedelta(seconds=1))
    open_by = open_commitments_by_person(session, ids)
    for person in people:
        story += person_card(person, lang, st, last_contact=last.get(person.id),
                             commitments=open_by[person.id])

    story.append(heading("last_interactions" if fit.interactions == 5 else "recent_interactions",
                         lang, st))
    story.append(interactions_table(last_interactions(session, interaction, fit.interactions),
                                    lang, st))

    # The map comes last: a picture to glance at, it takes the room that is left.
    size = image_size(map_png, CONTENT_W, MAP_H) if map_png else None
    if map_png and size is not None:
        title = MapHeading(heading_markup("map", lang), st.h1)
        title.room = MAP_MIN_H + 2 * mm  # the heading never stands alone above no map
        story += [title, FitImage(map_png, *size, min_h=MAP_MIN_H, heading=title)]
    return story


def _on_last_page(flowable: Flowable) -> bool:
    canvas = getattr(flowable, "canv", None)  # set while the frame asks for the size
    return canvas is not None and canvas.getPageNumber() >= MAX_PAGES


class MapHeading(Heading):
    """The map's heading: on the brief's last page, with no room left for the map, it
    is left out (with the map) rather than start a page of its own."""

    skip = False

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        w, h = super().wrap(avail_w, avail_h)
        self.skip = h > avail_h and _on_last_page(self)
        return (w, 0) if self.skip else (w, h)

    def draw(self) -> None:
        if not self.skip:
            super().draw()


class FitImage(Image):  # type: ignore[misc]
    """An image that shrinks (down to ``min_h``) to fit the rest of the page, rather than
    move to the next page and leave a blank space behind; left out with its heading."""

    def __init__(self, data: bytes, width: float, height: float, min_h: float,
                 heading: MapHeading | None = None) -> None:
        super().__init__(io.BytesIO(data), width=width, height=height, hAlign="CENTER")
        self.full_w, self.full_h, self.min_h = width, height, min_h
        self.heading = heading
        self.skip = False

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.skip = bool(self.heading is not None and self.heading.skip) or (
            avail_h < self.min_h and _on_last_page(self))
        if self.skip:
            return avail_w, 0
        scale = 1.0
        if self.min_h <= avail_h < self.full_h:
            scale = avail_h / self.full_h
        self.drawWidth, self.drawHeight = self.full_w * scale, self.full_h * scale
        return self.drawWidth, self.drawHeight

    def draw(self) -> None:
        if not self.skip:
            super().draw()


MAP_H = 65 * mm  # the whole chain at a glance; the map tab and the handover show it large
MAP_MIN_H = 40 * mm  # smaller to fit the page's end, rather than a page of its own


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
                     para(names, st.cell), para(_short(it.next_steps, 70), st.cell)])
    widths = [23 * mm, 15 * mm, 0.0, 28 * mm, 0.0]
    rest = CONTENT_W - sum(widths)
    widths[2], widths[4] = rest * 0.4, rest * 0.6
    return grid(rows, widths, zebra=True)


def _short(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


BRIEF_WARNINGS = 3  # the most urgent about these attendees; the handover lists them all


def coverage_warnings(session: Session, account: Account, lang: str,
                      attendees: Collection[str] | None = None) -> list[str]:
    """The account's weak points from the coverage analysis, each with its suggested action.

    Most urgent first. For a brief (``attendees``: the person ids in the meeting) the
    findings about them or about the whole chain come first, and each is its title and
    what to do: the why (a stance, an influence) is on the person's card just below.
    """
    from desktop.domain.coverage import analyse

    findings = analyse(session, account.id, today=date.today()).findings
    if attendees is None:
        return [f"{f.title.text(lang)}: {f.explanation.text(lang)} → {f.action.text(lang)}"
                for f in findings]
    present = set(attendees)  # a stable sort keeps the urgency order within each group
    findings = sorted(findings, key=lambda f: bool(f.people) and not set(f.people) & present)
    return [f"{f.title.text(lang)} → {f.action.text(lang)}" for f in findings]


def _warnings_box(session: Session, account: Account, lang: str, st: Styles,
                  warnings: Sequence[str] | None, attendees: Collection[str], *,
                  limit: int = BRIEF_WARNINGS) -> Flowable:
    items = (list(warnings) if warnings is not None
             else coverage_warnings(session, account, lang, attendees))
    if not items:
        return para(sentence("no_warnings", lang), st.muted)
    shown, hidden = items[:limit], len(items) - limit
    body = "<br/>".join(f"• {markup(w)}" for w in shown)
    if hidden > 0:  # most urgent first: the brief keeps to the essentials
        body += "<br/>" + markup(sentence("more_warnings", lang).replace("{n}", str(hidden)))
    box = Table([[P(body, st.small)]], colWidths=[CONTENT_W], hAlign="LEFT")
    box.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("BACKGROUND", (0, 0), (-1, -1), WARN),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, WARN_EDGE),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return box
