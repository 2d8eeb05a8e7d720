"""One section of the Today view: a heading, a table of the most urgent rows, and a footer.

The footer tells how many rows there are in all when only the first ones are shown
("158,012 people due · showing the 200 most urgent") and offers to show more; the view
supplies the words, the section lays them out.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.today.models import RECORD_ROLE, SectionModel

MAX_VISIBLE_ROWS = 8


class DateDelegate(QStyledItemDelegate):
    """Edits a due date with a calendar pop-up."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        return editor


class Section(QWidget):
    """A heading, a table (or a quiet 'nothing here'), the section's buttons and its footer."""

    more_requested = Signal()

    def __init__(self, model: SectionModel[Any], stretch: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.stretch = stretch  # the column that takes the spare width (what, name …)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        # Rows come in the agenda's order (reddest first); a header click sorts.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.empty = QLabel()
        self.empty.setStyleSheet("color: palette(mid); padding: 4px 0 8px 8px;")
        self.note = QLabel()  # "158,012 people due · showing the 200 most urgent"
        self.note.setStyleSheet("color: #555555;")
        self.more_button = QPushButton()
        self.more_button.setFlat(True)
        self.more_button.setStyleSheet("color: #1f5fbf; text-decoration: underline;")
        self.more_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more_button.clicked.connect(self.more_requested)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addLayout(self.buttons, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.note)
        foot.addWidget(self.more_button)
        foot.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addLayout(head)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(foot)

    def add_button(self, widget: QWidget) -> None:
        self.buttons.addWidget(widget)

    def update_view(self, title: str, empty_text: str, total: int | None = None,
                    note: str = "", more: str = "") -> None:
        """``total``: rows in all (default: those shown); ``note`` and ``more`` fill the footer
        (a "show more" button only when ``more`` is given)."""
        count = self.model.rowCount()
        self.heading.setText(f"{title} ({count if total is None else total:,})")
        self.empty.setText(empty_text)
        self.empty.setVisible(count == 0)
        self.table.setVisible(count > 0)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.more_button.setText(more)
        self.more_button.setVisible(bool(more))
        for i in range(self.buttons.count()):
            item = self.buttons.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setEnabled(count > 0)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), 320))
        rows = min(count, MAX_VISIBLE_ROWS)
        height = header.height() + sum(self.table.rowHeight(r) for r in range(rows))
        self.table.setFixedHeight(height + 2 * self.table.frameWidth() + 2)
        if count:
            header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)

    def current(self) -> Any:
        index = self.table.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None
