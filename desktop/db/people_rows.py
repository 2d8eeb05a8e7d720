"""The decision chain's rows read as columns, not Person objects. No Qt.

``desktop.db.people.decision_chain`` loads every person of the account as an ORM object:
all forty columns, eight of them JSON lists decoded one by one, and the identity map
kept up to date. For the 300 people of a large account that took 20–40 ms of the 50 a
dossier has to open in. The table needs a dozen columns; this reads those and gives the
same rows (``PersonRow``), with the same last contact, cadence and coverage rules.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db import queries
from desktop.db.models import Coverage, Person, TeamMember
from desktop.db.people import PersonRow
from desktop.domain.followups import CadencePolicy


def chain_rows(session: Session, account_id: str, *, today: date | None = None,
               policy: CadencePolicy | None = None) -> list[PersonRow]:
    """``decision_chain(session, account_id, today=…, policy=…)``, read as columns."""
    today = today or date.today()
    policy = policy or CadencePolicy()
    people = session.execute(
        select(Person.id, Person.name, Person.english_name, Person.title, Person.department,
               Person.is_external, Person.roles, Person.attitude, Person.stance,
               Person.personality, Person.power, Person.influence, Person.left_on,
               Person.cadence_days)
        .where(Person.account_id == account_id).order_by(Person.name)
    ).all()
    ids = [p[0] for p in people]
    last = queries.last_contact_by_person(session, ids)
    cover: dict[str, list[tuple[int, str]]] = defaultdict(list)
    if ids:
        rows = session.execute(
            select(Coverage.person_id, Coverage.strength, TeamMember.name)
            .join(TeamMember, TeamMember.id == Coverage.member_id)
            .where(Coverage.person_id.in_(ids), TeamMember.deleted_at.is_(None))
        )
        for person_id, strength, member in rows:
            cover[person_id].append((strength or 0, member))
    result = []
    for row in people:  # unpacked: a row's attributes are looked up by name, slowly
        (pid, name, english_name, title, department, is_external, roles, attitude, stance,
         personality, power, influence, left_on, _cadence) = row
        holders = sorted(cover[pid], reverse=True) if pid in cover else []
        when = last.get(pid)
        since = (today - when.date()).days if when else None
        overdue = max(0, since - policy.cadence_for(row)) if since is not None and not left_on else 0
        result.append(PersonRow(
            id=pid, name=name, english_name=english_name, title=title, department=department,
            is_external=is_external, roles=list(roles or ()), attitude=attitude, stance=stance,
            personality=personality, power=power, influence=influence, last_contact=when,
            overdue_days=overdue, owner=holders[0][1] if holders else "",
            covered_by=[f"{member} ({'●' * s})" for s, member in holders], left_on=left_on,
        ))
    return result
