"""Undoable changes: every edit is saved at once and pushed on the context's undo stack.

    ctx.undo_stack.push(ChangeFields(ctx, Person, pid, {"title": "CIO"}, kinds={"person"}))

Each redo/undo is one unit of work followed by ``ctx.notify(kinds)``. Pushing a command
runs it immediately (QUndoStack calls redo()), so there is no "save" to forget. A command
whose first redo fails (e.g. a ValidationError) marks itself obsolete and re-raises the
error for the caller to show; the user's text stays in the editor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop.db.models import Record
from desktop.db.session import DossierSession
from desktop.db.types import utcnow
from desktop.ui.context import AppContext


def _get(session: DossierSession, model: type[Record], record_id: str) -> Any:
    obj = session.get(model, record_id, execution_options={"include_deleted": True})
    if obj is None:
        raise LookupError(f"{model.__name__} {record_id} is gone")
    return obj


class DossierCommand(QUndoCommand):
    """Base: runs ``apply(session, forward)`` in a unit of work and broadcasts the change."""

    def __init__(self, ctx: AppContext, text: str, kinds: Iterable[str]) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.kinds = frozenset(kinds)
        self.error: BaseException | None = None
        self._first = True

    def apply(self, session: DossierSession, forward: bool) -> None:
        raise NotImplementedError

    def _run(self, forward: bool) -> None:
        try:
            self.ctx.run(lambda s: self.apply(s, forward), kinds=self.kinds)
        except Exception as exc:
            if self._first:
                # The edit never happened: drop the command and let the caller show why.
                self.error = exc
                self.setObsolete(True)
            else:
                raise
        finally:
            self._first = False

    def redo(self) -> None:
        self._run(True)

    def undo(self) -> None:
        self._run(False)


def push(ctx: AppContext, command: DossierCommand) -> None:
    """Push and run ``command``; re-raise its error if the change was refused."""
    ctx.undo_stack.push(command)
    if command.error is not None:
        raise command.error


class ChangeFields(DossierCommand):
    """Set column attributes of one record (old values are read before the change)."""

    def __init__(
        self,
        ctx: AppContext,
        model: type[Record],
        record_id: str,
        values: dict[str, Any],
        *,
        kinds: Iterable[str],
        text: str = "",
    ) -> None:
        super().__init__(ctx, text or ctx.tr("Edit"), kinds)
        self.model = model
        self.record_id = record_id
        self.new = dict(values)
        with ctx.db.unit_of_work() as session:
            obj = _get(session, model, record_id)
            self.old = {name: getattr(obj, name) for name in values}

    def apply(self, session: DossierSession, forward: bool) -> None:
        obj = _get(session, self.model, self.record_id)
        for name, value in (self.new if forward else self.old).items():
            setattr(obj, name, list(value) if isinstance(value, list) else value)


class SoftDelete(DossierCommand):
    """Delete records softly (deleted_at), so undo brings them back untouched."""

    def __init__(
        self,
        ctx: AppContext,
        items: list[tuple[type[Record], str]],
        *,
        kinds: Iterable[str],
        text: str = "",
    ) -> None:
        super().__init__(ctx, text or ctx.tr("Delete"), kinds)
        self.items = items
        self.stamp = utcnow()

    def apply(self, session: DossierSession, forward: bool) -> None:
        for model, record_id in self.items:
            _get(session, model, record_id).deleted_at = self.stamp if forward else None


class Create(DossierCommand):
    """Create a record with ``build(session) -> Record``; undo soft-deletes it, redo restores it."""

    def __init__(
        self,
        ctx: AppContext,
        build: Callable[[DossierSession], Record],
        *,
        kinds: Iterable[str],
        text: str = "",
    ) -> None:
        super().__init__(ctx, text or ctx.tr("Add"), kinds)
        self.build = build
        self.model: type[Record] | None = None
        self.record_id: str | None = None

    def apply(self, session: DossierSession, forward: bool) -> None:
        if self.record_id is None:
            record = self.build(session)
            session.add(record)
            session.flush()
            self.model, self.record_id = type(record), record.id
            return
        assert self.model is not None
        _get(session, self.model, self.record_id).deleted_at = None if forward else utcnow()


class Apply(DossierCommand):
    """Any change given as a pair of functions (e.g. attendees or members of a group)."""

    def __init__(
        self,
        ctx: AppContext,
        do: Callable[[DossierSession], None],
        undo: Callable[[DossierSession], None],
        *,
        kinds: Iterable[str],
        text: str = "",
    ) -> None:
        super().__init__(ctx, text or ctx.tr("Edit"), kinds)
        self._do = do
        self._undo = undo

    def apply(self, session: DossierSession, forward: bool) -> None:
        (self._do if forward else self._undo)(session)
