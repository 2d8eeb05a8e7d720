"""The decision-chain tab: the account's people in a sortable table; double-click edits."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import or_, select

from desktop.db.models import Account, Coverage, Person, PersonLink
from desktop.db.people import warm_decision_chain
from desktop.db.session import DossierSession
from desktop.ui.columns import ColumnWidths
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.lazy import LazyReload
from desktop.ui.people.editor import PersonDialog
from desktop.ui.people.model import PeopleModel
from desktop.ui.people.privacy import erase_person, export_person
from desktop.ui.settings import cadence_policy
from desktop.ui.undo import Create, SoftDelete, push
from desktop.ui.warmup import warm_after_first_paint
from desktop.ui.widgets import HintTableView, lay_out_now


class PeopleTab(QWidget):
    """``set_account(id)`` shows that account's people; ``new_person()`` adds one."""

    person_opened = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lazy = LazyReload(self, self.reload)
        self.account_id: str | None = None
        self.dialogs: dict[str, PersonDialog] = {}
        self.model = PeopleModel(ctx.lang, self)
        self.view = HintTableView()
        self.view.empty_hint = lambda: self.tr(
            "No one in this decision chain yet. Click “New person…” to add the first: who "
            "decides, who evaluates, who filters suppliers, who uses the product.") if self.account_id else ""
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        # Always there: a short chain after a long one does not change the view's width
        # (that laid the table out again and painted it twice).
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        header = self.view.horizontalHeader()
        # Sized once per load from the first rows (ColumnWidths), not on every layout change
        # over 300 rows × 10 columns as ResizeToContents does; the user's widths stay.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.widths = ColumnWidths(self.view, "people", ctx.settings)
        self.view.doubleClicked.connect(self._open_index)
        self.summary = QLabel()
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.new_button.clicked.connect(self.new_person)
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        # Privacy: a person's own data, exported or erased for good (not undoable).
        self.privacy_button = QPushButton()
        self.privacy_menu = QMenu(self)
        self.export_action = self.privacy_menu.addAction("")
        self.export_action.triggered.connect(lambda _c=False: self.export_selected())
        self.erase_action = self.privacy_menu.addAction("")
        self.erase_action.triggered.connect(lambda _c=False: self.erase_selected())
        self.privacy_button.setMenu(self.privacy_menu)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        for button in (self.new_button, self.edit_button, self.delete_button,
                       self.privacy_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        ctx.data_changed.connect(self._data_changed)
        ctx.language_changed.connect(self.retranslate)
        self.retranslate()
        warm_after_first_paint(self, self._warm)

    def _warm(self) -> None:  # off the GUI thread: the first chain shown opens as quick
        with self.ctx.db.unit_of_work() as session:
            warm_decision_chain(session)

    # --------------------------------------------------------------- public
    def set_account(self, account_id: str | None) -> None:
        self.account_id = account_id
        self.reload()

    def reload(self) -> None:
        if not self.lazy.wanted():  # hidden behind another tab: reload when shown
            return
        selected = self.selected_id()
        header = self.view.horizontalHeader()
        if header.sortIndicatorSection() >= 0:  # the rows come in the order shown
            self.model.sort_column = header.sortIndicatorSection()
            self.model.sort_order = header.sortIndicatorOrder()
        with self.ctx.db.unit_of_work() as session:
            self.model.load(session, self.account_id, cadence_policy(self.ctx.settings))
        self.view.show_rows(self.model.rowCount())  # before the layout: one paint, a bar if needed
        self.widths.fit()
        if selected:
            self.select(selected)
        lay_out_now(self.view)
        self._update_summary()
        for button in (self.new_button, self.edit_button, self.delete_button,
                       self.privacy_button):
            button.setEnabled(self.account_id is not None)

    def select(self, person_id: str) -> None:
        row = self.model.row_of(person_id)
        if row >= 0:
            self.view.selectRow(row)

    def selected_id(self) -> str | None:
        self.lazy.ensure()  # a hidden tab may still hold the previous account
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.rows[rows[0].row()].id if rows else None

    def new_person(self) -> str | None:
        """Ask for a name, create the person (undoable), open the editor."""
        if self.account_id is None:
            return None
        name, ok = QInputDialog.getText(self, self.tr("New person"),
                                        self.tr("Name (Chinese names family name first):"))
        name = name.strip()
        if not ok or not name:
            return None
        account_id = self.account_id
        command = Create(self.ctx, lambda _s: Person(name=name, account_id=account_id),
                         kinds={"person"}, text=self.tr("Add person"))
        try:
            push(self.ctx, command)
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return None
        assert command.record_id is not None
        self.open_person(command.record_id)
        return command.record_id

    def open_person(self, person_id: str) -> PersonDialog:
        """Show the person's editor (one window per person)."""
        dialog = self.dialogs.get(person_id)
        if dialog is None:
            dialog = PersonDialog(self.ctx, person_id, self)
            dialog.finished.connect(lambda _r, pid=person_id: self.dialogs.pop(pid, None))
            self.dialogs[person_id] = dialog
        self.select(person_id)
        dialog.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen cannot raise windows
            dialog.raise_()
            dialog.activateWindow()
        self.person_opened.emit(person_id)
        return dialog

    def delete_selected(self) -> bool:
        person_id = self.selected_id()
        if person_id is None:
            return False
        row = self.model.rows[self.model.row_of(person_id)]
        answer = QMessageBox.question(
            self, self.tr("Delete person"),
            self.tr("Delete %1 from the decision chain? Their relationships and our coverage "
                    "of them go too. Edit ▸ Undo brings everything back.").replace("%1", row.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        items = self._with_dependents(person_id)
        try:
            push(self.ctx, SoftDelete(self.ctx, items, kinds={"person", "link", "coverage"},
                                      text=self.tr("Delete %1").replace("%1", row.name)))
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return False
        dialog = self.dialogs.pop(person_id, None)
        if dialog is not None:
            dialog.close()
        return True

    def erase_selected(self) -> bool:
        """Erase the selected person for good, after a plain warning; not undoable."""
        person_id = self.selected_id()
        if person_id is None:
            return False
        dialog = self.dialogs.pop(person_id, None)
        if not erase_person(self, self.ctx, person_id):
            if dialog is not None:
                self.dialogs[person_id] = dialog
            return False
        if dialog is not None:
            dialog.close()
        return True

    def export_selected(self) -> str | None:
        """Write everything held about the selected person to a JSON file; returns its path."""
        person_id = self.selected_id()
        return export_person(self, self.ctx, person_id) if person_id else None

    # -------------------------------------------------------------- private
    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.edit_button.text(), self._edit_selected)
        menu.addAction(self.delete_button.text(), self.delete_selected)
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addAction(self.erase_action)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _with_dependents(self, person_id: str) -> list[tuple[type[Person] | type[PersonLink] | type[Coverage], str]]:
        with self.ctx.db.unit_of_work() as session:
            return [(Person, person_id), *_dependents(session, person_id)]

    def _open_index(self, index: object) -> None:
        person_id = self.selected_id()
        if person_id:
            self.open_person(person_id)

    def _edit_selected(self) -> None:
        person_id = self.selected_id()
        if person_id:
            self.open_person(person_id)

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {"person", "link", "coverage", "interaction", "team", "account"}:
            self.reload()

    def _update_summary(self) -> None:
        if self.account_id is None:
            self.summary.setText(self.tr("Choose an account on the left."))
            return
        with self.ctx.db.unit_of_work() as session:
            name = session.scalar(select(Account.name).where(Account.id == self.account_id)) or ""
        self.summary.setText(self.tr("%n person(s) in the decision chain of %1", "",
                                     len(self.model.rows)).replace("%1", name))

    def retranslate(self, _lang: str | None = None) -> None:
        self.model.set_language(self.ctx.lang)
        self.new_button.setText(self.tr("New person…"))
        self.edit_button.setText(self.tr("Open"))
        self.delete_button.setText(self.tr("Delete…"))
        self.privacy_button.setText(self.tr("Privacy"))
        self.export_action.setText(self.tr("Export this person's data…"))
        self.erase_action.setText(self.tr("Erase for good…"))
        self._update_summary()


def _dependents(session: DossierSession, person_id: str) -> list[tuple[type[PersonLink] | type[Coverage], str]]:
    links = session.scalars(select(PersonLink.id).where(
        or_(PersonLink.a_id == person_id, PersonLink.b_id == person_id))).all()
    covers = session.scalars(select(Coverage.id).where(Coverage.person_id == person_id)).all()
    return [(PersonLink, i) for i in links] + [(Coverage, i) for i in covers]
