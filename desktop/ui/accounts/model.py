"""The account list: filtered and sorted in SQL, read page by page as the user scrolls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.db.enums import ChurnRisk
from desktop.ui.table import RecordRole, SortRole

if TYPE_CHECKING:  # the list is built, empty, before the database layer is imported
    from desktop.db.account_queries import AccountRow

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
# fetch(text, sort, descending, offset, limit) -> rows
Fetch = Callable[[str, str, bool, int, int], "list[AccountRow]"]
SORT_COLUMNS = ("name", "tier", "churn_risk", "last_contact")
RISK_COLOURS = {ChurnRisk.HIGH: "#c62828", ChurnRisk.LOST: "#757575", ChurnRisk.MEDIUM: "#e65100"}


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d") if value else ""


class AccountListModel(QAbstractTableModel):
    PAGE = 200

    def __init__(self, fetch: Fetch, lang: str = "en", parent: QObject | None = None, *,
                 waiting: bool = False) -> None:
        """``waiting``: read nothing until ``start()`` (the app's window shows before the
        dossier is open); the order chosen meanwhile is kept for that first read."""
        super().__init__(parent)
        self.waiting = waiting
        self._fetch = fetch
        self.lang = lang
        self.rows: list[AccountRow] = []
        self.text = ""
        self.sort_key = "name"
        self.descending = False
        self._more = False
        self._sorted = False

    # ----------------------------------------------------------- querying
    def set_filter(self, text: str) -> None:
        self.text = text.strip()
        self.reload()

    def start(self) -> None:
        """The first read of a list built ``waiting``."""
        self.waiting = False
        self.reload()

    def reload(self) -> None:
        if self.waiting:
            return
        self.beginResetModel()
        self.rows = self._fetch(self.text, self.sort_key, self.descending, 0, self.PAGE)
        self._more = len(self.rows) == self.PAGE
        self.endResetModel()

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid() or not self._more:
            return
        page = self._fetch(self.text, self.sort_key, self.descending, len(self.rows), self.PAGE)
        self._more = len(page) == self.PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_COLUMNS):
            return
        key, descending = SORT_COLUMNS[column], order == Qt.SortOrder.DescendingOrder
        if self._sorted and (key, descending) == (self.sort_key, self.descending):
            return  # already in that order (the view asks again as it is set up at start)
        self.sort_key, self.descending, self._sorted = key, descending, True
        self.reload()

    def row_of(self, account_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == account_id), -1)

    def set_language(self, lang: str) -> None:
        if lang == self.lang:
            return  # nothing shown changes (at start every cell would be measured again)
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(SORT_COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(SORT_COLUMNS) - 1))

    # ------------------------------------------------------------- model
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(SORT_COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return row.name
            if col == 1:
                return row.value_tier.code if row.value_tier else ""
            if col == 2:
                return row.churn_risk.label(self.lang) if row.churn_risk else ""
            return _when(row.last_contact)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return " · ".join(p for p in (row.name, row.industry, row.region) if p)
        if role == Qt.ItemDataRole.ForegroundRole and col == 2 and row.churn_risk in RISK_COLOURS:
            return QBrush(QColor(RISK_COLOURS[row.churn_risk]))
        if role == RecordRole:
            return row
        if role == SortRole:
            return (row.name, row.value_tier or "z", row.churn_risk or "", row.last_contact or datetime.min)[col]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Account"), self.tr("Tier"), self.tr("Churn risk"), self.tr("Last contact"))
        return titles[section] if 0 <= section < len(titles) else None
