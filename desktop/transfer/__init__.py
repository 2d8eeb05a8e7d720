"""Bringing data in and taking it out. No Qt here.

Each file format is a module ``desktop.transfer.<fmt>_format`` (json, vcf, csv, xlsx)
that defines:

    EXTENSIONS: tuple[str, ...]                    # e.g. (".vcf",)
    def export(session, path, *, account=None) -> int          # records written
    def import_file(session, path, *, account=None) -> ImportReport

``import_file`` runs inside the caller's unit of work and raises ImportFileError
(changing nothing) when the file is malformed: imports are all-or-nothing.

The people formats (vcf, csv, xlsx) also take keyword options: ``duplicates``
("merge" | "skip" | "keep"), ``dry_run`` (plan only), ``encoding`` (csv, vcf),
``mapping`` (csv, xlsx: a field per column, or "header=field,…") and ``data_dir``
(where saved mappings live). Their ``export`` takes ``what`` ("people" |
"interactions" | "commitments"; csv, xlsx) and ``lang`` ("zh" | "en").
The layers behind them: ``values`` (cleaning one value), ``people`` (candidate
people, the preview plan, apply), ``mapping`` (columns to fields), ``tables``
(sheets in and out).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from desktop.errors import ImportFileError

FORMATS = ("json", "vcf", "csv", "xlsx")


@dataclass
class ImportReport:
    """What an import did (or, in a preview, would do)."""

    created: int = 0
    updated: int = 0
    skipped: int = 0
    # (line or row number, reason) of rows that were not imported
    problems: list[tuple[int, str]] = field(default_factory=list)
    details: dict[str, int] = field(default_factory=dict)


def format_module(fmt: str) -> ModuleType:
    if fmt not in FORMATS:
        raise ImportFileError(
            f"Unknown format {fmt!r}; use one of {', '.join(FORMATS)}.",
            f"未知格式“{fmt}”；可用格式：{'、'.join(FORMATS)}。",
        )
    try:
        return importlib.import_module(f"desktop.transfer.{fmt}_format")
    except ModuleNotFoundError as exc:
        raise ImportFileError(
            f"The {fmt} format is not available in this version of Dossier.",
            f"此版本的 Dossier 尚不支持 {fmt} 格式。",
        ) from exc


def guess_format(path: Path) -> str:
    suffix = path.suffix.lower()
    for fmt in FORMATS:
        try:
            module = importlib.import_module(f"desktop.transfer.{fmt}_format")
        except ModuleNotFoundError:
            continue
        if suffix in getattr(module, "EXTENSIONS", ()):
            return fmt
    raise ImportFileError(
        f"Cannot tell the format of {path.name}; give it with --format ({', '.join(FORMATS)}).",
        f"无法判断 {path.name} 的格式；请用 --format 指定（{'、'.join(FORMATS)}）。",
    )
