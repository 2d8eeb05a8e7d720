"""Loading and naming helpers shared by the memo, the brief and the handover."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from desktop.db.enums import Labeled, Party
from desktop.db.models import Commitment, Interaction, Person, TeamMember
from desktop.errors import NotFoundError
from desktop.reports.labels import LANGS, person_name, word


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
    return lang


def get_interaction(session: Session, interaction_id: str) -> Interaction:
    found = session.get(Interaction, interaction_id)
    if found is None:
        raise NotFoundError(
            f"No interaction has the id {interaction_id!r}; it may have been deleted.",
            f"没有 id 为“{interaction_id}”的互动记录，可能已被删除。",
        )
    return found


def lbl(value: Labeled | None, lang: str) -> str:
    return value.label(lang) if value is not None else ""


def labels(values: Sequence[Labeled] | None, lang: str) -> str:
    sep = "、" if lang == "zh" else ", "
    return sep.join(v.label(lang) for v in values or [])


def who_name(person: Person | None, member: TeamMember | None) -> str:
    if person is not None:
        return person_name(person.name, person.english_name)
    if member is not None:
        return person_name(member.name, member.english_name)
    return ""


def commitment_by(c: Commitment, lang: str) -> str:
    name = who_name(c.by_person, c.by_member)
    side = word("our_side" if c.party == Party.OURS else "client_side", lang)
    return f"{name}\n{side}" if name else side


def commitment_to(c: Commitment) -> str:
    return who_name(c.to_person, c.to_member)


def preparer(interaction: Interaction) -> TeamMember | None:
    """Who signs a memo: me among our attendees, else the interaction's owner, else the account's."""
    for member in interaction.members:
        if member.is_me:
            return member
    return interaction.owner or interaction.account.owner or (
        interaction.members[0] if interaction.members else None
    )
