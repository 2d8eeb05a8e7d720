"""The visit memo (会议/沟通备忘录): it goes to the client.

It confirms in writing what was discussed, the issues to solve and the
commitments made by both sides. Only what the client may read is used: the
interaction's facts, the attendees' names and titles, the notes, issues, next
steps and commitments. Internal judgements (attitude, relationship to us,
personality, needs, hearsay, FORM notes, tactics, satisfaction) are never read
here: the memo is built from an explicit list of client-safe fields.
"""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlalchemy.orm import Session

from desktop.db.enums import CommitmentStatus
from desktop.db.models import Interaction
from desktop.db.people import title_and_department
from desktop.reports.common import (
    check_lang,
    commitment_by,
    commitment_to,
    get_interaction,
    preparer,
)
from desktop.reports.labels import WORDS, colon, fmt_date, fmt_time, person_name, sentence, word
from desktop.reports.layout import (
    CONTENT_W,
    P,
    Page,
    Styles,
    facts,
    grid,
    heading,
    label_markup,
    markup,
    para,
    read_logo,
    render,
    text_block,
    today,
    write_pdf,
)


def build_memo(
    session: Session,
    interaction_id: str,
    *,
    lang: str = "zh",
    company: str = "",
    logo: str | os.PathLike[str] | None = None,
    output: str | os.PathLike[str] | None = None,
) -> bytes:
    """The memo of one interaction as PDF bytes (also written to ``output`` if given)."""
    check_lang(lang)
    interaction = get_interaction(session, interaction_id)
    st = Styles()
    story = memo_story(interaction, lang, st, company=company)
    title = word("memo", lang)
    page = Page(lang=lang, doc_title=title, footer_key="confidential", company=company,
                logo=read_logo(logo))
    subject = " · ".join(x for x in (interaction.account.name, interaction.subject) if x)
    signer = preparer(interaction)
    data = render(story, page, title=f"{title} – {subject}" if subject else title,
                  author=signer.name if signer else company, subject=subject)
    if output is not None:
        write_pdf(data, Path(output))
    return data


def memo_story(interaction: Interaction, lang: str, st: Styles, *, company: str = "") -> list[Flowable]:
    acc = interaction.account
    story: list[Flowable] = []
    zh, en = WORDS["memo"]
    story.append(P(markup(en if lang == "en" else zh), st.title))
    subtitle = interaction.subject or acc.name
    if lang == "both":
        story.append(P(markup(f"{en} · {subtitle}"), st.subtitle))
    else:
        story.append(P(markup(subtitle), st.subtitle))

    day = interaction.starts_at.date()
    story.append(facts([
        ("account", acc.name),
        ("kind", interaction.kind.label(lang)),
        ("date", fmt_date(day, lang, weekday=True)),
        ("time", fmt_time(interaction.starts_at, interaction.duration_minutes)),
        ("place", interaction.place),
        ("subject", interaction.subject),
    ], lang, st))

    story.append(heading("attendees", lang, st))
    story.append(_attendees(interaction, lang, st, company))

    for key, text, listed in (
        ("objective", interaction.objective, False),
        ("summary", interaction.notes, False),
        ("issues", interaction.concerns, True),
    ):
        block = text_block(text, st, listed=listed)
        if block:
            story.append(heading(key, lang, st))
            story.extend(block)

    story.append(heading("commitments", lang, st))
    story.append(_commitments(interaction, lang, st))

    steps = text_block(interaction.next_steps, st, listed=True)
    if steps or interaction.next_contact_on:
        story.append(heading("next_steps", lang, st))
        story.extend(steps)
        if interaction.next_contact_on:
            story.append(Spacer(1, 2))
            story.append(P(
                f"<b>{markup(word('next_contact', lang) + colon(lang))}</b>"
                f"{markup(fmt_date(interaction.next_contact_on, lang, weekday=True))}", st.body))

    story.append(Spacer(1, 10 * mm))
    closing = [para(sentence("closing", lang), st.muted)]
    signer = preparer(interaction)
    sign_lines = []
    if signer is not None:
        who = person_name(signer.name, signer.english_name)
        if signer.title:
            who += f"{'，' if lang == 'zh' else ', '}{signer.title}"
        sign_lines.append(f"{word('prepared_by', lang)}{colon(lang)}{who}")
    if company:
        sign_lines.append(company)
    sign_lines.append(f"{word('issued_on', lang)}{colon(lang)}{fmt_date(today(), lang)}")
    closing.append(Spacer(1, 4))
    closing.append(para("\n".join(sign_lines), st.body))
    story.append(KeepTogether(closing))
    return story


def _attendees(interaction: Interaction, lang: str, st: Styles, company: str) -> Flowable:
    people = sorted(interaction.people, key=lambda p: p.name)
    members = sorted(interaction.members, key=lambda m: (not m.is_me, m.name))
    if not people and not members:
        return para(word("no_attendees", lang) if lang != "both" else sentence(
            "no_attendees", lang), st.muted)
    head = [P(label_markup(k, lang), st.cell_head)
            for k in ("name", "title", "organisation")]
    rows: list[list[object]] = [head]
    section_rows: list[int] = []
    widths = [CONTENT_W * 0.32, CONTENT_W * 0.38, CONTENT_W * 0.30]
    theirs = [(person_name(p.name, p.english_name),
               title_and_department(p.title, p.department),
               p.organisation if p.is_external and p.organisation else interaction.account.name)
              for p in people]
    ours = [(person_name(m.name, m.english_name), m.title, company) for m in members]
    for side, entries in (("client_side", theirs), ("our_side", ours)):
        if not entries:
            continue
        section_rows.append(len(rows))
        rows.append([P(f"<b>{markup(word(side, lang))}</b>", st.cell), "", ""])
        for name, title, org in entries:
            rows.append([para(name, st.cell_bold), para(title, st.cell), para(org, st.cell)])
    extra = []
    for r in section_rows:
        extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), "#F8FAFC")]
    return grid(rows, widths, extra=extra)


def _commitments(interaction: Interaction, lang: str, st: Styles) -> Flowable:
    items = [c for c in interaction.commitments if c.status != CommitmentStatus.DROPPED]
    if not items:
        return para(sentence("no_commitments", lang), st.muted)
    items.sort(key=lambda c: (c.party.value != "ours", c.due_on is None, c.due_on or today()))
    head = [P(label_markup(k, lang), st.cell_head)
            for k in ("who", "what", "to_whom", "due")]
    rows: list[list[object]] = [["#", *head]]
    rows[0][0] = P("#", st.cell_head)
    for i, c in enumerate(items, 1):
        due = fmt_date(c.due_on, lang) if c.due_on else word("tbd", lang)
        rows.append([para(str(i), st.cell), para(commitment_by(c, lang), st.cell),
                     para(c.what, st.cell), para(commitment_to(c), st.cell), para(due, st.cell)])
    widths = [8 * mm, CONTENT_W * 0.22, None, CONTENT_W * 0.2, CONTENT_W * 0.16]
    fixed = sum(w for w in widths if w is not None)
    widths[2] = CONTENT_W - fixed
    return grid(rows, widths, zebra=True)
