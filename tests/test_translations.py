"""Every user-visible string of the UI has a Chinese and an English translation."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from tools.i18n import TS_DIR, lupdate

ROOT = Path(__file__).resolve().parent.parent


def _messages(ts: Path) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in {"unfinished", "obsolete", "vanished"}
            text = "".join(translation.itertext()).strip() if translation is not None else ""
            found[(name, message.findtext("source") or "")] = text if done else ""
    return found


def test_every_tr_string_is_translated_in_both_languages(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "desktop" / "ui").rglob("*.py"))
    scratch = tmp_path / "all.ts"
    subprocess.run([lupdate(), "-silent", *sources, "-ts", str(scratch)], check=True)
    wanted = set(_messages(scratch))
    assert wanted, "lupdate found no tr() strings in desktop/ui"
    for suffix in ("zh_CN", "en"):
        have: dict[tuple[str, str], str] = {}
        for ts in TS_DIR.glob(f"*_{suffix}.ts"):
            have.update({k: v for k, v in _messages(ts).items() if v})
        missing = sorted(f"[{ctx}] {src}" for ctx, src in wanted - set(have))
        assert not missing, f"untranslated in {suffix}:\n" + "\n".join(missing[:40])


def test_english_counts_read_naturally(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.i18n import Translations

    translations = Translations(cache=tmp_path / "qm")
    translations.install("en")
    try:
        one = QCoreApplication.translate("PeopleModel", "%n day(s) ago", "", 1)
        many = QCoreApplication.translate("PeopleModel", "%n day(s) ago", "", 5)
        assert (one, many) == ("1 day ago", "5 days ago")
    finally:
        translations.install("en")
