"""Locking: the passphrase prompt, and the overlay that hides the dossier when idle or on Ctrl+L.

    locker = Locker(db, main_window, idle_minutes=5)
    locker.locked.connect(main_window.drop_models)      # optional: forget loaded records
    locker.unlocked.connect(main_window.reload)

While locked the overlay covers the whole window, every dossier widget underneath is
hidden, and the database key is dropped (Database.lock); unlocking checks the passphrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.db.session import Database, is_encrypted
from desktop.errors import DossierError
from desktop.ui.settings import AUTOLOCK_MINUTES

if TYPE_CHECKING:
    from desktop.ui.context import AppContext

DEFAULT_IDLE_MINUTES = 5
_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
}


class PassphraseDialog(QDialog):
    """Asks for the passphrase of an encrypted dossier (at start or to unlock).

    ``check`` is called with the passphrase and raises DossierError when it is wrong;
    the dialog then shows the message and stays open.
    """

    def __init__(self, check: object, parent: QWidget | None = None, *,
                 offer_remember: bool = False) -> None:
        super().__init__(parent)
        self.check = check
        self.setWindowTitle(self.tr("Dossier is encrypted"))
        self.label = QLabel(self.tr("Type the passphrase of your dossier."), self)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember it in this computer's keychain"), self)
        self.remember.setVisible(offer_remember)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.label, self.edit, self.remember, self.error, buttons):
            layout.addWidget(widget)
        self.passphrase = ""

    def try_accept(self) -> None:
        text = self.edit.text()
        if not text:
            self.error.setText(self.tr("Type the passphrase first."))
            return
        try:
            self.check(text)  # type: ignore[operator]
        except DossierError as exc:
            self.error.setText(exc.message(_lang()))
            self.edit.selectAll()
            return
        self.passphrase = text
        self.accept()


def _lang() -> str:
    from PySide6.QtCore import QLocale

    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


class LockOverlay(QFrame):
    """Covers its parent completely; the passphrase field unlocks."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget, needs_passphrase: bool) -> None:
        super().__init__(parent)
        self.setObjectName("lockOverlay")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lockOverlay { background: #2b2d31; } QLabel { color: white; }")
        self.title = QLabel(self.tr("Dossier is locked"), self)
        font = self.title.font()
        font.setPointSize(font.pointSize() + 6)
        self.title.setFont(font)
        self.hint = QLabel(self)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMaximumWidth(320)
        self.edit.setPlaceholderText(self.tr("Passphrase"))
        self.button = QPushButton(self.tr("Unlock"), self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #ff8a80")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.title, self.hint, self.edit, self.button, self.error):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.set_needs_passphrase(needs_passphrase)
        self.button.clicked.connect(self._submit)
        self.edit.returnPressed.connect(self._submit)
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())

    def set_needs_passphrase(self, needed: bool) -> None:
        self.edit.setVisible(needed)
        self.hint.setText(self.tr("Type your passphrase to continue.") if needed
                          else self.tr("Click Unlock to continue."))

    def _submit(self) -> None:
        self.unlock_requested.emit(self.edit.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False


class Locker(QObject):
    """Locks ``window`` after ``idle_minutes`` without input, or on Ctrl+L; unlocks on passphrase."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, db: Database, window: QWidget, idle_minutes: float = DEFAULT_IDLE_MINUTES,
                 ) -> None:
        super().__init__(window)
        self.db = db
        self.window = window
        self.overlay: LockOverlay | None = None
        self._hidden: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_idle_minutes(idle_minutes)
        self.shortcut = QShortcut(QKeySequence("Ctrl+L"), window)
        self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.activated.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self.overlay is not None

    def set_idle_minutes(self, minutes: float) -> None:
        """0 turns the idle lock off (Ctrl+L still works)."""
        self.idle_ms = int(minutes * 60_000)
        self.timer.stop()
        if self.idle_ms > 0 and not self.is_locked:
            self.timer.start(self.idle_ms)

    def follow_settings(self, ctx: AppContext) -> None:
        """Re-read the idle minutes (Preferences ▸ Security) each time the preferences are saved."""
        self._ctx = ctx
        ctx.settings_changed.connect(self._reread_settings)

    def _reread_settings(self) -> None:
        self.set_idle_minutes(max(self._ctx.settings.get(AUTOLOCK_MINUTES), 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and not self.is_locked and self.idle_ms > 0:
            self.timer.start(self.idle_ms)
        return False

    def _encrypted(self) -> bool:
        return self.db.path is not None and is_encrypted(self.db.path.parent)

    def lock(self) -> None:
        if self.is_locked:
            return
        self.timer.stop()
        self.locked.emit()
        # Hide every child, so nothing can be read through or behind the overlay.
        self._hidden = [w for w in self.window.findChildren(QWidget)
                        if w.parentWidget() is self.window and w.isVisible()]
        central = getattr(self.window, "centralWidget", None)
        host = self.window
        for widget in self._hidden:
            widget.hide()
        if central is not None and central() is not None:
            central().hide()
        self.db.lock()  # drops the key and every connection
        self.overlay = LockOverlay(host, self._encrypted())
        self.overlay.unlock_requested.connect(self.try_unlock)
        self.overlay.show()
        self.overlay.raise_()
        self.overlay.edit.setFocus()

    def try_unlock(self, passphrase: str) -> bool:
        if self.overlay is None:
            return True
        try:
            self.db.unlock(passphrase or None)
        except DossierError as exc:
            self.overlay.error.setText(exc.message(_lang()))
            self.overlay.edit.clear()
            return False
        self.overlay.hide()
        self.overlay.deleteLater()
        self.overlay = None
        central = getattr(self.window, "centralWidget", None)
        if central is not None and central() is not None:
            central().show()
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        if self.idle_ms > 0:
            self.timer.start(self.idle_ms)
        self.unlocked.emit()
        return True
