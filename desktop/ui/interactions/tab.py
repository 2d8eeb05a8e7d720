"""The Interactions tab: the account's timeline, newest first, with the selected one in full."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop.db.account_queries import (
    INTERACTION_COLUMNS,
    account_people,
    interaction_count,
    interaction_position,
    interaction_rows,
    team_members,
)
from desktop.db.enums import InteractionKind
from desktop.db.interaction_changes import blank, gone, snapshot, write
from desktop.db.models import Commitment, Interaction
from desktop.ui.columns import ColumnWidths
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.interactions.dialog import InteractionDialog
from desktop.ui.lazy import LazyReload
from desktop.ui.paged import FIRST, PagedRecordModel
from desktop.ui.table import Column
from desktop.ui.undo import Apply, push
from desktop.ui.warmup import warm_after_first_paint
from desktop.ui.widgets import confirm, fmt_date, icon, lay_out_now, selected_row, table_view


@dataclass(frozen=True)
class InteractionRow:
    id: str
    starts_at: datetime
    kind: InteractionKind
    subject: str
    attendees: str
    satisfaction: int | None
    next_contact_on: date | None
    commitments: int


def interaction_detail(session: Any, interaction_id: str) -> tuple[Any, Sequence[Any]]:
    """The fields shown below the list, and the commitments made in it (None, [] if gone)."""
    found = session.execute(select(
        Interaction.subject, Interaction.kind, Interaction.starts_at, Interaction.place,
        Interaction.objective, Interaction.agenda, Interaction.notes, Interaction.concerns,
        Interaction.next_steps).where(Interaction.id == interaction_id)).first()
    commitments = session.execute(
        select(Commitment.party, Commitment.what, Commitment.due_on)
        .where(Commitment.interaction_id == interaction_id)
        .order_by(Commitment.due_on, Commitment.id)).all() if found else []
    return found, commitments


class InteractionsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lazy = LazyReload(self, self.reload)
        self.account_id: str | None = None
        # A page at a time, sorted by the database: 5,000 interactions of a large account
        # would take a fifth of a second to read and lay out when its dossier opens.
        self.model: PagedRecordModel[InteractionRow] = PagedRecordModel([
            Column(lambda: self.tr("When"), lambda r: fmt_date(r.starts_at, time=True), lambda r: r.starts_at),
            Column(lambda: self.tr("Kind"), lambda r: r.kind.label(self.ctx.lang)),
            Column(lambda: self.tr("Subject"), lambda r: r.subject),
            Column(lambda: self.tr("Attendees"), lambda r: r.attendees),
            Column(lambda: self.tr("Satisfaction"), lambda r: "★" * (r.satisfaction or 0), lambda r: r.satisfaction),
            Column(lambda: self.tr("Next contact"), lambda r: fmt_date(r.next_contact_on), lambda r: r.next_contact_on),
            Column(lambda: self.tr("Commitments"), lambda r: str(r.commitments or ""), lambda r: r.commitments),
        ], self._fetch, self, first=FIRST)
        self.view = table_view(self.model, long=True)
        self.view.empty_hint = lambda: self.tr(
            "No interactions yet. Click “Log interaction…” to plan a visit, or to record a "
            "visit, call or meal with what was said and promised.") if self.account_id else ""
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.widths = ColumnWidths(self.view, "interactions", ctx.settings)
        self._keep: str | None = None  # the interaction selected before a sort
        self._shown: str | None = None  # the account whose interactions the list holds
        self.model.modelAboutToBeReset.connect(self._remember_selected)
        self.model.sorted.connect(self._reselect)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(self._show_selected)
        self.detail = QTextBrowser()
        self.detail.setOpenExternalLinks(False)
        self.summary = QLabel()
        self.new_button = QPushButton(icon("interaction"), "")
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.new_button.clicked.connect(lambda: self.log_interaction())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        ctx.data_changed.connect(self._data_changed)
        ctx.language_changed.connect(self.retranslate)
        self.retranslate()
        warm_after_first_paint(self, self._warm)

    def _warm(self) -> None:  # off the GUI thread (no widget read): the first list opens as quick
        """Read the first page of some account's interactions and its newest one, twice:
        SQLAlchemy compiles the statements on their first runs (~10 ms of a first open)."""
        sort = INTERACTION_COLUMNS[max(0, self.model.sort_column)]
        descending = self.model.sort_order == Qt.SortOrder.DescendingOrder
        with self.ctx.db.unit_of_work() as session:
            account_id = session.scalar(select(Interaction.account_id).limit(1))
            for _ in range(2 if account_id is not None else 0):
                interaction_count(session, account_id)
                rows = interaction_rows(session, account_id, sort=sort, lang=self.ctx.lang,
                                        descending=descending, limit=FIRST)
                if rows:
                    interaction_detail(session, rows[0][0])

    # --------------------------------------------------------------- public
    def set_account(self, account_id: str | None) -> None:
        self.account_id = account_id or None
        self.reload()

    def reload(self) -> None:
        if not self.lazy.wanted():  # hidden behind another tab: reload when shown
            return
        total = 0
        if self.account_id is not None:
            with self.ctx.db.unit_of_work() as session:
                total = interaction_count(session, self.account_id)
        # The same one stays selected on a reload; another account's is not looked for.
        selected = self.selected_id() if self._shown == self.account_id else None
        self._shown = self.account_id
        header = self.view.horizontalHeader()
        self.model.sort_column = header.sortIndicatorSection()
        self.model.sort_order = header.sortIndicatorOrder()
        self.view.show_rows(total)  # the scroll bar only for a list longer than the view
        self.model.load(total)  # the first page; the rest as the list scrolls
        self.widths.fit()  # from the top of the page (it is sorted); the user's widths stay
        if selected:
            self.select(selected)
        if not self.selected_id() and self.model.rows:
            self.view.selectRow(0)  # the newest, shown in full below
        lay_out_now(self.view)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setEnabled(self.account_id is not None)
        self.summary.setText(self.tr("%n interaction(s)", "", self.model.total) if self.account_id else
                             self.tr("Choose an account on the left."))
        if not self.selected_id():
            self.detail.clear()

    def select(self, interaction_id: str) -> None:
        """Select the interaction, reading the pages down to it if it is further down."""
        r = next((r for r, row in enumerate(self.model.rows) if row.id == interaction_id), -1)
        if r < 0 and self.account_id is not None and self.model.canFetchMore():
            with self.ctx.db.unit_of_work() as session:
                at = interaction_position(
                    session, self.account_id, interaction_id, lang=self.ctx.lang,
                    sort=INTERACTION_COLUMNS[self.model.sort_column],
                    descending=self.model.sort_order == Qt.SortOrder.DescendingOrder)
            if at is not None:
                self.model.load_through(at)
                r = next((r for r, row in enumerate(self.model.rows) if row.id == interaction_id), -1)
        if r >= 0:
            self.view.selectRow(r)
            self.view.scrollTo(self.model.index(r, 0))

    def selected_id(self) -> str | None:
        self.lazy.ensure()  # a hidden tab may still hold the previous account
        r = selected_row(self.view)
        return self.model.rows[r].id if r >= 0 else None

    def log_interaction(self) -> InteractionDialog | None:
        if self.account_id is None:
            return None
        return self._open(blank(self.account_id), is_new=True)

    def edit_selected(self) -> InteractionDialog | None:
        interaction_id = self.selected_id()
        if interaction_id is None:
            return None
        with self.ctx.db.unit_of_work() as session:
            draft = snapshot(session, interaction_id)
        return self._open(draft, is_new=False)

    def delete_selected(self) -> bool:
        interaction_id = self.selected_id()
        if interaction_id is None:
            return False
        row = self.model.rows[selected_row(self.view)]
        if not confirm(self, self.tr("Delete interaction"), self.tr(
                "Delete the %1 of %2 and the commitments made in it? Edit ▸ Undo brings it back.")
                .replace("%1", row.kind.label(self.ctx.lang)).replace("%2", fmt_date(row.starts_at))):
            return False
        with self.ctx.db.unit_of_work() as session:
            before = snapshot(session, interaction_id)
        after = gone(before)
        try:
            push(self.ctx, Apply(self.ctx, lambda s: write(s, after), lambda s: write(s, before),
                                 kinds={"interaction", "commitment"}, text=self.tr("Delete interaction")))
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return False
        return True

    # -------------------------------------------------------------- private
    def _fetch(self, column: int, order: Qt.SortOrder, offset: int, limit: int) -> list[InteractionRow]:
        """One page of the list: columns and counts, not objects (the selected one's notes
        are read when it is shown below)."""
        if self.account_id is None:
            return []
        with self.ctx.db.unit_of_work() as session:
            return [InteractionRow(*r) for r in interaction_rows(
                session, self.account_id, sort=INTERACTION_COLUMNS[column], lang=self.ctx.lang,
                descending=order == Qt.SortOrder.DescendingOrder, offset=offset, limit=limit)]

    def _remember_selected(self) -> None:
        r = selected_row(self.view)
        self._keep = self.model.rows[r].id if 0 <= r < len(self.model.rows) else None

    def _reselect(self) -> None:  # after a sort, the same interaction stays selected
        if self._keep:
            self.select(self._keep)
        self.view.scrollTo(self.view.currentIndex())

    def _open(self, draft: object, *, is_new: bool) -> InteractionDialog:
        assert self.account_id is not None
        with self.ctx.db.unit_of_work() as session:
            people = [(p.id, f"{p.name} · {p.title}" if p.title else p.name)
                      for p in account_people(session, self.account_id)]
            members = [(m.id, m.name) for m in team_members(session)]
        dialog = InteractionDialog(self.ctx, draft, people=people, members=members,  # type: ignore[arg-type]
                                   is_new=is_new, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _html(self, i: Any, commitments: Sequence[Any]) -> str:
        parts = [f"<h3>{html.escape(i.subject or i.kind.label(self.ctx.lang))}</h3>",
                 f"<p>{html.escape(fmt_date(i.starts_at, time=True))} · {html.escape(i.place)}</p>"]
        sections = [(self.tr("Objective"), i.objective), (self.tr("Agenda and tactics"), i.agenda),
                    (self.tr("Notes"), i.notes), (self.tr("Concerns"), i.concerns),
                    (self.tr("Next steps"), i.next_steps)]
        for title, text in sections:
            if text.strip():
                body = html.escape(text).replace("\n", "<br>")
                parts.append(f"<p><b>{html.escape(title)}</b><br>{body}</p>")
        if commitments:
            items = "".join(f"<li>{html.escape(c.party.label(self.ctx.lang))}: {html.escape(c.what)}"
                            f" {html.escape(fmt_date(c.due_on))}</li>" for c in commitments)
            parts.append(f"<p><b>{html.escape(self.tr('Commitments'))}</b></p><ul>{items}</ul>")
        return "".join(parts)

    def _show_selected(self, _a: QItemSelection, _b: QItemSelection) -> None:
        r = selected_row(self.view)
        text = ""
        if r >= 0:  # the fields shown, not the object with everything it holds
            interaction_id = self.model.rows[r].id
            with self.ctx.db.unit_of_work() as session:
                found, commitments = interaction_detail(session, interaction_id)
                text = self._html(found, commitments) if found is not None else ""
        self.detail.setHtml(text)

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {"interaction", "commitment", "person", "team", "account"}:
            self.reload()

    def retranslate(self, _lang: str | None = None) -> None:
        self.new_button.setText(self.tr("Log interaction…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.model.retranslate()
        self.reload()
