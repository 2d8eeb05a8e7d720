"""What a search hit shows is read from search_show: right after edits, and as made by search04."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from desktop.db.models import Account, Commitment, Interaction, Person
from desktop.db.session import Database
from desktop.search import index
from desktop.search.query import search


def _fill(db: Database) -> str:
    index.install()
    with db.unit_of_work() as s:
        acc = Account(name="华东移动", short_name="华东", notes='引号"与\\反斜杠，续约\x1f在即')
        s.add(acc)
        s.flush()
        s.add_all([
            Person(account_id=acc.id, name="张伟", title="CTO", notes="续约\n第二行"),
            Interaction(account_id=acc.id, starts_at=datetime(2026, 3, 1, 9, 30),
                        subject="续约会谈", notes="张总说续约前要看SLA"),
            Commitment(account_id=acc.id, what="续约报价",
                       created_at=datetime(2026, 3, 2, 8, tzinfo=UTC)),
        ])
        return acc.id


def _shown(db: Database) -> list[tuple[object, ...]]:
    with db.unit_of_work() as s:
        return [(h.kind, h.record_id, h.account_id, h.account_name, h.date, h.title, h.snippet,
                 h.spans, h.field, tuple(h.texts)) for h in search(s, "续约")]


def test_hits_show_current_names_and_the_matching_text(db: Database) -> None:
    acc = _fill(db)
    hits = _shown(db)
    assert [h[0] for h in hits] == ["account", "person", "interaction", "commitment"]
    assert {h[3] for h in hits} == {"华东移动"}
    interaction = hits[2]
    assert interaction[4] == datetime(2026, 3, 1, 9, 30)
    assert interaction[5] == "续约会谈"
    assert hits[3][4] == datetime(2026, 3, 2, 8, tzinfo=UTC)
    assert hits[0][6] == '引号"与\\反斜杠，续约\x1f在即'  # stored and read back exactly
    assert hits[1][6:9] == ("续约 第二行", ((0, 2),), "notes")
    with db.unit_of_work() as s:
        s.get(Account, acc).name = "华东移动通信"  # type: ignore[union-attr]
    assert {h[3] for h in _shown(db)} == {"华东移动通信"}
    with db.unit_of_work() as s:
        s.get(Account, acc).deleted_at = datetime.now(UTC)  # type: ignore[union-attr]
    assert _shown(db) == []


_ROWS = "SELECT rowid, record_id, account_id, at, fields FROM search_show ORDER BY rowid"


def test_migration_search04_fills_search_show_as_the_app_writes_it(db: Database) -> None:
    from alembic import command

    from desktop.db.migrate import alembic_config

    _fill(db)
    with db.unit_of_work() as s:
        written = index.driver_connection(s).execute(_ROWS).fetchall()
    shown = _shown(db)
    assert len(written) == 4
    with db.engine.begin() as back:  # back to search03: no search_show
        back.exec_driver_sql("DROP TABLE search_show")
        back.exec_driver_sql("DROP INDEX ix_account_search")
        back.exec_driver_sql("UPDATE alembic_version SET version_num = 'search03'")
    cfg = alembic_config()
    with db.engine.begin() as up:
        cfg.attributes["connection"] = up
        command.upgrade(cfg, "search04")
    with db.unit_of_work() as s:
        migrated = index.driver_connection(s).execute(_ROWS).fetchall()
    assert [(*r[:4], json.loads(r[4])) for r in migrated] == [
        (*r[:4], json.loads(r[4])) for r in written]
    assert _shown(db) == shown
