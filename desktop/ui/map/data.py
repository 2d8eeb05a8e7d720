"""What the map shows, read in one unit of work into plain values (no Qt here).

The scene is built from a ChainData snapshot, never from live ORM objects, so a
closed session can never surprise the GUI and the export can run on a worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.enums import Attitude, DecisionRole, LinkKind, Stance, TeamRole
from desktop.db.models import Account, Coverage, PersonLink, TeamMember
from desktop.domain.coverage import chain_people
from desktop.domain.layout import Node, org_chart


@dataclass(frozen=True)
class PersonView:
    id: str
    name: str
    title: str
    roles: tuple[DecisionRole, ...]
    attitude: Attitude | None
    stance: Stance | None
    influence: int | None
    manager_id: str | None
    external: bool
    saved_pos: tuple[float, float] | None


@dataclass(frozen=True)
class LinkView:
    id: str
    a_id: str
    b_id: str
    kind: LinkKind
    note: str


@dataclass(frozen=True)
class MemberView:
    id: str
    name: str
    role: TeamRole


@dataclass(frozen=True)
class CoverageView:
    id: str
    member_id: str
    person_id: str
    strength: int


@dataclass
class ChainData:
    account_id: str
    account_name: str
    people: list[PersonView] = field(default_factory=list)
    links: list[LinkView] = field(default_factory=list)
    members: list[MemberView] = field(default_factory=list)
    coverage: list[CoverageView] = field(default_factory=list)
    # Where the user dragged our team's nodes (member id -> x, y); the rest are placed
    # in a row under the chart. Kept in the app's settings, not the database.
    member_positions: dict[str, tuple[float, float]] = field(default_factory=dict)

    def auto_positions(self) -> dict[str, tuple[float, float]]:
        return org_chart([Node(p.id, p.manager_id, p.external) for p in self.people])

    def positions(self) -> dict[str, tuple[float, float]]:
        """Saved positions where the user placed someone, the automatic layout elsewhere."""
        auto = self.auto_positions()
        return {p.id: p.saved_pos or auto[p.id] for p in self.people}


# What the map shows of a person, besides what the coverage analysis reads.
MAP_COLUMNS = ("title", "reports_to_id", "is_external", "map_x", "map_y")


def map_people(session: Session, account_id: str) -> list[Any]:
    """The account's people as rows, for ``load_chain`` and the analysis both."""
    return chain_people(session, account_id, *MAP_COLUMNS)


def load_chain(session: Session, account_id: str, today: date | None = None,
               people: Sequence[Any] | None = None) -> ChainData:
    """The account's current decision chain: people who have left are not on the map
    (the coverage analysis beside it ignores them too; the chain table shows them greyed).

    Read as columns, not objects: 300 Person objects with all their lists took longer
    than drawing them. ``people``: already read with ``map_people``."""
    today = today or date.today()
    name = session.scalar(select(Account.name).where(Account.id == account_id))
    data = ChainData(account_id, name or "")
    if people is None:
        people = map_people(session, account_id)
    people = [p for p in people if p.left_on is None or p.left_on > today]
    ids = {p.id for p in people}
    for p in people:
        saved = (p.map_x, p.map_y) if p.map_x is not None and p.map_y is not None else None
        data.people.append(
            PersonView(
                p.id, p.name, p.title, tuple(p.roles or ()), p.attitude, p.stance, p.influence,
                p.reports_to_id if p.reports_to_id in ids else None, p.is_external, saved,
            )
        )
    for link in session.execute(select(PersonLink.id, PersonLink.a_id, PersonLink.b_id,
                                       PersonLink.kind, PersonLink.note)
                                .where(PersonLink.account_id == account_id)):
        if link.a_id in ids and link.b_id in ids:
            data.links.append(LinkView(link.id, link.a_id, link.b_id, link.kind, link.note))
    if ids:
        rows = session.execute(select(Coverage.id, Coverage.member_id, Coverage.person_id,
                                      Coverage.strength)
                               .where(Coverage.person_id.in_(ids))).all()
        member_ids = {c.member_id for c in rows}
        members = {
            m.id: m
            for m in session.execute(
                select(TeamMember.id, TeamMember.name, TeamMember.role)
                .where(TeamMember.id.in_(member_ids)).order_by(TeamMember.name)
            )
        } if member_ids else {}
        data.members = [MemberView(m.id, m.name, m.role) for m in members.values()]
        data.coverage = [
            CoverageView(c.id, c.member_id, c.person_id, c.strength)
            for c in rows
            if c.member_id in members
        ]
    return data
