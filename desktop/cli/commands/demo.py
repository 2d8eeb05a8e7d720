"""``dossier demo``: fill an empty dossier with three realistic demo accounts."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.backup.backups import backup_database
from desktop.cli.common import open_db
from desktop.demo import erase_all, has_data, load_demo
from desktop.errors import DossierError


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "demo",
        help="load demo data: three accounts, our team and a year of history",
        description="Load the demo dossiers (a telecom operator, a car maker, a hospital group) "
        "with dates relative to today. Refuses to touch a dossier that already holds data "
        "unless --force is given (a backup is kept first).",
    )
    parser.add_argument("--force", action="store_true",
                        help="replace the existing data with the demo (after a backup)")
    parser.add_argument("--if-empty", action="store_true",
                        help="do nothing, successfully, when the dossier already holds data")
    parser.set_defaults(func=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        with db.unit_of_work() as session:
            existing = has_data(session)
        backup = None
        if existing:
            if args.if_empty:
                print(f"The dossier in {db.path.parent if db.path else '?'} already holds data; "
                      "left as it is.")
                return 0
            if not args.force:
                raise DossierError(
                    "This dossier already holds data; 'dossier demo --force' replaces it with "
                    "the demo (a backup is kept), 'dossier demo --if-empty' leaves it alone.",
                    "此档案已有数据；'dossier demo --force' 会先备份再用演示数据替换，"
                    "'dossier demo --if-empty' 则保持不变。",
                )
            if db.path is not None:
                # The verified backup every other command makes: it works on an encrypted
                # dossier and 'dossier backups' / 'dossier restore' know it.
                backup = backup_database(db, reason="pre-demo", rotate_after=False)[0]
        with db.unit_of_work() as session:
            if existing:
                erase_all(session)
            counts = load_demo(session)
    print(
        f"Loaded the demo: {counts.get('account', 0)} accounts, {counts.get('person', 0)} people, "
        f"{counts.get('interaction', 0)} interactions, {counts.get('commitment', 0)} commitments."
    )
    if backup is not None:
        print(f"The previous data was backed up to {backup}.")
    return 0
