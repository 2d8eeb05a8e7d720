"""The decision-chain table: one row per person of the account."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.db.enums import Attitude, DecisionRole, Personality, Stance
from desktop.db.people import PersonRow, decision_chain, name_sort_key, title_and_department
from desktop.db.session import DossierSession
from desktop.domain.followups import CadencePolicy

RecordRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
DisplayRole = int(Qt.ItemDataRole.DisplayRole)
ForegroundRole = int(Qt.ItemDataRole.ForegroundRole)
# What the model answers; a painted cell is asked for more, and those return at once.
_ROLES = frozenset(int(r) for r in (
    Qt.ItemDataRole.DisplayRole, RecordRole, SortRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.TextAlignmentRole))

# Fill colours for the relationship to us, warm (champion) to cold (enemy).
STANCE_COLOURS: dict[Stance, str] = {
    Stance.CHAMPION: "#2e7d32",
    Stance.SUPPORTER: "#66bb6a",
    Stance.NEUTRAL: "#9e9e9e",
    Stance.BLOCKER: "#ef6c00",
    Stance.ENEMY: "#c62828",
}
ATTITUDE_COLOURS: dict[Attitude, str] = {
    Attitude.ACTIVE: "#1b5e20",
    Attitude.PASSIVE: "#616161",
    Attitude.RESISTANT: "#b71c1c",
}
LEFT = QBrush(QColor("#9e9e9e"))  # people who left the company, greyed
OVERDUE = QBrush(QColor("#c62828"))
_STANCE_FILL = {stance: QColor(colour) for stance, colour in STANCE_COLOURS.items()}
_ATTITUDE_PEN = {attitude: QBrush(QColor(colour)) for attitude, colour in ATTITUDE_COLOURS.items()}


@dataclass(frozen=True)
class Column:
    key: str


COLUMNS: tuple[Column, ...] = tuple(Column(k) for k in (
    "name", "title", "roles", "attitude", "stance", "personality", "power", "influence",
    "last_contact", "owner",
))


class PeopleModel(QAbstractTableModel):
    """Rows are the decision chain's (desktop.db.people.decision_chain); load() reloads them.

    A cell's text is made the first time it is shown and kept until the rows or the
    language change: a repaint asks again for every visible cell.
    """

    def __init__(self, lang: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PersonRow] = []
        self.lang = lang
        self.today = date.today()
        self._texts: dict[tuple[str, int], str] = {}
        self.sort_column = 0  # the order load() gives, and the last sort() asked for
        self.sort_order = Qt.SortOrder.AscendingOrder

    def load(self, session: DossierSession | None, account_id: str | None,
             policy: CadencePolicy | None = None) -> None:
        self.beginResetModel()
        rows = decision_chain(session, account_id, policy=policy) if session and account_id else []
        key = COLUMNS[self.sort_column].key
        # Sorted before the view hears of them: a second pass (layoutChanged) made it lay
        # out and paint the table twice.
        rows.sort(key=lambda r: self._sort_key(r, key),
                  reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        self.rows = rows
        self.today = date.today()
        self._texts = {}
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._texts = {}
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    # ----------------------------------------------------------------- Qt API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return self.headers()[section]
        return None

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Title"), self.tr("Roles"), self.tr("Attitude"),
                self.tr("Relationship to us"), self.tr("Personality"), self.tr("Power"),
                self.tr("Influence"), self.tr("Last contact"), self.tr("Our owner")]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == DisplayRole:
            text = self._texts.get((row.id, column))
            if text is None:
                text = self._texts[(row.id, column)] = self._display(row, COLUMNS[column].key)
            return text
        key = COLUMNS[column].key
        if role == RecordRole:
            return row
        if role == SortRole:
            return self._sort_key(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        if role == ForegroundRole:
            if row.left_on is not None:
                return LEFT
            if key == "attitude" and row.attitude is not None:
                return _ATTITUDE_PEN[row.attitude]
            if key == "last_contact" and row.overdue_days > 0:
                return OVERDUE
        if role == Qt.ItemDataRole.DecorationRole and key == "stance" and row.stance is not None:
            return _STANCE_FILL[row.stance]
        if role == Qt.ItemDataRole.TextAlignmentRole and key in {"power", "influence"}:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: PersonRow, key: str) -> str:
        lang = self.lang
        if key == "name":
            extra = f" ({row.english_name})" if row.english_name else ""
            left = self.tr(" (left %1)").replace("%1", row.left_on.isoformat()) if row.left_on else ""
            return f"{row.name}{extra}" + (" ⓔ" if row.is_external else "") + left
        if key == "title":
            return title_and_department(row.title, row.department)
        if key == "roles":
            return " ".join(r.code for r in row.roles)
        if key in {"attitude", "stance", "personality"}:
            value = getattr(row, key)
            return value.label(lang) if value is not None else "—"
        if key in {"power", "influence"}:
            value = getattr(row, key)
            return "●" * value if value else "—"
        if key == "last_contact":
            if row.last_contact is None:
                return self.tr("never")
            days = (self.today - row.last_contact.date()).days
            return self.tr("%n day(s) ago", "", days) if days > 0 else self.tr("today")
        if key == "owner":
            return row.owner or "—"
        return ""

    def _tooltip(self, row: PersonRow, key: str) -> str | None:
        if key == "roles" and row.roles:
            return "\n".join(f"{r.code}  {r.label(self.lang)}" for r in row.roles)
        if key == "last_contact" and row.overdue_days > 0:
            return self.tr("%n day(s) over the contact cadence", "", row.overdue_days)
        if key == "owner" and row.covered_by:
            return "\n".join(row.covered_by)
        return None

    @staticmethod
    def _sort_key(row: PersonRow, key: str) -> Any:
        if key == "roles":
            order = list(DecisionRole)
            return min((order.index(r) for r in row.roles), default=99)
        if key in {"attitude", "stance", "personality"}:
            value = getattr(row, key)
            members: list[Any] = list({"attitude": Attitude, "stance": Stance, "personality": Personality}[key])
            return members.index(value) if value is not None else 99
        if key in {"power", "influence"}:
            return -(getattr(row, key) or 0)
        if key == "last_contact":
            return row.last_contact or datetime.min
        if key == "name":
            return name_sort_key(row.name)
        value = getattr(row, key, "")
        return value or ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_column, self.sort_order = column, order
        key = COLUMNS[column].key
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self.rows[i.row()].id for i in before]
        self.rows.sort(key=lambda r: self._sort_key(r, key),
                       reverse=order == Qt.SortOrder.DescendingOrder)
        after = [self.index(self.row_of(pid), i.column()) for pid, i in zip(ids, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def row_of(self, person_id: str) -> int:
        for i, row in enumerate(self.rows):
            if row.id == person_id:
                return i
        return -1
