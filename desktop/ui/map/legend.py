"""The legend: every encoding of the map explained in the current language.

One painting function serves the on-screen legend widget and the exported
PNG/PDF, so the two can never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.db.enums import Attitude, DecisionRole, LinkKind, Stance
from desktop.ui.map import style

ROW = 19.0
SWATCH = 26.0


def _heading(painter: QPainter, x: float, y: float, text: str, font: QFont) -> float:
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(QColor("#111111"))
    painter.drawText(QPointF(x, y + ROW - 5), text)
    painter.setFont(font)
    return y + ROW + 2


def _label(painter: QPainter, x: float, y: float, text: str) -> None:
    painter.setPen(QColor("#222222"))
    painter.drawText(QPointF(x + SWATCH + 8, y + ROW - 5), text)


def paint_legend(painter: QPainter, origin: QPointF, lang: str) -> QSize:
    """Paint the legend with its top-left at ``origin``; return the size used."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setPixelSize(12)
    font.setBold(False)
    painter.setFont(font)
    fm = QFontMetricsF(font)
    x, y = origin.x(), origin.y()
    widest = 0.0

    def measure(text: str) -> None:
        nonlocal widest
        widest = max(widest, SWATCH + 8 + fm.horizontalAdvance(text))

    y = _heading(painter, x, y, QCoreApplication.translate("Map", "Fill: relationship to us"), font)
    for stance in [*Stance, None]:
        painter.setPen(QPen(QColor("#757575"), 1))
        painter.setBrush(style.STANCE_FILL[stance])
        painter.drawRoundedRect(QRectF(x, y + 2, SWATCH, ROW - 5), 3, 3)
        text = stance.label(lang) if stance is not None else QCoreApplication.translate("Map", "Not known")
        _label(painter, x, y, text)
        measure(text)
        y += ROW
    y = _heading(painter, x, y + 4, QCoreApplication.translate("Map", "Border and corner letter: attitude"), font)
    for attitude in [*Attitude, None]:
        painter.setPen(style.attitude_pen(attitude))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(QRectF(x + 1, y + 3, SWATCH - 2, ROW - 7), 3, 3)
        text = (f"{attitude.code} = {attitude.label(lang)}" if attitude is not None
                else QCoreApplication.translate("Map", "Not known"))
        _label(painter, x, y, text)
        measure(text)
        y += ROW
    y = _heading(painter, x, y + 4, QCoreApplication.translate("Map", "Bar: influence (1–5)"), font)
    for i in range(5):
        painter.setPen(QPen(style.INFLUENCE_COLOR, 0.8))
        painter.setBrush(style.INFLUENCE_COLOR if i < 3 else QColor("#ffffff"))
        painter.drawRect(QRectF(x + i * 5.2, y + 4, 4, ROW - 8))
    text = QCoreApplication.translate("Map", "3 of 5")
    _label(painter, x, y, text)
    y += ROW
    y = _heading(painter, x, y + 4, QCoreApplication.translate("Map", "Badges: decision roles"), font)
    for role in DecisionRole:
        painter.setPen(QPen(QColor("#37474f"), 1))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(QRectF(x, y + 2, SWATCH, ROW - 5), 3, 3)
        painter.drawText(QRectF(x, y + 2, SWATCH, ROW - 5), Qt.AlignmentFlag.AlignCenter, role.code)
        _label(painter, x, y, role.label(lang))
        measure(role.label(lang))
        y += ROW
    y = _heading(painter, x, y + 4, QCoreApplication.translate("Map", "Lines"), font)
    lines: list[tuple[QPen, str]] = [(style.reporting_pen(), QCoreApplication.translate("Map", "Reports to"))]
    lines += [(style.link_pen(kind), kind.label(lang)) for kind in LinkKind]
    lines.append((style.coverage_pen(4), QCoreApplication.translate("Map", "Our coverage (thicker = stronger)")))
    for pen, text in lines:
        painter.setPen(pen)
        painter.drawLine(QPointF(x, y + ROW / 2), QPointF(x + SWATCH, y + ROW / 2))
        _label(painter, x, y, text)
        measure(text)
        y += ROW
    painter.setPen(QPen(QColor("#ffffff"), 1))
    painter.setBrush(style.FLAG_COLOR)
    painter.drawEllipse(QRectF(x + 4, y + 1, ROW - 3, ROW - 3))
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(x + 4, y + 1, ROW - 3, ROW - 3), Qt.AlignmentFlag.AlignCenter, "!")
    text = QCoreApplication.translate("Map", "A coverage finding concerns this person")
    _label(painter, x, y, text)
    measure(text)
    y += ROW
    painter.restore()
    return QSize(int(widest + 4), int(y - origin.y() + 4))


def legend_size(lang: str) -> QSize:
    """The size the legend needs in ``lang`` (measured by painting it on a scratch image)."""
    probe = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(probe)
    size = paint_legend(painter, QPointF(0, 0), lang)
    painter.end()
    return size


class LegendWidget(QWidget):
    """The legend beside the map."""

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._size = self._measure()

    def _measure(self) -> QSize:
        size = legend_size(self.lang)
        return QSize(size.width() + 12, size.height() + 6)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._size = self._measure()
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return self._size

    def minimumSizeHint(self) -> QSize:
        return self._size

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_legend(painter, QPointF(6, 2), self.lang)
        painter.end()
