"""Edits are saved at once and can be undone and redone; a refused edit changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.db.models import Account, Person
from desktop.db.session import Database
from desktop.errors import ValidationError
from desktop.ui.context import AppContext
from desktop.ui.settings import Settings
from desktop.ui.undo import ChangeFields, Create, SoftDelete, push


@pytest.fixture
def ctx(qapp: object, db: Database, tmp_path: Path) -> AppContext:
    return AppContext(db, Settings(tmp_path / "settings.ini"), tmp_path)


def _names(db: Database) -> list[str]:
    with db.unit_of_work() as s:
        return [p.name for p in s.scalars(select(Person).order_by(Person.name))]


def test_create_edit_delete_and_undo_each(ctx: AppContext, db: Database) -> None:
    seen: list[frozenset[str]] = []
    ctx.data_changed.connect(seen.append)
    with db.unit_of_work() as s:
        acc = Account(name="华东移动")
        s.add(acc)
    push(ctx, Create(ctx, lambda s: Person(name="张伟", account_id=acc.id), kinds={"person"}))
    assert _names(db) == ["张伟"] and seen[-1] == {"person"}
    with db.unit_of_work() as s:
        pid = s.scalars(select(Person)).one().id
    push(ctx, ChangeFields(ctx, Person, pid, {"title": "CIO"}, kinds={"person"}))
    push(ctx, SoftDelete(ctx, [(Person, pid)], kinds={"person"}))
    assert _names(db) == []
    ctx.undo_stack.undo()  # the delete
    assert _names(db) == ["张伟"]
    ctx.undo_stack.undo()  # the title
    with db.unit_of_work() as s:
        assert s.get(Person, pid).title == ""  # type: ignore[union-attr]
    ctx.undo_stack.redo()
    with db.unit_of_work() as s:
        assert s.get(Person, pid).title == "CIO"  # type: ignore[union-attr]
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()  # the creation
    assert _names(db) == []


def test_a_refused_edit_is_not_on_the_undo_stack(ctx: AppContext, db: Database) -> None:
    with db.unit_of_work() as s:
        acc = Account(name="华东移动")
        p = Person(name="张伟", account=acc)
        s.add_all([acc, p])
    with pytest.raises(ValidationError):
        push(ctx, ChangeFields(ctx, Person, p.id, {"reports_to_id": p.id}, kinds={"person"}))
    assert ctx.undo_stack.count() == 0
    with db.unit_of_work() as s:
        assert s.get(Person, p.id).reports_to_id is None  # type: ignore[union-attr]
