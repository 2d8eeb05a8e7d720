"""Read-side queries shared by the GUI, the CLI and the reports. Each takes the session."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.models import Interaction, interaction_person


def last_contact_by_person(
    session: Session, person_ids: Iterable[str] | None = None, *, now: datetime | None = None
) -> dict[str, datetime]:
    """Each person's last real contact: the newest past interaction they attended.

    Computed from interactions, never from edits of the person's record; planned
    (future) interactions do not count. ``now`` is local wall-clock time.
    """
    now = now or datetime.now()
    stmt = (
        select(interaction_person.c.person_id, func.max(Interaction.starts_at))
        .join(Interaction, Interaction.id == interaction_person.c.interaction_id)
        .where(Interaction.deleted_at.is_(None), Interaction.starts_at <= now)
        .group_by(interaction_person.c.person_id)
    )
    if person_ids is not None:
        ids = list(person_ids)
        if not ids:
            return {}
        stmt = stmt.where(interaction_person.c.person_id.in_(ids))
    return {pid: when for pid, when in session.execute(stmt) if when is not None}
