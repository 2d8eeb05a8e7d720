"""The demo dossiers load, stay true relative to today, and never overwrite data silently."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.db.enums import ChurnRisk, CommitmentStatus, DecisionRole, Party, Stance
from desktop.db.models import Account, Commitment, Coverage, Interaction, Person, TeamMember
from desktop.db.session import open_database
from desktop.demo import load_demo


def _load(data_dir: Path, today: date | None = None) -> None:
    db = open_database(data_dir)
    try:
        with db.unit_of_work() as session:
            load_demo(session, today=today)
    finally:
        db.close()


def test_demo_has_a_full_decision_chain_and_team(data_dir: Path) -> None:
    _load(data_dir)
    db = open_database(data_dir)
    with db.unit_of_work() as s:
        accounts = s.scalars(select(Account)).all()
        assert len(accounts) >= 3
        assert len({a.industry for a in accounts}) == len(accounts)
        largest = max(accounts, key=lambda a: len(a.people))
        people = largest.people
        assert len(people) >= 12
        roles = {r for p in people for r in p.roles}
        assert {DecisionRole.DECIDER, DecisionRole.EVALUATOR, DecisionRole.SCREENER,
                DecisionRole.USER, DecisionRole.INITIATOR,
                DecisionRole.EXTERNAL_INFLUENCER} <= roles
        stances = {p.stance for p in people}
        assert {Stance.CHAMPION, Stance.BLOCKER, Stance.ENEMY} <= stances
        assert any(p.is_external for p in people)
        assert sum(p.reports_to is not None for p in people) >= 8
        assert {link.kind.value for link in largest.links} >= {"rivals", "schoolmates",
                                                               "relatives", "close"}
        assert any("hearsay" in p.certainty.values() for p in people)
        names = "".join(p.name for p in people)
        assert all(ch in names for ch in "喆堃昇珺赟")
        team = s.scalars(select(TeamMember)).all()
        assert 5 <= len(team) <= 6 and sum(m.is_me for m in team) == 1
        assert len({m.role for m in team}) >= 4
        assert any(a.churn_risk is ChurnRisk.HIGH and a.churn_causes for a in accounts)
        # one smaller account is held by a single thread (one of ours, one of theirs)
        single = [a for a in accounts
                  if len(s.scalars(select(Coverage).join(Person)
                                   .where(Person.account_id == a.id)).all()) == 1]
        assert single
    db.close()


def test_demo_dates_are_relative_to_today(data_dir: Path) -> None:
    today = date(2031, 2, 28)
    _load(data_dir, today=today)
    db = open_database(data_dir)
    with db.unit_of_work() as s:
        starts = [i.starts_at.date() for i in s.scalars(select(Interaction))]
        assert min(starts) <= today - timedelta(days=330)
        planned = [i for i in s.scalars(select(Interaction)) if i.starts_at.date() > today]
        assert planned and all(i.objective and i.agenda and i.materials for i in planned)
        open_ours = s.scalars(select(Commitment).where(
            Commitment.status == CommitmentStatus.OPEN, Commitment.party == Party.OURS)).all()
        assert any(c.due_on < today for c in open_ours)  # some overdue
        assert any(today <= c.due_on <= today + timedelta(days=7) for c in open_ours)
        statuses = {c.status for c in s.scalars(select(Commitment))}
        assert statuses == set(CommitmentStatus)
        soon = []
        for p in s.scalars(select(Person).where(Person.birthday.is_not(None))):
            assert p.birthday is not None
            next_one = p.birthday.replace(year=today.year) if not (
                p.birthday.month == 2 and p.birthday.day == 29) else date(today.year, 2, 28)
            if 0 <= (next_one - today).days <= 14:
                soon.append(p.name)
        assert len(soon) >= 2
    db.close()


def test_demo_refuses_to_overwrite_without_force(data_dir: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    db = open_database(data_dir)
    with db.unit_of_work() as s:
        s.add(Account(name="我自己的客户"))
    db.close()
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "demo"]) != 0
    err = capsys.readouterr().err
    assert err.startswith("dossier: ") and "--force" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert main(["--data-dir", str(data_dir), "demo", "--if-empty"]) == 0
    db = open_database(data_dir)
    with db.unit_of_work() as s:
        assert "我自己的客户" in {a.name for a in s.scalars(select(Account))}
    db.close()
    # --force replaces the data, after a backup that still holds the old account
    assert main(["--data-dir", str(data_dir), "demo", "--force"]) == 0
    db = open_database(data_dir)
    with db.unit_of_work() as s:
        names = {a.name for a in s.scalars(select(Account))}
        assert "我自己的客户" not in names and len(names) == 3
    db.close()
    backups = list((data_dir / "backups").glob("dossier-*-pre-demo.sqlite3"))
    assert len(backups) == 1
    import sqlite3

    con = sqlite3.connect(backups[0])
    assert ("我自己的客户",) in con.execute("select name from account").fetchall()
    con.close()


def test_demo_if_empty_on_an_empty_dossier_loads_it(data_dir: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "demo", "--if-empty"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "list", "accounts", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 3
    assert any(r["overdue_commitments"] > 0 for r in rows)
