"""File ▸ Our team…: our own people (account managers, product managers, executives …)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.db.account_queries import team_members
from desktop.db.enums import TeamRole
from desktop.db.models import TeamMember
from desktop.errors import ValidationError
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.structure.form import Field, FormDialog
from desktop.ui.table import Column, RecordTableModel
from desktop.ui.undo import ChangeFields, Create, SoftDelete, push
from desktop.ui.widgets import confirm, fit_columns, icon, selected_row, table_view

FIELDS = ("name", "english_name", "role", "title", "phone", "email", "is_me", "notes")


class TeamDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Our team"))
        self.setMinimumSize(640, 380)
        self.resize(860, 420)  # room for the e-mail addresses
        self.model: RecordTableModel[TeamMember] = RecordTableModel([
            Column(lambda: self.tr("Name"), lambda m: m.name + (self.tr(" (me)") if m.is_me else "")),
            Column(lambda: self.tr("Role"), lambda m: m.role.label(ctx.lang)),
            Column(lambda: self.tr("Title"), lambda m: m.title),
            Column(lambda: self.tr("Phone"), lambda m: m.phone),
            Column(lambda: self.tr("Email"), lambda m: m.email),
        ], self)
        self.view = table_view(self.model)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        hint = QLabel(self.tr("Our own people who hold relationships with the customers' people."))
        hint.setWordWrap(True)
        add, edit, delete = QPushButton(icon("add"), self.tr("Add…")), QPushButton(self.tr("Edit…")), \
            QPushButton(self.tr("Delete…"))
        add.clicked.connect(lambda: self.add())
        edit.clicked.connect(lambda: self.edit_selected())
        delete.clicked.connect(lambda: self.delete_selected())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bar = QHBoxLayout()
        for button in (add, edit, delete):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        ctx.data_changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        with self.ctx.db.unit_of_work() as s:
            self.model.set_rows(team_members(s))
        fit_columns(self.view)

    def _changed(self, kinds: frozenset[str]) -> None:
        if "team" in kinds:
            self.reload()

    def _fields(self) -> list[Field]:
        return [Field("name", self.tr("Name:"), "line"), Field("english_name", self.tr("English name:"), "line"),
                Field("role", self.tr("Role:"), "choice", [(r, r.label(self.ctx.lang)) for r in TeamRole]),
                Field("title", self.tr("Title:"), "line"), Field("phone", self.tr("Phone:"), "line"),
                Field("email", self.tr("Email:"), "line"),
                Field("is_me", self.tr("This is me:"), "choice", [(True, self.tr("Yes"))]),
                Field("notes", self.tr("Notes:"), "text")]

    @staticmethod
    def _clean(v: dict[str, Any]) -> dict[str, Any]:
        if not v["name"]:
            raise ValidationError("A team member needs a name.", "团队成员必须有姓名。")
        return {**v, "role": v["role"] or TeamRole.ACCOUNT_MANAGER, "is_me": bool(v["is_me"])}

    def add(self) -> FormDialog:
        def save(v: dict[str, Any]) -> None:
            values = self._clean(v)
            push(self.ctx, Create(self.ctx, lambda _s: TeamMember(**values), kinds={"team"},
                                  text=self.tr("Add team member")))
        return self._open(self.tr("New team member"), {"role": TeamRole.ACCOUNT_MANAGER}, save)

    def edit_selected(self) -> FormDialog | None:
        r = selected_row(self.view)
        if r < 0:
            return None
        member = self.model.rows[r]
        before = {k: getattr(member, k) for k in FIELDS}
        before["is_me"] = True if member.is_me else None

        def save(v: dict[str, Any]) -> None:
            push(self.ctx, ChangeFields(self.ctx, TeamMember, member.id, self._clean(v), kinds={"team"},
                                        text=self.tr("Edit team member")))
        return self._open(self.tr("Edit team member"), before, save)

    def delete_selected(self) -> bool:
        r = selected_row(self.view)
        if r < 0:
            return False
        member = self.model.rows[r]
        if not confirm(self, self.tr("Delete team member"),
                       self.tr("Remove %1 from our team? Edit ▸ Undo brings them back.").replace("%1", member.name)):
            return False
        try:
            push(self.ctx, SoftDelete(self.ctx, [(TeamMember, member.id)], kinds={"team"},
                                      text=self.tr("Delete team member")))
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return False
        return True

    def _open(self, title: str, values: dict[str, Any], save: Any) -> FormDialog:
        dialog = FormDialog(title, self._fields(), values, save, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
