"""Export the map as PNG or PDF (title, legend and chart), legible in print.

The PDF has the whole chart with its legend on the first page; when the chart
is too big to read at that size, the following pages print it in legible tiles
("part 2 of 6"), each with the account's name.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtWidgets import QGraphicsItem

from desktop.db.session import Database
from desktop.domain.coverage import analyse
from desktop.errors import DossierError
from desktop.ui.map.data import load_chain
from desktop.ui.map.legend import legend_size, paint_legend
from desktop.ui.map.scene import ChainScene

MAX_PIXELS = 12000  # longest side of an exported PNG
MIN_PRINT_SCALE = 0.5  # chart scale below which names get too small to read in print
TITLE_H = 40.0
GAP = 30.0
_CJK_CANDIDATES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "C:/Windows/Fonts/msyh.ttc",
)


class ExportError(DossierError):
    """The map could not be written where the user asked."""


def ensure_cjk_font() -> None:
    """Draw Chinese with the bundled Noto Sans SC (the offscreen platform has no fallback)."""
    from desktop.ui.fonts import install_bundled_fonts

    if install_bundled_fonts():
        return
    for path in [c for c in _CJK_CANDIDATES if Path(c).exists()]:
        if QFontDatabase.addApplicationFont(path) >= 0:
            return


@contextmanager
def _uncached(scene: ChainScene) -> Iterator[None]:
    """Render items as vectors (cached items would go to paper as blurry bitmaps)."""
    items = [(item, item.cacheMode()) for item in scene.items()]
    for item, _mode in items:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield
    finally:
        for item, mode in items:
            item.setCacheMode(mode)


def _title(painter: QPainter, rect: QRectF, text: str) -> None:
    font = QFont(painter.font())
    font.setPixelSize(20)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#111111"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


def _legend_size(lang: str) -> QSizeF:
    return QSizeF(legend_size(lang))


def render_image(scene: ChainScene, title: str, lang: str, *, scale: float = 2.0) -> QImage:
    """The map as an image: title on top, legend on the left, chart on the right."""
    scene.complete()  # every person, also those the view had not shown yet
    scene.clearSelection()
    chart = scene.content_rect()
    legend = _legend_size(lang)
    width = legend.width() + GAP + chart.width() + 2 * GAP
    height = TITLE_H + max(legend.height(), chart.height()) + 2 * GAP
    scale = min(scale, MAX_PIXELS / max(width, height))
    image = QImage(max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale)),
                   QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(int(3780 * scale))
    image.setDotsPerMeterY(int(3780 * scale))
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    _title(painter, QRectF(GAP, GAP / 2, width - 2 * GAP, TITLE_H), title)
    paint_legend(painter, QPointF(GAP, GAP / 2 + TITLE_H), lang)
    target = QRectF(GAP + legend.width() + GAP, GAP / 2 + TITLE_H, chart.width(), chart.height())
    with _uncached(scene):
        scene.render(painter, target, chart, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    return image


def png_bytes(scene: ChainScene, title: str, lang: str, *, scale: float = 2.0) -> bytes:
    image = render_image(scene, title, lang, scale=scale)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def _first_page_fit(layout: QPageLayout, chart: QRectF, legend: QSizeF) -> float:
    """Scale of the chart on the first page (1 scene unit = 1/96 inch at scale 1)."""
    page = layout.paintRect(QPageLayout.Unit.Inch)
    page_w, page_h = page.width() * 96, page.height() * 96
    legend_scale = min(1.0, (page_h - TITLE_H) / max(1.0, legend.height()))
    area_w = page_w - legend.width() * legend_scale - GAP
    return min(area_w / chart.width(), (page_h - TITLE_H) / chart.height(), 1.2)


def write_pdf(scene: ChainScene, path: Path, title: str, lang: str) -> int:
    """Write the map to a PDF at ``path``; return the number of pages."""
    scene.complete()  # every person, also those the view had not shown yet
    scene.clearSelection()
    chart = scene.content_rect()
    legend = _legend_size(lang)
    margins = QMarginsF(10, 10, 10, 10)
    page_id = QPageSize.PageSizeId.A4
    for candidate in (QPageSize.PageSizeId.A4, QPageSize.PageSizeId.A3):
        page_id = candidate
        layout = QPageLayout(QPageSize(candidate), QPageLayout.Orientation.Landscape, margins,
                             QPageLayout.Unit.Millimeter)
        if _first_page_fit(layout, chart, legend) >= MIN_PRINT_SCALE:
            break
    writer = QPdfWriter(str(path))
    writer.setResolution(144)
    writer.setTitle(title)
    writer.setCreator("Dossier")
    writer.setPageLayout(QPageLayout(QPageSize(page_id), QPageLayout.Orientation.Landscape,
                                     margins, QPageLayout.Unit.Millimeter))
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(
            f"Cannot write {path}: check that the folder exists and is writable.",
            f"无法写入 {path}：请检查文件夹是否存在且可写。",
        )
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # Work in points-like units: 1 scene unit = 1/96 inch at scale 1.
    unit = writer.resolution() / 96.0
    page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
    page_w, page_h = page.width() / unit, page.height() / unit
    painter.scale(unit, unit)

    _title(painter, QRectF(0, 0, page_w, TITLE_H), title)
    legend_scale = min(1.0, (page_h - TITLE_H) / max(1.0, legend.height()))
    painter.save()
    painter.translate(0, TITLE_H)
    painter.scale(legend_scale, legend_scale)
    paint_legend(painter, QPointF(0, 0), lang)
    painter.restore()
    area = QRectF(legend.width() * legend_scale + GAP, TITLE_H,
                  page_w - legend.width() * legend_scale - GAP, page_h - TITLE_H)
    fit = min(area.width() / chart.width(), area.height() / chart.height(), 1.2)
    scene.render(painter, QRectF(area.topLeft(), QSizeF(chart.width() * fit, chart.height() * fit)),
                 chart, Qt.AspectRatioMode.KeepAspectRatio)
    pages = 1
    if fit < MIN_PRINT_SCALE:
        # Tiles at a legible scale, with a little overlap so no node is cut unseen.
        tile_w = (page_w) / MIN_PRINT_SCALE
        tile_h = (page_h - TITLE_H) / MIN_PRINT_SCALE
        step_w, step_h = tile_w * 0.92, tile_h * 0.92
        cols = max(1, math.ceil((chart.width() - tile_w) / step_w) + 1)
        rows = max(1, math.ceil((chart.height() - tile_h) / step_h) + 1)
        tiles = [
            QRectF(chart.left() + c * step_w, chart.top() + r * step_h, tile_w, tile_h)
            for r in range(rows)
            for c in range(cols)
        ]
        # Only the tiles where someone stands: empty stretches of lines are not worth paper.
        tiles = [t for t in tiles if any(t.intersects(n.sceneBoundingRect())
                                         for n in scene.nodes.values())]
        total = len(tiles)
        for index, source in enumerate(tiles):
            writer.newPage()
            pages += 1
            part = QCoreApplication.translate("Map", "part %1 of %2")
            _title(painter, QRectF(0, 0, page_w, TITLE_H),
                   f"{title} — " + part.replace("%1", str(index + 1)).replace("%2", str(total)))
            scene.render(painter, QRectF(0, TITLE_H, page_w, page_h - TITLE_H), source,
                         Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    return pages


def export_scene(scene: ChainScene, path: Path, title: str, lang: str) -> None:
    """Write PNG or PDF by the file's extension."""
    suffix = path.suffix.lower()
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise ExportError(
            f"Cannot write {path}: the folder {folder} does not exist or is not writable.",
            f"无法写入 {path}：文件夹 {folder} 不存在或不可写。",
        )
    if suffix == ".pdf":
        with _uncached(scene):
            write_pdf(scene, path, title, lang)
        return
    if suffix != ".png":
        raise ExportError(
            f"The map can be exported as .png or .pdf, not {suffix or 'a file without extension'}.",
            f"地图只能导出为 .png 或 .pdf 文件，不能导出为 {suffix or '无扩展名的文件'}。",
        )
    image = render_image(scene, title, lang)
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise ExportError(
            f"Cannot write {path}: check that the folder exists and is writable.",
            f"无法写入 {path}：请检查文件夹是否存在且可写。",
        )


def scene_for_account(
    db: Database, account_id: str, lang: str, *, coverage: bool = False,
    member_positions: dict[str, tuple[float, float]] | None = None,
) -> tuple[ChainScene, str]:
    """A scene of the account (no view needed) and its title; ``member_positions``: where
    the user dragged our team's nodes (the app's settings hold them)."""
    ensure_cjk_font()
    with db.unit_of_work() as session:
        data = load_chain(session, account_id)
        analysis = analyse(session, account_id, today=date.today())
    data.member_positions = dict(member_positions or {})
    scene = ChainScene()
    scene.visible_layers["coverage"] = coverage
    scene.build(data, lang)
    scene.show_findings(analysis)
    return scene, data.account_name


def map_png(db: Database, account_id: str, lang: str = "en", *, scale: float = 1.5,
            member_positions: dict[str, tuple[float, float]] | None = None) -> bytes:
    """The account's map as PNG bytes (for the PDF brief's ``map_png``). Needs a QApplication."""
    scene, title = scene_for_account(db, account_id, lang, coverage=True,
                                     member_positions=member_positions)
    return png_bytes(scene, title, lang, scale=scale)
