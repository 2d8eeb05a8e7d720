"""An interaction with its attendees and inline commitments, written as one change. No Qt.

The GUI reads a ``Draft`` (``snapshot``), lets the user edit it, and writes it back
(``write``) in one unit of work; undo writes the snapshot taken before. A draft with
``deleted=True`` soft-deletes the interaction and the commitments made in it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.enums import CommitmentStatus, InteractionKind, Party
from desktop.db.models import Commitment, Interaction, Person, TeamMember
from desktop.db.types import new_id, utcnow

FIELDS = (
    "kind", "starts_at", "duration_minutes", "place", "subject", "objective", "info_to_gather",
    "materials", "agenda", "notes", "concerns", "next_steps", "satisfaction",
    "satisfaction_note", "next_contact_on", "owner_id",
)


@dataclass
class CommitmentDraft:
    what: str
    party: Party = Party.OURS
    due_on: date | None = None
    by_member_id: str | None = None
    by_person_id: str | None = None
    status: CommitmentStatus = CommitmentStatus.OPEN
    id: str = field(default_factory=new_id)
    deleted: bool = False


@dataclass
class Draft:
    account_id: str
    values: dict[str, Any]
    person_ids: list[str] = field(default_factory=list)
    member_ids: list[str] = field(default_factory=list)
    commitments: list[CommitmentDraft] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    deleted: bool = False


def blank(account_id: str, *, now: datetime | None = None) -> Draft:
    start = (now or datetime.now()).replace(second=0, microsecond=0)
    return Draft(account_id, {"kind": InteractionKind.VISIT, "starts_at": start})


def _get(session: Session, model: Any, record_id: str) -> Any:
    return session.get(model, record_id, execution_options={"include_deleted": True})


def snapshot(session: Session, interaction_id: str) -> Draft:
    obj: Interaction = _get(session, Interaction, interaction_id)
    commitments = session.scalars(
        select(Commitment).where(Commitment.interaction_id == interaction_id)
        .execution_options(include_deleted=True)
    )
    return Draft(
        obj.account_id,
        {name: getattr(obj, name) for name in FIELDS},
        [p.id for p in obj.people],
        [m.id for m in obj.members],
        [CommitmentDraft(c.what, c.party, c.due_on, c.by_member_id, c.by_person_id, c.status,
                         c.id, c.deleted_at is not None) for c in commitments],
        obj.id,
        obj.deleted_at is not None,
    )


def gone(draft: Draft) -> Draft:
    """The state in which the interaction (and its commitments) does not exist."""
    return replace(draft, deleted=True,
                   commitments=[replace(c, deleted=True) for c in draft.commitments])


def write(session: Session, draft: Draft) -> None:
    """Make the database hold ``draft`` (creating records that do not exist yet)."""
    stamp = utcnow()
    obj: Interaction | None = _get(session, Interaction, draft.id)
    if obj is None:
        obj = Interaction(id=draft.id, account_id=draft.account_id, **draft.values)
        session.add(obj)
    else:
        for name, value in draft.values.items():
            setattr(obj, name, value)
    obj.deleted_at = stamp if draft.deleted else None
    obj.people = [p for pid in draft.person_ids if (p := _get(session, Person, pid)) is not None]
    obj.members = [m for mid in draft.member_ids if (m := _get(session, TeamMember, mid)) is not None]
    for c in draft.commitments:
        if not c.what.strip() and not c.deleted:
            continue
        row: Commitment | None = _get(session, Commitment, c.id)
        if row is None:
            if c.deleted:
                continue
            row = Commitment(id=c.id, account_id=draft.account_id, what=c.what)
            session.add(row)
        row.interaction_id = draft.id
        row.what, row.party, row.due_on, row.status = c.what.strip(), c.party, c.due_on, c.status
        row.by_member_id, row.by_person_id = c.by_member_id, c.by_person_id
        row.deleted_at = stamp if (c.deleted or draft.deleted) else None
    session.flush()
