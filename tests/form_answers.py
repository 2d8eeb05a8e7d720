"""Answering the real "Discard changes?" question in a test, the way a user would.

    answers = Answerer("Keep editing")   # or "Discard", or ESC
    answers.arm()                        # before the key press that may ask
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert answers.asked == [...]

The box runs its own modal loop (QMessageBox.exec); a timer finds it there and clicks
the button (or presses Esc on it). If no box appears the timer gives up quietly.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

ESC = "<Esc>"


class Answerer:
    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.asked: list[str] = []
        self.buttons: list[list[str]] = []

    def arm(self, tries: int = 50) -> None:
        QTimer.singleShot(0, lambda: self._look(tries))

    def _look(self, tries: int) -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            if tries > 0:
                QTimer.singleShot(10, lambda: self._look(tries - 1))
            return
        box = boxes[0]
        self.asked.append(box.text())
        self.buttons.append([b.text() for b in box.buttons()])
        if self.answer == ESC:
            QTest.keyClick(box, Qt.Key.Key_Escape)
        else:
            next(b for b in box.buttons() if b.text() == self.answer).click()
