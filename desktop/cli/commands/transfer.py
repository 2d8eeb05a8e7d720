"""``dossier export`` and ``dossier import``: every format goes through desktop.transfer."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import find_account, open_db
from desktop.db.session import resolve_data_dir
from desktop.errors import ImportFileError
from desktop.transfer import FORMATS, format_module, guess_format

DUPLICATES = ("merge", "skip", "keep")


def register(sub: Any) -> None:
    exp = sub.add_parser("export", help="write dossiers to a file (json is the lossless format)")
    exp.add_argument("--format", choices=FORMATS, default="json")
    exp.add_argument("--account", metavar="NAME", help="only this account")
    exp.add_argument(
        "--what", choices=("people", "interactions", "commitments"),
        help="csv: which table (default people); xlsx: one sheet only (default all three)",
    )
    exp.add_argument("--lang", choices=("zh", "en"), default="zh",
                     help="csv/xlsx: language of the headers and labels (default zh)")
    exp.add_argument("-o", "--output", metavar="FILE", required=True, type=Path)
    exp.set_defaults(func=run_export)

    imp = sub.add_parser("import", help="read a file into the dossiers (all or nothing)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--format", choices=FORMATS, help="default: from the file's extension")
    imp.add_argument("--account", metavar="NAME",
                     help="put the people into this account (default: the account or "
                          "organisation column; missing accounts are created)")
    imp.add_argument("--duplicates", choices=DUPLICATES, default="merge",
                     help="same name and a shared phone or email: merge into the existing "
                          "person (default), skip the row, or keep both")
    imp.add_argument("--dry-run", action="store_true",
                     help="show what would be imported, change nothing")
    imp.add_argument("--encoding", metavar="ENC",
                     help="csv/vcf: text encoding (utf-8, gbk …); default: detected")
    imp.add_argument("--mapping", metavar="SPEC",
                     help='csv/xlsx: which column is which field, e.g. "联系人=name,手机=phones"; '
                          "other columns are guessed from their headers")
    imp.add_argument("--save-mapping", action="store_true",
                     help="csv/xlsx: remember this mapping for files with the same headers")
    imp.set_defaults(func=run_import)


def run_export(args: argparse.Namespace) -> int:
    module = format_module(args.format)
    extra: dict[str, Any] = {}
    if args.format in ("csv", "xlsx"):
        extra = {"lang": args.lang}
        if args.what:
            extra["what"] = args.what
    db = open_db(args)
    try:
        with db.unit_of_work() as session:
            account = find_account(session, args.account) if args.account else None
            count = module.export(session, args.output, account=account, **extra)
    finally:
        db.close()
    print(f"Wrote {count} records to {args.output}.")
    return 0


def _save_mapping(args: argparse.Namespace, fmt: str, data_dir: Path) -> None:
    from desktop.transfer import mapping as mapping_mod
    from desktop.transfer.tables import resolve_mapping

    module = format_module(fmt)
    table = (
        module.read_table(args.file.read_bytes(), encoding=args.encoding)
        if fmt == "csv" else module.read_table(args.file)
    )
    chosen = resolve_mapping(table, args.mapping, data_dir)
    mapping_mod.save(data_dir, table.headers, chosen)


def run_import(args: argparse.Namespace) -> int:
    path: Path = args.file
    if path.is_dir():
        raise ImportFileError(
            f"{path} is a folder; give the file to import.", f"{path} 是文件夹，请给出要导入的文件。"
        )
    if not path.is_file():
        raise ImportFileError(
            f"There is no file {path}.", f"文件 {path} 不存在。"
        )
    fmt = args.format or guess_format(path)
    module = format_module(fmt)
    data_dir = resolve_data_dir(args.data_dir)
    options: dict[str, Any] = {}
    if fmt in ("csv", "xlsx", "vcf"):
        from desktop.transfer.people import Duplicates

        options = {
            "duplicates": Duplicates(args.duplicates), "dry_run": args.dry_run,
            "encoding": args.encoding, "mapping": args.mapping, "data_dir": data_dir,
        }
    db = open_db(args)
    try:
        with db.unit_of_work() as session:
            account = find_account(session, args.account) if args.account else None
            report = module.import_file(session, path, account=account, **options)
            if args.dry_run:
                session.rollback()
    finally:
        db.close()
    if args.save_mapping and fmt in ("csv", "xlsx") and not args.dry_run:
        _save_mapping(args, fmt, data_dir)
    verb = "Would import" if args.dry_run else "Imported"
    print(f"{verb} {report.created} new and {report.updated} merged records"
          f" ({report.skipped} skipped) from {path}.")
    if report.details.get("accounts_created"):
        print(f"  {report.details['accounts_created']} new accounts.")
    for line, reason in report.problems:
        print(f"  line {line}: {reason}")
    if args.dry_run:
        print("Nothing was changed (--dry-run).")
    return 0
