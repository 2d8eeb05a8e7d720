"""A dossier from an older Dossier is upgraded (after a backup) and keeps its data;
one from a newer Dossier is refused and left untouched."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db import migrate
from desktop.db.models import Account, Interaction, Person, TeamMember
from desktop.db.session import DB_FILENAME, make_engine, open_database
from desktop.errors import DatabaseError

PROBE_MIGRATION = '''"""test-only: one more table after the real head"""
import sqlalchemy as sa
from alembic import op

revision = "9999_probe"
down_revision = {head!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("migration_probe", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("migration_probe")
'''


def make_first_release_db(data_dir: Path) -> Path:
    """A database made by the first release (migration 0001 only) holding one record."""
    data_dir.mkdir(parents=True)
    path = data_dir / DB_FILENAME
    engine = make_engine(path)
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO team_member (id, name, english_name, role, title, phone, email, is_me, "
        "notes, created_at, updated_at) VALUES ('11111111-1111-1111-1111-111111111111', "
        "'王晓珺', 'Jenny', 'account_manager', '', '', '', 1, '老版本的记录', "
        "'2025-01-01T00:00:00.000000+00:00', '2025-01-01T00:00:00.000000+00:00')"
    )
    con.commit()
    con.close()
    return path


def assert_upgraded_keeping_the_record(data_dir: Path, path: Path) -> None:
    db = open_database(data_dir)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.unit_of_work() as s:
            member = s.scalars(select(TeamMember)).one()
            assert (member.name, member.notes, member.is_me) == ("王晓珺", "老版本的记录", True)
    finally:
        db.close()
    backups = list((data_dir / "backups").glob("pre-upgrade-0001-*.sqlite3"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert con.execute("SELECT name FROM team_member").fetchall() == [("王晓珺",)]
    finally:
        con.close()


def test_the_real_migrations_upgrade_a_first_release_database(tmp_path: Path) -> None:
    if migrate.head_revision() == "0001":
        pytest.skip("only the first migration exists so far; see the probe test below")
    data_dir = tmp_path / "data"
    assert_upgraded_keeping_the_record(data_dir, make_first_release_db(data_dir))


def test_an_upgrade_backs_up_first_and_keeps_the_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The upgrade machinery, with one test-only migration after the real head."""
    data_dir = tmp_path / "data"
    path = make_first_release_db(data_dir)
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_probe.py").write_text(
        PROBE_MIGRATION.format(head=migrate.head_revision()), encoding="utf-8"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS", scripts)
    assert migrate.head_revision() == "9999_probe"
    assert_upgraded_keeping_the_record(data_dir, path)
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT count(*) FROM migration_probe").fetchone() == (0,)
    finally:
        con.close()


def test_a_database_from_a_newer_dossier_is_refused(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    open_database(data_dir).close()
    path = data_dir / DB_FILENAME
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version of Dossier"):
        open_database(data_dir)
    assert path.read_bytes() == before
    assert not (data_dir / "backups").exists()


def test_the_cli_says_so_in_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    data_dir = tmp_path / "data"
    open_database(data_dir).close()
    con = sqlite3.connect(data_dir / DB_FILENAME)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    assert main(["--data-dir", str(data_dir), "list", "accounts"]) != 0
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [
        "dossier: This dossier was saved by a newer version of Dossier. Install the newer "
        "version to open it; nothing was changed."
    ]


def test_an_upgrade_to_contacts01_stores_last_contacts_and_pinyin_keys(tmp_path: Path) -> None:
    """A dossier with visits, made before the stored last contacts, gets them at the upgrade."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    path = data_dir / DB_FILENAME
    engine = make_engine(path)
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "perf01")
        # The models map no derived column, so a plain session writes the perf01 schema.
        with Session(bind=conn) as s:
            telecom, beijing = Account(name="上海电信"), Account(name="北京移动")
            zhang = Person(account=telecom, name="张总")
            s.add_all([telecom, beijing, zhang] + [
                Interaction(account=telecom, starts_at=when, people=[zhang])
                for when in (datetime(2025, 3, 1, 10), datetime(2025, 6, 1, 10),
                             datetime(2999, 1, 1, 10))])  # the last one is planned
            s.flush()
            ids = telecom.id, beijing.id
    engine.dispose()
    open_database(data_dir).close()
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT last_contact_at FROM person").fetchall() == [
            ("2025-06-01 10:00:00.000000",)]
        assert dict(con.execute("SELECT id, last_contact_at FROM account")) == {
            ids[0]: "2025-06-01 10:00:00.000000", ids[1]: None}
        assert [r[0] for r in con.execute("SELECT name FROM account ORDER BY name_key")] == [
            "北京移动", "上海电信"]
    finally:
        con.close()
