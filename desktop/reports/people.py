"""A person's internal profile (brief and handover): never used by the client memo."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.db.enums import Certainty, CommitmentStatus
from desktop.db.models import Commitment, Person
from desktop.db.people import title_and_department
from desktop.domain.guidance import (
    FORM_TOPICS,
    PERSONALITY_GUIDE,
    QUADRANT_MEANING,
    needs_quadrant,
    role_guidelines,
)
from desktop.reports.common import commitment_to, labels, lbl, who_name
from desktop.reports.fonts import REGULAR
from desktop.reports.labels import colon, fmt_date, person_name, word
from desktop.reports.layout import ACCENT, RULE, P, Styles, facts, label_markup, markup, text_block


def open_commitments_by_person(
    session: Session, person_ids: Sequence[str]
) -> dict[str, list[Commitment]]:
    """Open commitments made by or to each person, soonest due first."""
    out: dict[str, list[Commitment]] = {pid: [] for pid in person_ids}
    if not person_ids:
        return out
    rows = session.scalars(
        select(Commitment).where(
            Commitment.status == CommitmentStatus.OPEN,
            or_(Commitment.by_person_id.in_(person_ids), Commitment.to_person_id.in_(person_ids)),
        )
    ).all()
    for c in sorted(rows, key=lambda c: (c.due_on is None, c.due_on)):
        for pid in {c.by_person_id, c.to_person_id}:
            if pid in out:
                out[pid].append(c)
    return out


def _hearsay(person: Person, fieldname: str, text: str, lang: str) -> str:
    if text and person.certainty.get(fieldname) == Certainty.HEARSAY.value:
        return f"{text} ({word('hearsay', lang)})"
    return text


def _join(lines: list[str]) -> str:
    return "<br/>".join(lines)


def commitment_line(c: Commitment, lang: str, *, short: bool = False) -> str:
    """What · by → to · due; ``short`` names people without their English names."""
    if short:
        by_who, to_who = c.by_person or c.by_member, c.to_person or c.to_member
        by = by_who.name if by_who is not None else c.party.label(lang)
        to = to_who.name if to_who is not None else ""
    else:
        by = who_name(c.by_person, c.by_member) or c.party.label(lang)
        to = commitment_to(c)
    due = fmt_date(c.due_on, lang) if c.due_on else word("tbd", lang)
    arrow = f"{by} → {to}" if to else by
    return f"{c.what} · {arrow} · {due}"


def name_line(person: Person, lang: str) -> str:
    """Name (English name) in bold, then title, department, outside organisation, left on."""
    head = person_name(person.name, person.english_name)
    sub = " · ".join(x for x in (title_and_department(person.title, person.department),
                                 person.organisation if person.is_external else "") if x)
    title = f"<b>{markup(head)}</b>"
    if sub:
        title += f'<font color="#6B7280">  {markup(sub)}</font>'
    if person.left_on:
        title += f'<font color="#B42318">  ({markup(word("left_on", lang))} {fmt_date(person.left_on, lang)})</font>'
    return title


def _role_lines(person: Person, lang: str) -> list[str]:
    """Each decision role with its five-word guideline: 决策者 → <b>尊重</b>."""
    guides = dict(role_guidelines(person.roles))
    lines = []
    for role in person.roles:
        text = markup(role.label(lang))
        if role in guides:
            text += f' → <b>{markup(guides[role].text(lang)).replace(" ", "&nbsp;")}</b>'
        lines.append(text)
    return lines


def _form_lines(person: Person, lang: str) -> list[str]:
    return [f"<b>{markup(label.text(lang))}</b>{colon(lang)}"
            f"{markup(_hearsay(person, attr, getattr(person, attr).strip(), lang))}"
            for attr, label in FORM_TOPICS if getattr(person, attr).strip()]


def _rapport(person: Person, lang: str) -> str:
    text = labels(person.rapport_topics, lang)
    if person.rapport_notes.strip():
        sep = "；" if lang == "zh" else "; "
        text = f"{text}{sep if text else ''}{person.rapport_notes.strip()}"
    return text


def person_profile(
    person: Person,
    lang: str,
    st: Styles,
    *,
    last_contact: datetime | None,
    commitments: list[Commitment],
) -> list[Flowable]:
    """The heading and the whole fact table of one person (the handover's profile)."""
    title = name_line(person, lang)
    role_lines = _role_lines(person, lang)
    short: list[tuple[str, str | Paragraph]] = [
        ("roles", P(_join(role_lines) or "—", st.cell)),
        ("attitude", _hearsay(person, "attitude", lbl(person.attitude, lang), lang)),
        ("stance", _hearsay(person, "stance", lbl(person.stance, lang), lang)),
        ("power_influence", f"{person.power or '—'} / {person.influence or '—'}"),
    ]
    pairs: list[tuple[str, str | Paragraph]] = []
    if person.personality is not None:
        guide = PERSONALITY_GUIDE[person.personality]
        pers = (f"<b>{markup(_hearsay(person, 'personality', person.personality.label(lang), lang))}</b>"
                f" ({markup(guide.axes.text(lang))})<br/>{markup(guide.traits.text(lang))}")
        tips = " ".join(markup(t.text(lang)) for t in guide.tips)
        pairs += [("personality", P(pers, st.cell)), ("tips", P(tips, st.cell))]
    quadrant = needs_quadrant(person.we_meet_institutional, person.we_meet_personal)
    pairs.append(("needs", P(
        f"<b>{markup(quadrant.label(lang))}</b>: {markup(QUADRANT_MEANING[quadrant].text(lang))}",
        st.cell)))
    form = _form_lines(person, lang)
    if form:
        pairs.append(("form", P(_join(form), st.cell)))
    if person.rapport_topics or person.rapport_notes.strip():
        pairs.append(("rapport", P(markup(_rapport(person, lang)), st.cell)))
    contact = [*person.phones, *person.emails]
    if person.wechat:
        contact.append(f"WeChat {person.wechat}")
    pairs += [
        ("contact", ", ".join(contact)),
        ("motive", lbl(person.motive, lang)),
        ("personal_needs", labels(person.personal_needs, lang)),
        ("institutional_needs", labels(person.institutional_needs, lang)),
        ("influence_channels", labels(person.influence_channels, lang)),
    ]
    pairs = [(k, v) for k, v in pairs if v]
    pairs.append(("last_contact", fmt_date(last_contact.date(), lang) if last_contact
                  else word("never", lang)))
    lines = [markup(commitment_line(c, lang)) for c in commitments]
    pairs.append(("open_commitments", P(
        "<br/>".join(f"• {line}" for line in lines) or markup(word("none", lang)), st.cell)))
    # the name and the short facts stay together; the long part may run onto the next page
    out: list[Flowable] = [KeepTogether([P(title, st.h2), facts(short, lang, st)]),
                           facts(pairs, lang, st, columns=1, top_rule=False)]
    if person.notes.strip():
        note = _hearsay(person, "notes", person.notes.strip(), lang)
        out += text_block(f"{word('notes', lang)}{colon(lang)}{note}", st, style=st.small)
    return out


def person_card(
    person: Person,
    lang: str,
    st: Styles,
    *,
    last_contact: datetime | None,
    commitments: list[Commitment],
) -> list[Flowable]:
    """One of their attendees in the pre-visit brief, read in a minute before the meeting.

    The name line; one strip of the short facts (roles with their guideline, attitude,
    relationship to us, power/influence, personality, needs quadrant, last contact); then
    what to do with them: how to engage, FORM talking points, common ground, open
    commitments. What only a handover needs (contact details, motive, personality traits,
    notes) is left to the handover dossier.
    """
    quadrant = needs_quadrant(person.we_meet_institutional, person.we_meet_personal)
    personality = (_hearsay(person, "personality", person.personality.label(lang), lang)
                   if person.personality is not None else "")
    strip: list[tuple[str, str]] = [
        ("roles", _join(_role_lines(person, lang))),
        ("attitude", markup(_hearsay(person, "attitude", lbl(person.attitude, lang), lang))),
        ("stance", markup(_hearsay(person, "stance", lbl(person.stance, lang), lang))),
        ("power_influence", f"{person.power or '—'} / {person.influence or '—'}"),
        ("personality", markup(personality)),
        ("needs", markup(quadrant.label(lang))),
        ("last_contact", markup(fmt_date(last_contact.date(), lang) if last_contact
                                else word("never", lang))),
    ]
    widths = [w * mm for w in (STRIP_WIDTHS_EN if lang == "en" else STRIP_WIDTHS)]
    cells = [[P(label_markup(key, lang), st.strip_label) for key, _ in strip],
             [P(value or "—", st.cell) for _, value in strip]]
    table = Table(cells, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else an unembedded Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, 0), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 0),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 3),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, 1), 0.4, RULE),
    ]))
    pairs: list[tuple[str, str | Paragraph]] = []
    if person.personality is not None:
        tips = " ".join(markup(t.text(lang)) for t in PERSONALITY_GUIDE[person.personality].tips)
        pairs.append(("tips", P(tips, st.cell)))
    form = _form_lines(person, lang)
    if form:
        pairs.append(("form", P(_join(form), st.cell)))
    if person.rapport_topics or person.rapport_notes.strip():
        pairs.append(("rapport", P(markup(_rapport(person, lang)), st.cell)))
    lines = [markup(commitment_line(c, lang, short=True)) for c in commitments]
    pairs.append(("open_commitments", P(
        "<br/>".join(f"• {line}" for line in lines) or markup(word("none", lang)), st.cell)))
    # the name and the strip stay together; the rest may run onto the next page
    return [KeepTogether([P(name_line(person, lang), st.h2), table]),
            facts(pairs, lang, st, columns=1, top_rule=False,
                  label_w=(29 if lang == "en" else 22 if lang == "zh" else 31) * mm)]


# The strip's columns (mm): roles, attitude, relationship, power/influence, personality,
# needs quadrant, last contact; 174 mm in all (the A4 text width).
STRIP_WIDTHS = (40, 17, 24, 20, 20, 20, 33)
STRIP_WIDTHS_EN = (47.5, 16, 25, 24.5, 17.5, 22.5, 21)  # labels on one line
