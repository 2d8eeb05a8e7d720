"""The map's visual encodings, declared once: the items and the legend both read them.

Fill = relationship to us (warm green for champions … red for enemies);
border = attitude to the project (solid active, dashed passive, heavy dotted
resistant) plus a corner letter; bar of five = influence; badges = role codes.
Colours are light enough for black text and distinct in greyscale print.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPen

from desktop.db.enums import Attitude, LinkKind, Stance


def tr(text: str) -> str:
    return QCoreApplication.translate("Map", text)


STANCE_FILL: dict[Stance | None, QColor] = {
    Stance.CHAMPION: QColor("#66bb6a"),
    Stance.SUPPORTER: QColor("#c5e1a5"),
    Stance.NEUTRAL: QColor("#e0e0e0"),
    Stance.BLOCKER: QColor("#ffb74d"),
    Stance.ENEMY: QColor("#e57373"),
    None: QColor("#ffffff"),
}

ATTITUDE_COLOR: dict[Attitude | None, QColor] = {
    Attitude.ACTIVE: QColor("#1b5e20"),
    Attitude.PASSIVE: QColor("#616161"),
    Attitude.RESISTANT: QColor("#b71c1c"),
    None: QColor("#9e9e9e"),
}


def attitude_pen(attitude: Attitude | None) -> QPen:
    pen = QPen(ATTITUDE_COLOR[attitude])
    pen.setCosmetic(False)
    if attitude == Attitude.ACTIVE:
        pen.setWidthF(2.5)
    elif attitude == Attitude.PASSIVE:
        pen.setWidthF(2.0)
        pen.setStyle(Qt.PenStyle.DashLine)
    elif attitude == Attitude.RESISTANT:
        pen.setWidthF(4.0)
        pen.setStyle(Qt.PenStyle.DotLine)
    else:
        pen.setWidthF(1.0)
        pen.setStyle(Qt.PenStyle.DashDotLine)
    return pen


REPORTING_PEN_COLOR = QColor("#455a64")
INFLUENCE_COLOR = QColor("#1565c0")
MEMBER_FILL = QColor("#b3e5fc")
COVERAGE_COLOR = QColor("#0277bd")
SELECTED_COLOR = QColor("#ff6f00")
FLAG_COLOR = QColor("#c62828")


def link_pen(kind: LinkKind) -> QPen:
    styles: dict[LinkKind, tuple[str, float, Qt.PenStyle]] = {
        LinkKind.ORDINARY: ("#757575", 1.5, Qt.PenStyle.DotLine),
        LinkKind.SCHOOLMATES: ("#1e88e5", 2.5, Qt.PenStyle.DashLine),
        LinkKind.RIVALS: ("#d32f2f", 3.0, Qt.PenStyle.DashDotLine),
        LinkKind.CLOSE: ("#2e7d32", 3.5, Qt.PenStyle.SolidLine),
        LinkKind.RELATIVES: ("#8e24aa", 3.0, Qt.PenStyle.DashDotDotLine),
    }
    color, width, style = styles[kind]
    pen = QPen(QColor(color), width, style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def reporting_pen() -> QPen:
    return QPen(REPORTING_PEN_COLOR, 1.6)


def coverage_pen(strength: int) -> QPen:
    color = QColor(COVERAGE_COLOR)
    color.setAlpha(150)
    return QPen(color, 0.8 + 1.2 * max(1, min(5, strength)))
