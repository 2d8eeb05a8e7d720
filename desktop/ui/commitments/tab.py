"""The Commitments tab: the account's ledger, ours and theirs, open and overdue first.

The ledger is read a page at a time, named and sorted by the database
(desktop.db.ledger): a large account has hundreds of commitments.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.db.account_queries import account_people, team_members
from desktop.db.enums import CommitmentStatus
from desktop.db.ledger import (
    LEDGER_COLUMNS,
    LedgerLine,
    ledger_counts,
    ledger_position,
    ledger_rows,
    warm_ledger,
)
from desktop.db.models import Commitment
from desktop.ui.columns import ColumnWidths
from desktop.ui.commitments.dialog import CommitmentDialog
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.lazy import LazyReload
from desktop.ui.paged import FIRST, PagedRecordModel
from desktop.ui.table import Column
from desktop.ui.undo import ChangeFields, SoftDelete, push
from desktop.ui.warmup import warm_after_first_paint
from desktop.ui.widgets import confirm, fmt_date, icon, lay_out_now, selected_row, table_view

LedgerRow = LedgerLine  # a row of the list


class CommitmentsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lazy = LazyReload(self, self.reload)
        self.account_id: str | None = None
        def lang() -> str:
            return self.ctx.lang

        self.model: PagedRecordModel[LedgerRow] = PagedRecordModel([
            Column(lambda: self.tr("Status"), lambda r: self._status(r)),
            Column(lambda: self.tr("Side"), lambda r: r.party.label(lang())),
            Column(lambda: self.tr("What"), lambda r: r.what),
            Column(lambda: self.tr("By"), lambda r: r.by),
            Column(lambda: self.tr("To"), lambda r: r.to),
            Column(lambda: self.tr("Due"), lambda r: fmt_date(r.due_on)),
            Column(lambda: self.tr("From"), lambda r: r.source),
        ], self._fetch, self, first=FIRST, alert=lambda r: r.overdue)
        self.view = table_view(self.model, long=True)
        self.view.empty_hint = lambda: self.tr(
            "No commitments yet. Record every promise, ours and theirs, with “Add…” or on the "
            "Commitments page of an interaction: who promised what, to whom, by when."
        ) if self.account_id else ""
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.widths = ColumnWidths(self.view, "commitments", ctx.settings)
        self._keep: str | None = None  # the commitment selected before a sort
        self._shown: str | None = None  # the account whose ledger the list holds
        self.model.modelAboutToBeReset.connect(self._remember_selected)
        self.model.sorted.connect(self._reselect)
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
        warm_after_first_paint(self, self._warm)

    def _warm(self) -> None:  # off the GUI thread (no widget read): the first ledger opens as quick
        sort = LEDGER_COLUMNS[max(0, self.model.sort_column)]
        descending = self.model.sort_order == Qt.SortOrder.DescendingOrder
        with self.ctx.db.unit_of_work() as session:
            warm_ledger(session, sort=sort, descending=descending, lang=self.ctx.lang)

    def set_account(self, account_id: str | None) -> None:
        self.account_id = account_id or None
        self.reload()

    def reload(self) -> None:
        if not self.lazy.wanted():  # hidden behind another tab: reload when shown
            return
        counts = None
        if self.account_id is not None:
            with self.ctx.db.unit_of_work() as session:
                counts = ledger_counts(session, self.account_id)
        # The same one stays selected on a reload; another account's is not looked for.
        selected = self.selected_id() if self._shown == self.account_id else None
        self._shown = self.account_id
        header = self.view.horizontalHeader()
        self.model.sort_column = header.sortIndicatorSection()
        self.model.sort_order = header.sortIndicatorOrder()
        self.view.show_rows(counts.total if counts else 0)  # a scroll bar only when needed
        self.model.load(counts.total if counts else 0)  # the first page; the rest as the list scrolls
        self.widths.fit()
        if selected:
            self.select(selected)
        lay_out_now(self.view)
        self.summary.setText(self.tr("%1 open, %2 overdue, %3 in all").replace("%1", str(counts.open))
                             .replace("%2", str(counts.overdue)).replace("%3", str(counts.total))
                             if counts else self.tr("Choose an account on the left."))
        self.add_button.setEnabled(self.account_id is not None)
        self._selection()

    def select(self, commitment_id: str) -> None:
        """Select the commitment, reading the pages down to it if it is further down."""
        r = self._row_of(commitment_id)
        if r < 0 and self.account_id is not None and self.model.canFetchMore():
            with self.ctx.db.unit_of_work() as session:
                at = ledger_position(
                    session, self.account_id, commitment_id, lang=self.ctx.lang,
                    sort=LEDGER_COLUMNS[self.model.sort_column],
                    descending=self.model.sort_order == Qt.SortOrder.DescendingOrder)
            if at is not None:
                self.model.load_through(at)
                r = self._row_of(commitment_id)
        if r >= 0:
            self.view.selectRow(r)
            self.view.scrollTo(self.model.index(r, 0))

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

    def _fetch(self, column: int, order: Qt.SortOrder, offset: int, limit: int) -> list[LedgerRow]:
        if self.account_id is None:
            return []
        with self.ctx.db.unit_of_work() as session:
            return ledger_rows(session, self.account_id, sort=LEDGER_COLUMNS[column], lang=self.ctx.lang,
                               descending=order == Qt.SortOrder.DescendingOrder,
                               offset=offset, limit=limit)

    def _row_of(self, commitment_id: str) -> int:
        return next((r for r, row in enumerate(self.model.rows) if row.id == commitment_id), -1)

    def _remember_selected(self) -> None:
        r = selected_row(self.view)
        self._keep = self.model.rows[r].id if 0 <= r < len(self.model.rows) else None

    def _reselect(self) -> None:  # after a sort, the same commitment stays selected
        if self._keep:
            self.select(self._keep)
        self.view.scrollTo(self.view.currentIndex())

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
