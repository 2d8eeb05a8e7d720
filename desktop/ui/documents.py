"""Making the PDFs (memo, pre-visit brief, handover) and exports from the window.

The user picks the language and the file; the work runs off the GUI thread with a
progress dialog, then the file can be opened at once (the preview) in the system's
PDF viewer. Nothing here knows how a PDF is laid out: that is desktop.reports.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from desktop.db.models import Account, Interaction
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.settings import COMPANY_LOGO, COMPANY_NAME, MEMO_LANGUAGE
from desktop.ui.worker import run_in_background


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread."""

    moved = Signal(int, int)


def _safe_name(text: str) -> str:
    return "".join(c for c in text if c not in '\\/:*?"<>|\n\r\t').strip() or "dossier"


class LanguageDialog(QDialog):
    """Ask for the document's language: Chinese, English or both (bilingual labels)."""

    def __init__(self, title: str, default: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.combo = QComboBox()
        for code, text in (("zh", self.tr("Chinese")), ("en", self.tr("English")),
                           ("both", self.tr("Chinese and English"))):
            self.combo.addItem(text, code)
        self.combo.setCurrentIndex(max(self.combo.findData(default), 0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language of the document:"), self.combo)
        form.addRow(buttons)

    @property
    def lang(self) -> str:
        return str(self.combo.currentData())


class Documents(QObject):
    """The window's document actions: memo, brief, handover."""

    def __init__(self, ctx: AppContext, parent: QWidget,
                 current_interaction: Callable[[], str | None],
                 current_account: Callable[[], str | None],
                 map_png: Callable[[str, str], bytes | None] | None = None,
                 warnings: Callable[[str, str], list[str] | None] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.current_interaction = current_interaction
        self.current_account = current_account
        self.map_png = map_png
        self.warnings = warnings
        self.busy = False

    # ------------------------------------------------------------- actions
    def memo(self) -> None:
        self._for_interaction("memo")

    def brief(self) -> None:
        self._for_interaction("brief")

    def handover(self) -> None:
        account_id = self.current_account()
        if account_id is None:
            self._tell(self.tr("Choose an account first."))
            return
        with self.ctx.db.unit_of_work() as session:
            account = session.get(Account, account_id)
            name = account.name if account else ""
        self._make("handover", account_id, account_id, self.tr("Handover dossier"),
                   f"{_safe_name(name)} 交接档案.pdf")

    def _for_interaction(self, kind: str) -> None:
        interaction_id = self.current_interaction()
        if interaction_id is None:
            self._tell(self.tr("Select an interaction in the Interactions tab first."))
            return
        with self.ctx.db.unit_of_work() as session:
            interaction = session.get(Interaction, interaction_id)
            if interaction is None:
                return
            account_id = interaction.account_id
            stem = f"{interaction.starts_at:%Y-%m-%d} {_safe_name(interaction.account.name)}"
        if kind == "memo":
            self._make("memo", interaction_id, account_id, self.tr("Visit memo"), f"{stem} 备忘录.pdf")
        else:
            self._make("brief", interaction_id, account_id, self.tr("Pre-visit brief"), f"{stem} 拜访简报.pdf")

    # ------------------------------------------------------------- helpers
    def _tell(self, text: str) -> None:
        QMessageBox.information(self.parent_widget, self.tr("Dossier"), text)

    def _default_lang(self, kind: str) -> str:
        if kind == "memo":
            return self.ctx.settings.get(MEMO_LANGUAGE) or self.ctx.lang
        return self.ctx.lang

    def _make(self, kind: str, record_id: str, account_id: str, title: str, filename: str) -> None:
        if self.busy:
            return
        ask = LanguageDialog(title, self._default_lang(kind), self.parent_widget)
        if ask.exec() != QDialog.DialogCode.Accepted:
            return
        lang = ask.lang
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self.parent_widget, title, str(Path(folder) / filename), self.tr("PDF files (*.pdf)"))
        if not path:
            return
        self.build(kind, record_id, account_id, lang, Path(path), open_after=True)

    def build(self, kind: str, record_id: str, account_id: str, lang: str, path: Path,
              *, open_after: bool = False, on_done: Callable[[Path], None] | None = None) -> None:
        """Write the PDF off the GUI thread; show progress; offer to open it."""
        company = self.ctx.settings.get(COMPANY_NAME)
        logo = self.ctx.settings.get(COMPANY_LOGO) or None
        extra: dict[str, Any] = {}
        if kind in {"brief", "handover"}:
            # Qt rendering (the map) must happen here, on the GUI thread.
            if self.map_png is not None:
                extra["map_png"] = self.map_png(account_id, lang)
            if self.warnings is not None:
                extra["warnings"] = self.warnings(account_id, lang)
        progress = QProgressDialog(self.tr("Writing the PDF…"), "", 0, 0, self.parent_widget)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        relay = _Progress(self)
        relay.moved.connect(lambda done, total: (progress.setMaximum(total), progress.setValue(done)))
        db = self.ctx.db

        def work() -> Path:
            from desktop.reports.brief import build_brief
            from desktop.reports.handover import build_handover
            from desktop.reports.memo import build_memo

            with db.unit_of_work() as session:
                if kind == "memo":
                    build_memo(session, record_id, lang=lang, company=company, logo=logo, output=path)
                elif kind == "brief":
                    build_brief(session, record_id, lang=lang, company=company, logo=logo,
                                output=path, **extra)
                else:
                    build_handover(session, record_id, lang=lang, company=company, logo=logo,
                                   output=path, progress=relay.moved.emit, **extra)
            return path

        def done(result: Any) -> None:
            self.busy = False
            progress.close()
            if on_done is not None:
                on_done(result)
            if open_after:
                answer = QMessageBox.question(
                    self.parent_widget, self.tr("PDF ready"),
                    self.tr("Saved %1. Open it now?").replace("%1", str(result)))
                if answer == QMessageBox.StandardButton.Yes:
                    QDesktopServices.openUrl(QUrl.fromLocalFile(str(result)))

        def failed(exc: BaseException) -> None:
            self.busy = False
            progress.close()
            show_error(self.parent_widget, exc, self.ctx.lang)

        self.busy = True
        run_in_background(work, done, failed)
