#!/usr/bin/env python3
"""Translation sources: one .ts pair per feature in resources/translations.

  python tools/i18n.py update FEATURE FILE.py [FILE.py …]   # lupdate → FEATURE_zh_CN.ts, FEATURE_en.ts
  python tools/i18n.py fill FEATURE MAP.json                # {"source": "中文"} into FEATURE_zh_CN.ts
  python tools/i18n.py english                               # refresh every *_en.ts (plurals too)
  python tools/i18n.py check                                 # unfinished zh_CN entries; exit 1 if any

The English files carry translation == source (kept complete automatically).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"


def lupdate() -> str:
    import PySide6

    return str(Path(PySide6.__file__).parent / "lupdate")


def _write(tree: ET.ElementTree, path: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def update(feature: str, files: list[str]) -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for suffix in ("zh_CN", "en"):
        ts = TS_DIR / f"{feature}_{suffix}.ts"
        subprocess.run([lupdate(), "-silent", "-no-obsolete", "-source-language", "en",
                        "-target-language", suffix, *files, "-ts", str(ts)], check=True)
    fill_english(TS_DIR / f"{feature}_en.ts")


def fill_english(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            # English has two forms: "%n day(s) ago" → "%n day ago" / "%n days ago".
            translation.attrib.pop("type", None)
            for form in translation.findall("numerusform"):
                translation.remove(form)
            for text in english_forms(source):
                ET.SubElement(translation, "numerusform").text = text
            continue
        translation.text = source
        translation.attrib.pop("type", None)
    _write(tree, ts)


# A verb right after the counted word agrees with it: "%n thing(s) need doing" →
# "1 thing needs doing" / "2 things need doing".
_VERBS = {"need": "needs", "are": "is", "were": "was", "have": "has"}
_COUNTED = re.compile(r"(\w+)\(s\)(?: (" + "|".join(_VERBS) + r")\b)?")


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural English of a numerus source written with "(s)"."""

    def one(m: re.Match[str]) -> str:
        return m.group(1) + (f" {_VERBS[m.group(2)]}" if m.group(2) else "")

    def many(m: re.Match[str]) -> str:
        word = "people" if m.group(1) == "person" else m.group(1) + "s"
        return word + (f" {m.group(2)}" if m.group(2) else "")

    return _COUNTED.sub(one, source), _COUNTED.sub(many, source)


def fill(feature: str, mapping_file: str) -> None:
    mapping: dict[str, str] = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    ts = TS_DIR / f"{feature}_zh_CN.ts"
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        if source not in mapping:
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]:
                form.text = mapping[source]
        else:
            translation.text = mapping[source]
        translation.attrib.pop("type", None)
    _write(tree, ts)


def unfinished() -> list[str]:
    missing = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                text = "".join(translation.itertext()) if translation is not None else ""
                if translation is None or translation.get("type") == "unfinished" or not text.strip():
                    missing.append(f"{ts.name}: [{name}] {message.findtext('source')}")
    return missing


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "update":
        update(argv[1], argv[2:])
    elif len(argv) == 3 and argv[0] == "fill":
        fill(argv[1], argv[2])
    elif argv == ["english"]:
        for ts in sorted(TS_DIR.glob("*_en.ts")):
            fill_english(ts)
    elif argv == ["check"]:
        missing = unfinished()
        print("\n".join(missing) or "all translations complete")
        return 1 if missing else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
