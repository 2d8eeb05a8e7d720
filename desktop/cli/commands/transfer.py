"""``dossier export`` and ``dossier import``: every format goes through desktop.transfer."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import find_account, open_db
from desktop.cli.dbguard import plain_database_errors
from desktop.errors import ImportFileError
from desktop.transfer import FORMATS, format_module, guess_format


def register(sub: Any) -> None:
    exp = sub.add_parser("export", help="write dossiers to a file (json is the lossless format)")
    exp.add_argument("--format", choices=FORMATS, default="json")
    exp.add_argument("--account", metavar="NAME", help="only this account")
    exp.add_argument("-o", "--output", metavar="FILE", required=True, type=Path)
    exp.set_defaults(func=run_export)

    imp = sub.add_parser("import", help="read a file into the dossiers (all or nothing)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--format", choices=FORMATS, help="default: from the file's extension")
    imp.add_argument("--account", metavar="NAME", help="put the people into this account")
    imp.set_defaults(func=run_import)


def run_export(args: argparse.Namespace) -> int:
    module = format_module(args.format)
    with plain_database_errors(open_db(args)) as db, db.unit_of_work() as session:
        account = find_account(session, args.account) if args.account else None
        count = module.export(session, args.output, account=account)
    print(f"Wrote {count} records to {args.output}.")
    return 0


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
    module = format_module(args.format or guess_format(path))
    with plain_database_errors(open_db(args)) as db, db.unit_of_work() as session:
        account = find_account(session, args.account) if args.account else None
        report = module.import_file(session, path, account=account)
    print(f"Imported {report.created} new and {report.updated} updated records"
          f" ({report.skipped} skipped) from {path}.")
    for line, reason in report.problems:
        print(f"  line {line}: {reason}")
    return 0
