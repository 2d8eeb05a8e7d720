"""Erasing a person leaves no trace in the database file (after VACUUM), and a
subject-access export lists everything held about them."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.backup import erase
from desktop.backup.integrity import check_file
from desktop.cli import main
from desktop.db.enums import LinkKind, Party
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
)
from desktop.db.session import DB_FILENAME, Database

NAME, NOTE, PHONE = "欧阳娜娜ERASEME", "她的孩子在读高三SECRETNOTE", "13912345678"


@pytest.fixture
def filled(db: Database) -> Database:
    with db.unit_of_work() as session:
        acct = Account(name="华东移动")
        me = TeamMember(name="我", is_me=True)
        target = Person(account=acct, name=NAME, notes=NOTE, phones=[PHONE],
                        form_family="两个孩子")
        boss = Person(account=acct, name="王总")
        report = Person(account=acct, name="小李", reports_to=target)
        visit = Interaction(account=acct, starts_at=datetime(2026, 4, 1, 9), subject="季度回顾",
                            notes="谈了预算")
        visit.people = [target, boss]
        group = SubGroup(account=acct, name="质量委员会")
        group.members = [target, boss]
        session.add_all([
            acct, me, target, boss, report, visit, group,
            PersonLink(account=acct, a=target, b=boss, kind=LinkKind.CLOSE, note="同学"),
            Coverage(member=me, person=target, note="每月一次"),
            ExternalTie(account=acct, person=target, body="市发改委"),
            Commitment(account=acct, party=Party.OURS, by_member=me, to_person=target,
                       what="送样品", due_on=date(2026, 5, 1)),
            Interaction(account=acct, starts_at=datetime(2026, 4, 2, 9),
                        notes=f"午饭时{NAME}提到换供应商"),
        ])
    return db


def raw_bytes(data_dir: Path) -> bytes:
    out = b""
    for suffix in ("", "-wal", "-shm"):
        path = data_dir / (DB_FILENAME + suffix)
        if path.exists():
            out += path.read_bytes()
    return out


def test_erase_leaves_no_trace_after_vacuum(filled: Database, data_dir: Path) -> None:
    needles = [s.encode() for s in (NAME, NOTE, PHONE, "两个孩子")]
    assert all(n in raw_bytes(data_dir) for n in needles[1:])  # the check can see them
    with filled.unit_of_work() as session:
        target = erase.find_person(session, NAME)
        report = erase.erase_person(session, target)
    erase.purge(filled)
    raw = raw_bytes(data_dir)
    for needle in needles[1:]:
        assert needle not in raw, needle.decode()
    # The name survives only where the user typed it into someone else's free text,
    # and the report points there.
    assert [(t, f) for t, _, f in report.mentions] == [("interaction", "notes")]
    assert report.removed["people"] == 1 and report.removed["links"] == 1
    assert report.removed["coverages"] == 1 and report.removed["attendances"] == 1
    with filled.unit_of_work() as session:
        everyone = select(Person.name).execution_options(include_deleted=True)
        assert set(session.scalars(everyone)) == {"王总", "小李"}
        assert session.scalar(select(Person).where(Person.name == "小李")).reports_to_id is None
        visit = session.scalar(select(Interaction).where(Interaction.subject == "季度回顾"))
        assert [p.name for p in visit.people] == ["王总"]
        group = session.scalar(select(SubGroup))
        assert [p.name for p in group.members] == ["王总"]
        promise = session.scalar(select(Commitment))
        assert promise.what == "送样品" and promise.to_person_id is None
    filled.close()
    assert check_file(data_dir / DB_FILENAME, full=True).healthy  # foreign keys included


def test_erase_also_removes_a_soft_deleted_person(filled: Database, data_dir: Path) -> None:
    with filled.unit_of_work() as session:
        session.scalar(select(Person).where(Person.name == NAME)).deleted_at = datetime.now()
    with filled.unit_of_work() as session:
        erase.erase_person(session, erase.find_person(session, NAME))
    erase.purge(filled)
    assert NOTE.encode() not in raw_bytes(data_dir)


def test_subject_export_lists_what_we_hold(filled: Database) -> None:
    with filled.unit_of_work() as session:
        data = erase.subject_export(session, erase.find_person(session, NAME))
    assert data["person"]["notes"] == NOTE and data["person"]["phones"] == [PHONE]
    assert data["account"] == "华东移动"
    assert data["links"] == [{"with": "王总", "kind": "close", "note": "同学"}]
    assert [c["member"] for c in data["covered_by"]] == ["我"]
    assert [i["subject"] for i in data["interactions_attended"]] == ["季度回顾"]
    assert [c["what"] for c in data["commitments"]] == ["送样品"]
    assert data["sub_groups"] == ["质量委员会"]
    assert data["external_ties"][0]["body"] == "市发改委"
    assert [m["table"] for m in data["mentioned_in"]] == ["interaction"]
    json.dumps(data, ensure_ascii=False, default=str)


def test_cli_erase_needs_confirmation_and_export_writes_json(
    filled: Database, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled.close()
    out = tmp_path / "request.json"
    assert main(["--data-dir", str(data_dir), "subject-export", NAME, "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["person"]["name"] == NAME
    assert main(["--data-dir", str(data_dir), "erase", NAME]) == 2
    assert "add --yes to confirm" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "erase", "nobody-like-this", "--yes"]) == 2
    assert "No person is called" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "erase", NAME, "--yes"]) == 0
    printed = capsys.readouterr().out
    assert f"Erased {NAME}" in printed and "Backups made before now" in printed
    assert NOTE.encode() not in raw_bytes(data_dir)


def test_a_full_text_index_forgets_the_person(filled: Database, data_dir: Path) -> None:
    """A search index kept in an FTS5 table by triggers (as desktop.search may do) is purged."""
    with filled.engine.begin() as conn:
        conn.exec_driver_sql("CREATE VIRTUAL TABLE probe_fts USING fts5(id UNINDEXED, body)")
        conn.exec_driver_sql("INSERT INTO probe_fts SELECT id, name || ' ' || notes FROM person")
        conn.exec_driver_sql("CREATE TRIGGER probe_del AFTER DELETE ON person BEGIN "
                             "DELETE FROM probe_fts WHERE id = old.id; END")
    with filled.unit_of_work() as session:
        report = erase.erase_person(session, erase.find_person(session, NAME))
    erase.purge(filled)
    assert report.search_index != "not present"
    raw = raw_bytes(data_dir)
    assert NOTE.encode() not in raw and NOTE.lower().encode() not in raw
    with filled.engine.connect() as conn:
        hits = conn.exec_driver_sql("SELECT count(*) FROM probe_fts WHERE probe_fts MATCH 'SECRETNOTE'")
        assert hits.scalar() == 0
