"""A person's relationships with colleagues (关系) and our coverage of them (立体的关系网络)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import or_, select

from desktop.db.enums import LinkKind
from desktop.db.models import Coverage, Person, PersonLink, TeamMember
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.undo import Create, SoftDelete, push

RecordRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class RelationRow:
    id: str
    cells: tuple[str, ...]


class RowsModel(QAbstractTableModel):
    """A small read-only table of rows with translated headers."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__()
        self.headers = headers
        self.rows: list[RelationRow] = []

    def set_rows(self, rows: list[RelationRow], headers: list[str]) -> None:
        self.beginResetModel()
        self.rows, self.headers = rows, headers
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() < len(row.cells):
            return row.cells[index.column()]
        if role == RecordRole:
            return row
        return None


class _Panel(QWidget):
    """A table of rows with an 'add' line beneath and a remove button."""

    def __init__(self, ctx: AppContext, person_id: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.person_id = person_id
        self.model = RowsModel([])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.add_row = QHBoxLayout()
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.add_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].id if rows else None

    def _run(self, command: Any) -> bool:
        try:
            push(self.ctx, command)
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return False
        return True

    def _add(self) -> None:
        raise NotImplementedError

    def _remove(self) -> None:
        raise NotImplementedError

    def load(self) -> None:
        raise NotImplementedError


class LinksPanel(_Panel):
    def __init__(self, ctx: AppContext, person_id: str) -> None:
        super().__init__(ctx, person_id)
        self.account_id = ""
        self.other = QComboBox()
        self.kind = QComboBox()
        self.note = QLineEdit()
        self.add_row.addWidget(self.other, 2)
        self.add_row.addWidget(self.kind, 1)
        self.add_row.addWidget(self.note, 2)
        self.add_row.addWidget(self.add_button)

    def load(self) -> None:
        lang = self.ctx.lang
        with self.ctx.db.unit_of_work() as session:
            me = session.get(Person, self.person_id)
            if me is None:
                return
            links = session.scalars(select(PersonLink).where(
                or_(PersonLink.a_id == me.id, PersonLink.b_id == me.id))).all()
            rows = []
            for link in links:
                other = link.b if link.a_id == me.id else link.a
                if other is None or other.is_deleted:
                    continue
                rows.append(RelationRow(link.id, (other.name, link.kind.label(lang), link.note)))
            colleagues = session.scalars(select(Person).where(
                Person.account_id == me.account_id, Person.id != me.id).order_by(Person.name)).all()
            self.account_id = me.account_id
            choices = [(p.id, p.name) for p in colleagues]
        self.model.set_rows(rows, [self.tr("Person"), self.tr("Relationship"), self.tr("Note")])
        self.other.clear()
        for pid, name in choices:
            self.other.addItem(name, pid)
        self.kind.clear()
        for kind in LinkKind:
            self.kind.addItem(kind.label(lang), kind)
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.add_button.setText(self.tr("Add relationship"))
        self.remove_button.setText(self.tr("Remove relationship"))
        self.hint.setText(self.tr("Who is this person tied to inside the client?"))

    def _add(self) -> None:
        other = self.other.currentData()
        if other is None:
            return
        kind, note, account_id, me = self.kind.currentData(), self.note.text().strip(), self.account_id, self.person_id

        def build(_session: Any) -> PersonLink:
            return PersonLink(account_id=account_id, a_id=me, b_id=other, kind=kind, note=note)

        if self._run(Create(self.ctx, build, kinds={"link", "person"}, text=self.tr("Add relationship"))):
            self.note.clear()

    def _remove(self) -> None:
        link_id = self.selected_id()
        if link_id:
            self._run(SoftDelete(self.ctx, [(PersonLink, link_id)], kinds={"link", "person"},
                                 text=self.tr("Remove relationship")))


class CoveragePanel(_Panel):
    def __init__(self, ctx: AppContext, person_id: str) -> None:
        super().__init__(ctx, person_id)
        self.member = QComboBox()
        self.strength = QComboBox()
        for n in range(1, 6):
            self.strength.addItem(f"{n} {'●' * n}", n)
        self.strength.setCurrentIndex(2)
        self.add_row.addWidget(self.member, 2)
        self.add_row.addWidget(self.strength, 1)
        self.add_row.addWidget(self.add_button)

    def load(self) -> None:
        lang = self.ctx.lang
        with self.ctx.db.unit_of_work() as session:
            covers = session.scalars(select(Coverage).where(Coverage.person_id == self.person_id)).all()
            rows = [RelationRow(c.id, (c.member.name, c.member.role.label(lang), "●" * c.strength))
                    for c in covers if c.member is not None]  # None: removed from the team
            members = session.scalars(select(TeamMember).order_by(TeamMember.name)).all()
            choices = [(m.id, f"{m.name} · {m.role.label(lang)}") for m in members]
        self.model.set_rows(rows, [self.tr("Our person"), self.tr("Role"), self.tr("Strength")])
        self.member.clear()
        for mid, text in choices:
            self.member.addItem(text, mid)
        self.add_button.setText(self.tr("Add coverage"))
        self.remove_button.setText(self.tr("Remove coverage"))
        self.hint.setText(self.tr(
            "Which of our people hold this relationship? One thread only is a risk: "
            "the deeper relationship needs several layers of contact."))

    def _add(self) -> None:
        member = self.member.currentData()
        if member is None:
            return
        strength, person = self.strength.currentData(), self.person_id
        self._run(Create(self.ctx, lambda _s: Coverage(member_id=member, person_id=person, strength=strength),
                         kinds={"coverage", "person"}, text=self.tr("Add coverage")))

    def _remove(self) -> None:
        coverage_id = self.selected_id()
        if coverage_id:
            self._run(SoftDelete(self.ctx, [(Coverage, coverage_id)], kinds={"coverage", "person"},
                                 text=self.tr("Remove coverage")))
