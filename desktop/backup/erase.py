"""Privacy: erase a person for good, and export one person's data (a subject's access request).

Erasure is a hard delete, unlike the app's usual soft delete: the person, every
link, coverage, external tie, attendance and sub-group membership naming them
goes, references from commitments and reporting lines are cleared, the search
index forgets them, and ``purge`` then rebuilds the file (VACUUM, WAL truncated)
so the deleted bytes are not left in free pages. Free text elsewhere that
mentions their name is reported, not silently edited. Older backups still hold
the person until rotation removes them: the caller tells the user so.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from desktop.db.models import (
    Account,
    Commitment,
    Coverage,
    ExternalTie,
    Interaction,
    Person,
    PersonLink,
    SubGroup,
    TeamMember,
    interaction_person,
    subgroup_person,
)
from desktop.db.session import Database
from desktop.errors import NotFoundError

ALL = {"include_deleted": True}


@dataclass
class EraseReport:
    name: str
    removed: dict[str, int] = field(default_factory=dict)
    mentions: list[tuple[str, str, str]] = field(default_factory=list)  # (table, id, field)
    search_index: str = "not present"

    def lines(self) -> list[str]:
        out = [f"Erased {self.name}: " + ", ".join(f"{n} {k}" for k, n in self.removed.items() if n)]
        if self.mentions:
            n = len(self.mentions)
            out.append(f"Their name still appears in the free text of {n} "
                       f"record{'' if n == 1 else 's'}; review {'it' if n == 1 else 'them'}:")
            out += [f"  {table} {ident[:8]} ({col})" for table, ident, col in self.mentions]
        out.append("Backups made before now still contain them until rotation removes them.")
        return out


def find_person(session: Session, key: str) -> Person:
    """A person by id (prefix) or exact name, soft-deleted ones included."""
    key = key.strip()
    if not key:
        raise NotFoundError("Name the person to look for.", "请给出要查找的人员。")
    rows = list(session.scalars(
        select(Person).where(or_(Person.name == key, Person.english_name == key,
                                 Person.id.startswith(key.lower()))),
        execution_options=ALL,
    ))
    if len(rows) == 1:
        return rows[0]
    if not rows:
        raise NotFoundError(f"No person is called {key!r} and none has that id.",
                            f"没有名为“{key}”或该 id 的人员。")
    listing = ", ".join(f"{p.name} ({p.id[:8]})" for p in rows[:5])
    raise NotFoundError(f"{key!r} matches several people ({listing}); give the id instead.",
                        f"“{key}”匹配到多人（{listing}），请改用 id。")


_TEXT_FIELDS: tuple[tuple[type[Any], tuple[str, ...]], ...] = (
    (Account, ("notes", "churn_note", "competitors")),
    (Person, ("notes", "form_family", "form_occupation", "form_motivation", "form_recreation",
              "rapport_notes")),
    (Interaction, ("subject", "notes", "concerns", "next_steps", "agenda", "objective",
                   "satisfaction_note")),
    (Commitment, ("what", "note")),
    (SubGroup, ("notes",)),
    (ExternalTie, ("note",)),
    (PersonLink, ("note",)),
    (Coverage, ("note",)),
    (TeamMember, ("notes",)),
)


def erase_person(session: Session, person: Person) -> EraseReport:
    """Remove ``person`` and everything naming them (one transaction: the caller's)."""
    pid, report = person.id, EraseReport(person.name)
    counts = report.removed

    def run(label: str, stmt: Any) -> None:
        result = session.execute(stmt, execution_options=ALL)
        counts[label] = counts.get(label, 0) + (result.rowcount or 0)  # type: ignore[attr-defined]

    session.flush()
    run("attendances", delete(interaction_person).where(interaction_person.c.person_id == pid))
    run("sub-group memberships", delete(subgroup_person).where(subgroup_person.c.person_id == pid))
    run("links", delete(PersonLink).where(or_(PersonLink.a_id == pid, PersonLink.b_id == pid)))
    run("coverages", delete(Coverage).where(Coverage.person_id == pid))
    run("external ties", delete(ExternalTie).where(ExternalTie.person_id == pid))
    run("commitment references", update(Commitment).where(Commitment.by_person_id == pid)
        .values(by_person_id=None))
    run("commitment references", update(Commitment).where(Commitment.to_person_id == pid)
        .values(to_person_id=None))
    run("reporting lines", update(Person).where(Person.reports_to_id == pid)
        .values(reports_to_id=None))
    session.expunge(person)
    run("people", delete(Person).where(Person.id == pid))
    report.search_index = _forget_in_search_index(session, pid)
    report.mentions = _mentions(session, report.name, pid)
    session.expire_all()
    return report


def _forget_in_search_index(session: Session, person_id: str) -> str:
    """Tell desktop.search (if present) to drop the person; merge every FTS5 index."""
    outcome = "not present"
    try:
        from desktop.search import index as search_index  # type: ignore[import-not-found,attr-defined,unused-ignore]
    except ImportError:
        search_index = None
    reindex = getattr(search_index, "reindex", None) if search_index is not None else None
    if callable(reindex):  # desktop.search: bulk deletes bypass its flush listener
        reindex(session, "person", [person_id])
        outcome = "desktop.search.index.reindex"
    elif search_index is not None:
        for name in ("remove_person", "remove_record", "remove"):
            func = getattr(search_index, name, None)
            if callable(func):
                try:
                    func(session, person_id)
                except TypeError:
                    func(session, "person", person_id)
                outcome = f"desktop.search.index.{name}"
                break
    conn = session.connection()
    tables = [r[0] for r in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE '%USING fts5%'")]
    for table in tables:  # drop deleted tokens from the index segments
        with contextlib.suppress(Exception):
            conn.exec_driver_sql(f'INSERT INTO "{table}"("{table}") VALUES (\'optimize\')')
    if tables and outcome == "not present":
        outcome = "fts5 optimized"
    return outcome


def _mentions(session: Session, name: str, pid: str) -> list[tuple[str, str, str]]:
    found: list[tuple[str, str, str]] = []
    if len(name.strip()) < 2:
        return found
    for model, cols in _TEXT_FIELDS:
        for col in cols:
            column = getattr(model, col)
            ids = session.scalars(select(model.id).where(column.contains(name)),
                                  execution_options=ALL)
            found += [(model.__tablename__, i, col) for i in ids if i != pid]
    return found


def purge(db: Database) -> None:
    """Rebuild the file so erased bytes are gone from free pages and the WAL."""
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA secure_delete=ON")
        conn.commit()
        conn.exec_driver_sql("VACUUM")
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.commit()


# ------------------------------------------------------- subject access export
def _person_fields(p: Person) -> dict[str, Any]:
    skip = {"map_x", "map_y"}
    out: dict[str, Any] = {}
    for col in Person.__table__.columns:
        if col.key in skip:
            continue
        value = getattr(p, col.key)
        if isinstance(value, list):
            value = [getattr(v, "value", v) for v in value]
        elif hasattr(value, "value"):
            value = value.value
        out[col.key] = value
    return out


def subject_export(session: Session, person: Person) -> dict[str, Any]:
    """Everything the dossier holds about ``person``, as plain JSON-ready data."""
    pid = person.id
    by_id = {p.id: p.name for p in session.scalars(select(Person).where(
        Person.account_id == person.account_id), execution_options=ALL)}
    data: dict[str, Any] = {
        "export": "subject access request",
        "person": _person_fields(person),
        "account": person.account.name if person.account else None,
        "reports_to": by_id.get(person.reports_to_id or ""),
        "links": [
            {"with": by_id.get(lk.b_id if lk.a_id == pid else lk.a_id), "kind": lk.kind.value,
             "note": lk.note}
            for lk in session.scalars(select(PersonLink).where(
                or_(PersonLink.a_id == pid, PersonLink.b_id == pid)))
        ],
        "covered_by": [
            # by name even when that colleague was removed from the team since
            {"member": name, "strength": c.strength, "note": c.note}
            for c, name in session.execute(
                select(Coverage, TeamMember.name).join(TeamMember, TeamMember.id == Coverage.member_id)
                .where(Coverage.person_id == pid, Coverage.deleted_at.is_(None)),
                execution_options=ALL)
        ],
        "external_ties": [
            {"body": t.body, "kind": t.body_kind.value, "note": t.note}
            for t in session.scalars(select(ExternalTie).where(ExternalTie.person_id == pid))
        ],
        "interactions_attended": [
            {"when": i.starts_at, "kind": i.kind.value, "subject": i.subject, "place": i.place,
             "notes": i.notes}
            for i in session.scalars(select(Interaction).join(
                interaction_person, interaction_person.c.interaction_id == Interaction.id)
                .where(interaction_person.c.person_id == pid).order_by(Interaction.starts_at))
        ],
        "commitments": [
            {"what": c.what, "role": "made" if c.by_person_id == pid else "received",
             "due_on": c.due_on, "status": c.status.value, "note": c.note}
            for c in session.scalars(select(Commitment).where(
                or_(Commitment.by_person_id == pid, Commitment.to_person_id == pid)))
        ],
        "sub_groups": [
            g.name for g in session.scalars(select(SubGroup).join(
                subgroup_person, subgroup_person.c.subgroup_id == SubGroup.id)
                .where(subgroup_person.c.person_id == pid))
        ],
    }
    data["mentioned_in"] = [
        {"table": t, "id": i, "field": f} for t, i, f in _mentions(session, person.name, pid)
    ]
    return data
