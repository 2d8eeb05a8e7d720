"""Round trips between Dossier's own export and import must not invent records."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.db.models import Account, Person
from desktop.db.session import Database
from desktop.transfer import csv_format, vcf_format, xlsx_format
from desktop.transfer.people import Duplicates


def test_reimporting_our_own_vcard_export_merges_everyone(db: Database, tmp_path: Path) -> None:
    with db.unit_of_work() as s:
        acc = Account(name="华东移动")
        # No phone or email: the name rule alone cannot recognise them.
        s.add(Person(account=acc, name="张伟", title="CIO"))
        # An external consultant: ORG is their own firm, not the account.
        s.add(Person(account=acc, name="Anna Miller", organisation="Great Wall Consulting",
                     is_external=True))
    out = tmp_path / "people.vcf"
    with db.unit_of_work() as s:
        assert vcf_format.export(s, out) == 2
    with db.unit_of_work() as s:
        report = vcf_format.import_file(s, out)
    assert (report.created, report.updated) == (0, 2)
    with db.unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 2
        assert [a.name for a in s.scalars(select(Account))] == ["华东移动"]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_reimporting_our_own_spreadsheet_export_merges_everyone(
    db: Database, tmp_path: Path, fmt: str
) -> None:
    module = csv_format if fmt == "csv" else xlsx_format
    with db.unit_of_work() as s:
        acc = Account(name="华东移动")
        s.add_all([Person(account=acc, name="张伟", title="CIO"),
                   Person(account=acc, name="李娜", title="采购经理")])
    out = tmp_path / f"people.{fmt}"
    with db.unit_of_work() as s:
        assert module.export(s, out) == 2
    with db.unit_of_work() as s:
        report = module.import_file(s, out)
    assert (report.created, report.updated) == (0, 2)
    with db.unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 2


def test_a_copied_row_with_the_same_id_into_an_empty_dossier_is_not_a_crash(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "copied.csv"
    same = "0d5c7f1e-3c1a-4c55-9a53-1f7a5e0f2b11"
    path.write_text(f"客户,姓名,档案编号\n华东移动,张伟,{same}\n华东移动,张伟,{same}\n", encoding="utf-8")
    with db.unit_of_work() as s:
        report = csv_format.import_file(s, path, duplicates=Duplicates.KEEP)
    assert report.created == 2
    with db.unit_of_work() as s:
        ids = sorted(s.scalars(select(Person.id)))
    assert same in ids and len(set(ids)) == 2
