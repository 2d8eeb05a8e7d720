"""A read-only table model over a list of records, described by columns.

Every table of the dossier tabs uses it: ``RecordRole`` returns the row's record,
``SortRole`` the column's sort key. Rows are plain objects loaded in one unit of
work; the widget calls ``set_rows`` again when ``ctx.data_changed`` says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

RecordRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
OVERDUE = QColor("#c62828")
_ROLES = frozenset(int(r) for r in (
    Qt.ItemDataRole.DisplayRole, RecordRole, SortRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole))


@dataclass(frozen=True)
class Column(Generic[R]):
    title: Callable[[], str]  # translated at call time
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None  # default: the text
    tooltip: Callable[[R], str] | None = None


class RecordTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None,
                 *, alert: Callable[[R], bool] | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[R] = []
        self.alert = alert

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    def record(self, row: int) -> R:
        return self.rows[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A painted cell is asked for seven or eight roles; most are answered here at once.
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        record, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == RecordRole:
            return record
        if role == SortRole:
            return column.sort(record) if column.sort else column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        if role == Qt.ItemDataRole.ForegroundRole and self.alert is not None and self.alert(record):
            return QBrush(OVERDUE)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return self.columns[section].title()
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        col = self.columns[column]
        key = col.sort or col.text
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()  # only these need moving (a selection, the current row)
        order_rows = sorted(range(len(self.rows)), key=lambda r: _safe(key(self.rows[r])),
                            reverse=order == Qt.SortOrder.DescendingOrder)
        new_pos = {r: i for i, r in enumerate(order_rows)}
        self.rows = [self.rows[r] for r in order_rows]
        self.changePersistentIndexList(
            old, [self.index(new_pos[i.row()], i.column()) for i in old])
        self.layoutChanged.emit()


def _safe(value: Any) -> tuple[int, Any]:
    """None sorts last; mixed types never raise."""
    return (1, "") if value is None else (0, value)
