"""Column widths of a dossier table: sized from a sample of rows, and the user's kept.

``resizeColumnsToContents`` asks the delegate for the size of every cell it measures
(seven or eight calls into the Python model per cell) and took a fifth of the time to
open a large dossier. Here the header and the display text of the first rows are
measured with the view's font metrics instead: the rows a reload shows first are the
ones that matter, and the later pages rarely need more room.

Once sized, a column only widens, so that switching accounts does not make the columns
jump. A width the user set (dragging a divider, or double-clicking it) belongs to the user: a
reload never changes it, and it is saved in the settings so that it survives a restart.
The last column stretches to the edge and is never sized or saved. The header's
context menu gives the columns back to their content.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QMenu, QStyle, QTableView

from desktop.ui.settings import COLUMN_WIDTHS, Settings

MAXIMUM = 320  # no column wider than this when sized from its content
SAMPLE = 20  # rows measured: about as many as a tab shows


class ColumnWidths(QObject):
    """``fit()`` after each reload sizes the columns the user has not sized by hand."""

    def __init__(self, view: QTableView, key: str, settings: Settings | None = None, *,
                 maximum: int = MAXIMUM, sample: int = SAMPLE) -> None:
        super().__init__(view)
        self.view = view
        self.key = key
        self.settings = settings
        self.maximum = maximum
        self.sample = sample
        self.user: dict[int, int] = {}  # column -> width the user chose
        self._sized: set[int] = set()  # columns sized from their content at least once
        self._applying = False
        header = view.horizontalHeader()
        if settings is not None:
            self.user = _load(settings).get(key, {})
            self._apply(self.user)
        header.sectionResized.connect(self._resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)

    def fit(self) -> None:
        """Size every column the user has not sized, from the header and the first rows.

        Once sized, a column only widens: switching between accounts does not make the
        columns jump back and forth (and the whole table need not be painted twice).
        """
        model = self.view.model()
        columns = model.columnCount() if model is not None else 0
        header = self.view.horizontalHeader()
        last = columns - 1 if header.stretchLastSection() else columns
        wanted = {}
        for col in range(columns):
            if col >= last or col in self.user or header.isSectionHidden(col):
                continue
            width = self._width(col)
            if col not in self._sized or width > header.sectionSize(col):
                wanted[col] = width
        self._apply(wanted)
        self._sized.update(wanted)

    def forget(self) -> None:
        """Go back to widths from the content (the user's are dropped, here and saved)."""
        self.user = {}
        self._sized = set()
        self._save()
        self.fit()

    def menu(self) -> QMenu:
        """The header's context menu (tests read it; the user right-clicks the header)."""
        menu = QMenu(self.view)
        menu.addAction(self.tr("Fit columns to their content"), self.forget)
        return menu

    # -------------------------------------------------------------- private
    def _menu(self, pos: QPoint) -> None:
        self.menu().exec(self.view.horizontalHeader().mapToGlobal(pos))

    def _width(self, col: int) -> int:
        view, model = self.view, self.view.model()
        fm: QFontMetrics = view.fontMetrics()
        rows = min(model.rowCount(), self.sample)
        texts = []
        decorated = False
        for row in range(rows):
            index = model.index(row, col)
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            if text:
                texts.append(str(text))
            if row < 5 and not decorated:  # a column with a swatch has it on most rows
                decorated = model.data(index, Qt.ItemDataRole.DecorationRole) is not None
        # Shaping Chinese text is slow: only the few longest (a Chinese character counts
        # twice) are measured.
        texts.sort(key=_ems, reverse=True)
        widest = max((fm.horizontalAdvance(text) for text in texts[:3]), default=0)
        style = view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        width = widest + 2 * margin + 4  # the delegate's margins, the grid line and a little air
        if decorated:  # a colour swatch or an icon before the text
            width += style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view) + 2 * margin
        width = max(width, view.horizontalHeader().sectionSizeHint(col))
        return min(width, self.maximum)

    def _apply(self, widths: dict[int, int]) -> None:
        header = self.view.horizontalHeader()
        changed = {col: width for col, width in widths.items()
                   if 0 <= col < header.count() and header.sectionSize(col) != width}
        if not changed:
            return
        # Told of each resized column, the table repaints it on a timer, after the paint
        # that shows the new rows: a second full paint of the table (the first open of a
        # dossier whose names are longer than the last one's). So the header settles here,
        # the stretched last column too, without telling; the table lays itself out once.
        self._applying = True
        blocked = header.blockSignals(True)
        try:
            for col, width in changed.items():
                header.resizeSection(col, width)
            if header.stretchLastSection():  # the last column takes the rest now, not later
                header.setStretchLastSection(False)
                header.setStretchLastSection(True)
        finally:
            header.blockSignals(blocked)
            self._applying = False
        self.view.updateGeometries()
        self.view.viewport().update()

    def _resized(self, col: int, _old: int, new: int) -> None:
        header = self.view.horizontalHeader()
        if self._applying or (header.stretchLastSection() and col == header.count() - 1):
            return  # ours, or the stretched last column following the window
        if new <= 0:
            return  # hidden, not sized
        self.user[col] = new
        self._save()

    def _save(self) -> None:
        if self.settings is None:
            return
        saved = _load(self.settings)
        if self.user:
            saved[self.key] = self.user
        else:
            saved.pop(self.key, None)
        self.settings.set(COLUMN_WIDTHS, json.dumps(
            {key: {str(c): w for c, w in widths.items()} for key, widths in saved.items()},
            sort_keys=True))


def _ems(text: str) -> int:
    """A rough width: wide (CJK) characters count two."""
    return len(text) + sum(1 for ch in text if ch >= "\u2e80")


def _load(settings: Settings) -> dict[str, dict[int, int]]:
    """The saved widths by table; anything unreadable counts as nothing saved."""
    try:
        raw: Any = json.loads(settings.get(COLUMN_WIDTHS) or "{}")
        return {str(key): {int(c): int(w) for c, w in widths.items() if int(w) > 0}
                for key, widths in raw.items() if isinstance(widths, dict)}
    except (TypeError, ValueError, AttributeError):
        return {}

