"""Table models of the Today view's sections, over the plain rows of desktop.domain.followups.

Each model holds a list of row dataclasses (reset on refresh, no proxy): RECORD_ROLE
returns the row, SORT_ROLE its sort key for the column. Edits in place (done,
reschedule) do not touch the database: the model emits a request and the view runs the
change as an undoable command; the refresh that follows resets the rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.db.enums import Party
from desktop.domain.followups import (
    CommitmentRow,
    ContactRow,
    PlannedRow,
    RiskRow,
    Severity,
    UpcomingRow,
)

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

# The yellow/red scale: soft backgrounds that keep black text readable.
SEVERITY_COLOURS = {
    Severity.RED: QColor("#f6c1bd"),
    Severity.YELLOW: QColor("#fbe9a6"),
    Severity.DUE: QColor("#e3eefb"),
}

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


def iso(day: date | datetime | None) -> str:
    if day is None:
        return ""
    if isinstance(day, datetime):
        return day.strftime("%Y-%m-%d %H:%M")
    return day.isoformat()


class SectionModel(QAbstractTableModel, Generic[R]):
    """Rows of one section; subclasses give the headers, the cells and the sort keys."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []
        self.lang = "en"

    # -- to override
    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def cell(self, row: R, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row: R, column: int) -> Any:
        return self.cell(row, column)

    def severity(self, row: R) -> Severity | None:
        return None

    # -- Qt
    def set_rows(self, rows: Sequence[R], lang: str) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.lang = lang
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == RECORD_ROLE:
            return row
        if role == SORT_ROLE:
            return self.sort_key(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = SEVERITY_COLOURS.get(self.severity(row))  # type: ignore[arg-type]
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and self.severity(row) in SEVERITY_COLOURS:
            return QBrush(QColor("#1a1a1a"))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=lambda r: _comparable(self.sort_key(r, column)),
                       reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def row_at(self, index: Index) -> R | None:
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None


def _comparable(key: Any) -> tuple[int, Any]:
    """None sorts first and never compares with a value."""
    return (0, 0) if key is None else (1, key)


def days_text(days_over: int | None) -> str:
    """'5 days over', 'due today', 'in 3 days', 'never contacted'."""
    if days_over is None:
        return QCoreApplication.translate("TodayDays", "never contacted")
    if days_over == 0:
        return QCoreApplication.translate("TodayDays", "due today")
    if days_over == 1:
        return QCoreApplication.translate("TodayDays", "1 day over")
    if days_over > 1:
        return QCoreApplication.translate("TodayDays", "{n} days over").format(n=days_over)
    if days_over == -1:
        return QCoreApplication.translate("TodayDays", "tomorrow")
    return QCoreApplication.translate("TodayDays", "in {n} days").format(n=-days_over)


class CommitmentsModel(SectionModel[CommitmentRow]):
    """Commitments, ours or theirs: tick Done or edit the due date in place."""

    DONE, DUE, WHEN, ACCOUNT, PERSON, WHAT, MEMBER = range(7)
    done_requested = Signal(str)  # commitment id
    reschedule_requested = Signal(str, object)  # commitment id, datetime.date

    def __init__(self, party: Party, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.party = party

    def headers(self) -> Sequence[str]:
        ours = self.party == Party.OURS
        return [self.tr("Done"), self.tr("Due"), self.tr("When"), self.tr("Account"),
                self.tr("To") if ours else self.tr("Who promised"), self.tr("What"),
                self.tr("Promised by") if ours else self.tr("To")]

    def cell(self, row: CommitmentRow, column: int) -> str:
        return {
            self.DONE: "", self.DUE: iso(row.due_on), self.WHEN: days_text(row.days_over),
            self.ACCOUNT: row.account, self.PERSON: row.person, self.WHAT: row.what,
            self.MEMBER: row.member,
        }.get(column, "")

    def sort_key(self, row: CommitmentRow, column: int) -> Any:
        if column in (self.DUE, self.WHEN):
            return row.due_on
        return self.cell(row, column)

    def severity(self, row: CommitmentRow) -> Severity | None:
        return row.severity

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() == self.DONE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.DUE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is not None and index.column() == self.DONE and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Unchecked  # every row shown is still open
        if row is not None and index.column() == self.DUE and role == Qt.ItemDataRole.EditRole:
            return QDate(row.due_on.year, row.due_on.month, row.due_on.day)
        if row is not None and index.column() == self.DUE and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Double-click to move the due date")
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index)
        if row is None:
            return False
        if index.column() == self.DONE and role == Qt.ItemDataRole.CheckStateRole:
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                self.done_requested.emit(row.commitment_id)
                return True
            return False
        if index.column() == self.DUE and role == Qt.ItemDataRole.EditRole and isinstance(value, QDate):
            new = date(value.year(), value.month(), value.day())
            if new != row.due_on:
                self.reschedule_requested.emit(row.commitment_id, new)
            return True
        return False


class ContactsModel(SectionModel[ContactRow]):
    PERSON, ACCOUNT, OVER, LAST, CADENCE, TITLE = range(6)

    def headers(self) -> Sequence[str]:
        return [self.tr("Person"), self.tr("Account"), self.tr("Overdue"), self.tr("Last contact"),
                self.tr("Cadence"), self.tr("Title")]

    def cell(self, row: ContactRow, column: int) -> str:
        if column == self.PERSON:
            return f"★ {row.person}" if row.is_key else row.person
        if column == self.LAST:
            return iso(row.last_contact.date()) if row.last_contact else self.tr("never")
        if column == self.OVER:
            return days_text(row.days_over)
        if column == self.CADENCE:
            return self.tr("every %n day(s)", "", row.cadence_days)
        return {self.ACCOUNT: row.account, self.TITLE: row.title}.get(column, "")

    def sort_key(self, row: ContactRow, column: int) -> Any:
        if column == self.OVER:
            return 10**6 if row.days_over is None else row.days_over
        if column == self.LAST:
            return row.last_contact
        if column == self.CADENCE:
            return row.cadence_days
        return self.cell(row, column)

    def severity(self, row: ContactRow) -> Severity | None:
        return row.severity

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if index.column() == self.OVER and role == Qt.ItemDataRole.DisplayRole and row.next_planned:
            when = row.next_planned.strftime("%Y-%m-%d %H:%M")
            return days_text(row.days_over) + " · " + self.tr("planned {d}").format(d=when)
        if role == Qt.ItemDataRole.ToolTipRole and row.is_key:
            return self.tr("A decider or champion")
        return super().data(index, role)


class UpcomingModel(SectionModel[UpcomingRow]):
    WHEN, KIND, ACCOUNT, TITLE = range(4)

    def headers(self) -> Sequence[str]:
        return [self.tr("When"), self.tr("What"), self.tr("Account"), self.tr("Name")]

    def cell(self, row: UpcomingRow, column: int) -> str:
        if column == self.WHEN:
            if row.whole_month and row.days_until == 0:
                return self.tr("this month")
            when = iso(row.on)
            if row.days_until == 0:
                return self.tr("today") + f" ({when})"
            return f"{when} ({days_text(-row.days_until)})"
        if column == self.KIND:
            label = row.kind.label(self.lang)
            if row.age:
                label += " · " + self.tr("turns {n}").format(n=row.age)
            return label
        return {self.ACCOUNT: row.account, self.TITLE: row.title}.get(column, "")

    def sort_key(self, row: UpcomingRow, column: int) -> Any:
        return row.days_until if column == self.WHEN else self.cell(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is not None and role == Qt.ItemDataRole.FontRole and row.days_until == 0:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class PlannedModel(SectionModel[PlannedRow]):
    WHEN, KIND, ACCOUNT, SUBJECT, PEOPLE, PLAN = range(6)

    def headers(self) -> Sequence[str]:
        return [self.tr("When"), self.tr("Kind"), self.tr("Account"), self.tr("Subject"),
                self.tr("With"), self.tr("Pre-visit plan")]

    def cell(self, row: PlannedRow, column: int) -> str:
        if column == self.WHEN:
            return iso(row.starts_at)
        if column == self.KIND:
            return row.kind.label(self.lang)
        if column == self.PEOPLE:
            return ", ".join(row.people)
        if column == self.PLAN:
            return self.tr("Open plan") if row.has_plan else self.tr("Write the plan")
        return {self.ACCOUNT: row.account, self.SUBJECT: row.subject}.get(column, "")

    def sort_key(self, row: PlannedRow, column: int) -> Any:
        return row.starts_at if column == self.WHEN else self.cell(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is not None and index.column() == self.PLAN:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#1f5fbf" if row.has_plan else "#b3261e"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setUnderline(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Click to open the pre-visit plan")
        return super().data(index, role)


class RiskModel(SectionModel[RiskRow]):
    ACCOUNT, WHY, LAST = range(3)

    def headers(self) -> Sequence[str]:
        return [self.tr("Account"), self.tr("Why"), self.tr("Last contact with a decider")]

    def cell(self, row: RiskRow, column: int) -> str:
        if column == self.WHY:
            return ", ".join(r.label(self.lang) for r in row.reasons)
        if column == self.LAST:
            return iso(row.last_decider_contact.date()) if row.last_decider_contact else self.tr("never")
        return row.account if column == self.ACCOUNT else ""

    def sort_key(self, row: RiskRow, column: int) -> Any:
        return row.last_decider_contact if column == self.LAST else self.cell(row, column)

    def severity(self, row: RiskRow) -> Severity | None:
        return row.severity
