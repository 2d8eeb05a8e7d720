"""Editors bound to one field of one record: each edit is saved at once, undoably.

A binder reads its value from the record in ``load(record)`` and, when the user
changes it, calls ``save(field, value)`` (the dialog pushes a ChangeFields command).
If the save is refused, the widget keeps what the user typed and the dialog shows why.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.db.enums import Labeled

Save = Callable[[str, Any], bool]  # returns False when the change was refused


class Binder(QObject):
    """Base class: a widget for ``field`` of the record."""

    def __init__(self, field: str, save: Save) -> None:
        super().__init__()
        self.field = field
        self._save = save
        self.value: Any = None
        self.lang = "en"

    def widget(self) -> QWidget:
        raise NotImplementedError

    def load(self, record: Any, lang: str) -> None:
        """Show the stored value, unless the user is in the middle of typing here."""
        self.lang = lang
        pending = self.has_pending_edit()
        self.value = getattr(record, self.field)
        if not pending:
            self.show_value(self.value, lang)

    def show_value(self, value: Any, lang: str) -> None:
        raise NotImplementedError

    def commit(self, value: Any) -> bool:
        if value == self.value:
            return True
        if self._save(self.field, value):
            self.value = value
            return True
        return False

    def has_pending_edit(self) -> bool:
        return False

    def flush(self) -> None:
        """Save what is typed but not yet saved (on close)."""


class LineBinder(Binder):
    """A one-line text; saved when editing finishes."""

    def __init__(self, field: str, save: Save, *, placeholder: str = "") -> None:
        super().__init__(field, save)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.editingFinished.connect(self.flush)

    def widget(self) -> QWidget:
        return self.edit

    def show_value(self, value: Any, lang: str) -> None:
        self.edit.setText(self.to_text(value))

    def to_text(self, value: Any) -> str:
        return str(value or "")

    def parse(self, text: str) -> Any:
        return text.strip()

    def has_pending_edit(self) -> bool:
        return self.edit.text() != self.to_text(self.value)

    def flush(self) -> None:
        if not self.has_pending_edit():
            return
        try:
            value = self.parse(self.edit.text())
        except ValueError:
            self.edit.setStyleSheet("QLineEdit { border: 1px solid #c62828; }")
            return
        self.edit.setStyleSheet("")
        self.commit(value)


class ListBinder(LineBinder):
    """Several values (phones, emails) typed in one line, separated by commas or semicolons."""

    def to_text(self, value: Any) -> str:
        return "; ".join(value or [])

    def parse(self, text: str) -> Any:
        return [part.strip() for part in re.split(r"[;,，；、]", text) if part.strip()]


class DateBinder(LineBinder):
    """A date typed as YYYY-MM-DD (empty = unknown); a wrong date is marked, never lost."""

    def __init__(self, field: str, save: Save) -> None:
        super().__init__(field, save, placeholder="YYYY-MM-DD")

    def to_text(self, value: Any) -> str:
        return value.isoformat() if isinstance(value, date) else ""

    def parse(self, text: str) -> Any:
        text = text.strip().replace("/", "-").replace(".", "-")
        return date.fromisoformat(text) if text else None


class IntBinder(LineBinder):
    def to_text(self, value: Any) -> str:
        return "" if value is None else str(value)

    def parse(self, text: str) -> Any:
        return int(text) if text.strip() else None


class TextBinder(Binder):
    """A multi-line note: saved a moment after typing stops, and when focus leaves."""

    IDLE_MS = 1500

    def __init__(self, field: str, save: Save, *, placeholder: str = "", lines: int = 3) -> None:
        super().__init__(field, save)
        self.edit = _NoteEdit(self.flush)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * lines + 12)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.IDLE_MS)
        self.timer.timeout.connect(self.flush)
        self.edit.textChanged.connect(self._typed)

    def _typed(self) -> None:
        if self.has_pending_edit():
            self.timer.start()

    def widget(self) -> QWidget:
        return self.edit

    def show_value(self, value: Any, lang: str) -> None:
        self.edit.blockSignals(True)
        self.edit.setPlainText(value or "")
        self.edit.blockSignals(False)

    def has_pending_edit(self) -> bool:
        return self.edit.toPlainText() != (self.value or "")

    def flush(self) -> None:
        self.timer.stop()
        if self.has_pending_edit():
            self.commit(self.edit.toPlainText())


class _NoteEdit(QPlainTextEdit):
    def __init__(self, on_leave: Callable[[], None]) -> None:
        super().__init__()
        self._on_leave = on_leave

    def focusOutEvent(self, event: Any) -> None:
        self._on_leave()
        super().focusOutEvent(event)


class ChoiceBinder(Binder):
    """One value from a list (an enum, a 1–5 scale, a person); "—" means unknown."""

    def __init__(self, field: str, save: Save, options: Callable[[str], list[tuple[Any, str]]]) -> None:
        super().__init__(field, save)
        self.options = options
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.activated.connect(self._chosen)
        self._listed: list[tuple[Any, str]] = []

    def widget(self) -> QWidget:
        return self.combo

    def show_value(self, value: Any, lang: str) -> None:
        self.combo.blockSignals(True)
        options = [(None, "—"), *self.options(lang)]
        if options != self._listed:  # filled again only when the choices changed
            self.combo.clear()
            for data, text in options:
                self.combo.addItem(text, data)
            self._listed = options
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)

    def _chosen(self, index: int) -> None:
        if not self.commit(self.combo.itemData(index)):
            self.combo.setCurrentIndex(max(self.combo.findData(self.value), 0))


def coded_label(member: Labeled, lang: str) -> str:
    """"A · Active", but "A (key account)" rather than "A · A (key account)"."""
    label, code = member.label(lang), member.code
    if not code:
        return label
    after = label[len(code):len(code) + 1]
    if label.startswith(code) and not (after.isascii() and after.isalpha()):
        return label  # the label starts with the code already
    return f"{code} · {label}"


def enum_options(enum_cls: type[Labeled]) -> Callable[[str], list[tuple[Any, str]]]:
    def options(lang: str) -> list[tuple[Any, str]]:
        return [(m, coded_label(m, lang)) for m in enum_cls]
    return options


def scale_options(lang: str) -> list[tuple[Any, str]]:
    return [(n, f"{n} {'●' * n}") for n in range(1, 6)]


class FlagBinder(Binder):
    def __init__(self, field: str, save: Save, text: Callable[[], str]) -> None:
        super().__init__(field, save)
        self.text = text
        self.box = QCheckBox()
        self.box.toggled.connect(self._toggled)

    def widget(self) -> QWidget:
        return self.box

    def show_value(self, value: Any, lang: str) -> None:
        self.box.blockSignals(True)
        self.box.setText(self.text())
        self.box.setChecked(bool(value))
        self.box.blockSignals(False)

    def _toggled(self, on: bool) -> None:
        if not self.commit(on):
            self.box.blockSignals(True)
            self.box.setChecked(bool(self.value))
            self.box.blockSignals(False)


class MultiBinder(Binder):
    """Several members of an enum, as a grid of check boxes."""

    def __init__(self, field: str, save: Save, enum_cls: type[Labeled], columns: int = 3) -> None:
        super().__init__(field, save)
        self.enum_cls = enum_cls
        self.panel = QWidget()
        grid = QGridLayout(self.panel)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Labeled, QCheckBox] = {}
        for i, member in enumerate(enum_cls):
            box = QCheckBox()
            box.toggled.connect(self._toggled)
            self.boxes[member] = box
            grid.addWidget(box, i // columns, i % columns)

    def widget(self) -> QWidget:
        return self.panel

    def show_value(self, value: Any, lang: str) -> None:
        chosen = set(value or [])
        for member, box in self.boxes.items():
            box.blockSignals(True)
            box.setText(coded_label(member, lang))
            box.setChecked(member in chosen)
            box.blockSignals(False)

    def _toggled(self, _on: bool) -> None:
        value = [m for m, box in self.boxes.items() if box.isChecked()]
        if not self.commit(value):
            self.show_value(self.value, self.lang)


__all__ = [
    "Binder", "ChoiceBinder", "DateBinder", "FlagBinder", "IntBinder", "LineBinder",
    "ListBinder", "MultiBinder", "TextBinder", "enum_options", "scale_options",
]
