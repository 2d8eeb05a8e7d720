"""Round trips between Dossier's own export and import must not invent records."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from desktop.db.models import Account, Person
from desktop.db.session import Database
from desktop.transfer import vcf_format


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
