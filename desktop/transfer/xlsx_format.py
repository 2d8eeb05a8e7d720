"""Excel workbooks (.xlsx, via openpyxl) in and out. No Qt here.

Import reads the sheet named People/联系人 if there is one, else the first sheet;
its first non-empty row is the header. Export writes three sheets: people,
interactions and commitments, with text cells escaped against formulas.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.db.models import Account
from desktop.errors import ImportFileError
from desktop.transfer import ImportReport
from desktop.transfer.people import Duplicates
from desktop.transfer.tables import (
    WHAT,
    Cell,
    Table,
    cannot_write,
    export_table,
    import_table,
)
from desktop.transfer.values import clean, escape_cell

EXTENSIONS = (".xlsx", ".xlsm")
MAX_ROWS = 100_000
SHEET_NAMES = {
    "zh": {"people": "联系人", "interactions": "互动记录", "commitments": "承诺"},
    "en": {"people": "People", "interactions": "Interactions", "commitments": "Commitments"},
}


def _not_a_workbook(path: Path) -> ImportFileError:
    return ImportFileError(
        f"{Path(path).name} is not an Excel workbook (.xlsx) or it is damaged. Open it in "
        "Excel and save it again as .xlsx, or as CSV UTF-8.",
        f"{Path(path).name} 不是 Excel 工作簿（.xlsx）或已损坏。请在 Excel 中打开并另存为 .xlsx 或“CSV UTF-8”。",
    )


def read_table(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise ImportFileError(
            f"Cannot read {path} ({exc.strerror or exc}).", f"无法读取 {path}（{exc.strerror or exc}）。"
        ) from exc
    except Exception as exc:  # zipfile, XML and openpyxl errors of a damaged file
        raise _not_a_workbook(path) from exc
    try:
        names = {clean(n).casefold(): n for n in book.sheetnames}
        wanted = next((names[k] for k in ("people", "联系人", "contacts") if k in names), None)
        sheet = book[wanted] if wanted else book.worksheets[0]
        table: Table | None = None
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells: list[Any] = ["" if v is None else v for v in values]
            if table is None:
                if any(clean(c) for c in cells):
                    table = Table(headers=[clean(c) for c in cells])
                continue
            table.rows.append((number, cells))
            if len(table.rows) > MAX_ROWS:
                raise ImportFileError(
                    f"The sheet has more than {MAX_ROWS} rows; split it.",
                    f"工作表超过 {MAX_ROWS} 行，请拆分。",
                )
    except ImportFileError:
        raise
    except Exception as exc:  # a damaged workbook can make openpyxl raise anything
        raise _not_a_workbook(path) from exc
    finally:
        book.close()
    if table is None:
        raise ImportFileError("The workbook's sheet is empty.", "工作表是空的。")
    return table


def import_file(
    session: Session,
    path: Path,
    *,
    account: Account | None = None,
    mapping: Sequence[str] | str | None = None,
    data_dir: Path | None = None,
    duplicates: Duplicates = Duplicates.MERGE,
    dry_run: bool = False,
    **_ignored: object,
) -> ImportReport:
    table = read_table(path)
    return import_table(
        session, table, account=account, mapping=mapping, data_dir=data_dir,
        duplicates=duplicates, dry_run=dry_run,
    )


def _cell(value: Cell) -> Cell:
    if isinstance(value, str):
        return escape_cell(value)
    return value


def export(
    session: Session,
    path: Path,
    *,
    account: Account | None = None,
    what: str | None = None,
    lang: str = "zh",
    **_ignored: object,
) -> int:
    """All three tables as sheets (or only ``what``); returns the number of people written."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    written = 0
    for kind in ([what] if what else list(WHAT)):
        headers, rows = export_table(session, kind, account, lang)
        sheet = book.create_sheet(SHEET_NAMES["zh" if lang == "zh" else "en"][kind])
        sheet.append([_cell(h) for h in headers])
        for row in rows:
            sheet.append([_cell(v) for v in row])
        for column, value in zip(sheet.columns, headers, strict=False):
            column[0].font = Font(bold=True)
            sheet.column_dimensions[column[0].column_letter].width = max(10, min(40, len(value) * 2 + 4))
        for row_cells in sheet.iter_rows(min_row=2):
            for c in row_cells:
                if isinstance(c.value, datetime):
                    c.number_format = "yyyy-mm-dd hh:mm"
                elif isinstance(c.value, date):
                    c.number_format = "yyyy-mm-dd"
        sheet.freeze_panes = "A2"
        if kind == "people" or what:
            written = len(rows)
    try:
        book.save(path)
    except OSError as exc:
        raise cannot_write(path, exc) from exc
    return written
