"""Add or edit one commitment of the ledger."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.db.enums import CommitmentStatus, Party
from desktop.db.models import Commitment
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.interactions.dialog import parse_date
from desktop.ui.undo import ChangeFields, Create, push
from desktop.ui.widgets import may_discard, settle_size


class CommitmentDialog(QDialog):
    """``values`` holds the commitment's fields; ``commitment_id`` None means a new one."""

    def __init__(self, ctx: AppContext, account_id: str, values: dict[str, Any], commitment_id: str | None,
                 *, people: list[tuple[str, str]], members: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.account_id, self.values, self.commitment_id = ctx, account_id, values, commitment_id
        self.people, self.members = people, members
        self.setWindowTitle(self.tr("New commitment") if commitment_id is None else self.tr("Edit commitment"))
        self.party = QComboBox()
        for party in Party:
            self.party.addItem(party.label(ctx.lang), party)
        self.party.setCurrentIndex(max(self.party.findData(values.get("party", Party.OURS)), 0))
        self.by, self.to = QComboBox(), QComboBox()
        self.what = QLineEdit(values.get("what", ""))
        due = values.get("due_on")
        self.due = QLineEdit(due.isoformat() if due else "")
        self.due.setPlaceholderText("YYYY-MM-DD")
        self.status = QComboBox()
        for status in CommitmentStatus:
            self.status.addItem(status.label(ctx.lang), status)
        self.status.setCurrentIndex(max(self.status.findData(values.get("status", CommitmentStatus.OPEN)), 0))
        self.note = QPlainTextEdit(values.get("note", ""))
        self.note.setTabChangesFocus(True)
        self.party.currentIndexChanged.connect(lambda _i: self._fill())
        form = QFormLayout(self)
        form.addRow(self.tr("Who promised:"), self.party)
        form.addRow(self.tr("Promised by:"), self.by)
        form.addRow(self.tr("Promised to:"), self.to)
        form.addRow(self.tr("What:"), self.what)
        form.addRow(self.tr("Due on:"), self.due)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Note:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._fill()
        self.what.setFocus()
        settle_size(self, 520)
        self._state_at_start = self._state()

    def _fill(self) -> None:
        ours = self.party.currentData() == Party.OURS
        for combo, options, key in ((self.by, self.members if ours else self.people,
                                     "by_member_id" if ours else "by_person_id"),
                                    (self.to, self.people if ours else self.members,
                                     "to_person_id" if ours else "to_member_id")):
            combo.clear()
            combo.addItem("—", None)
            for record_id, name in options:
                combo.addItem(name, record_id)
            combo.setCurrentIndex(max(combo.findData(self.values.get(key)), 0))

    def result_values(self) -> dict[str, Any]:
        ours = self.party.currentData() == Party.OURS
        status = self.status.currentData()
        return {
            "party": self.party.currentData(),
            "by_member_id": self.by.currentData() if ours else None,
            "by_person_id": None if ours else self.by.currentData(),
            "to_person_id": self.to.currentData() if ours else None,
            "to_member_id": None if ours else self.to.currentData(),
            "what": self.what.text().strip(),
            "due_on": parse_date(self.due.text()),
            "status": status,
            "note": self.note.toPlainText(),
        }

    def _state(self) -> tuple[object, ...]:
        """Everything the form holds, as typed: what Cancel or Esc would throw away."""
        return (self.party.currentIndex(), self.by.currentIndex(), self.to.currentIndex(),
                self.what.text(), self.due.text(), self.status.currentIndex(), self.note.toPlainText())

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: ask before throwing away changes."""
        if may_discard(self, self._state_at_start, self._state(),
                       self.tr("Close without saving? Your changes to this commitment will be lost.")):
            super().reject()

    def accept(self) -> None:
        try:
            values = self.result_values()
            if self.commitment_id is None:
                account_id = self.account_id
                push(self.ctx, Create(self.ctx, lambda _s: Commitment(account_id=account_id, **values),
                                      kinds={"commitment"}, text=self.tr("Add commitment")))
            else:
                changed = {k: v for k, v in values.items() if self.values.get(k) != v}
                if changed:
                    push(self.ctx, ChangeFields(self.ctx, Commitment, self.commitment_id, changed,
                                                kinds={"commitment"}, text=self.tr("Edit commitment")))
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return
        super().accept()
