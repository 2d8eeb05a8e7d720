"""The import dialog: choose a file, map its columns, preview, then import all-or-nothing.

Standalone: it takes a Database and emits ``imported(report)`` after a successful
import. Reading the file, the preview and the import itself run on a worker
thread; the dialog only shows their results.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop.db.models import Account
from desktop.db.session import Database
from desktop.errors import DossierError, ImportFileError
from desktop.logs import log_unexpected
from desktop.transfer import ImportReport, csv_format, mapping, vcf_format, xlsx_format
from desktop.transfer.people import Action, Candidate, Duplicates, ImportPlan, apply, plan
from desktop.transfer.tables import Table, candidates
from desktop.ui.import_models import DuplicateDelegate, FieldDelegate, MappingModel, PreviewModel
from desktop.ui.worker import run_in_background


@dataclass(frozen=True)
class Options:
    """Everything the preview depends on (a snapshot handed to the worker)."""

    path: Path
    encoding: str | None = None
    account_id: str | None = None
    duplicates: Duplicates = Duplicates.MERGE
    mapping: tuple[str, ...] | None = None  # None: saved, else guessed from the headers

    @property
    def kind(self) -> str:
        suffix = self.path.suffix.lower()
        if suffix in vcf_format.EXTENSIONS:
            return "vcf"
        if suffix in xlsx_format.EXTENSIONS:
            return "xlsx"
        return "csv"


@dataclass
class Preview:
    table: Table | None
    mapping: list[str]
    plan: ImportPlan | None
    message: str = ""


def build_preview(db: Database, options: Options, table: Table | None = None) -> Preview:
    """Read the file (unless ``table`` is given) and plan the import; writes nothing."""
    cands: list[Candidate]
    chosen: list[str] = []
    if options.kind == "vcf":
        cands = vcf_format.read_candidates(vcf_format.read_file(options.path), encoding=options.encoding)
    else:
        if table is None:
            if options.kind == "xlsx":
                table = xlsx_format.read_table(options.path)
            else:
                table = csv_format.read_table(vcf_format.read_file(options.path), encoding=options.encoding)
        data_dir = db.path.parent if db.path is not None else None
        chosen = list(options.mapping) if options.mapping is not None else (
            mapping.load_saved(data_dir, table.headers) or mapping.guess(table.headers)
        )
        if not {"name", "family_name", "given_name"} & set(chosen):
            return Preview(table, chosen, None, "no-name")
        cands = candidates(table, chosen)
    with db.unit_of_work() as session:
        account = session.get(Account, options.account_id) if options.account_id else None
        the_plan = plan(session, cands, account=account, duplicates=options.duplicates)
    return Preview(table, chosen, the_plan)


class ImportDialog(QDialog):
    """Import people from a vCard, CSV or Excel file into the dossier."""

    imported = Signal(object)  # ImportReport, after the transaction committed

    def __init__(self, db: Database, *, path: Path | None = None, lang: str = "zh",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.lang = db, lang
        self.options: Options | None = None
        self.preview: Preview | None = None
        self._generation = 0
        self._applying = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(980, 680)
        self._build()
        self.load()
        if path is not None:
            self.set_path(Path(path))

    # ----------------------------------------------------------- layout
    def _build(self) -> None:
        self.file_edit = QLineEdit(readOnly=True)
        self.file_edit.setPlaceholderText(self.tr("vCard (.vcf), CSV or Excel (.xlsx) file"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)

        self.encoding_combo = QComboBox()
        for label, value in ((self.tr("Detect automatically"), None), ("UTF-8", "utf-8"),
                             (self.tr("GBK / GB18030 (Chinese Excel)"), "gb18030"),
                             ("UTF-16", "utf-16")):
            self.encoding_combo.addItem(label, value)
        self.account_combo = QComboBox()
        self.duplicates_combo = QComboBox()
        for label, value in ((self.tr("Merge into the existing person"), Duplicates.MERGE),
                             (self.tr("Skip the row"), Duplicates.SKIP),
                             (self.tr("Keep both"), Duplicates.KEEP)):
            self.duplicates_combo.addItem(label, value)
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Text encoding:"), self.encoding_combo)
        form.addRow(self.tr("Put the people into:"), self.account_combo)
        form.addRow(self.tr("Same name and phone or email:"), self.duplicates_combo)

        self.mapping_model = MappingModel(self.lang, self)
        self.mapping_view = QTableView()
        self.mapping_view.setModel(self.mapping_model)
        self.mapping_view.setItemDelegateForColumn(2, FieldDelegate(self.lang, self.mapping_view))
        self.mapping_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.mapping_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping_view.verticalHeader().hide()
        self.remember_box = QCheckBox(self.tr("Remember these columns for the next file like this"))
        self.remember_box.setChecked(True)
        self.mapping_group = QGroupBox(self.tr("Columns"))
        mapping_layout = QVBoxLayout(self.mapping_group)
        mapping_layout.addWidget(self.mapping_view)
        mapping_layout.addWidget(self.remember_box)

        self.preview_model = PreviewModel(self.lang, self)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setItemDelegateForColumn(1, DuplicateDelegate(self.preview_view))
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.preview_view.setToolTip(self.tr("Click the action of a duplicate to merge, skip or "
                                             "keep both for that row only."))
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        self.preview_view.verticalHeader().hide()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        preview_group = QGroupBox(self.tr("Preview"))
        preview_layout = QVBoxLayout(preview_group)
        preview_layout.addWidget(self.summary_label)
        preview_layout.addWidget(self.preview_view)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet("color: #b3261e")
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.mapping_group, 2)
        layout.addWidget(preview_group, 3)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.import_button.setEnabled(False)
        self.mapping_group.hide()

        self.encoding_combo.currentIndexChanged.connect(lambda _i: self._refresh(reread=True))
        self.account_combo.currentIndexChanged.connect(lambda _i: self._refresh())
        self.duplicates_combo.currentIndexChanged.connect(lambda _i: self._refresh())
        self.mapping_model.dataChanged.connect(lambda *_a: self._refresh(mapping_changed=True))
        self.preview_model.dataChanged.connect(self._on_row_choice)

    def load(self) -> None:
        """Fill the account chooser from the database."""
        self.account_combo.blockSignals(True)
        self.account_combo.clear()
        self.account_combo.addItem(self.tr("The account named in the file (organisation column); "
                                           "new ones are created"), None)
        with self.db.unit_of_work() as session:
            for acc in session.scalars(select(Account).order_by(Account.name)):
                self.account_combo.addItem(acc.name, acc.id)
        self.account_combo.blockSignals(False)

    # ----------------------------------------------------------- behaviour
    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a contacts file"), "",
            self.tr("Contacts (*.vcf *.vcard *.csv *.txt *.xlsx *.xlsm)"),
        )
        if name:
            self.set_path(Path(name))

    def set_path(self, path: Path) -> None:
        self.file_edit.setText(str(path))
        self.options = Options(path=path)
        self.preview = None
        self._refresh(reread=True)

    def _refresh(self, *, reread: bool = False, mapping_changed: bool = False) -> None:
        if self.options is None or self._applying:
            return
        self.options = replace(
            self.options,
            encoding=self.encoding_combo.currentData(),
            account_id=self.account_combo.currentData(),
            duplicates=Duplicates(self.duplicates_combo.currentData()),
            mapping=tuple(self.mapping_model.mapping) if mapping_changed else (
                None if reread else self.options.mapping
            ),
        )
        table = None if reread or self.preview is None else self.preview.table
        options, db = self.options, self.db
        self._run(lambda: build_preview(db, options, table))
        self.summary_label.setText(self.tr("Reading the file…"))
        self.import_button.setEnabled(False)

    def _run(self, fn: Callable[[], Any]) -> None:
        self._generation += 1
        generation = self._generation
        run_in_background(fn, lambda result: self._on_done(generation, result),
                          lambda exc: self._on_failed(generation, exc), pool=self._pool,
                          context=self)

    def start_import(self) -> None:
        preview = self.preview
        if preview is None or preview.plan is None or self._applying:
            return
        self._applying = True
        self.import_button.setEnabled(False)
        self.summary_label.setText(self.tr("Importing…"))
        db, the_plan = self.db, preview.plan
        remember = (self.remember_box.isChecked() and preview.table is not None
                    and db.path is not None)

        def work() -> ImportReport:
            with db.unit_of_work() as session:
                report = apply(session, the_plan)
            if remember and preview.table is not None and db.path is not None:
                # the import is done; a mapping that cannot be saved only loses a convenience
                with contextlib.suppress(OSError):
                    mapping.save(db.path.parent, preview.table.headers, preview.mapping)
            return report

        self._run(work)

    def _on_done(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # a newer preview is on its way
        if isinstance(result, ImportReport):
            self._applying = False
            self.imported.emit(result)
            self.accept()
            return
        assert isinstance(result, Preview)
        self.preview = result
        self.status_label.clear()
        is_sheet = result.table is not None
        self.mapping_group.setVisible(is_sheet)
        if is_sheet and list(self.mapping_model.mapping) != result.mapping:
            self.mapping_model.load(result.table, result.mapping)  # a reset, not dataChanged
            self.mapping_view.resizeColumnToContents(0)
            self.mapping_view.setColumnWidth(2, 180)
        self.preview_model.load(result.plan)
        self.preview_view.resizeColumnsToContents()
        for column in range(self.preview_model.columnCount() - 1):  # the remarks stretch
            width = self.preview_view.columnWidth(column)
            self.preview_view.setColumnWidth(column, min(width, 240))
        self._show_summary(result)

    def _on_row_choice(self) -> None:
        if self.preview is not None:
            self._show_summary(self.preview)

    def _show_summary(self, result: Preview) -> None:
        if result.plan is None:
            self.summary_label.setText(self.tr("Which column holds the names? Choose \"Name\" "
                                               "(or family and given name) for it above."))
            self.import_button.setEnabled(False)
            return
        p = result.plan
        text = self.tr("%n new", "", p.count(Action.CREATE))
        text += " · " + self.tr("%n merged into people already there", "", p.count(Action.MERGE))
        text += " · " + self.tr("%n skipped", "", p.count(Action.SKIP))
        text += " · " + self.tr("%n not imported (see Remarks)", "", p.count(Action.ERROR))
        if p.new_accounts:
            text += "\n" + self.tr("New accounts: %1").replace("%1", "、".join(p.new_accounts))
        self.summary_label.setText(text)
        self.import_button.setEnabled(p.count(Action.CREATE) + p.count(Action.MERGE) > 0)

    def _on_failed(self, generation: int, exc: object) -> None:
        if generation != self._generation:
            return
        self._applying = False
        if isinstance(exc, DossierError):
            message = exc.message(self.lang)
        else:
            where = log_unexpected(exc if isinstance(exc, BaseException) else RuntimeError(exc),
                                   self.db.path.parent if self.db.path else None)
            message = self.tr("Something went wrong that is not your fault; nothing was "
                              "imported. The details are in %1.").replace("%1", str(where))
        if isinstance(exc, ImportFileError):
            self.preview = None
            self.preview_model.load(None)
            self.mapping_group.hide()
        self.summary_label.clear()
        self.status_label.setText(message)
        self.import_button.setEnabled(self.preview is not None and self.preview.plan is not None)

    def done(self, result: int) -> None:
        self._generation += 1  # late results are ignored
        self._pool.waitForDone()
        super().done(result)
