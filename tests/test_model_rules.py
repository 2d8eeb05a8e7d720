"""The model's rules hold whoever writes the data."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.db.enums import DecisionRole, LinkKind
from desktop.db.models import Account, Person, PersonLink
from desktop.db.session import Database
from desktop.errors import ValidationError


def _account_with_two(db: Database) -> tuple[str, str, str]:
    with db.unit_of_work() as s:
        acc = Account(name="华东移动")
        boss = Person(name="张伟", account=acc, roles=[DecisionRole.DECIDER])
        mate = Person(name="李娜", account=acc, reports_to=boss)
        s.add_all([acc, boss, mate])
        return acc.id, boss.id, mate.id


def test_a_person_cannot_report_to_themselves(db: Database) -> None:
    _, boss_id, _ = _account_with_two(db)
    with pytest.raises(ValidationError, match="cannot report to themselves"), db.unit_of_work() as s:
        boss = s.get(Person, boss_id)
        assert boss is not None
        boss.reports_to_id = boss_id
    with db.unit_of_work() as s:
        assert s.get(Person, boss_id).reports_to_id is None  # type: ignore[union-attr]


def test_reporting_lines_never_form_a_circle(db: Database) -> None:
    _, boss_id, mate_id = _account_with_two(db)
    with pytest.raises(ValidationError, match="circle"), db.unit_of_work() as s:
        s.get(Person, boss_id).reports_to_id = mate_id  # type: ignore[union-attr]


def test_a_link_joins_two_people_of_the_same_account(db: Database) -> None:
    acc_id, boss_id, mate_id = _account_with_two(db)
    with db.unit_of_work() as s:
        other = Account(name="长城汽车")
        stranger = Person(name="王芳", account=other)
        s.add_all([other, stranger])
        stranger_id = stranger.id
    with pytest.raises(ValidationError, match="same account"), db.unit_of_work() as s:
        s.add(PersonLink(account_id=acc_id, a_id=boss_id, b_id=stranger_id, kind=LinkKind.RIVALS))
    with pytest.raises(ValidationError, match="two different people"), db.unit_of_work() as s:
        s.add(PersonLink(account_id=acc_id, a_id=boss_id, b_id=boss_id))
    with db.unit_of_work() as s:
        s.add(PersonLink(account_id=acc_id, a_id=boss_id, b_id=mate_id, kind=LinkKind.SCHOOLMATES))
    with db.unit_of_work() as s:
        links = s.scalars(select(PersonLink)).all()
        assert [(link.a.name, link.b.name, link.kind) for link in links] == [
            ("张伟", "李娜", LinkKind.SCHOOLMATES)
        ]


def test_soft_deleted_people_are_hidden_but_kept(db: Database) -> None:
    from desktop.db.types import utcnow

    acc_id, boss_id, _ = _account_with_two(db)
    with db.unit_of_work() as s:
        s.get(Person, boss_id).deleted_at = utcnow()  # type: ignore[union-attr]
    with db.unit_of_work() as s:
        assert [p.name for p in s.scalars(select(Person))] == ["李娜"]
        assert [p.name for p in s.get(Account, acc_id).people] == ["李娜"]  # type: ignore[union-attr]
        hidden = s.scalars(
            select(Person).where(Person.id == boss_id).execution_options(include_deleted=True)
        ).one()
        assert hidden.name == "张伟"


def test_power_and_influence_stay_on_the_1_to_5_scale(db: Database) -> None:
    _, boss_id, _ = _account_with_two(db)
    with pytest.raises(ValidationError, match="between 1 and 5"), db.unit_of_work() as s:
        s.get(Person, boss_id).influence = 9  # type: ignore[union-attr]
