"""Edit ▸ Preferences…: language, visit memos, follow-ups and the automatic lock.

Saving writes every setting, switches the language and emits ``ctx.settings_changed``,
so what reads the settings (the Today view, the lock) picks the new values up at once.
The extra backup folder lives in File ▸ Backups…, next to the backups it copies.
"""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.context import AppContext
from desktop.ui.settings import (
    AUTOLOCK_MINUTES,
    CADENCE_KEY_DAYS,
    CADENCE_OTHER_DAYS,
    COMPANY_LOGO,
    COMPANY_NAME,
    LANGUAGE,
    MEMO_LANGUAGE,
    REMINDER_TIME,
)
from desktop.ui.widgets import settle_size

TIME_FORMAT = "HH:mm"


def _days(spin: QSpinBox) -> QSpinBox:
    spin.setRange(1, 730)
    return spin


class PreferencesDialog(QDialog):
    """load() fills the form from the settings; save() writes them and switches language."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Preferences"))
        # General
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        # Documents
        self.company = QLineEdit()
        self.logo = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        self.memo_language = QComboBox()
        self.memo_language.addItem(self.tr("Same as the app"), "")
        self.memo_language.addItem("中文", "zh")
        self.memo_language.addItem("English", "en")
        # Follow-ups
        self.reminder_time = QTimeEdit()
        self.reminder_time.setDisplayFormat(TIME_FORMAT)
        self.cadence_key = _days(QSpinBox())
        self.cadence_other = _days(QSpinBox())
        for spin in (self.cadence_key, self.cadence_other):
            spin.setSuffix(self.tr(" days"))
        # Security
        self.autolock = QSpinBox()
        self.autolock.setRange(0, 480)
        self.autolock.setSuffix(self.tr(" minutes"))
        self.autolock.setSpecialValueText(self.tr("Never"))
        for field in (self.reminder_time, self.cadence_key, self.cadence_other, self.autolock):
            field.setMinimumWidth(120)

        general = self._group(self.tr("General"))
        general.addRow(self.tr("Language:"), self.language)
        documents = self._group(self.tr("Documents"))
        documents.addRow(self.tr("Company name (on memos):"), self.company)
        documents.addRow(self.tr("Company logo (on memos):"), logo_row)
        documents.addRow(self.tr("Memo language:"), self.memo_language)
        followups = self._group(self.tr("Follow-ups"))
        followups.addRow(self.tr("Daily reminder at:"), self.reminder_time)
        followups.addRow(self.tr("Contact deciders and champions every:"), self.cadence_key)
        followups.addRow(self.tr("Contact everyone else every:"), self.cadence_other)
        followups.addRow(self._note(self.tr(
            "The Today view lists the people you have not met or called for longer than this.")))
        security = self._group(self.tr("Security"))
        security.addRow(self.tr("Lock after no use for:"), self.autolock)
        security.addRow(self._note(self.tr(
            "Locking hides the dossier until you unlock it (with the passphrase when it is "
            "encrypted). Ctrl+L locks at any time.")))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for box in self._boxes:
            layout.addWidget(box)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.load()
        settle_size(self, 520)

    def _group(self, title: str) -> QFormLayout:
        box = QGroupBox(title)
        if not hasattr(self, "_boxes"):
            self._boxes: list[QGroupBox] = []
        self._boxes.append(box)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        return form

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: palette(placeholder-text)")
        return label

    def load(self) -> None:
        s = self.ctx.settings
        self.language.setCurrentIndex(max(self.language.findData(s.get(LANGUAGE)), 0))
        self.company.setText(s.get(COMPANY_NAME))
        self.logo.setText(s.get(COMPANY_LOGO))
        self.memo_language.setCurrentIndex(max(self.memo_language.findData(s.get(MEMO_LANGUAGE)), 0))
        when = QTime.fromString(s.get(REMINDER_TIME).strip(), TIME_FORMAT)
        self.reminder_time.setTime(when if when.isValid() else QTime(9, 0))
        self.cadence_key.setValue(s.get(CADENCE_KEY_DAYS))
        self.cadence_other.setValue(s.get(CADENCE_OTHER_DAYS))
        self.autolock.setValue(max(s.get(AUTOLOCK_MINUTES), 0))

    def save(self) -> None:
        s = self.ctx.settings
        s.set(LANGUAGE, self.language.currentData())
        s.set(COMPANY_NAME, self.company.text().strip())
        s.set(COMPANY_LOGO, self.logo.text().strip())
        s.set(MEMO_LANGUAGE, self.memo_language.currentData())
        s.set(REMINDER_TIME, self.reminder_time.time().toString(TIME_FORMAT))
        s.set(CADENCE_KEY_DAYS, self.cadence_key.value())
        s.set(CADENCE_OTHER_DAYS, self.cadence_other.value())
        s.set(AUTOLOCK_MINUTES, self.autolock.value())
        s.sync()
        self.ctx.apply_language()
        self.ctx.settings_changed.emit()

    def accept(self) -> None:
        self.save()
        super().accept()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Company logo"), self.logo.text(),
                                              self.tr("Images (*.png *.jpg *.jpeg *.svg)"))
        if path:
            self.logo.setText(path)
