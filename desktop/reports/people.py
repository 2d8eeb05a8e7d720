"""A person's internal profile (brief and handover): never used by the client memo."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.platypus import Flowable, KeepTogether, Paragraph
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
from desktop.reports.labels import colon, fmt_date, person_name, word
from desktop.reports.layout import P, Styles, facts, markup, text_block


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


def commitment_line(c: Commitment, lang: str) -> str:
    by = who_name(c.by_person, c.by_member) or c.party.label(lang)
    to = commitment_to(c)
    due = fmt_date(c.due_on, lang) if c.due_on else word("tbd", lang)
    arrow = f"{by} → {to}" if to else by
    return f"{c.what} · {arrow} · {due}"


def person_profile(
    person: Person,
    lang: str,
    st: Styles,
    *,
    last_contact: datetime | None,
    commitments: list[Commitment],
    full: bool = False,
) -> list[Flowable]:
    """The heading and the fact table of one person."""
    head = person_name(person.name, person.english_name)
    sub = " · ".join(x for x in (title_and_department(person.title, person.department),
                                 person.organisation if person.is_external else "") if x)
    title = f"<b>{markup(head)}</b>"
    if sub:
        title += f'<font color="#6B7280">  {markup(sub)}</font>'
    if person.left_on:
        title += f'<font color="#B42318">  ({markup(word("left_on", lang))} {fmt_date(person.left_on, lang)})</font>'
    sep = "；" if lang == "zh" else "; "
    role_lines = []
    guides = dict(role_guidelines(person.roles))
    for role in person.roles:
        text = markup(role.label(lang))
        if role in guides:
            text += f' → <b>{markup(guides[role].text(lang))}</b>'
        role_lines.append(text)
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
        # One run of text, not a list: the brief keeps to one or two pages.
        tips = " ".join(markup(t.text(lang)) for t in guide.tips)
        pairs += [("personality", P(pers, st.cell)), ("tips", P(tips, st.cell))]
    quadrant = needs_quadrant(person.we_meet_institutional, person.we_meet_personal)
    pairs.append(("needs", P(
        f"<b>{markup(quadrant.label(lang))}</b>: {markup(QUADRANT_MEANING[quadrant].text(lang))}",
        st.cell)))
    form = [f"<b>{markup(label.text(lang))}</b>{colon(lang)}"
            f"{markup(_hearsay(person, attr, getattr(person, attr), lang))}"
            for attr, label in FORM_TOPICS if getattr(person, attr).strip()]
    if form:
        pairs.append(("form", P(_join(form), st.cell)))
    if person.rapport_topics or person.rapport_notes.strip():
        text = labels(person.rapport_topics, lang)
        if person.rapport_notes.strip():
            text = f"{text}{sep if text else ''}{person.rapport_notes.strip()}"
        pairs.append(("rapport", P(markup(text), st.cell)))
    if full:
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
    if full and person.notes.strip():
        note = _hearsay(person, "notes", person.notes.strip(), lang)
        out += text_block(f"{word('notes', lang)}{colon(lang)}{note}", st, style=st.small)
    return out
