"""Models of the import dialog: the column mapping and the preview of what will happen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.transfer.mapping import FIELDS, IGNORE
from desktop.transfer.people import Action, Duplicates, ImportPlan, PlannedRow
from desktop.transfer.tables import Table
from desktop.transfer.values import clean, localized

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's record (field key / PlannedRow)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a sort key

Index = QModelIndex | QPersistentModelIndex


def field_label(field: str, lang: str) -> str:
    if field == IGNORE:
        return QCoreApplication.translate("ImportDialog", "(do not import)")
    en, zh, _ = FIELDS[field]
    return zh if lang == "zh" else en


class MappingModel(QAbstractTableModel):
    """One row per column of the sheet: its header, sample values, and the field it fills."""

    COLUMNS = 3

    def __init__(self, lang: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._headers: list[str] = []
        self._samples: list[str] = []
        self.mapping: list[str] = []

    def load(self, table: Table | None, mapping: list[str]) -> None:
        self.beginResetModel()
        if table is None:
            self._headers, self._samples, self.mapping = [], [], []
        else:
            self._headers = [h or QCoreApplication.translate("ImportDialog", "(no header)") for h in table.headers]
            self._samples = []
            for col in range(len(table.headers)):
                values = [clean(r[col]) for _, r in table.rows[:3] if col < len(r) and clean(r[col])]
                self._samples.append(" · ".join(values))
            self.mapping = list(mapping) + [IGNORE] * (len(table.headers) - len(mapping))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (QCoreApplication.translate("ImportDialog", "Column in the file"), QCoreApplication.translate("ImportDialog", "First values"), QCoreApplication.translate("ImportDialog", "Dossier field"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return self._headers[row]
            if col == 1:
                return self._samples[row]
            return field_label(self.mapping[row], self.lang)
        if role == Qt.ItemDataRole.EditRole and col == 2:
            return self.mapping[row]
        if role == RECORD_ROLE:
            return self.mapping[row]
        if role == SORT_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and col == 2 and self.mapping[row] == IGNORE:
            return QBrush(QColor("#888888"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 2:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 2 or role != Qt.ItemDataRole.EditRole:
            return False
        if value != IGNORE and value not in FIELDS:
            return False
        self.mapping[index.row()] = str(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True


class FieldDelegate(QStyledItemDelegate):
    """A drop-down of the Dossier fields for the mapping column."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for key in [IGNORE, *FIELDS]:
            combo.addItem(field_label(key, self.lang), key)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


_ACTION_COLOURS = {
    Action.CREATE: "#1b7f3b", Action.MERGE: "#1f5fbf", Action.SKIP: "#888888", Action.ERROR: "#b3261e",
}


def action_label(action: Action) -> str:
    return {
        Action.CREATE: QCoreApplication.translate("ImportDialog", "New"),
        Action.MERGE: QCoreApplication.translate("ImportDialog", "Merge"),
        Action.SKIP: QCoreApplication.translate("ImportDialog", "Skip"),
        Action.ERROR: QCoreApplication.translate("ImportDialog", "Not imported"),
    }[action]


class PreviewModel(QAbstractTableModel):
    """The plan, one row per person read: line, what happens, who, where, and why."""

    def __init__(self, lang: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._plan: ImportPlan | None = None
        self._rows: list[PlannedRow] = []

    def load(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self._plan = plan
        self._rows = list(plan.rows) if plan is not None else []
        self.endResetModel()

    @staticmethod
    def is_duplicate(row: PlannedRow) -> bool:
        return row.existing_id is not None or row.same_as_line is not None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 1 and self.is_duplicate(self._rows[index.row()]):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Per-row choice for a duplicate: merge, skip or keep both (a Duplicates value)."""
        if (not index.isValid() or index.column() != 1 or role != Qt.ItemDataRole.EditRole
                or self._plan is None or value not in set(Duplicates)):
            return False
        row = self._rows[index.row()]
        if not self.is_duplicate(row):
            return False
        self._plan.choose(row, Duplicates(value))
        self.dataChanged.emit(index, index)
        return True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (QCoreApplication.translate("ImportDialog", "Line"), QCoreApplication.translate("ImportDialog", "Action"), QCoreApplication.translate("ImportDialog", "Name"), QCoreApplication.translate("ImportDialog", "Account"), QCoreApplication.translate("ImportDialog", "Title"),
                    QCoreApplication.translate("ImportDialog", "Phones / emails"), QCoreApplication.translate("ImportDialog", "Remarks"))[section]
        return None

    def _text(self, row: PlannedRow, col: int) -> str:
        cand = row.candidate
        if col == 0:
            return str(cand.line)
        if col == 1:
            return action_label(row.action)
        if col == 2:
            return cand.name
        if col == 3:
            new = row.account_id is None and row.account_name
            return row.account_name + (QCoreApplication.translate("ImportDialog", " (new)") if new else "")
        if col == 4:
            return cand.title
        if col == 5:
            return "、".join(cand.phones + cand.emails)
        remarks = ([row.reason] if row.reason else []) + cand.warnings
        return ("；" if self.lang == "zh" else "; ").join(localized(r, self.lang) for r in remarks)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, col)
        if role == RECORD_ROLE:
            return row
        if role == Qt.ItemDataRole.EditRole and col == 1:
            return {Action.MERGE: Duplicates.MERGE.value, Action.SKIP: Duplicates.SKIP.value,
                    }.get(row.action, Duplicates.KEEP.value)
        if role == SORT_ROLE:
            return row.candidate.line if col == 0 else self._text(row, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == 1:
            return QBrush(QColor(_ACTION_COLOURS[row.action]))
        return None


class DuplicateDelegate(QStyledItemDelegate):
    """A drop-down for a duplicate row: merge, skip, or keep both."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(QCoreApplication.translate("ImportDialog", "Merge"), Duplicates.MERGE.value)
        combo.addItem(QCoreApplication.translate("ImportDialog", "Skip"), Duplicates.SKIP.value)
        combo.addItem(QCoreApplication.translate("ImportDialog", "Keep both"), Duplicates.KEEP.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
