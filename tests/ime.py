"""Typing Chinese in tests the way an input method does: a commit string, not key presses.

(QTest's keyClicks only knows ASCII; a real IME delivers its text as a QInputMethodEvent.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QWidget


def ime_type(widget: QWidget, text: str) -> None:
    widget.setFocus()
    preedit = QInputMethodEvent("pinyin", [])  # the composing text, as the IME shows it
    QCoreApplication.sendEvent(widget, preedit)
    commit = QInputMethodEvent()
    commit.setCommitString(text)
    QCoreApplication.sendEvent(widget, commit)
