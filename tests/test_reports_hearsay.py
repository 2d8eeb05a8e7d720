"""The hearsay marker "(传闻)" is one unit in a PDF: a line never ends inside it."""

from __future__ import annotations

import pytest

from desktop.reports.layout import KEEP_TOGETHER, P, Styles


def _lines(text: str, width: float) -> list[str]:
    paragraph = P(text, Styles.dense().cell)
    paragraph.wrap(width, 10_000)
    return ["".join(f.text for f in line.words) for line in paragraph.blPara.lines]


@pytest.mark.parametrize("text", [
    "许晴是阻挡者，影响力很大，据说她和鼎信关系密切 (传闻)",
    "支持者 (传闻 hearsay)",
    "积极 (传闻)，说明文字 and some English words (hearsay) 继续写下去",
])
def test_no_line_breaks_inside_the_hearsay_marker(text: str) -> None:
    for width in range(70, 330, 2):  # every place the marker (~55 pt) could fall at a line's end
        lines = _lines(text, width)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost
        joined = "\n".join(lines)
        for group in KEEP_TOGETHER:
            if group in text:
                assert group in joined, (width, lines)


def test_other_chinese_text_still_wraps_anywhere() -> None:
    lines = _lines("一二三四五六七八九十" * 6 + " (传闻)", 100)
    assert len(lines) > 3 and lines[-1].endswith("(传闻)")
