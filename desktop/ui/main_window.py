"""The main window: it only assembles the feature widgets, menus, toolbar and status bar.

Other features plug in with one line each:
    window.add_dossier_tab(widget, widget.title)   # widget.set_account(id | None)
    window.add_action("tools", action)                   # menus: file edit view account tools help
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QWidget,
)

from desktop import __version__
from desktop.ui.accounts.panel import AccountPanel
from desktop.ui.context import AppContext
from desktop.ui.lazy import DEFER_HIDDEN_TABS
from desktop.ui.menus import Menus
from desktop.ui.settings import LAST_ACCOUNT, SPLITTER_STATE, WINDOW_GEOMETRY, WINDOW_STATE
from desktop.ui.widgets import icon

# The tabs of the app's window as it will be filled (Today and the map come from
# desktop.ui.features): their titles show at once, before the dossier is open.
SHELL_TABS = (("Features", "Today"), ("MainWindow", "Overview"), ("MainWindow", "Decision chain"),
              ("Features", "Decision map"), ("MainWindow", "Interactions"),
              ("MainWindow", "Commitments"), ("MainWindow", "Structure"))


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, *, defer_hidden_tabs: bool = False,
                 fill: bool = True) -> None:
        """``defer_hidden_tabs``: tabs behind the current one read when first shown (the
        app's start; see desktop.ui.lazy), not while the window is built.

        ``fill=False`` (the app's start): the window as the user knows it (menus, toolbar,
        the account list and the tabs' titles, at its last size) without anything read from
        the dossier, so that it can be shown before the database layer is even imported;
        ``fill()`` then reads the account list, opens the last account and builds the tabs
        (``ctx.db`` must be set by then)."""
        super().__init__()
        self.ctx = ctx
        self.filled = False
        self.setProperty(DEFER_HIDDEN_TABS, defer_hidden_tabs)
        self.setObjectName("MainWindow")
        self.setWindowIcon(icon("dossier"))
        self.setWindowTitle("Dossier")
        self.setMinimumSize(960, 600)
        self.panel = AccountPanel(ctx, waiting=True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._titles: list[tuple[QWidget, Callable[[], str]]] = []
        self.people: Any = None
        self._placeholders: list[QWidget] = []
        if not fill:
            for context, title in SHELL_TABS:
                page = QWidget()
                self._placeholders.append(page)
                self.tabs.addTab(page, QCoreApplication.translate(context, title))
        split = QSplitter()
        split.setObjectName("mainSplitter")
        split.addWidget(self.panel)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 1)
        split.setSizes([400, 880])  # room for a full company name (长江汽车集团股份有限公司)
        split.setChildrenCollapsible(False)
        self.setCentralWidget(split)
        self.splitter = split
        self.account_label = QLabel()
        self.statusBar().addPermanentWidget(self.account_label)
        self.menus = Menus(self, ctx.undo_stack, {
            "new_account": self.panel.new_account, "team": self._show_team,
            "preferences": self._show_preferences, "quit": self.close, "find": self.panel.focus_filter,
            "delete": self._delete, "new_person": self._new_person, "log_interaction": self._log_interaction,
            "add_commitment": self._add_commitment, "delete_account": self.panel.delete_current,
            "about": self._about,
        })
        self.action_map = self.menus.actions
        self._shell_actions: list[QAction] = []
        if not fill:
            # As desktop.ui.features makes them: its search in the toolbar in place of
            # "Find account", import, export and the memo ready (they do nothing until then;
            # the window is filled before the next user input is handled).
            search = QAction(icon("find"), QCoreApplication.translate("Features", "Search"), self)
            self.menus.toolbar.insertAction(self.action_map["find"], search)
            self.menus.toolbar.removeAction(self.action_map["find"])
            self._shell_actions.append(search)
            for key in ("import", "export", "export_memo"):
                self.action_map[key].setEnabled(True)
        ctx.open_record.connect(self.open_record)
        ctx.language_changed.connect(self.retranslate)
        ctx.data_changed.connect(self._data_changed)
        self.retranslate()
        self._restore_geometry()
        if fill:
            self.fill()

    def fill(self) -> None:
        """Read the account list, open the last account, build the dossier tabs.

        A read error (DatabaseError) reaches the caller; the window is then left to be closed."""
        from desktop.ui.accounts.overview import OverviewTab
        from desktop.ui.commitments import CommitmentsTab
        from desktop.ui.interactions import InteractionsTab
        from desktop.ui.structure import StructureTab

        try:  # the decision-chain tab is the lead's module
            from desktop.ui.people import PeopleTab
        except ImportError:  # pragma: no cover - only before the people feature is merged
            PeopleTab = None  # type: ignore[assignment,misc]

        ctx = self.ctx
        if self._placeholders:
            self.menus.toolbar.insertAction(self._shell_actions[0], self.action_map["find"])
            for action in self._shell_actions:
                self.menus.toolbar.removeAction(action)
            self._shell_actions.clear()
            self.tabs.setUpdatesEnabled(False)  # the titles stay; no frame without tabs
            for page in self._placeholders:
                self.tabs.removeTab(self.tabs.indexOf(page))
                page.deleteLater()
            self._placeholders.clear()
        self.overview = OverviewTab(ctx)
        self.add_dossier_tab(self.overview, lambda: self.tr("Overview"))
        self.people = PeopleTab(ctx) if PeopleTab is not None else None
        if self.people is not None:
            self.add_dossier_tab(self.people, lambda: self.tr("Decision chain"))
        self.interactions = InteractionsTab(ctx)
        self.add_dossier_tab(self.interactions, lambda: self.tr("Interactions"))
        self.commitments = CommitmentsTab(ctx)
        self.add_dossier_tab(self.commitments, lambda: self.tr("Commitments"))
        self.structure = StructureTab(ctx)
        self.add_dossier_tab(self.structure, lambda: self.tr("Structure"))
        self.tabs.setUpdatesEnabled(True)
        self._open_last()  # calls _account_changed itself: a read error there reaches the caller
        self.panel.account_changed.connect(self._account_changed)  # (a slot's would be lost)
        self.filled = True

    # ------------------------------------------------------------- plug-ins
    def add_dossier_tab(self, widget: QWidget, title: Callable[[], str], *,
                        index: int = -1) -> int:
        """Add a tab showing the current account: ``widget.set_account(id | None)`` is called."""
        self._titles.append((widget, title))
        index = self.tabs.insertTab(index, widget, title())
        self.menus.add_tab_action(title, partial(self.tabs.setCurrentWidget, widget))
        widget.set_account(self.current_account())  # type: ignore[attr-defined]
        return index

    def add_action(self, menu: str, action: QAction, *, toolbar: bool = False) -> None:
        self.menus.menus[menu].addAction(action)
        if toolbar:
            self.menus.toolbar.addAction(action)

    def current_account(self) -> str | None:
        return self.panel.current_id() if hasattr(self, "panel") else None

    def open_record(self, kind: str, record_id: str) -> None:
        if kind == "account":
            self.panel.select(record_id)
        elif kind == "person" and self.people is not None:
            self.tabs.setCurrentWidget(self.people)
            self.people.open_person(record_id)
        elif kind == "interaction":
            self.tabs.setCurrentWidget(self.interactions)
            self.interactions.select(record_id)
        elif kind == "commitment":
            self.tabs.setCurrentWidget(self.commitments)
            self.commitments.select(record_id)

    def _new_person(self) -> None:
        if self.people is not None and self.current_account():
            self.tabs.setCurrentWidget(self.people)
            self.people.new_person()

    def _log_interaction(self) -> None:
        if self.current_account():
            self.tabs.setCurrentWidget(self.interactions)
            self.interactions.log_interaction()

    def _add_commitment(self) -> None:
        if self.current_account():
            self.tabs.setCurrentWidget(self.commitments)
            self.commitments.add()

    def _delete(self) -> None:
        """Delete what has the focus: the account in the list, else the current tab's selection."""
        if self.panel.view.hasFocus():
            self.panel.delete_current()
            return
        delete = getattr(self.tabs.currentWidget(), "delete_selected", None)
        if delete is not None:
            delete()

    def _show_team(self) -> None:
        from desktop.ui.team import TeamDialog

        TeamDialog(self.ctx, self).exec()

    def _show_preferences(self) -> None:
        from desktop.ui.preferences import PreferencesDialog

        PreferencesDialog(self.ctx, self).exec()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Dossier"), self.tr(
            "<b>Dossier %1</b><br>Key-account dossiers: decision chains, visits, commitments and memos."
            "<br>Open source. Chinese font: Noto Sans SC (SIL Open Font License).").replace("%1", __version__))

    # ---------------------------------------------------------------- state
    def _account_changed(self, account_id: str) -> None:
        self.overview.flush()
        for widget, _title in self._titles:
            widget.set_account(account_id or None)  # type: ignore[attr-defined]
        for key in ("new_person", "log_interaction", "add_commitment", "delete_account"):
            self.action_map[key].setEnabled(bool(account_id))
        name = self.panel.model.rows[self.panel.model.row_of(account_id)].name if account_id else ""
        self.account_label.setText(name)
        self.setWindowTitle(f"{name} — Dossier" if name else "Dossier")
        if self.panel.model.rowCount() == 0 and not self.panel.filter.text():
            self.statusBar().showMessage(self.tr("No accounts yet: File ▸ New account… (%1) starts the first dossier.")
                                         .replace("%1", self.action_map["new_account"].shortcut().toString(
                                             QKeySequence.SequenceFormat.NativeText)))

    def _data_changed(self, kinds: frozenset[str]) -> None:
        self.statusBar().showMessage(self.tr("All changes saved"), 4000)
        row = self.panel.model.row_of(self.panel.current_id()) if "account" in kinds else -1
        if row >= 0:
            name = self.panel.model.rows[row].name
            self.account_label.setText(name)
            self.setWindowTitle(f"{name} — Dossier")

    def _restore_geometry(self) -> None:
        s = self.ctx.settings
        if not s.get(WINDOW_GEOMETRY).isEmpty():
            self.restoreGeometry(s.get(WINDOW_GEOMETRY))
        else:
            self.resize(1280, 800)
        if not s.get(WINDOW_STATE).isEmpty():
            self.restoreState(s.get(WINDOW_STATE))
        if not s.get(SPLITTER_STATE).isEmpty():
            self.splitter.restoreState(s.get(SPLITTER_STATE))

    def _open_last(self) -> None:
        s = self.ctx.settings
        self.panel.start()  # the list's one read at start
        last = s.get(LAST_ACCOUNT)
        if not (last and self.panel.select(last)) and self.panel.model.rowCount():
            self.panel.view.selectRow(0)
        self._account_changed(self.panel.current_id())

    def closeEvent(self, event: QCloseEvent) -> None:
        s = self.ctx.settings
        if self.filled:  # (closed before the dossier was open: the last account stays)
            self.overview.flush()
            s.set(LAST_ACCOUNT, self.panel.current_id())  # (only here, not at each choice)
        s.set(WINDOW_GEOMETRY, self.saveGeometry())
        s.set(WINDOW_STATE, self.saveState())
        s.set(SPLITTER_STATE, self.splitter.saveState())
        s.sync()
        super().closeEvent(event)

    def retranslate(self, _lang: str | None = None) -> None:
        self.menus.retranslate()
        for widget, title in self._titles:
            self.tabs.setTabText(self.tabs.indexOf(widget), title())
        self.account_label.setToolTip(self.tr("The account shown"))
