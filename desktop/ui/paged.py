"""A record table read a page at a time, sorted by the database.

A large account has thousands of interactions; reading and laying out all of them
when its dossier opens takes a fifth of a second. This model holds the first page
(``first`` rows: what the view shows) and reads the next pages when the view scrolls
near the end (``canFetchMore``/``fetchMore``). Sorting asks the database for the first
page in the new order and resets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from desktop.ui.table import _ROOT, Column, Index, RecordTableModel

R = TypeVar("R")
# (column, order, offset, limit) -> the rows of that page
Fetch = Callable[[int, Qt.SortOrder, int, int], Sequence[R]]

PAGE = 200
# The first page only has to fill the view (a tall window shows about fifty rows); the
# view asks for more as soon as it is not full or is scrolled down.
FIRST = 60


class PagedRecordModel(RecordTableModel[R]):
    sorted = Signal()  # the rows were read again in a new order (selection is gone)

    def __init__(self, columns: Sequence[Column[R]], fetch: Fetch[R],
                 parent: QObject | None = None, *, page: int = PAGE, first: int | None = None,
                 alert: Callable[[R], bool] | None = None) -> None:
        super().__init__(columns, parent, alert=alert)
        self._fetch = fetch
        self.page = page
        self.first = page if first is None else first
        self.total = 0
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder
        self._changing = False  # a view may ask for more while told of the rows just read

    def load(self, total: int) -> None:
        """Read the first page again, of ``total`` rows in all."""
        self._changing = True
        try:
            self.beginResetModel()
            self.total = total
            self.rows = list(self._page(0, self.first)) if total else []
            if len(self.rows) < min(self.first, total):
                self.total = len(self.rows)  # rows went away since the count
            self.endResetModel()
        finally:
            self._changing = False

    def set_rows(self, rows: Sequence[R]) -> None:  # all rows at once (small lists, tests)
        self.beginResetModel()
        self.rows = list(rows)
        self.total = len(self.rows)
        self.endResetModel()

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if self.canFetchMore(parent) and not self._changing:
            self.load_through(len(self.rows) + self.page - 1)

    def load_through(self, row: int) -> None:
        """Read the pages up to and including ``row`` (a position in the sorted list)."""
        have = len(self.rows)
        wanted = min(row + 1, self.total) - have
        if wanted <= 0:
            return
        asked = -(-wanted // self.page) * self.page  # whole pages
        more = list(self._page(have, asked))
        if len(more) < min(asked, self.total - have):
            self.total = have + len(more)  # rows went away since the count
        if not more:
            return
        self._changing = True
        try:
            self.beginInsertRows(_ROOT, have, have + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()
        finally:
            self._changing = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.sort_column, self.sort_order = column, order
        self.load(self.total)
        self.sorted.emit()

    def _page(self, offset: int, limit: int) -> Sequence[R]:
        return self._fetch(self.sort_column, self.sort_order, offset, limit)

