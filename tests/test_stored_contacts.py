"""The stored last contacts (desktop/db/contacts.py) always give the answer computed from
the interactions: through edits, attendee changes, deletes, restores, imports, and planned
meetings whose time passes."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select, text

from desktop.db import contacts
from desktop.db.account_queries import account_facts, list_accounts
from desktop.db.models import Account, Interaction, Person
from desktop.db.queries import last_contact_by_person
from desktop.db.session import Database, open_database
from desktop.transfer import json_format

NOW = datetime.now().replace(microsecond=0)


def reference(db: Database, now: datetime) -> tuple[dict[str, datetime], dict[str, datetime]]:
    """Each person's and account's newest past live interaction, from the ORM objects."""
    people: dict[str, datetime] = {}
    accounts: dict[str, datetime] = {}
    with db.unit_of_work() as s:
        for i in s.scalars(select(Interaction)):
            if i.starts_at > now:
                continue
            accounts[i.account_id] = max(accounts.get(i.account_id, i.starts_at), i.starts_at)
            for p in i.people:
                people[p.id] = max(people.get(p.id, i.starts_at), i.starts_at)
    return people, accounts


def stored(db: Database) -> tuple[dict[str, datetime], dict[str, datetime]]:
    with db.unit_of_work() as s:
        people = {pid: when for pid, when in s.execute(
            select(Person.id, contacts.stored_column("person")).execution_options(
                include_deleted=True)) if when is not None}
        accounts = {aid: when for aid, when in s.execute(
            select(Account.id, contacts.stored_column("account")).execution_options(
                include_deleted=True)) if when is not None}
    return people, accounts


def check(db: Database, now: datetime) -> None:
    with db.unit_of_work() as s:
        assert contacts.current(s, now)
    assert stored(db) == reference(db, now)
    with db.unit_of_work() as s:
        assert last_contact_by_person(s, now=now) == reference(db, now)[0]


def test_random_edits_keep_the_stored_values_exact(db: Database) -> None:
    rng = random.Random(7)
    with db.unit_of_work() as s:
        accounts = [Account(name=f"客户{n}") for n in range(3)]
        s.add_all(accounts)
        s.flush()
        for n in range(12):
            s.add(Person(account_id=accounts[n % 3].id, name=f"联系人{n}"))
    for step in range(120):
        with db.unit_of_work() as s:
            people = list(s.scalars(select(Person)))
            visits = list(s.scalars(select(Interaction).execution_options(include_deleted=True)))
            action = rng.choice(["add", "add", "move", "attendees", "delete", "restore", "notes"])
            if action == "add" or not visits:
                account = rng.choice(people).account_id
                mine = [p for p in people if p.account_id == account]
                s.add(Interaction(
                    account_id=account, subject="拜访",
                    starts_at=NOW + timedelta(days=rng.randint(-400, 30), minutes=step),
                    people=rng.sample(mine, rng.randint(0, len(mine)))))
            else:
                visit = rng.choice(visits)
                mine = [p for p in people if p.account_id == visit.account_id]
                if action == "move":
                    visit.starts_at = NOW + timedelta(days=rng.randint(-400, 30), minutes=step)
                elif action == "attendees":
                    visit.people = rng.sample(mine, rng.randint(0, len(mine)))
                elif action == "delete":
                    visit.deleted_at = datetime.now()
                elif action == "restore":
                    visit.deleted_at = None
                else:
                    visit.notes += "张总同意续约。"
        if step % 10 == 0:
            check(db, datetime.now())
    check(db, datetime.now())


def test_a_planned_visit_counts_once_its_time_has_passed(db: Database) -> None:
    with db.unit_of_work() as s:
        account = Account(name="省电信")
        zhang = Person(account=account, name="张总")
        s.add_all([account, zhang,
                   Interaction(account=account, starts_at=NOW - timedelta(days=40), people=[zhang]),
                   Interaction(account=account, starts_at=NOW + timedelta(hours=2), people=[zhang])])
    with db.unit_of_work() as s:
        assert last_contact_by_person(s, [zhang.id], now=NOW)[zhang.id] == NOW - timedelta(days=40)
        later = NOW + timedelta(hours=3)
        assert last_contact_by_person(s, [zhang.id], now=later)[zhang.id] == NOW + timedelta(hours=2)
        rows = list_accounts(s, sort="last_contact", now=later)
        assert rows[0].last_contact == NOW + timedelta(hours=2)
    check(db, NOW + timedelta(hours=3))


def test_asking_about_an_earlier_day_gets_the_answer_of_that_day(db: Database) -> None:
    with db.unit_of_work() as s:
        account = Account(name="汽车集团")
        li = Person(account=account, name="李工")
        s.add_all([account, li,
                   Interaction(account=account, starts_at=NOW - timedelta(days=30), people=[li]),
                   Interaction(account=account, starts_at=NOW - timedelta(days=2), people=[li])])
    with db.unit_of_work() as s:
        week_ago = NOW - timedelta(days=7)
        assert last_contact_by_person(s, [li.id], now=week_ago)[li.id] == NOW - timedelta(days=30)
        assert list_accounts(s, now=week_ago)[0].last_contact == NOW - timedelta(days=30)
        assert last_contact_by_person(s, [li.id], now=NOW)[li.id] == NOW - timedelta(days=2)


def test_a_read_only_dossier_that_is_behind_still_answers_right(db: Database,
                                                                 data_dir: Path) -> None:
    with db.unit_of_work() as s:
        account = Account(name="医院集团")
        wang = Person(account=account, name="王主任")
        s.add_all([account, wang,
                   Interaction(account=account, starts_at=NOW + timedelta(hours=1), people=[wang])])
    db.close()
    readonly = open_database(data_dir, readonly=True)
    try:
        with readonly.unit_of_work() as s:
            later = NOW + timedelta(hours=2)
            assert not contacts.current(s, later)
            assert last_contact_by_person(s, [wang.id], now=later) == {wang.id: NOW + timedelta(hours=1)}
            assert account_facts(s, account.id).last_contact is None  # still in the future now
    finally:
        readonly.close()


def test_an_import_brings_the_stored_values_in_step(db: Database, tmp_path: Path,
                                                     data_dir: Path) -> None:
    with db.unit_of_work() as s:
        account = Account(name="省电信")
        zhang = Person(account=account, name="张总")
        s.add_all([account, zhang,
                   Interaction(account=account, starts_at=NOW - timedelta(days=3), people=[zhang])])
    with db.unit_of_work() as s:
        json_format.export(s, tmp_path / "all.json")
    # Another laptop: a fresh dossier that receives the file.
    other = open_database(tmp_path / "other")
    try:
        with other.unit_of_work() as s:
            json_format.import_file(s, tmp_path / "all.json")
        check(other, datetime.now())
        with other.unit_of_work() as s:
            assert list_accounts(s, sort="last_contact")[0].last_contact == NOW - timedelta(days=3)
    finally:
        other.close()


def test_rebuild_from_nothing_matches(db: Database) -> None:
    with db.unit_of_work() as s:
        account = Account(name="省电信")
        zhang = Person(account=account, name="张总")
        s.add_all([account, zhang,
                   Interaction(account=account, starts_at=NOW - timedelta(days=3), people=[zhang])])
    with db.unit_of_work() as s:
        s.execute(text("UPDATE person SET last_contact_at = NULL"))
        s.execute(text("DELETE FROM derived_state"))
        assert not contacts.current(s, NOW)  # nothing stored: computed from the interactions
        assert last_contact_by_person(s, now=NOW) == {zhang.id: NOW - timedelta(days=3)}
        contacts.rebuild(s)
    check(db, datetime.now())


def test_a_reader_does_not_fail_while_another_window_holds_the_write_lock(
        db: Database, data_dir: Path) -> None:
    with db.unit_of_work() as s:
        account = Account(name="省电信")
        zhang = Person(account=account, name="张总")
        s.add_all([account, zhang,
                   Interaction(account=account, starts_at=NOW + timedelta(hours=1), people=[zhang])])
    other = open_database(data_dir)
    try:
        writer = other.engine.raw_connection()
        writer.execute("BEGIN IMMEDIATE")  # another window in the middle of a save
        with db.unit_of_work() as s:
            s.execute(text("PRAGMA busy_timeout = 50"))
            later = NOW + timedelta(hours=2)
            assert last_contact_by_person(s, [zhang.id], now=later) == {
                zhang.id: NOW + timedelta(hours=1)}
        writer.rollback()
        writer.close()
    finally:
        other.close()
    check(db, NOW + timedelta(hours=2))
