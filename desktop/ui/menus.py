"""The window's actions, menus and toolbar: every frequent action with a shortcut and an icon.

Actions without a handler yet (import, export, memo) are created disabled; the feature that
implements them connects ``menus.actions[key].triggered`` and enables the action.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from desktop.ui.widgets import icon

S = QKeySequence.StandardKey
MENUS = ("file", "edit", "view", "account", "help")
# key: (shortcut, icon, menu role)
SPEC: dict[str, tuple[Any, str, QAction.MenuRole | None]] = {
    "new_account": (S.New, "account-new", None),
    "import": (None, "import", None),
    "export": ("Ctrl+E", "export", None),
    "team": (None, "team", None),
    "preferences": (S.Preferences, "preferences", QAction.MenuRole.PreferencesRole),
    "quit": (S.Quit, "", QAction.MenuRole.QuitRole),
    "find": (S.Find, "find", None),
    "delete": (S.Delete, "delete", None),
    "new_person": ("Ctrl+Shift+N", "person-new", None),
    "log_interaction": ("Ctrl+I", "interaction", None),  # Ctrl+L locks
    "add_commitment": ("Ctrl+Shift+M", "done", None),
    "export_memo": ("Ctrl+M", "memo", None),
    "delete_account": (None, "", None),
    "about": (None, "", QAction.MenuRole.AboutRole),
}
LAYOUT = {
    "file": ("new_account", "import", "export", None, "team", "preferences", None, "quit"),
    "edit": ("undo", "redo", None, "find", "delete"),
    "account": ("new_person", "log_interaction", "add_commitment", None, "export_memo", "delete_account"),
    "help": ("about",),
}
TOOLBAR = ("new_account", "new_person", "log_interaction", None, "undo", "redo", None, "find",
           "export_memo", "export")


class Menus(QObject):
    def __init__(self, window: QMainWindow, undo_stack: QUndoStack,
                 slots: dict[str, Callable[[], Any]]) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        for key, (shortcut, icon_name, role) in SPEC.items():
            action = QAction(icon(icon_name), "", window) if icon_name else QAction(window)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            if role is not None:
                action.setMenuRole(role)
            slot = slots.get(key)
            if slot is None:
                action.setEnabled(False)  # a hook for a feature still to come
            else:
                action.triggered.connect(lambda _checked=False, fn=slot: fn())
            self.actions[key] = action
        self.actions["undo"] = undo_stack.createUndoAction(window)
        self.actions["undo"].setShortcut(QKeySequence(S.Undo))
        self.actions["undo"].setIcon(icon("undo"))
        self.actions["redo"] = undo_stack.createRedoAction(window)
        self.actions["redo"].setShortcuts([QKeySequence(S.Redo), QKeySequence("Ctrl+Y")])
        self.actions["redo"].setIcon(icon("redo"))
        self.menus = {key: QMenu(window) for key in MENUS}
        for key in MENUS:
            window.menuBar().addMenu(self.menus[key])
            for name in LAYOUT.get(key, ()):
                if name is None:
                    self.menus[key].addSeparator()
                else:
                    self.menus[key].addAction(self.actions[name])
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.toolbar.setMovable(False)
        window.addToolBar(self.toolbar)
        for name in TOOLBAR:
            if name is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(self.actions[name])
        self.menus["view"].addAction(self.toolbar.toggleViewAction())
        self.menus["view"].addSeparator()
        self.tab_actions: list[tuple[QAction, Callable[[], str]]] = []

    def add_tab_action(self, title: Callable[[], str], show: Callable[[], None]) -> None:
        """View ▸ Show <tab>, with Ctrl+1 … Ctrl+9."""
        action = QAction(self.window)
        if len(self.tab_actions) < 9:
            action.setShortcut(QKeySequence(f"Ctrl+{len(self.tab_actions) + 1}"))
        action.triggered.connect(lambda _c=False: show())
        self.menus["view"].addAction(action)
        self.tab_actions.append((action, title))
        action.setText(self.tr("Show %1").replace("%1", title()))

    def retranslate(self) -> None:
        texts = {
            "new_account": self.tr("New account…"), "import": self.tr("Import…"), "export": self.tr("Export…"),
            "team": self.tr("Our team…"), "preferences": self.tr("Preferences…"), "quit": self.tr("Quit"),
            "delete": self.tr("Delete…"), "find": self.tr("Find account"), "new_person": self.tr("New person…"),
            "log_interaction": self.tr("Log interaction…"), "add_commitment": self.tr("Add commitment…"),
            "delete_account": self.tr("Delete account…"), "export_memo": self.tr("Export memo…"),
            "about": self.tr("About Dossier"),
        }
        for key, text in texts.items():
            self.actions[key].setText(text)
            self.actions[key].setIconText(text.rstrip("…"))
        self.actions["undo"].setIconText(self.tr("Undo"))
        self.actions["redo"].setIconText(self.tr("Redo"))
        titles = {"file": self.tr("&File"), "edit": self.tr("&Edit"), "view": self.tr("&View"),
                  "account": self.tr("&Account"), "help": self.tr("&Help")}
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        for action, title in self.tab_actions:
            action.setText(self.tr("Show %1").replace("%1", title()))
