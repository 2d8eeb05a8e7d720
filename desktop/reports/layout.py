"""Page furniture, paragraph styles and flowable helpers shared by every report.

Every piece of user text goes through ``para()``, which escapes markup, drops
control characters, keeps line breaks and wraps Chinese and English alike
(ReportLab's CJK wrapping keeps Latin words whole). Table cells are paragraphs,
so long names and titles wrap inside their cell.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.textsplit import ALL_CANNOT_START
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paragraph import _FUZZ, ParaLines, cjkU, makeCJKParaLine

from desktop.reports.fonts import BOLD, REGULAR, ReportError, ensure_fonts
from desktop.reports.labels import WORDS

ACCENT = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#6B7280")
RULE = colors.HexColor("#C9D1DC")
SHADE = colors.HexColor("#EEF2F7")
WARN = colors.HexColor("#FDF3E7")
WARN_EDGE = colors.HexColor("#D9822B")

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X

# C0 controls except tab/newline, DEL, C1 controls, lone surrogates, non-characters.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Unicode line/paragraph separators count as line breaks.
_NEWLINES = re.compile("\r\n|\r|\u2028|\u2029")


def clean(text: str | None) -> str:
    """User text made safe for a PDF: no control characters, \\n line breaks only."""
    if not text:
        return ""
    return _BAD_CHARS.sub("", _NEWLINES.sub("\n", str(text)))


def markup(text: str | None) -> str:
    """User text as Paragraph markup: escaped, line breaks kept, tabs as spaces."""
    body = escape(clean(text)).replace("\t", "    ")
    return body.strip("\n").replace("\n", "<br/>")


def _style(name: str, **kw: Any) -> ParagraphStyle:
    ensure_fonts()
    base = {"fontName": REGULAR, "bulletFontName": REGULAR, "fontSize": 10, "leading": 15,
            "wordWrap": "CJK",
            "textColor": colors.black}
    base.update(kw)
    return ParagraphStyle(name, **base)


@dataclass
class Styles:
    body: ParagraphStyle = field(default_factory=lambda: _style("body"))
    # (fields are made before __post_init__, so _style registers the fonts too)
    small: ParagraphStyle = field(
        default_factory=lambda: _style("small", fontSize=8.5, leading=12.5))
    cell: ParagraphStyle = field(default_factory=lambda: _style("cell", fontSize=9, leading=13))
    cell_bold: ParagraphStyle = field(
        default_factory=lambda: _style("cell_bold", fontName=BOLD, fontSize=9, leading=13))
    cell_head: ParagraphStyle = field(default_factory=lambda: _style(
        "cell_head", fontName=BOLD, fontSize=8.5, leading=12, textColor=ACCENT))
    label: ParagraphStyle = field(default_factory=lambda: _style(
        "label", fontSize=8.5, leading=13, textColor=MUTED))
    strip_label: ParagraphStyle = field(default_factory=lambda: _style(
        "strip_label", fontSize=7.5, leading=10.5, textColor=MUTED))
    title: ParagraphStyle = field(default_factory=lambda: _style(
        "title", fontName=BOLD, fontSize=19, leading=25, textColor=ACCENT, spaceAfter=1))
    subtitle: ParagraphStyle = field(default_factory=lambda: _style(
        "subtitle", fontSize=10.5, leading=15, textColor=MUTED, spaceAfter=8))
    h1: ParagraphStyle = field(default_factory=lambda: _style(
        "h1", fontName=BOLD, fontSize=12.5, leading=18, textColor=ACCENT,
        spaceBefore=12, spaceAfter=5))
    h2: ParagraphStyle = field(default_factory=lambda: _style(
        "h2", fontName=BOLD, fontSize=10.5, leading=15, spaceBefore=8, spaceAfter=3))
    bullet: ParagraphStyle = field(default_factory=lambda: _style(
        "bullet", leftIndent=14, bulletIndent=3, spaceAfter=2))
    muted: ParagraphStyle = field(default_factory=lambda: _style(
        "muted", fontSize=9, leading=13, textColor=MUTED))

    def __post_init__(self) -> None:
        ensure_fonts()  # paragraphs resolve their fonts when they are made

    @classmethod
    def dense(cls) -> Styles:
        """The same look set a little tighter, for the brief (read in a car park, on paper)."""
        st = cls()
        st.cell = _style("cell_dense", fontSize=9, leading=12.5)
        st.cell_bold = _style("cell_bold_dense", fontName=BOLD, fontSize=9, leading=12.5)
        st.h1 = _style("h1_dense", fontName=BOLD, fontSize=12.5, leading=17, textColor=ACCENT,
                       spaceBefore=9, spaceAfter=4)
        st.h2 = _style("h2_dense", fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=6,
                       spaceAfter=2)
        return st


_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
                  "\U00020000-\U0003ffff]")
_LATIN_STYLES: dict[int, ParagraphStyle] = {}


def P(text: str, style: ParagraphStyle, **kw: Any) -> Paragraph:
    """A paragraph of markup: CJK line breaking if the text has CJK, else breaking at spaces.

    ReportLab's CJK mode may cut an English word when a line is full, so text
    without any CJK character wraps the Western way (over-long words still split).
    """
    if style.wordWrap == "CJK" and not _CJK.search(text):
        latin = _LATIN_STYLES.get(id(style))
        if latin is None:
            latin = ParagraphStyle(style.name + "_latin", parent=style, wordWrap=None,
                                   splitLongWords=1)
            _LATIN_STYLES[id(style)] = latin
        style = latin
    if style.wordWrap == "CJK" and any(group in text for group in KEEP_TOGETHER):
        return KeepGroupsParagraph(text, style, **kw)
    return Paragraph(text, style, **kw)


# Never wrapped inside: the hearsay marker, "(传闻)", must not leave its bracket behind.
KEEP_TOGETHER = tuple(f"({text})" for text in (*WORDS["hearsay"], " ".join(WORDS["hearsay"])))


class KeepGroupsParagraph(Paragraph):  # type: ignore[misc]
    """A CJK-wrapped paragraph that never breaks a line inside one of KEEP_TOGETHER.

    ReportLab's CJK wrapping breaks between any two characters; this is the same greedy
    fill (Latin words kept whole, closing punctuation hung) with those breaks taken out.
    """

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        autoleading = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        return _split_keeping(self.frags, list(maxWidths), autoleading not in ("", "off"))


def _split_keeping(frags: Sequence[Any], max_widths: list[float], calc_bounds: bool) -> Any:
    units = []
    for frag in frags:
        text = frag.text.decode("utf8") if isinstance(frag.text, bytes) else frag.text
        units += [cjkU(ch, frag, "utf8") for ch in text] if text else [cjkU(text, frag, "utf8")]
    joined = "".join(u or "\0" for u in units)
    inside: set[int] = set()  # no line may start at these units
    for group in KEEP_TOGETHER:
        at = joined.find(group)
        while at >= 0:
            inside.update(range(at + 1, at + len(group)))
            at = joined.find(group, at + 1)
    lines: list[Any] = []
    max_w = max_widths[0]

    def width(u: Any) -> float:
        w = u.width
        if hasattr(w, "normalizedValue"):
            w._normalizer = max_w
            w = w.normalizedValue(max_w)
        return float(w)

    def line(start: int, end: int, line_break: bool) -> Any:
        used = sum(width(u) for u in units[start:end])
        return makeCJKParaLine(units[start:end], max_w, used, max_w - used, line_break, calc_bounds)

    start = i = 0
    used = 0.0
    while i < len(units):
        u = units[i]
        used += width(u)
        line_break = hasattr(u.frag, "lineBreak")
        if not line_break and not (used > max_w + _FUZZ and used > 0):
            i += 1
            continue
        end = i + 1 if line_break else _break_before(units, start, i, inside)
        lines.append(line(start, end, line_break))
        max_w = max_widths[min(len(lines), len(max_widths) - 1)]
        start = i = end
        used = 0.0
    if start < len(units) and used > 0:
        lines.append(line(start, len(units), False))
    return ParaLines(kind=1, lines=lines)


def _break_before(units: list[Any], start: int, over: int, inside: set[int]) -> int:
    """Where the next line starts when unit ``over`` no longer fits."""
    end = over
    if units[over] and ord(units[over][0]) < 0x3000:  # a Latin word: break before it
        for j in range(over - 1, (start + over) >> 1, -1):
            if units[j] and (units[j].isspace() or ord(units[j][0]) >= 0x3000):
                end = j + 1
                break
    if end == start or (units[end] and units[end] in ALL_CANNOT_START):
        end += 1  # closing punctuation hangs in the margin; and each line holds something
    kept = end
    while kept in inside and kept > start + 1:
        kept -= 1
    return kept if kept not in inside else end


def para(text: str | None, style: ParagraphStyle) -> Paragraph:
    return P(markup(text), style)


def heading_markup(key: str, lang: str) -> str:
    """A section heading; in both languages the English follows in grey."""
    zh, en = WORDS[key]
    if lang == "both":
        return f'{escape(zh)}<font name="{REGULAR}" color="#6B7280" size="9.5">  {escape(en)}</font>'
    return escape(zh if lang == "zh" else en)


def label_markup(key: str, lang: str) -> str:
    zh, en = WORDS[key]
    if lang == "both":
        return f'{escape(zh)}<br/><font size="7.5">{escape(en)}</font>'
    return escape(zh if lang == "zh" else en)


class Heading(Paragraph):  # type: ignore[misc]
    """A heading that starts a new page rather than sit alone at the bottom of one.

    Unlike KeepTogether, it never pushes a long paragraph that follows it to the
    next page (which would leave most of a page blank): the text flows on at once.
    """

    room = 28 * mm  # the heading needs this much space below it, or it moves on

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        w, h = super().wrap(avail_w, avail_h)
        if avail_h < h + self.room:
            return w, avail_h + 1  # does not fit here: the frame moves it to the next page
        return w, h

    def split(self, avail_w: float, avail_h: float) -> list[Flowable]:
        return []  # a heading is never cut in two


def heading(key: str, lang: str, st: Styles, level: int = 1) -> Paragraph:
    return heading_text(heading_markup(key, lang), st.h1 if level == 1 else st.h2)


def heading_text(text: str, style: ParagraphStyle) -> Paragraph:
    return Heading(text, style)


_LIST_MARK = re.compile(r"^\s*(?:[-*•·●▪]|\d{1,3}[.、)）]|[（(]\d{1,3}[)）])\s*")


def text_block(text: str | None, st: Styles, *, listed: bool = False,
               style: ParagraphStyle | None = None) -> list[Flowable]:
    """Free text as paragraphs, one per line. ``listed`` numbers the lines (1. 2. 3.).

    Very long lines are cut into pieces of a few thousand characters, so that a
    50,000-character note lays out in linear time and still flows across pages.
    """
    lines = [line.strip() for line in clean(text).split("\n")]
    lines = [line for line in lines if line]
    out: list[Flowable] = []
    numbered = listed and len(lines) > 1
    for i, line in enumerate(lines, 1):
        if numbered:
            line = _LIST_MARK.sub("", line) or line
        for j, piece in enumerate(_pieces(line)):
            if numbered and j == 0:
                out.append(P(markup(piece), st.bullet, bulletText=f"{i}."))
            elif numbered:
                out.append(P(markup(piece), st.bullet))
            else:
                out.append(P(markup(piece), style or st.body))
    return out


def lines_markup(text: str | None, *, numbered: bool = False) -> str:
    """Free text as one paragraph's markup, a line per line; ``numbered`` numbers them
    (1. 2. 3.) when there are several, replacing the user's own list marks."""
    lines = [line.strip() for line in clean(text).split("\n")]
    lines = [line for line in lines if line]
    if numbered and len(lines) > 1:
        lines = [f"{i}. {_LIST_MARK.sub('', line) or line}" for i, line in enumerate(lines, 1)]
    return "<br/>".join(markup(line) for line in lines)


def _pieces(line: str, size: int = 3000) -> list[str]:
    if len(line) <= size:
        return [line]
    out, start = [], 0
    while start < len(line):
        end = min(start + size, len(line))
        cut = line.rfind(" ", start + size // 2, end) if end < len(line) else -1
        end = cut + 1 if cut > 0 else end
        out.append(line[start:end])
        start = end
    return out


FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM


class FlowTable(Table):  # type: ignore[misc]
    """A table that breaks between rows, and inside a row only when it must.

    Splitting inside rows leaves a stray word of a short row at the top of the
    next page; so a row is cut only when there is most of a page to fill (a
    row taller than a page, such as a very long note, still flows on).
    """

    def split(self, avail_w: float, avail_h: float) -> list[Flowable]:
        self.splitInRow = 0
        parts: list[Flowable] = super().split(avail_w, avail_h)
        if parts or avail_h < FRAME_H * 0.5:
            return parts
        self.splitInRow = 1
        try:
            return list(super().split(avail_w, avail_h))
        finally:
            self.splitInRow = 0


def grid(rows: Sequence[Sequence[Any]], widths: Sequence[float], *, header: bool = True,
         zebra: bool = False, extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    """A table whose first row (if ``header``) is a shaded heading repeated on each page."""
    table = FlowTable(list(map(list, rows)), colWidths=list(widths),
                      repeatRows=1 if header else 0, hAlign="LEFT", splitByRow=True)
    cmds: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # plain-string cells (else Helvetica)
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
    ]
    if header:
        cmds += [("BACKGROUND", (0, 0), (-1, 0), SHADE),
                 ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                 ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1),
                     [colors.white, colors.HexColor("#F8FAFC")]))
    table.setStyle(TableStyle(cmds + list(extra)))
    return table


def facts(pairs: Sequence[tuple[str, str | Paragraph]], lang: str, st: Styles,
          *, columns: int = 2, top_rule: bool = True, label_w: float | None = None) -> Table:
    """Label/value pairs laid out in ``columns`` pairs per row."""
    label_w = label_w or {"zh": 22 * mm, "en": 33 * mm}.get(lang, 31 * mm)
    value_w = CONTENT_W / columns - label_w
    rows: list[list[Any]] = []
    row: list[Any] = []
    for key, value in pairs:
        cell = value if isinstance(value, Paragraph) else para(value or "—", st.cell)
        row += [P(label_markup(key, lang), st.label), cell]
        if len(row) == 2 * columns:
            rows.append(row)
            row = []
    if row:
        rows.append(row + [""] * (2 * columns - len(row)))
    if not rows:
        return Table([[""]])
    table = FlowTable(rows, colWidths=[label_w, value_w] * columns, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        *([("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT)] if top_rule else []),
    ]))
    return table


def image_flowable(data: bytes, max_w: float, max_h: float) -> Image | None:
    """A PNG/JPEG scaled to fit; None if the bytes are not a readable image."""
    size = image_size(data, max_w, max_h)
    if size is None:
        return None
    return Image(io.BytesIO(data), width=size[0], height=size[1], hAlign="CENTER")


def image_size(data: bytes, max_w: float, max_h: float) -> tuple[float, float] | None:
    """The size of a PNG/JPEG scaled to fit; None if the bytes are not a readable image."""
    try:
        w, h = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # any unreadable image: the section is left out, never a crash
        return None
    if w <= 0 or h <= 0:
        return None
    scale = min(max_w / w, max_h / h, 1.0 if w > max_w / 2 else max_w / 2 / w)
    return w * scale, h * scale


def read_logo(path: str | os.PathLike[str] | None) -> bytes | None:
    if not path:
        return None
    try:
        data = Path(path).read_bytes()
        ImageReader(io.BytesIO(data)).getSize()
    except Exception as exc:
        raise ReportError(
            f"The logo {path} cannot be read as an image; choose a PNG or JPEG file in "
            "Preferences, or leave the logo empty.",
            f"无法读取标志图片 {path}；请在偏好设置中选择 PNG 或 JPEG 文件，或不使用标志。",
        ) from exc
    return data


@dataclass
class Page:
    """What the page furniture shows: header left (company/logo), right (doc title), footer."""

    lang: str
    doc_title: str
    footer_key: str  # "confidential" or "internal"
    company: str = ""
    logo: bytes | None = None
    _logo_reader: Any = None

    def draw_header(self, canvas: Canvas) -> None:
        rule_y = PAGE_H - 15 * mm
        base_y = rule_y + 2.2 * mm
        x = MARGIN_X
        if self.logo:
            if self._logo_reader is None:
                self._logo_reader = ImageReader(io.BytesIO(self.logo))
            w, h = self._logo_reader.getSize()
            lh = 7.5 * mm
            lw = min(w * lh / h, 40 * mm)
            canvas.drawImage(self._logo_reader, x, rule_y + 1.5 * mm, width=lw, height=lh,
                             preserveAspectRatio=True, anchor="sw", mask="auto")
            x += lw + 3 * mm
        if self.company:
            canvas.setFont(BOLD, 10)
            canvas.setFillColor(ACCENT)
            canvas.drawString(x, base_y, _fit(clean(self.company), BOLD, 10,
                                               CONTENT_W * 0.6 - (x - MARGIN_X)))
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(PAGE_W - MARGIN_X, base_y, self.doc_title)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN_X, rule_y, PAGE_W - MARGIN_X, rule_y)

    def draw_footer(self, canvas: Canvas, n: int, total: int) -> None:
        y = 10 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y + 4 * mm, PAGE_W - MARGIN_X, y + 4 * mm)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        zh, en = WORDS[self.footer_key]
        page_zh, page_en = WORDS["page"]
        if self.lang == "both":
            canvas.drawString(MARGIN_X, y, zh)
            canvas.drawString(MARGIN_X, y - 3.3 * mm, en)
            canvas.drawRightString(PAGE_W - MARGIN_X, y, page_zh.format(n=n, total=total))
            canvas.drawRightString(PAGE_W - MARGIN_X, y - 3.3 * mm,
                                   page_en.format(n=n, total=total))
        else:
            text = zh if self.lang == "zh" else en
            page = (page_zh if self.lang == "zh" else page_en).format(n=n, total=total)
            canvas.drawString(MARGIN_X, y, text)
            canvas.drawRightString(PAGE_W - MARGIN_X, y, page)


def _fit(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _numbered_canvas(page: Page) -> type[Canvas]:
    """A canvas that draws the footer ("Page n of N") once the page count is known."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            if not kwargs.get("initialFontName"):  # else an unused, unembedded Helvetica
                kwargs["initialFontName"] = REGULAR
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for n, state in enumerate(self._saved, 1):
                self.__dict__.update(state)
                page.draw_footer(self, n, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def render(story: list[Flowable], page: Page, *, title: str, author: str = "",
           subject: str = "") -> bytes:
    """Lay out ``story`` on A4 pages with the header and footer; the PDF's bytes."""
    return render_counted(story, page, title=title, author=author, subject=subject)[0]


def render_counted(story: list[Flowable], page: Page, *, title: str, author: str = "",
                   subject: str = "") -> tuple[bytes, int]:
    """``render``, and the number of pages it made."""
    ensure_fonts()
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=title, author=author, subject=subject,
        creator="Dossier", initialFontName=REGULAR, lang={"zh": "zh-CN", "en": "en"}.get(page.lang, "zh-CN"),
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(
        id="page", frames=[frame], onPage=lambda canvas, _doc: page.draw_header(canvas))])
    doc.build(story or [Spacer(1, 1)], canvasmaker=_numbered_canvas(page))
    return buf.getvalue(), doc.page


def write_pdf(data: bytes, path: str | os.PathLike[str]) -> Path:
    """Write the PDF atomically: a half-written file never replaces a good one."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".dossier-", suffix=".pdf", dir=target.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except OSError as exc:
        raise ReportError(
            f"Cannot write {target}: {exc.strerror or exc}. Choose another folder or file name, "
            "or close the file if another program has it open.",
            f"无法写入 {target}：{exc.strerror or exc}。请换一个文件夹或文件名，"
            "或先在其他程序中关闭该文件。",
        ) from exc
    return target


def today() -> date:
    return date.today()


ProgressFn = Callable[[int, int], None]
