"""The Commitments tab: the account's ledger, ours and theirs, open and overdue first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.account_queries import account_people, team_members
from desktop.db.enums import CommitmentStatus, Party
from desktop.db.models import Commitment, Interaction, Person, TeamMember
from desktop.ui.commitments.dialog import FIELDS, CommitmentDialog
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.lazy import LazyReload
from desktop.ui.table import Column, RecordTableModel
from desktop.ui.undo import ChangeFields, SoftDelete, push
from desktop.ui.widgets import confirm, fit_columns, fmt_date, icon, selected_row, table_view


@dataclass(frozen=True)
class LedgerRow:
    id: str
    party: Party
    what: str
    by: str
    to: str
    due_on: date | None
    status: CommitmentStatus
    done_on: date | None
    source: str
    values: dict[str, Any]

    @property
    def overdue(self) -> bool:
        return self.status == CommitmentStatus.OPEN and self.due_on is not None and self.due_on < date.today()

    def priority(self) -> tuple[int, date]:
        """Open and overdue first, then open by due date, then the rest."""
        rank = 0 if self.overdue else 1 if self.status == CommitmentStatus.OPEN else 2
        return rank, self.due_on or date.max


class CommitmentsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lazy = LazyReload(self, self.reload)
        self.account_id: str | None = None
        def lang() -> str:
            return self.ctx.lang

        self.model: RecordTableModel[LedgerRow] = RecordTableModel([
            Column(lambda: self.tr("Status"), lambda r: self._status(r), lambda r: r.priority()),
            Column(lambda: self.tr("Side"), lambda r: r.party.label(lang())),
            Column(lambda: self.tr("What"), lambda r: r.what),
            Column(lambda: self.tr("By"), lambda r: r.by),
            Column(lambda: self.tr("To"), lambda r: r.to),
            Column(lambda: self.tr("Due"), lambda r: fmt_date(r.due_on), lambda r: r.due_on),
            Column(lambda: self.tr("From"), lambda r: r.source),
        ], self, alert=lambda r: r.overdue)
        self.view = table_view(self.model)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(self._selection)
        self.summary = QLabel()
        self.add_button = QPushButton(icon("add"), "")
        self.done_button = QPushButton(icon("done"), "")
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add())
        self.done_button.clicked.connect(lambda: self.toggle_done())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        for button in (self.add_button, self.done_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        ctx.data_changed.connect(self._data_changed)
        ctx.language_changed.connect(self.retranslate)
        self.retranslate()

    def set_account(self, account_id: str | None) -> None:
        self.account_id = account_id or None
        self.reload()

    def reload(self) -> None:
        if not self.lazy.wanted():  # hidden behind another tab: reload when shown
            return
        rows: list[LedgerRow] = []
        if self.account_id is not None:
            with self.ctx.db.unit_of_work() as session:
                rows = self._rows(session, self.account_id)
        selected = self.selected_id()
        self.model.set_rows(rows)
        header = self.view.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        fit_columns(self.view, sample=30)
        if selected:
            self.select(selected)
        open_rows = [r for r in rows if r.status == CommitmentStatus.OPEN]
        self.summary.setText(self.tr("%1 open, %2 overdue, %3 in all").replace("%1", str(len(open_rows)))
                             .replace("%2", str(sum(r.overdue for r in rows))).replace("%3", str(len(rows)))
                             if self.account_id else self.tr("Choose an account on the left."))
        self.add_button.setEnabled(self.account_id is not None)
        self._selection()

    def select(self, commitment_id: str) -> None:
        for r, row in enumerate(self.model.rows):
            if row.id == commitment_id:
                self.view.selectRow(r)

    def selected_id(self) -> str | None:
        self.lazy.ensure()  # a hidden tab may still hold the previous account
        r = selected_row(self.view)
        return self.model.rows[r].id if r >= 0 else None

    def add(self) -> CommitmentDialog | None:
        if self.account_id is None:
            return None
        return self._open({}, None)

    def edit_selected(self) -> CommitmentDialog | None:
        r = selected_row(self.view)
        return self._open(self.model.rows[r].values, self.model.rows[r].id) if r >= 0 else None

    def toggle_done(self) -> bool:
        r = selected_row(self.view)
        if r < 0:
            return False
        row = self.model.rows[r]
        done = row.status != CommitmentStatus.DONE
        values = ({"status": CommitmentStatus.DONE, "done_on": date.today()} if done
                  else {"status": CommitmentStatus.OPEN, "done_on": None})
        try:
            push(self.ctx, ChangeFields(self.ctx, Commitment, row.id, values, kinds={"commitment"},
                                        text=self.tr("Mark done") if done else self.tr("Reopen")))
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return False
        return True

    def delete_selected(self) -> bool:
        r = selected_row(self.view)
        if r < 0:
            return False
        row = self.model.rows[r]
        if not confirm(self, self.tr("Delete commitment"),
                       self.tr("Delete “%1” from the ledger? Edit ▸ Undo brings it back.").replace("%1", row.what)):
            return False
        try:
            push(self.ctx, SoftDelete(self.ctx, [(Commitment, row.id)], kinds={"commitment"},
                                      text=self.tr("Delete commitment")))
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return False
        return True

    # -------------------------------------------------------------- private
    def _open(self, values: dict[str, Any], commitment_id: str | None) -> CommitmentDialog:
        assert self.account_id is not None
        with self.ctx.db.unit_of_work() as session:
            people = [(p.id, p.name) for p in account_people(session, self.account_id)]
            members = [(m.id, m.name) for m in team_members(session)]
        dialog = CommitmentDialog(self.ctx, self.account_id, values, commitment_id,
                                  people=people, members=members, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _rows(self, session: Session, account_id: str) -> list[LedgerRow]:
        """The ledger's rows from columns and names, not objects: 500 commitments with their
        people and visits loaded as objects took a tenth of a second."""
        found = session.execute(select(Commitment.id, Commitment.done_on, Commitment.interaction_id,
                                       *(getattr(Commitment, k) for k in FIELDS))
                                .where(Commitment.account_id == account_id)).all()
        values = [dict(zip(FIELDS, row[3:], strict=True)) for row in found]
        person_ids = {v[k] for v in values for k in ("by_person_id", "to_person_id") if v[k]}
        member_ids = {v[k] for v in values for k in ("by_member_id", "to_member_id") if v[k]}
        visit_ids = {row[2] for row in found if row[2]}
        people = dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(person_ids))).all()
                      if person_ids else [])
        members = dict(session.execute(select(TeamMember.id, TeamMember.name)
                                       .where(TeamMember.id.in_(member_ids))).all() if member_ids else [])
        visits = {iid: f"{fmt_date(starts)} {subject}".strip() for iid, starts, subject in session.execute(
            select(Interaction.id, Interaction.starts_at, Interaction.subject)
            .where(Interaction.id.in_(visit_ids))).all()} if visit_ids else {}

        def name(v: dict[str, Any], *keys: tuple[dict[str, str], str]) -> str:
            return next((lookup[v[key]] for lookup, key in keys if v[key] in lookup), "")

        return [LedgerRow(row[0], v["party"], v["what"],
                          name(v, (members, "by_member_id"), (people, "by_person_id")),
                          name(v, (people, "to_person_id"), (members, "to_member_id")),
                          v["due_on"], v["status"], row[1],
                          visits.get(row[2], ""), v)
                for row, v in zip(found, values, strict=True)]

    def _status(self, row: LedgerRow) -> str:
        if row.overdue:
            return self.tr("Overdue")
        text = row.status.label(self.ctx.lang)
        return f"{text} {fmt_date(row.done_on)}" if row.done_on else text

    def _selection(self, *_args: QItemSelection) -> None:
        r = selected_row(self.view)
        for button in (self.done_button, self.edit_button, self.delete_button):
            button.setEnabled(r >= 0)
        done = r >= 0 and self.model.rows[r].status == CommitmentStatus.DONE
        self.done_button.setText(self.tr("Reopen") if done else self.tr("Mark done"))

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {"commitment", "interaction", "person", "team", "account"}:
            self.reload()

    def retranslate(self, _lang: str | None = None) -> None:
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.model.retranslate()
        self.reload()
