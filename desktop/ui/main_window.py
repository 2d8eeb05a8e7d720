"""The main window: it only assembles the feature widgets, menus, toolbar and status bar.

Other features plug in with one line each:
    window.add_dossier_tab(widget, widget.title)   # widget.set_account(id | None)
    window.add_action("tools", action)                   # menus: file edit view account tools help
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QWidget,
)

from desktop import __version__
from desktop.ui.accounts import AccountPanel, OverviewTab
from desktop.ui.commitments import CommitmentsTab
from desktop.ui.context import AppContext
from desktop.ui.interactions import InteractionsTab
from desktop.ui.preferences import PreferencesDialog
from desktop.ui.settings import LAST_ACCOUNT, WINDOW_GEOMETRY, WINDOW_STATE
from desktop.ui.structure import StructureTab
from desktop.ui.team import TeamDialog
from desktop.ui.widgets import icon

try:  # the decision-chain tab is the lead's module
    from desktop.ui.people import PeopleTab
except ImportError:  # pragma: no cover - only before the people feature is merged
    PeopleTab = None  # type: ignore[assignment,misc]

S = QKeySequence.StandardKey
MENUS = ("file", "edit", "view", "account", "help")


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.setWindowIcon(icon("dossier"))
        self.setMinimumSize(960, 600)
        self.panel = AccountPanel(ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._titles: list[tuple[QWidget, Callable[[], str]]] = []
        self.overview = OverviewTab(ctx)
        self.add_dossier_tab(self.overview, lambda: self.tr("Overview"))
        self.people: Any = PeopleTab(ctx) if PeopleTab is not None else None
        if self.people is not None:
            self.add_dossier_tab(self.people, lambda: self.tr("Decision chain"))
        self.interactions = InteractionsTab(ctx)
        self.add_dossier_tab(self.interactions, lambda: self.tr("Interactions"))
        self.commitments = CommitmentsTab(ctx)
        self.add_dossier_tab(self.commitments, lambda: self.tr("Commitments"))
        self.structure = StructureTab(ctx)
        self.add_dossier_tab(self.structure, lambda: self.tr("Structure"))
        split = QSplitter()
        split.setObjectName("mainSplitter")
        split.addWidget(self.panel)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 1)
        split.setSizes([400, 1000])
        split.setChildrenCollapsible(False)
        self.setCentralWidget(split)
        self.splitter = split
        self.account_label = QLabel()
        self.statusBar().addPermanentWidget(self.account_label)
        self._build_actions()
        self.panel.account_changed.connect(self._account_changed)
        ctx.open_record.connect(self.open_record)
        ctx.language_changed.connect(self.retranslate)
        ctx.data_changed.connect(self._data_changed)
        self.retranslate()
        self._restore()

    # ------------------------------------------------------------- plug-ins
    def add_dossier_tab(self, widget: QWidget, title: Callable[[], str]) -> int:
        """Add a tab showing the current account: ``widget.set_account(id | None)`` is called."""
        self._titles.append((widget, title))
        index = self.tabs.addTab(widget, title())
        widget.set_account(self.current_account())  # type: ignore[attr-defined]
        return index

    def add_action(self, menu: str, action: QAction, *, toolbar: bool = False) -> None:
        self.menus[menu].addAction(action)
        if toolbar:
            self.toolbar.addAction(action)

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

    # -------------------------------------------------------------- actions
    def _action(self, key: str, slot: Callable[[], Any] | None, shortcut: Any = None, icon_name: str = "") -> QAction:
        action = QAction(icon(icon_name), "", self) if icon_name else QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        self.action_map[key] = action
        return action

    def _build_actions(self) -> None:
        self.action_map: dict[str, QAction] = {}
        a = self._action
        a("new_account", self.panel.new_account, S.New, "account-new")
        a("import", None, None, "import").setEnabled(False)  # hook: the transfer feature connects it
        a("export", None, "Ctrl+E", "export").setEnabled(False)  # hook: the transfer feature connects it
        a("team", self._show_team, None, "team")
        a("preferences", self._show_preferences, S.Preferences, "preferences").setMenuRole(QAction.MenuRole.PreferencesRole)
        a("quit", self.close, S.Quit).setMenuRole(QAction.MenuRole.QuitRole)
        self.action_map["undo"] = self.ctx.undo_stack.createUndoAction(self)
        self.action_map["redo"] = self.ctx.undo_stack.createRedoAction(self)
        self.action_map["undo"].setShortcut(QKeySequence(S.Undo))
        self.action_map["undo"].setIcon(icon("undo"))
        self.action_map["redo"].setShortcuts([QKeySequence(S.Redo), QKeySequence("Ctrl+Y")])
        self.action_map["redo"].setIcon(icon("redo"))
        a("delete", self._delete, S.Delete, "delete")
        a("find", self.panel.focus_filter, S.Find, "find")
        a("new_person", self._new_person, "Ctrl+Shift+N", "person-new")
        a("log_interaction", self._log_interaction, "Ctrl+L", "interaction")
        a("add_commitment", self._add_commitment, "Ctrl+Shift+M", "done")
        a("delete_account", self.panel.delete_current, None)
        a("export_memo", None, "Ctrl+M", "memo").setEnabled(False)  # hook: the memo feature connects it
        a("about", self._about).setMenuRole(QAction.MenuRole.AboutRole)
        self.menus = {key: QMenu(self) for key in MENUS}
        for key in MENUS:
            self.menuBar().addMenu(self.menus[key])
        m = self.menus
        m["file"].addActions([self.action_map[k] for k in ("new_account", "import", "export")])
        m["file"].addSeparator()
        m["file"].addActions([self.action_map["team"], self.action_map["preferences"]])
        m["file"].addSeparator()
        m["file"].addAction(self.action_map["quit"])
        m["edit"].addActions([self.action_map[k] for k in ("undo", "redo")])
        m["edit"].addSeparator()
        m["edit"].addActions([self.action_map[k] for k in ("find", "delete")])
        m["account"].addActions([self.action_map[k] for k in ("new_person", "log_interaction", "add_commitment")])
        m["account"].addSeparator()
        m["account"].addActions([self.action_map[k] for k in ("export_memo", "delete_account")])
        m["help"].addAction(self.action_map["about"])
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        keys: tuple[str | None, ...] = ("new_account", "new_person", "log_interaction", None, "undo", "redo",
                                        None, "find", "export_memo", "export")
        for name in keys:
            if name is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(self.action_map[name])
        m["view"].addAction(self.toolbar.toggleViewAction())
        m["view"].addSeparator()
        self.tab_actions: list[QAction] = []
        for i in range(self.tabs.count()):
            act = QAction(self)
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _c=False, n=i: self.tabs.setCurrentIndex(n))
            m["view"].addAction(act)
            self.tab_actions.append(act)

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
        TeamDialog(self.ctx, self).exec()

    def _show_preferences(self) -> None:
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
        self.ctx.settings.set(LAST_ACCOUNT, account_id)
        name = self.panel.model.rows[self.panel.model.row_of(account_id)].name if account_id else ""
        self.account_label.setText(name)
        self.setWindowTitle(f"{name} — Dossier" if name else "Dossier")

    def _data_changed(self, kinds: frozenset[str]) -> None:
        self.statusBar().showMessage(self.tr("All changes saved"), 4000)
        row = self.panel.model.row_of(self.panel.current_id()) if "account" in kinds else -1
        if row >= 0:
            name = self.panel.model.rows[row].name
            self.account_label.setText(name)
            self.setWindowTitle(f"{name} — Dossier")

    def _restore(self) -> None:
        s = self.ctx.settings
        if not s.get(WINDOW_GEOMETRY).isEmpty():
            self.restoreGeometry(s.get(WINDOW_GEOMETRY))
        else:
            self.resize(1280, 800)
        if not s.get(WINDOW_STATE).isEmpty():
            self.restoreState(s.get(WINDOW_STATE))
        self.panel.model.reload()
        last = s.get(LAST_ACCOUNT)
        if not (last and self.panel.select(last)) and self.panel.model.rowCount():
            self.panel.view.selectRow(0)
        self._account_changed(self.panel.current_id())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.overview.flush()
        s = self.ctx.settings
        s.set(WINDOW_GEOMETRY, self.saveGeometry())
        s.set(WINDOW_STATE, self.saveState())
        s.set(LAST_ACCOUNT, self.panel.current_id())
        s.sync()
        super().closeEvent(event)

    def retranslate(self, _lang: str | None = None) -> None:
        texts = {
            "new_account": self.tr("New account…"), "import": self.tr("Import…"), "export": self.tr("Export…"),
            "team": self.tr("Our team…"), "preferences": self.tr("Preferences…"), "quit": self.tr("Quit"),
            "delete": self.tr("Delete…"), "find": self.tr("Find account"), "new_person": self.tr("New person…"),
            "log_interaction": self.tr("Log interaction…"), "add_commitment": self.tr("Add commitment…"),
            "delete_account": self.tr("Delete account…"), "export_memo": self.tr("Export memo…"),
            "about": self.tr("About Dossier"),
        }
        for key, text in texts.items():
            self.action_map[key].setText(text)
            self.action_map[key].setIconText(text.rstrip("…"))
        self.action_map["undo"].setIconText(self.tr("Undo"))
        self.action_map["redo"].setIconText(self.tr("Redo"))
        titles = {"file": self.tr("&File"), "edit": self.tr("&Edit"), "view": self.tr("&View"),
                  "account": self.tr("&Account"), "help": self.tr("&Help")}
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        for i, (widget, title) in enumerate(self._titles):
            self.tabs.setTabText(self.tabs.indexOf(widget), title())
            if i < len(self.tab_actions):
                self.tab_actions[i].setText(self.tr("Show %1").replace("%1", title()))
        self.account_label.setToolTip(self.tr("The account shown"))
