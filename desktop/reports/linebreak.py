"""Better line breaking for mixed Chinese/English text than ReportLab's own.

ReportLab's CJK wrapping (``wordWrap="CJK"``) breaks between any two Chinese
characters, as it should, but when a line fills up inside an English word it
only looks back half a line for a space: in a narrow table cell it then cuts
"proof-of-concept" or "commitments" in the middle. This version looks back over
the whole line for a space or a Chinese character to break after, and only
cuts a word that is longer than the line. Everything else (which characters may
not start a line, line ends, justification) is ReportLab's.

``install()`` puts it in place of ReportLab's function; it is called once when
the report fonts are registered.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from unicodedata import category

from reportlab.lib.textsplit import ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import paragraph as _rl
from reportlab.rl_config import _FUZZ

_NO_BREAK = "\u00a0\u2007\u202f"  # no-break spaces


def _breakable_after(ch: str) -> bool:
    """May a line end after this character? Spaces, CJK (ord >= 0x3000), - and / allow it."""
    if not ch:
        return False
    if category(ch) == "Zs":
        return ch not in _NO_BREAK
    return ord(ch) >= 0x3000 or ch in "-/"


def _line_ranges(chars: Sequence[str], widths: Sequence[float], max_widths: Sequence[float],
                 forced: Sequence[bool] | None = None) -> list[tuple[int, int]]:
    """Where each line starts and ends: (start, end) index ranges into ``chars``."""
    out: list[tuple[int, int]] = []
    i = line_start = 0
    used = 0.0
    max_width = max_widths[0]
    while i < len(chars):
        c = chars[i]
        used += widths[i]
        i += 1
        hard = bool(forced and forced[i - 1])
        if not (hard or (used > max_width + _FUZZ and used > 0)):
            continue
        end = i
        if not hard:
            if c and ord(c) < 0x3000 and category(c) != "Zs":
                # inside a Western word: end the line after the line's last space or
                # CJK character (ReportLab looks back only half a line)
                end = next((j + 1 for j in range(i - 2, line_start - 1, -1)
                            if _breakable_after(chars[j])), i - 1)
            elif c not in ALL_CANNOT_START:
                end = i - 1  # push this character to the next line
            end = max(end, line_start + 1)  # always make progress
            while end < len(chars) and chars[end] and category(chars[end]) == "Zs":
                end += 1  # spaces end this line (invisibly), never start the next
        out.append((line_start, end))
        max_width = max_widths[min(len(out), len(max_widths) - 1)]
        i = line_start = end  # what was pushed back is laid out again on the next line
        used = 0.0
    if line_start < len(chars):
        out.append((line_start, len(chars)))
    return out


def word_split(word: str, maxWidths: Any, fontName: str, fontSize: float,
               encoding: str = "utf8") -> list[list[Any]]:
    """ReportLab's single-font CJK splitter: [[extra space, text], …] per line."""
    if isinstance(word, bytes):
        word = word.decode(encoding)
    if not isinstance(maxWidths, (list, tuple)):
        maxWidths = [maxWidths]
    widths = [stringWidth(c, fontName, fontSize) for c in word]
    lines = []
    for n, (a, b) in enumerate(_line_ranges(word, widths, maxWidths)):
        max_width = maxWidths[min(n, len(maxWidths) - 1)]
        lines.append([max_width - sum(widths[a:b]), word[a:b]])
    return lines


def cjk_frag_split(frags: Any, maxWidths: Any, calcBounds: Any, encoding: str = "utf8") -> Any:
    """ReportLab's multi-font CJK splitter (bold runs, line breaks), same rule."""
    units: list[Any] = []
    for f in frags:
        text = f.text
        if isinstance(text, bytes):
            text = text.decode(encoding)
        if text:
            units.extend(_rl.cjkU(t, f, encoding) for t in text)
        else:
            units.append(_rl.cjkU(text, f, encoding))
    widths = []
    for n, u in enumerate(units):
        w = u.width
        if hasattr(w, "normalizedValue"):
            w._normalizer = maxWidths[min(n, len(maxWidths) - 1)]
            w = w.normalizedValue(w._normalizer)
        widths.append(w)
    forced = [hasattr(u.frag, "lineBreak") for u in units]
    lines = []
    for n, (a, b) in enumerate(_line_ranges(units, widths, maxWidths, forced)):
        max_width = maxWidths[min(n, len(maxWidths) - 1)]
        used = sum(widths[a:b])
        lines.append(_rl.makeCJKParaLine(units[a:b], max_width, used, max_width - used,
                                         forced[b - 1], calcBounds))
    return _rl.ParaLines(kind=1, lines=lines)


def install() -> None:
    """Use these splitters in ReportLab's paragraphs (idempotent)."""
    _rl.cjkFragSplit = cjk_frag_split
    _rl.wordSplit = word_split
