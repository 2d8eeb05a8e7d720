"""The bundled Noto Sans SC fonts, registered with ReportLab once per process.

ReportLab embeds a subset of each TrueType font (only the glyphs used), so every
viewer shows the same text with no system fonts, and the text stays selectable.
The fonts cover Latin and the GB18030 ideographs, rare name characters included
(喆 堃 昇 珺 赟); characters they lack (emoji, Arabic, Hebrew) show as a box.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from desktop.errors import DossierError
from desktop.paths import resource
from desktop.reports import linebreak

REGULAR = "NotoSansSC"
BOLD = "NotoSansSC-Bold"
FILES = {REGULAR: "NotoSansSC-Regular.ttf", BOLD: "NotoSansSC-Bold.ttf"}

_lock = threading.Lock()


class ReportError(DossierError):
    """A PDF could not be made for a reason the user can fix (fonts, file, logo)."""


def font_path(name: str) -> Path:
    return resource("fonts", FILES[name])


def ensure_fonts() -> None:
    """Register Regular and Bold (and the bold mapping used by <b> markup), once."""
    with _lock:
        if REGULAR in pdfmetrics.getRegisteredFontNames():
            return
        linebreak.install()
        for name in (REGULAR, BOLD):
            path = font_path(name)
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except (OSError, TTFError) as exc:
                raise ReportError(
                    f"The Chinese font file {path} is missing or damaged, so no PDF can be made. "
                    "Reinstall Dossier to restore it.",
                    f"中文字体文件 {path} 缺失或已损坏，无法生成 PDF。请重新安装 Dossier。",
                ) from exc
        # <b> gives Bold; there is no italic face. The plain mappings go last, so that
        # each font name maps back to (family, bold, italic) without the italic flag.
        for family in (REGULAR, BOLD):
            addMapping(family, 0, 1, family)
            addMapping(family, 1, 1, BOLD)
        addMapping(BOLD, 0, 0, BOLD)
        addMapping(BOLD, 1, 0, BOLD)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 0, REGULAR)


@lru_cache(maxsize=1)
def covered_codepoints() -> frozenset[int]:
    """Code points the regular font can draw."""
    ensure_fonts()
    font = pdfmetrics.getFont(REGULAR)
    return frozenset(font.face.charToGlyph)
