"""``dossier map ACCOUNT -o FILE.png|.pdf``: the decision-chain map as an image or a printable PDF."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from desktop.cli.common import find_account, open_db
from desktop.errors import DossierError


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "map", help="export an account's decision-chain map as PNG or PDF",
        description="Draw the account's decision chain (org chart, relationships, optionally our "
        "team's coverage) with its legend, as a .png image or a printable .pdf.",
    )
    parser.add_argument("account", metavar="ACCOUNT", help="account name, short name or id")
    parser.add_argument("-o", "--output", metavar="FILE", required=True, type=Path,
                        help="where to write: FILE.png or FILE.pdf")
    parser.add_argument("--lang", choices=("en", "zh"), default="en",
                        help="language of the labels and legend (default: en)")
    parser.add_argument("--team", action="store_true",
                        help="also draw our team members and their coverage lines")
    parser.set_defaults(func=run_map)


def headless_if_needed() -> None:
    """Draw offscreen when there is no display (a server, a CI run, an SSH session)."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def map_image(db: Any, account_id: str, lang: str) -> bytes | None:
    """The map as PNG bytes for a PDF (brief, handover); None if it cannot be drawn here."""
    headless_if_needed()
    try:
        from PySide6.QtWidgets import QApplication

        from desktop.ui.i18n import Translations
        from desktop.ui.map import map_png

        app = QApplication.instance() or QApplication(sys.argv[:1])
        translations = Translations()
        translations.install("zh" if lang == "zh" else "en")
        try:
            return map_png(db, account_id, "zh" if lang == "zh" else "en")
        finally:
            translations.install("en")
            app.processEvents()
    except Exception:  # the document is still made, without the picture
        return None


def run_map(args: argparse.Namespace) -> int:
    suffix = args.output.suffix.lower()
    if suffix not in (".png", ".pdf"):
        raise DossierError(
            f"The map can be written as .png or .pdf, not {suffix or 'a file without extension'}.",
            f"地图只能导出为 .png 或 .pdf 文件，不能导出为 {suffix or '无扩展名的文件'}。",
        )
    headless_if_needed()
    db = open_db(args, readonly=True)
    try:
        with db.unit_of_work() as session:
            account = find_account(session, args.account)
            account_id, name = account.id, account.name
        # Qt only now: the rest of the CLI never loads it.
        from PySide6.QtWidgets import QApplication

        from desktop.ui.i18n import Translations
        from desktop.ui.map.export import export_scene, scene_for_account

        app = QApplication.instance() or QApplication(sys.argv[:1])
        translations = Translations()
        translations.install(args.lang)
        scene, title = scene_for_account(db, account_id, args.lang, coverage=args.team)
        try:
            export_scene(scene, args.output, title or name, args.lang)
        finally:
            translations.install("en")  # leave the application as it was found
            scene.clear()
            scene.deleteLater()
            app.processEvents()
    finally:
        db.close()
    print(f"Wrote the map of {name} to {args.output}.")
    return 0
