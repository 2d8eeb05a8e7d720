"""The import dialog, driven as a user would: choose, map, preview, import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop.db.models import Account, Person
from desktop.db.session import Database
from desktop.transfer.people import Action
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.import_models import RECORD_ROLE, MappingModel, PreviewModel

DATA = Path(__file__).parent / "data" / "transfer"


def _ready(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.preview is not None or bool(dialog.status_label.text()),
                    timeout=10_000)


def test_models_pass_the_model_tester(qtmodeltester, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(db, path=DATA / "outlook_zh_gbk.csv", lang="en")
    qtbot.addWidget(dialog)
    _ready(qtbot, dialog)
    assert isinstance(dialog.mapping_model, MappingModel)
    assert isinstance(dialog.preview_model, PreviewModel)
    qtmodeltester.check(dialog.mapping_model)
    qtmodeltester.check(dialog.preview_model)


def test_gbk_csv_preview_then_import(db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        s.add(Account(name="华东移动"))
    dialog = ImportDialog(db, path=DATA / "outlook_zh_gbk.csv", lang="en")
    qtbot.addWidget(dialog)
    _ready(qtbot, dialog)
    assert dialog.mapping_group.isVisibleTo(dialog)
    assert dialog.mapping_view.verticalHeader().count() == 10  # the view shows every column
    assert dialog.mapping_model.mapping[:5] == ["name", "organisation", "department", "title", "phones"]
    model = dialog.preview_model
    assert model.rowCount() == 5
    lines = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    assert lines == {"2": "New", "4": "New", "5": "New", "6": "Not imported", "7": "New"}
    assert model.index(3, 6).data() == "no name in this row"
    assert model.index(0, 0).data(RECORD_ROLE).action is Action.CREATE
    assert "New accounts: 长城汽车" in dialog.summary_label.text()
    with db.unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0  # preview wrote nothing
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as blocker:
        dialog.import_button.click()
    assert blocker.args[0].created == 4
    with db.unit_of_work() as s:
        assert sorted(p.name for p in s.scalars(select(Person))) == ["张伟", "李娜", "王芳", "赵强"]


def test_changing_a_column_updates_the_preview(db: Database, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sheet = tmp_path / "crm.csv"
    sheet.write_text("代号,号码,客户单位\n老张,13800000000,华东移动\n", encoding="utf-8")
    dialog = ImportDialog(db, path=sheet, lang="en")
    qtbot.addWidget(dialog)
    _ready(qtbot, dialog)
    assert dialog.preview is not None and dialog.preview.plan is None
    assert "Which column holds the names" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()
    model = dialog.mapping_model
    model.setData(model.index(0, 2), "name", Qt.ItemDataRole.EditRole)
    model.setData(model.index(2, 2), "account", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    assert dialog.preview_model.index(0, 2).data() == "老张"
    assert dialog.preview_model.index(0, 3).data() == "华东移动 (new)"
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    # the corrected columns are remembered for the next file with these headers
    again = ImportDialog(db, path=sheet, lang="en")
    qtbot.addWidget(again)
    _ready(qtbot, again)
    assert again.mapping_model.mapping == ["name", "phones", "account"]


@pytest.mark.parametrize("content", [b"\x89PNG\r\n\x1a\n\x00\x00", b""])
def test_a_malformed_file_shows_one_message_and_imports_nothing(
    db: Database, qtbot, tmp_path: Path, content: bytes  # type: ignore[no-untyped-def]
) -> None:
    bad = tmp_path / "contacts.csv"
    bad.write_bytes(content)
    dialog = ImportDialog(db, path=bad, lang="zh")
    qtbot.addWidget(dialog)
    _ready(qtbot, dialog)
    assert dialog.status_label.text() in ("文件是空的。",
                                          "这不是 CSV 文本文件（含二进制数据）。如果是 Excel 工作簿，请以 .xlsx 导入。")
    assert not dialog.import_button.isEnabled()


def test_vcards_into_a_chosen_account(db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        acc = Account(name="华东移动")
        s.add_all([acc, Person(account=acc, name="李娜", phones=["139 1234 5678"])])
    dialog = ImportDialog(db, path=DATA / "android_contacts.vcf", lang="en")
    qtbot.addWidget(dialog)
    _ready(qtbot, dialog)
    assert not dialog.mapping_group.isVisibleTo(dialog)
    dialog.account_combo.setCurrentIndex(dialog.account_combo.findText("华东移动"))
    qtbot.waitUntil(lambda: dialog.preview_model.index(0, 3).data() == "华东移动", timeout=10_000)
    assert dialog.preview_model.index(0, 1).data() == "Merge"
    dialog.duplicates_combo.setCurrentIndex(1)  # skip the row
    qtbot.waitUntil(lambda: dialog.preview_model.index(0, 1).data() == "Skip", timeout=10_000)
    dialog.duplicates_combo.setCurrentIndex(2)  # keep both
    qtbot.waitUntil(lambda: dialog.preview_model.index(0, 1).data() == "New", timeout=10_000)
    # one row's own choice: merge this one after all
    model = dialog.preview_model
    assert model.setData(model.index(0, 1), "merge", Qt.ItemDataRole.EditRole)
    assert model.index(0, 1).data() == "Merge" and "1 merged" in dialog.summary_label.text()
    assert not model.setData(model.index(1, 1), "merge", Qt.ItemDataRole.EditRole)  # not a duplicate
    assert model.setData(model.index(0, 1), "keep", Qt.ItemDataRole.EditRole)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    with db.unit_of_work() as s:
        assert sorted(p.name for p in s.scalars(select(Person))) == ["李娜", "李娜", "王芳"]
        assert {p.account.name for p in s.scalars(select(Person))} == {"华东移动"}
