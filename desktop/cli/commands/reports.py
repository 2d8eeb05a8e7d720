"""``dossier memo``, ``dossier brief`` and ``dossier handover``: the PDF reports."""

from __future__ import annotations

import argparse
import locale
import os
from pathlib import Path
from typing import Any

from desktop.cli.common import find_account, find_by_id, open_db
from desktop.db.models import Interaction


def default_lang() -> str:
    """Chinese when the user's language is Chinese, else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    loc = locale.getlocale()[0] or ""
    return "zh" if loc.lower().startswith("zh") else "en"


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", metavar="FILE.pdf", required=True, type=Path)
    p.add_argument("--lang", choices=("zh", "en", "both"),
                   help="language of the labels (default: your system language)")
    p.add_argument("--company", metavar="NAME", default="", help="our company name in the header")
    p.add_argument("--logo", metavar="IMAGE", type=Path, help="our logo (PNG or JPEG) in the header")


def register(sub: Any) -> None:
    memo = sub.add_parser("memo", help="the meeting memo of an interaction, to send to the client")
    memo.add_argument("interaction", metavar="INTERACTION", help="interaction id (or a unique prefix)")
    _common(memo)
    memo.set_defaults(func=run_memo)

    brief = sub.add_parser("brief", help="the internal pre-visit brief of a planned interaction")
    brief.add_argument("interaction", metavar="INTERACTION", help="interaction id (or a unique prefix)")
    _common(brief)
    brief.set_defaults(func=run_brief)

    handover = sub.add_parser("handover", help="the internal handover dossier of an account")
    handover.add_argument("account", metavar="ACCOUNT", help="account name, short name or id")
    _common(handover)
    handover.set_defaults(func=run_handover)


def _run(args: argparse.Namespace, kind: str) -> int:
    from desktop.cli.commands.map import map_image
    from desktop.reports import build_brief, build_handover, build_memo

    lang = args.lang or default_lang()
    db = open_db(args, readonly=True)
    try:
        with db.unit_of_work() as session:
            options = {"lang": lang, "company": args.company, "logo": args.logo,
                       "output": args.output}
            if kind == "handover":
                account = find_account(session, args.account)
                data = build_handover(session, account.id, map_png=map_image(db, account.id, lang),
                                      **options)
            elif kind == "brief":
                interaction = find_by_id(session, Interaction, args.interaction, "interaction")
                data = build_brief(session, interaction.id,
                                   map_png=map_image(db, interaction.account_id, lang), **options)
            else:
                interaction = find_by_id(session, Interaction, args.interaction, "interaction")
                data = build_memo(session, interaction.id, **options)
    finally:
        db.close()
    print(f"Wrote {args.output} ({len(data) // 1024 + 1} KB).")
    return 0


def run_memo(args: argparse.Namespace) -> int:
    return _run(args, "memo")


def run_brief(args: argparse.Namespace) -> int:
    return _run(args, "brief")


def run_handover(args: argparse.Namespace) -> int:
    return _run(args, "handover")
