"""A small form dialog described by fields; used for sub-groups, external ties, key events."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from desktop.ui.interactions.dialog import parse_date
from desktop.ui.widgets import may_discard, settle_size


@dataclass
class Field:
    name: str
    label: str
    kind: str  # line, text, choice, multi, date
    options: list[tuple[Any, str]] = field(default_factory=list)


class FormDialog(QDialog):
    """``on_save(values)`` writes the change; if it raises, the dialog stays open."""

    def __init__(self, title: str, fields: list[Field], values: dict[str, Any],
                 on_save: Callable[[dict[str, Any]], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.fields, self.on_save = fields, on_save
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout(self)
        for f in fields:
            value = values.get(f.name)
            editor: QWidget
            if f.kind == "text":
                editor = QPlainTextEdit(value or "")
                editor.setTabChangesFocus(True)
                editor.setMaximumHeight(editor.fontMetrics().lineSpacing() * 4 + 16)
            elif f.kind == "choice":
                editor = QComboBox()
                editor.addItem("—", None)
                for data, text in f.options:
                    editor.addItem(text, data)
                editor.setCurrentIndex(max(editor.findData(value), 0) if value is not None else 0)
            elif f.kind == "multi":
                editor = QListWidget()
                editor.setMaximumHeight(editor.fontMetrics().lineSpacing() * 7)
                for data, text in f.options:
                    item = QListWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, data)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if data in (value or []) else Qt.CheckState.Unchecked)
                    editor.addItem(item)
            elif f.kind == "date":
                editor = QLineEdit(value.isoformat() if isinstance(value, date) else "")
                editor.setPlaceholderText("YYYY-MM-DD")
            else:
                editor = QLineEdit("" if value is None else str(value))
            self.editors[f.name] = editor
            form.addRow(f.label, editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        settle_size(self, 460)
        self._state_at_start = self._state()

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in self.fields:
            editor = self.editors[f.name]
            if isinstance(editor, QPlainTextEdit):
                out[f.name] = editor.toPlainText()
            elif isinstance(editor, QComboBox):
                out[f.name] = editor.currentData()
            elif isinstance(editor, QListWidget):
                out[f.name] = [editor.item(i).data(Qt.ItemDataRole.UserRole) for i in range(editor.count())
                               if editor.item(i).checkState() == Qt.CheckState.Checked]
            elif f.kind == "date":
                out[f.name] = parse_date(editor.text())  # type: ignore[attr-defined]
            else:
                out[f.name] = editor.text().strip()  # type: ignore[attr-defined]
        return out

    def _state(self) -> tuple[object, ...]:
        """Everything the form holds, as typed (a date not yet valid included)."""
        out: list[object] = []
        for editor in self.editors.values():
            if isinstance(editor, QPlainTextEdit):
                out.append(editor.toPlainText())
            elif isinstance(editor, QComboBox):
                out.append(editor.currentIndex())
            elif isinstance(editor, QListWidget):
                out.append(tuple(editor.item(i).checkState() == Qt.CheckState.Checked
                                 for i in range(editor.count())))
            elif isinstance(editor, QLineEdit):
                out.append(editor.text())
        return tuple(out)

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: ask before throwing away changes."""
        if may_discard(self, self._state_at_start, self._state()):
            super().reject()

    def accept(self) -> None:
        from desktop.ui.errors import show_error

        try:
            self.on_save(self.values())
        except Exception as exc:
            lang = getattr(self.parent(), "ctx", None)
            show_error(self, exc, lang.lang if lang is not None else "en")
            return
        super().accept()
