"""The search box (Ctrl+F / Ctrl+K): type a word, see the records grouped by kind, Enter opens one.

    dialog = SearchDialog(db, lang="zh", parent=window)
    dialog.open_record.connect(lambda kind, rid, account_id: ...)
    dialog.show()

Queries run off the GUI thread (a QThreadPool job with its own unit of work),
150 ms after the last keystroke; an answer to an older query is dropped.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.db.session import Database
from desktop.errors import DossierError
from desktop.search.query import Hit, scan_limited, search
from desktop.ui.worker import run_in_background

HitRole = Qt.ItemDataRole.UserRole + 1  # the Hit (None on a group heading)
SortKeyRole = Qt.ItemDataRole.UserRole + 2  # (kind order, -timestamp) for sorting
HtmlRole = Qt.ItemDataRole.UserRole + 3  # rich text with the matches highlighted

KIND_ORDER = ("account", "person", "interaction", "commitment")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Row:
    heading: str  # non-empty: a group heading, not selectable
    hit: Hit | None = None


class SearchResultsModel(QAbstractListModel):
    """Hits grouped by kind (a heading row before each group), newest first within a group."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []

    def headings(self) -> dict[str, str]:
        return {
            "account": self.tr("Accounts"),
            "person": self.tr("People"),
            "interaction": self.tr("Interactions"),
            "commitment": self.tr("Commitments"),
        }

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        names = self.headings()
        rows: list[_Row] = []
        for kind in KIND_ORDER:
            group = [h for h in hits if h.kind == kind]
            if group:
                rows.append(_Row(f"{names[kind]} ({len(group)})"))
                rows.extend(_Row("", h) for h in group)
        self._rows = rows
        self.endResetModel()

    def hit_count(self) -> int:
        return sum(1 for r in self._rows if r.hit is not None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].hit is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        hit = row.hit
        if role == HitRole:
            return hit
        if role == SortKeyRole:
            kind = hit.kind if hit else ""
            order = KIND_ORDER.index(kind) if kind in KIND_ORDER else -1
            stamp = hit.date.timestamp() if hit and hit.date else 0.0
            return (order, -stamp)
        if hit is None:
            if role in (Qt.ItemDataRole.DisplayRole, HtmlRole):
                return row.heading
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.title} — {hit.snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet
        if role == HtmlRole:
            return _html(hit)
        return None


def _html(hit: Hit) -> str:
    parts, at = [], 0
    for s, e in hit.spans:
        parts.append(html.escape(hit.snippet[at:s]))
        parts.append(f"<span style='background:#ffe58a'>{html.escape(hit.snippet[s:e])}</span>")
        at = e
    parts.append(html.escape(hit.snippet[at:]))
    when = hit.date.strftime("%Y-%m-%d") if hit.date else ""
    account = "" if hit.kind == "account" else html.escape(hit.account_name)
    meta = " · ".join(p for p in (account, when) if p)
    return (f"<b>{html.escape(hit.title)}</b> <span style='color:gray'>{meta}</span>"
            f"<br>{''.join(parts)}")


class _HitDelegate(QStyledItemDelegate):
    """Two lines of rich text per hit; headings in bold on the window colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        heading = index.data(HitRole) is None
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        text = index.data(HtmlRole) or ""
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        if selected:  # grey on the highlight colour is unreadable
            text = text.replace("color:gray", "")
        # One line each for the title and the snippet: a long snippet is cut at the row's
        # edge (the match sits in its first third) instead of wrapping over the next row.
        nowrap = QTextOption()
        nowrap.setWrapMode(QTextOption.WrapMode.NoWrap)
        doc.setDefaultTextOption(nowrap)
        doc.setHtml(f"<b>{html.escape(text)}</b>" if heading else text)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.save()
        painter.setClipRect(opt.rect)
        painter.translate(opt.rect.topLeft())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if selected:
            ctx.palette.setColor(QPalette.ColorRole.Text,
                                 opt.palette.color(QPalette.ColorRole.HighlightedText))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        lines = 1 if index.data(HitRole) is None else 2
        return QSize(0, option.fontMetrics.height() * lines + 10)


class SearchDialog(QDialog):
    """One box over accounts, people, interactions and commitments."""

    open_record = Signal(str, str, str)  # kind, record id, account id

    def __init__(
        self, db: Database, *, account_id: str | None = None, lang: str = "zh",
        parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.account_id = account_id
        self.lang = lang  # for DossierError's own sentence
        self.setWindowTitle(self.tr("Search"))
        self.resize(720, 520)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(
            self.tr("Name, pinyin (zw → 张伟), a word from a note or a promise…"))
        self.edit.setClearButtonEnabled(True)
        self.model = SearchResultsModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(_HitDelegate(self.view))
        self.view.setUniformItemSizes(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self._serial = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._start_query)
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.edit.returnPressed.connect(self._open_current)
        self.edit.installEventFilter(self)
        self.view.activated.connect(lambda _i: self._open_current())
        self.view.doubleClicked.connect(lambda _i: self._open_current())

    # ----------------------------------------------------------- querying
    def _start_query(self) -> None:
        text = self.edit.text()
        self._serial += 1
        serial = self._serial
        if not text.strip():
            self.model.set_hits([])
            self.status.setText("")
            return
        self.status.setText(self.tr("Searching…"))
        db, account_id = self.db, self.account_id

        def work() -> list[Hit]:
            with db.unit_of_work() as session:
                return search(session, text, account_id=account_id)

        run_in_background(work, lambda hits: self._show(serial, hits),
                          lambda exc: self._failed(serial, exc), pool=self._pool,
                          context=self)

    def _show(self, serial: int, hits: list[Hit]) -> None:
        if serial != self._serial:
            return  # the user typed on: an older answer
        self.model.set_hits(hits)
        if hits:
            first = next(r for r in range(self.model.rowCount())
                         if self.model.index(r).data(HitRole) is not None)
            self.view.setCurrentIndex(self.model.index(first))
        text = self.edit.text()
        if not hits:
            self.status.setText(self.tr("Nothing matches. Try fewer or shorter words."))
        else:
            self.status.setText(self.tr("%n record(s) found.", "", self.model.hit_count()))
        if scan_limited(text):
            self.status.setText(self.status.text() + " " + self.tr(
                "One-character words are looked for in the newest records only."))

    def _failed(self, serial: int, exc: BaseException) -> None:
        if serial != self._serial:
            return
        self.model.set_hits([])
        if isinstance(exc, DossierError):  # e.g. the file is locked or damaged: said plainly
            self.status.setText(exc.message(self.lang))
            return
        # A bug: no exception text on screen; the crash handler logs it and says where.
        self.status.setText(self.tr(
            "The search could not run. Try again; if it keeps failing, restart Dossier."))
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def wait_idle(self, msecs: int = 5000) -> bool:
        """Wait for the running query (tests, closing)."""
        return self._pool.waitForDone(msecs)

    # ------------------------------------------------------------ opening
    def _open_current(self) -> None:
        hit = self.view.currentIndex().data(HitRole)
        if isinstance(hit, Hit):
            self.open_record.emit(hit.kind, hit.record_id, hit.account_id)
            self.accept()

    def eventFilter(self, obj: QObject, event: Any) -> bool:
        """Up/Down in the box move through the results, so the hands stay on the keys."""
        if obj is self.edit and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if key == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(obj, event)

    def _step(self, delta: int) -> None:
        row = self.view.currentIndex().row()
        n = self.model.rowCount()
        while 0 <= row + delta < n:
            row += delta
            if self.model.index(row).data(HitRole) is not None:
                self.view.setCurrentIndex(self.model.index(row))
                return

    def done(self, result: int) -> None:
        self._timer.stop()
        self._serial += 1  # ignore anything still on its way
        self._pool.waitForDone(3000)
        super().done(result)


def add_search_shortcuts(window: QWidget, show_search: Callable[[], None]) -> None:
    """Ctrl+F and Ctrl+K (Cmd on macOS) open the search from anywhere in ``window``."""
    from PySide6.QtGui import QKeySequence, QShortcut

    for keys in (QKeySequence.StandardKey.Find, QKeySequence("Ctrl+K")):
        shortcut = QShortcut(keys, window)
        shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        shortcut.activated.connect(show_search)
