"""Edit ▸ Preferences…: language, and the company name, logo and language of visit memos."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.ui.context import AppContext
from desktop.ui.settings import COMPANY_LOGO, COMPANY_NAME, LANGUAGE, MEMO_LANGUAGE
from desktop.ui.widgets import settle_size


class PreferencesDialog(QDialog):
    """load() fills the form from the settings; save() writes them and switches language."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Company name (on memos):"), self.company)
        form.addRow(self.tr("Company logo (on memos):"), logo_row)
        form.addRow(self.tr("Memo language:"), self.memo_language)
        form.addRow(buttons)
        self.load()
        settle_size(self, 480)

    def load(self) -> None:
        s = self.ctx.settings
        self.language.setCurrentIndex(max(self.language.findData(s.get(LANGUAGE)), 0))
        self.company.setText(s.get(COMPANY_NAME))
        self.logo.setText(s.get(COMPANY_LOGO))
        self.memo_language.setCurrentIndex(max(self.memo_language.findData(s.get(MEMO_LANGUAGE)), 0))

    def save(self) -> None:
        s = self.ctx.settings
        s.set(LANGUAGE, self.language.currentData())
        s.set(COMPANY_NAME, self.company.text().strip())
        s.set(COMPANY_LOGO, self.logo.text().strip())
        s.set(MEMO_LANGUAGE, self.memo_language.currentData())
        s.sync()
        self.ctx.apply_language()

    def accept(self) -> None:
        self.save()
        super().accept()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Company logo"), self.logo.text(),
                                              self.tr("Images (*.png *.jpg *.jpeg *.svg)"))
        if path:
            self.logo.setText(path)
