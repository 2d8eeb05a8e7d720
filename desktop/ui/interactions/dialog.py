"""The interaction form: pre-visit plan, attendees from both sides, outcome, commitments.

``InteractionDialog(ctx, draft, ...)`` edits a Draft (desktop.db.interaction_changes);
OK writes it as one undoable change. If the change is refused the dialog stays open
with everything the user typed.
"""

from __future__ import annotations

import copy
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.db.enums import InteractionKind, Party
from desktop.db.interaction_changes import CommitmentDraft, Draft, gone, write
from desktop.errors import ValidationError
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.undo import Apply, push
from desktop.ui.widgets import icon, may_discard

TEXTS = ("objective", "info_to_gather", "materials", "agenda", "notes", "concerns", "next_steps",
         "satisfaction_note")


def parse_date(text: str) -> date | None:
    text = text.strip().replace("/", "-").replace(".", "-")
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"{text!r} is not a date: write it as 2026-03-31.",
                              f"“{text}”不是日期：请写成 2026-03-31。") from None


class CommitmentRow(QWidget):
    """One commitment made in this interaction, edited inline."""

    def __init__(self, dialog: InteractionDialog, draft: CommitmentDraft) -> None:
        super().__init__()
        self.dialog, self.draft = dialog, draft
        lang = dialog.ctx.lang
        self.party = QComboBox()
        for party in Party:
            self.party.addItem(party.label(lang), party)
        self.party.setCurrentIndex(self.party.findData(draft.party))
        self.who = QComboBox()
        self.what = QLineEdit(draft.what)
        self.what.setPlaceholderText(self.tr("What was promised"))
        self.due = QLineEdit(draft.due_on.isoformat() if draft.due_on else "")
        self.due.setPlaceholderText(self.tr("Due YYYY-MM-DD"))
        self.due.setMaximumWidth(self.due.fontMetrics().horizontalAdvance("YYYY-MM-DD__") + 24)
        self.remove = QPushButton(icon("delete"), "")
        self.remove.setToolTip(self.tr("Remove this commitment"))
        self.remove.clicked.connect(self._remove)
        self.party.currentIndexChanged.connect(lambda _i: self._fill_who())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.party)
        layout.addWidget(self.who)
        layout.addWidget(self.what, 1)
        layout.addWidget(self.due)
        layout.addWidget(self.remove)
        self._fill_who()

    def _fill_who(self) -> None:
        ours = self.party.currentData() == Party.OURS
        chosen = self.draft.by_member_id if ours else self.draft.by_person_id
        self.who.clear()
        self.who.addItem(self.tr("(who?)"), None)
        for record_id, name in (self.dialog.members if ours else self.dialog.people):
            self.who.addItem(name, record_id)
        self.who.setCurrentIndex(max(self.who.findData(chosen), 0) if chosen else 0)

    def _remove(self) -> None:
        self.draft.deleted = True
        self.hide()

    def result(self) -> CommitmentDraft:
        party = self.party.currentData()
        who = self.who.currentData()
        self.draft.party, self.draft.what = party, self.what.text().strip()
        self.draft.due_on = parse_date(self.due.text())
        self.draft.by_member_id = who if party == Party.OURS else None
        self.draft.by_person_id = who if party == Party.THEIRS else None
        return self.draft


class InteractionDialog(QDialog):
    def __init__(self, ctx: AppContext, draft: Draft, *, people: list[tuple[str, str]],
                 members: list[tuple[str, str]], is_new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.draft, self.is_new = ctx, draft, is_new
        self.before = copy.deepcopy(draft)  # the rows edit the draft's commitments in place
        self.people, self.members = people, members
        self.setWindowTitle(self.tr("Log interaction") if is_new else self.tr("Edit interaction"))
        self.setMinimumSize(640, 520)
        values = draft.values
        self.kind = QComboBox()
        for kind in InteractionKind:
            self.kind.addItem(kind.label(ctx.lang), kind)
        self.kind.setCurrentIndex(max(self.kind.findData(values.get("kind")), 0))
        self.when = QDateTimeEdit(QDateTime(values["starts_at"]))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSpecialValueText("—")
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setToolTip(self.tr("Duration"))
        self.duration.setValue(values.get("duration_minutes") or 0)
        self.place = QLineEdit(values.get("place") or "")
        self.subject = QLineEdit(values.get("subject") or "")
        self.texts: dict[str, QPlainTextEdit] = {}
        for name in TEXTS:
            edit = QPlainTextEdit(values.get(name) or "")
            edit.setTabChangesFocus(True)
            self.texts[name] = edit
        self.satisfaction = QComboBox()
        self.satisfaction.addItem(self.tr("Not asked"), None)
        for n in range(1, 6):
            self.satisfaction.addItem(f"{n} {'★' * n}", n)
        self.satisfaction.setCurrentIndex(max(self.satisfaction.findData(values.get("satisfaction")), 0))
        nxt = values.get("next_contact_on")
        self.next_contact = QLineEdit(nxt.isoformat() if nxt else "")
        self.next_contact.setPlaceholderText("YYYY-MM-DD")
        self.their_side = self._picker(people, draft.person_ids)
        self.our_side = self._picker(members, draft.member_ids)

        head = QFormLayout()
        when_row = QHBoxLayout()
        when_row.addWidget(self.kind)
        when_row.addWidget(self.when)
        when_row.addWidget(self.duration)
        when_row.addStretch(1)
        head.addRow(self.tr("Kind and time:"), when_row)
        head.addRow(self.tr("Subject:"), self.subject)
        head.addRow(self.tr("Place:"), self.place)

        self.pages = QTabWidget()
        self.pages.addTab(self._form([(self.tr("Objective:"), "objective"),
                                      (self.tr("Information to gather:"), "info_to_gather"),
                                      (self.tr("Materials to prepare:"), "materials"),
                                      (self.tr("Agenda and tactics:"), "agenda")]), self.tr("Plan"))
        attendees = QWidget()
        sides = QHBoxLayout(attendees)
        for title, picker in ((self.tr("Their people"), self.their_side), (self.tr("Our team"), self.our_side)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(picker)
            sides.addLayout(column)
        self.pages.addTab(attendees, self.tr("Attendees"))
        outcome = self._form([(self.tr("Notes:"), "notes"), (self.tr("Concerns / issues to solve:"), "concerns"),
                              (self.tr("Next steps:"), "next_steps")])
        form = outcome.layout()
        assert isinstance(form, QFormLayout)
        form.addRow(self.tr("Satisfaction check:"), self.satisfaction)
        form.addRow(self.tr("Satisfaction note:"), self.texts["satisfaction_note"])
        form.addRow(self.tr("Next contact on:"), self.next_contact)
        self.pages.addTab(outcome, self.tr("Outcome"))
        self.commitment_rows: list[CommitmentRow] = []
        self.commitment_box = QVBoxLayout()
        self.commitment_box.addStretch(1)
        holder = QWidget()
        holder.setLayout(self.commitment_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        add = QPushButton(icon("add"), self.tr("Add commitment"))
        add.clicked.connect(lambda: self.add_commitment())
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(QLabel(self.tr("Promises made in this interaction, ours and theirs:")))
        page_layout.addWidget(scroll, 1)
        page_layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        self.pages.addTab(page, self.tr("Commitments"))
        for c in draft.commitments:
            if not c.deleted:
                self.add_commitment(c)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        if is_new:
            self.subject.setFocus()
        self._state_at_start = self._state()

    def _picker(self, options: list[tuple[str, str]], chosen: list[str]) -> QListWidget:
        picker = QListWidget()
        for record_id, name in options:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if record_id in chosen else Qt.CheckState.Unchecked)
            picker.addItem(item)
        return picker

    def _form(self, rows: list[tuple[str, str]]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, name in rows:
            form.addRow(label, self.texts[name])
        return page

    def add_commitment(self, draft: CommitmentDraft | None = None) -> CommitmentRow:
        row = CommitmentRow(self, draft or CommitmentDraft(""))
        self.commitment_rows.append(row)
        self.commitment_box.insertWidget(self.commitment_box.count() - 1, row)
        row.what.setFocus()
        return row

    @staticmethod
    def _checked(picker: QListWidget) -> list[str]:
        return [picker.item(i).data(Qt.ItemDataRole.UserRole) for i in range(picker.count())
                if picker.item(i).checkState() == Qt.CheckState.Checked]

    def result_draft(self) -> Draft:
        """The draft as the user filled it (raises ValidationError on a bad date)."""
        values: dict[str, Any] = dict(self.draft.values)
        values["kind"] = self.kind.currentData()
        when: datetime = self.when.dateTime().toPython()  # type: ignore[assignment]
        values["starts_at"] = when.replace(second=0, microsecond=0)
        values["duration_minutes"] = self.duration.value() or None
        values["place"], values["subject"] = self.place.text().strip(), self.subject.text().strip()
        for name, edit in self.texts.items():
            values[name] = edit.toPlainText()
        values["satisfaction"] = self.satisfaction.currentData()
        values["next_contact_on"] = parse_date(self.next_contact.text())
        commitments = [row.result() for row in self.commitment_rows]
        return Draft(self.draft.account_id, values, self._checked(self.their_side),
                     self._checked(self.our_side), commitments, self.draft.id)

    def _state(self) -> tuple[object, ...]:
        """Everything the form holds: what Cancel or Esc would throw away."""
        return (self.kind.currentIndex(), self.when.dateTime(), self.duration.value(),
                self.subject.text(), self.place.text(), self.next_contact.text(),
                self.satisfaction.currentIndex(),
                *(edit.toPlainText() for edit in self.texts.values()),
                tuple(self._checked(self.their_side)), tuple(self._checked(self.our_side)),
                *(f"{row.isHidden()}|{row.party.currentIndex()}|{row.who.currentIndex()}|"
                  f"{row.what.text()}|{row.due.text()}" for row in self.commitment_rows))

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: ask before throwing away changes."""
        if may_discard(self, self._state_at_start, self._state(),
                       self.tr("Close without saving? What you typed in this interaction will be lost.")):
            super().reject()

    def accept(self) -> None:
        try:
            new = self.result_draft()
            old = gone(new) if self.is_new else self.before
            push(self.ctx, Apply(self.ctx, lambda s: write(s, new), lambda s: write(s, old),
                                 kinds={"interaction", "commitment"},
                                 text=self.tr("Log interaction") if self.is_new else self.tr("Edit interaction")))
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)  # the dialog stays open, nothing typed is lost
            return
        super().accept()
