"""Read-side queries shared by the GUI, the CLI and the reports. Each takes the session."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db import contacts
from desktop.db.models import Interaction, Person, interaction_person


def last_contact_by_person(
    session: Session, person_ids: Iterable[str] | None = None, *, now: datetime | None = None
) -> dict[str, datetime]:
    """Each person's last real contact: the newest past interaction they attended.

    Computed from interactions, never from edits of the person's record; planned
    (future) interactions do not count. ``now`` is local wall-clock time.
    """
    now = now or datetime.now()
    if contacts.current(session, now):
        return _stored(session, person_ids)
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


def _stored(session: Session, person_ids: Iterable[str] | None) -> dict[str, datetime]:
    """The same answer from ``person.last_contact_at`` (desktop/db/contacts.py)."""
    column = contacts.stored_column("person")
    stmt = select(Person.id, column).where(column.is_not(None)).execution_options(
        include_deleted=True)
    if person_ids is None:
        return {pid: when for pid, when in session.execute(stmt)}
    ids = list(person_ids)
    found: dict[str, datetime] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found.update((pid, when) for pid, when in session.execute(stmt.where(Person.id.in_(chunk))))
    return found
