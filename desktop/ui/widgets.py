"""Small shared pieces of the dossier window: icons, table views, dates, confirmations."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QIcon, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QTableView,
    QWidget,
)

from desktop.paths import resource


def icon(name: str) -> QIcon:
    """A bundled SVG icon from resources/icons (an empty icon if it is missing)."""
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


class HintTableView(QTableView):
    """A table that says what to do while it is empty ("No interactions yet: …").

    ``empty_hint`` is asked at paint time, so it follows the language and the account.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_hint: Callable[[], str] | None = None
        self._total: int | None = None  # rows in the whole list (see show_rows)
        # Told of a resized column, QTableView repaints from it on a timer, after the next
        # paint: the stretched last column following the view's first real width painted
        # a tab's whole table twice the first time it showed. Here the same happens at once.
        header = self.horizontalHeader()
        header.sectionResized.disconnect()
        header.sectionResized.connect(self._column_resized)

    def show_rows(self, total: int) -> None:
        """The list will hold ``total`` rows (all of them, read or not): its vertical scroll
        bar shows only when they do not fit.

        Called before the rows are put in, so that the bar appearing or going is part of
        the one layout that shows them: a bar shown later narrowed the view, stretched the
        last column and painted the whole table a second time. (A list whose length is not
        known this way keeps its bar on: ``table_view(long=True)``.)
        """
        self._total = total
        self._fit_scroll_bar()

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        self.updateGeometries()
        x = self.columnViewportPosition(column)
        viewport = self.viewport()
        viewport.update(0 if self.isRightToLeft() else max(0, x), 0, viewport.width(), viewport.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_scroll_bar()

    def _fit_scroll_bar(self) -> None:
        if self._total is None:
            return
        room = self.viewport().height()
        bar = self.horizontalScrollBar()
        if not bar.isVisible():  # it may yet show, and take its room from the rows
            room -= bar.sizeHint().height()
        needed = self._total * self.verticalHeader().defaultSectionSize() > room
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOn if needed else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if self.verticalScrollBarPolicy() != policy:
            # The stretched last column follows the new width; told of it, the view would
            # repaint that column on a timer, after the paint that shows the rows.
            header = self.horizontalHeader()
            blocked = header.blockSignals(True)
            try:
                self.setVerticalScrollBarPolicy(policy)
            finally:
                header.blockSignals(blocked)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.empty_hint is None or model is None or model.rowCount() > 0:
            return
        text = self.empty_hint()
        if not text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                   | Qt.TextFlag.TextWordWrap), text)
        painter.end()


def table_view(model: QAbstractItemModel, *, sortable: bool = True, long: bool = False) -> HintTableView:
    """A read-only table of records, one selected at a time.

    ``long``: a list that is often longer than the view (an account's interactions,
    commitments, people). Its vertical scroll bar always shows, so that opening a short
    list after a long one does not change the width of the view: that made the view lay
    itself out again and paint the whole table a second time. A list that knows its length
    before its rows go in calls ``view.show_rows(total)``: the bar then shows only when needed.
    """
    view = HintTableView()
    if long:
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    view.setSortingEnabled(sortable)
    return view


def lay_out_now(view: QTableView) -> None:
    """Lay the table out at once after its rows were replaced.

    Left to itself the view paints the new rows, then lays them out on a timer (a
    scroll bar appears or goes, the viewport changes size) and paints them all again:
    two full paints of a table of Chinese text each time a dossier opens.
    """
    view.executeDelayedItemsLayout()
    QCoreApplication.sendPostedEvents(view, QEvent.Type.LayoutRequest)


def selected_row(view: QTableView) -> int:
    selection = view.selectionModel()
    rows = selection.selectedRows() if selection is not None else []
    return rows[0].row() if rows else -1


def fmt_date(value: date | datetime | None, *, time: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M" if time else "%Y-%m-%d")
    return value.isoformat()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def may_discard(form: QWidget, before: object, now: object, text: str = "") -> bool:
    """May an editing form close (Esc, Cancel, the window's close button) and lose ``now``?

    Yes at once when nothing changed since ``before``; otherwise the user is asked, with
    Keep editing as the default and as Esc's answer: an Esc meant for the input method
    (Chinese IME) or pressed twice never throws typed text away.
    """
    if now == before:
        return True
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("Forms", "Discard changes?"),
                      text or QCoreApplication.translate("Forms", "Close without saving? Your changes will be lost."),
                      QMessageBox.StandardButton.NoButton, form)
    keep = box.addButton(QCoreApplication.translate("Forms", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    discard = box.addButton(QCoreApplication.translate("Forms", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    discarded = box.clickedButton() is discard
    box.deleteLater()
    return discarded


def settle_size(dialog: QWidget, min_width: int) -> None:
    """Fix a dialog's minimum size from its content once, so later changes (a combo box
    refilled) never make the layout resize the window behind the user's back."""
    hint = dialog.sizeHint()
    dialog.setMinimumSize(max(min_width, hint.width()), hint.height())


def fit_columns(view: QTableView, maximum: int = 320, *, sample: int = 100) -> None:
    """Size columns to their content (headers included), none wider than ``maximum``.

    The rows shown and ``sample`` more are measured, not thousands (5,000 interactions).
    """
    view.horizontalHeader().setResizeContentsPrecision(sample)
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for col in range(header.count() - 1):
        if header.sectionSize(col) > maximum:
            header.resizeSection(col, maximum)
