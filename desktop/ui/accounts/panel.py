"""The account list on the left: filter as you type, sort, add and delete accounts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.accounts.model import AccountListModel
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.widgets import confirm, icon, selected_row, table_view

if TYPE_CHECKING:  # imported when used: the panel shows before the database layer loads
    from desktop.db.account_queries import AccountRow


class AccountPanel(QWidget):
    """Emits ``account_changed(id)`` ("" when nothing is selected)."""

    account_changed = Signal(str)
    FILTER_DELAY_MS = 150

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 waiting: bool = False) -> None:
        """``waiting``: the list stays empty until ``start()`` (the app's window is shown
        before its dossier is open)."""
        super().__init__(parent)
        self.ctx = ctx
        self._current = ""
        self.model = AccountListModel(self._fetch, ctx.lang, self, waiting=waiting)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.addAction(icon("find"), QLineEdit.ActionPosition.LeadingPosition)
        self.sort_label = QLabel()
        self.sort_combo = QComboBox()
        self.sort_label.setBuddy(self.sort_combo)
        self.view = table_view(self.model, sortable=False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # Fit those columns (a code, a risk, a date) to 40 rows and those in view, not to all
        # 200 rows read: each pass asked the model ~5,000 times (a tenth of the start-up).
        header.setResizeContentsPrecision(40)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)  # reads the first page once, by name
        self.count = QLabel()
        self.count.setObjectName("hint")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.FILTER_DELAY_MS)
        self._timer.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(lambda _t: self._timer.start())
        self.filter.returnPressed.connect(self._apply_filter)
        self.sort_combo.activated.connect(self._sort_chosen)
        header.sortIndicatorChanged.connect(self._sort_indicator)
        sort_row = QHBoxLayout()
        sort_row.addWidget(self.sort_label)
        sort_row.addWidget(self.sort_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(self.filter)
        layout.addLayout(sort_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._restore_selection)
        ctx.data_changed.connect(self._data_changed)
        ctx.language_changed.connect(self.retranslate)
        self.retranslate()

    # --------------------------------------------------------------- public
    def current_id(self) -> str:
        return self._current

    def start(self) -> None:
        """Read the list (once) now that the dossier is open."""
        self.model.start()

    def select(self, account_id: str) -> bool:
        row = self.model.row_of(account_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(account_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def new_account(self) -> str | None:
        name, ok = QInputDialog.getText(self, self.tr("New account"), self.tr("Name of the customer:"))
        name = name.strip()
        if not ok or not name:
            return None
        from desktop.db.models import Account
        from desktop.ui.undo import Create, push

        command = Create(self.ctx, lambda _s: Account(name=name), kinds={"account"},
                         text=self.tr("Add account %1").replace("%1", name))
        try:
            push(self.ctx, command)
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return None
        assert command.record_id is not None
        if self.filter.text():
            self.filter.clear()
            self._apply_filter()
        self.select(command.record_id)
        return command.record_id

    def delete_current(self) -> bool:
        row = selected_row(self.view)
        if row < 0:
            return False
        from desktop.db.account_queries import account_dependents
        from desktop.ui.undo import SoftDelete, push

        account: AccountRow = self.model.rows[row]
        if not confirm(self, self.tr("Delete account"), self.tr(
                "Delete the dossier of %1 with its people, interactions and commitments? "
                "Edit ▸ Undo brings it all back.").replace("%1", account.name)):
            return False
        try:
            with self.ctx.db.unit_of_work() as session:
                items = account_dependents(session, account.id)
            push(self.ctx, SoftDelete(self.ctx, items, kinds={"account", "person", "interaction", "commitment", "structure"},
                                      text=self.tr("Delete account %1").replace("%1", account.name)))
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return False
        return True

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    # -------------------------------------------------------------- private
    def _fetch(self, text: str, sort: str, descending: bool, offset: int, limit: int) -> list[AccountRow]:
        from desktop.db.account_queries import list_accounts

        with self.ctx.db.unit_of_work() as session:
            return list_accounts(session, text, sort=sort, descending=descending, offset=offset, limit=limit)

    def _apply_filter(self) -> None:
        self._timer.stop()
        if self.filter.text().strip() != self.model.text:
            self.model.set_filter(self.filter.text())

    def _sort_chosen(self, index: int) -> None:
        self.view.sortByColumn(index, Qt.SortOrder.AscendingOrder)

    def _sort_indicator(self, section: int, _order: Qt.SortOrder) -> None:
        self.sort_combo.setCurrentIndex(section)

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        row = selected_row(self.view)
        current = self.model.rows[row].id if row >= 0 else ""
        if current != self._current:
            self._current = current
            self.account_changed.emit(current)
        self._update_count()

    def _restore_selection(self) -> None:
        if self._current and not self.select(self._current):
            self._current = ""
            self.account_changed.emit("")
        self._update_count()

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {"account", "interaction"}:
            self.model.reload()

    def _update_count(self) -> None:
        if self.model.waiting:  # not read yet: no "0 accounts" (a space keeps the line's height)
            self.count.setText("\N{NO-BREAK SPACE}")
            return
        shown = self.model.rowCount()
        if self.model.canFetchMore():
            self.count.setText(self.tr("First %n account(s) shown; scroll for more", "", shown))
        else:
            self.count.setText(self.tr("%n account(s) shown", "", shown))

    def retranslate(self, _lang: str | None = None) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by name, industry, region…"))
        self.sort_label.setText(self.tr("Sort by:"))
        current = max(self.sort_combo.currentIndex(), 0)
        self.sort_combo.clear()
        self.sort_combo.addItems([self.tr("Name"), self.tr("Value tier"), self.tr("Churn risk"),
                                  self.tr("Last contact")])
        self.sort_combo.setCurrentIndex(current)
        self.model.set_language(self.ctx.lang)
        self._update_count()
