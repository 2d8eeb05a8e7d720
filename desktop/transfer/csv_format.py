"""CSV in (UTF-8 with or without BOM, GBK/GB18030 as Chinese Excel writes) and out. No Qt here.

Export writes UTF-8 with a BOM so that Excel opens Chinese correctly, and escapes
cells that Excel would run as a formula (= + - @ tab CR).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.db.models import Account
from desktop.errors import ImportFileError
from desktop.transfer import ImportReport
from desktop.transfer.people import Duplicates
from desktop.transfer.tables import (
    Cell,
    Table,
    cannot_read,
    cannot_write,
    export_table,
    import_table,
)
from desktop.transfer.values import escape_cell

EXTENSIONS = (".csv", ".txt")
ENCODINGS = ("utf-8", "gb18030", "utf-16")  # gb18030 is a superset of GBK and GB2312
MAX_BYTES = 50 * 1024 * 1024
MAX_FIELD = 1_000_000


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding used): the given one, else BOM, UTF-8, then GB18030."""
    if encoding:
        enc = encoding.lower().replace("_", "-")
        if enc in ("gbk", "gb2312", "cp936"):
            enc = "gb18030"
        try:
            return data.decode("utf-8-sig" if enc in ("utf-8", "utf8") else enc), enc
        except (ValueError, LookupError) as exc:  # UnicodeDecodeError, or a garbled name
            raise ImportFileError(
                f"The file cannot be read as {encoding}. Choose another encoding (UTF-8 or GBK).",
                f"无法按 {encoding} 编码读取此文件，请选择其他编码（UTF-8 或 GBK）。",
            ) from exc
    if data.startswith(codecs.BOM_UTF8):
        data, enc = data[3:], "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise ImportFileError(
        "Cannot tell this file's text encoding. Save it from Excel as \"CSV UTF-8\", or choose "
        "the encoding (e.g. --encoding gbk).",
        "无法识别此文件的文字编码。请在 Excel 中另存为“CSV UTF-8”，或指定编码（例如 --encoding gbk）。",
    )


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t", "，")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_table(data: bytes, *, encoding: str | None = None) -> Table:
    """The header row and the data rows with their line numbers."""
    if len(data) > MAX_BYTES:
        raise ImportFileError(
            "The file is larger than 50 MB; split it into smaller files.",
            "文件超过 50 MB，请拆分成较小的文件。",
        )
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportFileError(
            "This is not a CSV text file (it holds binary data). If it is an Excel workbook, "
            "import it as .xlsx.",
            "这不是 CSV 文本文件（含二进制数据）。如果是 Excel 工作簿，请以 .xlsx 导入。",
        )
    text, used = decode(data, encoding)
    text = text.replace("\x00", "")
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        raise ImportFileError("The file is empty.", "文件是空的。")
    first = next(line for line in lines if line.strip())
    csv.field_size_limit(MAX_FIELD)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first))
    table: Table | None = None
    try:
        start = 1
        for cells in reader:
            if table is None:
                if any(c.strip() for c in cells):
                    table = Table(headers=[c.strip() for c in cells], encoding=used)
            else:
                table.rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ImportFileError(
            f"Line {reader.line_num} of the file is not valid CSV ({exc}). Nothing was imported.",
            f"文件第 {reader.line_num} 行不是有效的 CSV（{exc}），未导入任何内容。",
        ) from exc
    if table is None:
        raise ImportFileError("The file is empty.", "文件是空的。")
    return table


def import_file(
    session: Session,
    path: Path,
    *,
    account: Account | None = None,
    encoding: str | None = None,
    mapping: Sequence[str] | str | None = None,
    data_dir: Path | None = None,
    duplicates: Duplicates = Duplicates.MERGE,
    dry_run: bool = False,
    **_ignored: object,
) -> ImportReport:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise cannot_read(path, exc) from exc
    table = read_table(data, encoding=encoding)
    return import_table(
        session, table, account=account, mapping=mapping, data_dir=data_dir,
        duplicates=duplicates, dry_run=dry_run,
    )


def _cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return escape_cell(str(value))


def write_csv(path: Path, headers: list[str], rows: list[list[Cell]]) -> None:
    try:
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([_cell(h) for h in headers])
            writer.writerows([_cell(v) for v in row] for row in rows)
    except OSError as exc:
        raise cannot_write(path, exc) from exc


def export(
    session: Session,
    path: Path,
    *,
    account: Account | None = None,
    what: str = "people",
    lang: str = "zh",
    **_ignored: object,
) -> int:
    headers, rows = export_table(session, what, account, lang)
    write_csv(path, headers, rows)
    return len(rows)
