"""The Today agenda reads its pass over the people from a covering index (migration today01).

At 200,000 people reading the wide person rows was about 4 s of the agenda; the index
holds just the columns the agenda streams. Should the agenda ask for one more column,
SQLite would go back to the rows: this test says so.
"""

from __future__ import annotations

from typing import Any

from followups_data import NOW, build
from sqlalchemy import event

from desktop.db.session import Database
from desktop.domain.followups import build_agenda


def test_the_agendas_people_come_from_the_covering_index(db: Database) -> None:
    build(db)
    sent: list[tuple[str, Any]] = []

    def capture(_c: Any, _cur: Any, statement: str, parameters: Any, _ctx: Any, _many: bool) -> None:
        sent.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        with db.unit_of_work() as session:
            agenda = build_agenda(session, NOW)
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    assert agenda.tally("contacts_due").total > 0
    people = [(s, p) for s, p in sent if "FROM person JOIN account" in s and "person.birthday" in s]
    assert len(people) == 1
    statement, parameters = people[0]
    with db.unit_of_work() as session:
        raw = session.connection().connection.driver_connection
        assert raw is not None
        plan = " / ".join(row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + statement,
                                                        parameters))
    assert "person USING COVERING INDEX ix_person_agenda" in plan, plan
