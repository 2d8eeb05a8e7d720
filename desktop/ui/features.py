"""Plugging the features into the main window, one short block each.

main_window.py builds the window and the dossier tabs; this module adds what the
other features bring: the Today view (first tab, open at start) and its reminder,
import and export, the PDFs, backups, and the lock.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from desktop.ui.context import KINDS, AppContext
from desktop.ui.documents import Documents
from desktop.ui.errors import show_error
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.first_paint import after_first_paint
from desktop.ui.main_window import MainWindow
from desktop.ui.map import MapTab, map_png
from desktop.ui.settings import AUTOLOCK_MINUTES, team_map_positions
from desktop.ui.today import TodayView
from desktop.ui.today.reminder import Reminder
from desktop.ui.widgets import icon
from desktop.ui.worker import run_in_background


class Features(QObject):
    """Owns the feature objects attached to one main window."""

    def __init__(self, window: MainWindow, ctx: AppContext, *, reminder: bool = True,
                 lock: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        # Today: what needs doing, first and open at start.
        self.today = TodayView(ctx)
        window.add_dossier_tab(self.today, lambda: self.tr("Today"), index=0)
        window.tabs.setCurrentWidget(self.today)
        # The decision-chain map, right after the decision-chain table.
        self.map = MapTab(ctx)
        after = window.tabs.indexOf(window.people) + 1 if window.people is not None else -1
        window.add_dossier_tab(self.map, lambda: self.tr("Decision map"), index=after)
        self.reminder: Reminder | None = None
        if reminder:
            self.reminder = Reminder(ctx, parent=self, today=self.today)  # counts from Today's agenda
            self.reminder.open_today.connect(self.show_today)
            after_first_paint(window, self.reminder.start)  # its agenda must not delay it
        # Import and export.
        self._connect("import", self.import_file)
        self._connect("export", self.export)
        self.import_json_action = self._add("file", self.import_json, "import")
        file_menu = window.menus.menus["file"]  # next to Import…, not at the end
        file_menu.removeAction(self.import_json_action)
        file_menu.insertAction(window.menus.actions["export"], self.import_json_action)
        # Documents.
        self.documents = Documents(
            ctx, window, window.interactions.selected_id, window.current_account,
            map_png=lambda account_id, lang: map_png(
                ctx.db, account_id, "zh" if lang == "zh" else "en",
                member_positions=team_map_positions(ctx.settings, account_id)))
        self._connect("export_memo", self.documents.memo)
        self.brief_action = self._add("account", self.documents.brief, "memo")
        self.handover_action = self._add("account", self.documents.handover, "export")
        # Search everything (Ctrl+F / Ctrl+K); the account filter keeps Ctrl+Shift+F.
        window.menus.actions["find"].setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.search_action = self._add("edit", self.search, "find")
        self.search_action.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("Ctrl+K")])
        window.menus.toolbar.insertAction(window.menus.actions["find"], self.search_action)
        window.menus.toolbar.removeAction(window.menus.actions["find"])
        # Backups and the lock.
        self.backups_action = self._add("file", self.show_backups, "backup")
        self.locker = None
        if lock and ctx.db.path is not None:
            from desktop.ui.open_dossier import attach_to_window

            self.locker, self.auto_backup = attach_to_window(
                window, ctx.db, ctx.settings.get(AUTOLOCK_MINUTES))
            self.locker.unlocked.connect(self.reload_everything)
            self.lock_action = self._add("file", self.locker.lock, "lock")
            self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
            self.lock_action.setShortcutVisibleInContextMenu(True)
            self.locker.shortcut.setEnabled(False)  # the menu action carries Ctrl+L
        ctx.language_changed.connect(self.retranslate)
        self.retranslate()

    def _connect(self, key: str, slot: object) -> None:
        action = self.window.menus.actions[key]
        action.triggered.connect(lambda _c=False: slot())  # type: ignore[operator]
        action.setEnabled(True)

    def _add(self, menu: str, slot: object, icon_name: str) -> QAction:
        action = QAction(icon(icon_name), "", self.window)
        action.triggered.connect(lambda _c=False: slot())  # type: ignore[operator]
        self.window.add_action(menu, action)
        return action

    # -------------------------------------------------------------- actions
    def show_today(self) -> None:
        self.window.tabs.setCurrentWidget(self.today)
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def import_file(self) -> None:
        from desktop.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx.db, lang=self.ctx.lang, parent=self.window)
        dialog.imported.connect(lambda _report: self.reload_everything())
        dialog.open()

    def import_json(self) -> None:
        """Bring in a Dossier JSON export (from another laptop or the office), all or nothing."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import dossiers"), "",
                                              self.tr("Dossier JSON (*.json)"))
        if not path:
            return
        self.run_json_import(Path(path))

    def run_json_import(self, path: Path) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.transfer import format_module

        db = self.ctx.db

        def work() -> Any:
            with db.unit_of_work() as session:
                return format_module("json").import_file(session, path)

        def done(report: Any) -> None:
            self.reload_everything()
            QMessageBox.information(self.window, self.tr("Import dossiers"), self.tr(
                "Imported %1 new and %2 updated records from %3.").replace(
                "%1", str(report.created)).replace("%2", str(report.updated)).replace("%3", path.name))

        run_in_background(work, done, lambda exc: show_error(self.window, exc, self.ctx.lang))

    def search(self) -> None:
        from desktop.ui.search_dialog import SearchDialog

        dialog = SearchDialog(self.ctx.db, lang=self.ctx.lang, parent=self.window)
        dialog.open_record.connect(self.open_hit)
        dialog.show()

    def open_hit(self, kind: str, record_id: str, account_id: str) -> None:
        """Show a search hit in its dossier: the account first, then the record's tab."""
        if account_id:
            self.window.panel.select(account_id)
        if kind != "account":
            self.ctx.open_record.emit(kind, record_id)

    def export(self) -> None:
        ExportDialog(self.ctx, self.window.current_account(), self.window).exec()

    def show_backups(self) -> None:
        from desktop.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.ctx.db, self.window)
        dialog.restored.connect(self.reload_everything)
        dialog.exec()

    def reload_everything(self) -> None:
        self.ctx.undo_stack.clear()  # commands refer to records that may be gone
        self.window.panel.model.reload()
        self.ctx.notify(KINDS)

    def retranslate(self, _lang: str | None = None) -> None:
        self.brief_action.setText(self.tr("Pre-visit brief…"))
        self.handover_action.setText(self.tr("Handover dossier…"))
        self.backups_action.setText(self.tr("Backups…"))
        self.import_json_action.setText(self.tr("Import dossiers (Dossier JSON)…"))
        self.search_action.setText(self.tr("Search everything…"))
        self.search_action.setIconText(self.tr("Search"))
        if self.locker is not None:
            self.lock_action.setText(self.tr("Lock"))
