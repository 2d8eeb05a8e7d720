"""Graphics items of the decision-chain map: people, our team members, and the lines."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from desktop.domain.layout import NODE_H, NODE_W
from desktop.ui.map import style
from desktop.ui.map.data import CoverageView, LinkView, MemberView, PersonView

MEMBER_W = 150.0
MEMBER_H = 40.0
_NODE_BOUNDS = QRectF(-NODE_W / 2 - 3, -NODE_H / 2 - 3, NODE_W + 6, NODE_H + 6)
_NODE_SHAPE = QPainterPath()
_NODE_SHAPE.addRoundedRect(QRectF(-NODE_W / 2, -NODE_H / 2, NODE_W, NODE_H), 8, 8)


class NodeItem(QGraphicsItem):
    """One person: name, title, role badges; fill = stance, border = attitude, bar = influence."""

    def __init__(self, person: PersonView, lang: str) -> None:
        super().__init__()
        self.person = person
        self.lang = lang
        self.edges: list[EdgeItem] = []
        self.flag: str = ""  # "!" when a coverage finding concerns this person
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        )
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(10)
        self.setAcceptHoverEvents(False)

    @property
    def person_id(self) -> str:
        return self.person.id

    def toolTip(self) -> str:
        """Made when asked (ChainScene.helpEvent), not for each of 300 people on every load."""
        return self._tooltip()

    def _tooltip(self) -> str:
        p = self.person
        stance_label = QCoreApplication.translate("Map", "Relationship to us")
        attitude_label = QCoreApplication.translate("Map", "Attitude")
        influence_label = QCoreApplication.translate("Map", "Influence")
        parts = [p.name]
        if p.title:
            parts.append(p.title)
        if p.roles:
            parts.append(" · ".join(r.label(self.lang) for r in p.roles))
        if p.stance:
            parts.append(f"{stance_label}: {p.stance.label(self.lang)}")
        if p.attitude:
            parts.append(f"{attitude_label}: {p.attitude.label(self.lang)}")
        if p.influence:
            parts.append(f"{influence_label}: {p.influence}/5")
        return "\n".join(parts)

    def boundingRect(self) -> QRectF:  # asked three times per person as a scene is built
        return _NODE_BOUNDS

    def shape(self) -> QPainterPath:
        return _NODE_SHAPE

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_person(painter, self.person, self.lang, selected=self.isSelected(), flag=self.flag)

    def moved(self) -> None:
        """Redraw the lines that end here (called by the scene while dragging)."""
        for edge in self.edges:
            edge.adjust()


def paint_person(
    painter: QPainter, p: PersonView, lang: str, *, selected: bool = False, flag: str = ""
) -> None:
    rect = QRectF(-NODE_W / 2, -NODE_H / 2, NODE_W, NODE_H)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QBrush(style.STANCE_FILL[p.stance]))
    pen = style.attitude_pen(p.attitude)
    if selected:
        pen = QPen(style.SELECTED_COLOR, 4)
    painter.setPen(pen)
    painter.drawRoundedRect(rect, 8, 8)

    font = QFont(painter.font())
    font.setPixelSize(15)
    font.setBold(True)
    painter.setFont(font)
    fm = QFontMetricsF(font)
    painter.setPen(QColor("#111111"))
    name_rect = QRectF(rect.left() + 8, rect.top() + 4, NODE_W - 40, 20)
    painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     fm.elidedText(p.name, Qt.TextElideMode.ElideRight, name_rect.width()))

    font.setBold(False)
    font.setPixelSize(12)
    painter.setFont(font)
    fm = QFontMetricsF(font)
    title_rect = QRectF(rect.left() + 8, rect.top() + 24, NODE_W - 16, 16)
    painter.setPen(QColor("#333333"))
    painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     fm.elidedText(p.title, Qt.TextElideMode.ElideRight, title_rect.width()))

    # Attitude letter in the top-right corner.
    if p.attitude is not None:
        corner = QRectF(rect.right() - 26, rect.top() + 5, 20, 18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.ATTITUDE_COLOR[p.attitude])
        painter.drawRoundedRect(corner, 4, 4)
        painter.setPen(QColor("#ffffff"))
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(corner, Qt.AlignmentFlag.AlignCenter, p.attitude.code)
        font.setBold(False)
        painter.setFont(font)

    # Role badges along the bottom left.
    x = rect.left() + 8
    badge_font = QFont(font)
    badge_font.setPixelSize(10)
    badge_font.setBold(True)
    painter.setFont(badge_font)
    bfm = QFontMetricsF(badge_font)
    for role in p.roles:
        w = bfm.horizontalAdvance(role.code) + 8
        if x + w > rect.right() - 50:
            break
        badge = QRectF(x, rect.bottom() - 22, w, 15)
        painter.setPen(QPen(QColor("#37474f"), 1))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(badge, 3, 3)
        painter.setPen(QColor("#37474f"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, role.code)
        x += w + 3

    # Influence: five segments at the bottom right.
    level = p.influence or 0
    for i in range(5):
        seg = QRectF(rect.right() - 48 + i * 8.5, rect.bottom() - 20, 6.5, 11)
        painter.setPen(QPen(style.INFLUENCE_COLOR, 0.8))
        painter.setBrush(style.INFLUENCE_COLOR if i < level else QColor("#ffffff"))
        painter.drawRect(seg)

    if flag:
        dot = QRectF(rect.left() - 8, rect.top() - 8, 18, 18)
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        painter.setBrush(style.FLAG_COLOR)
        painter.drawEllipse(dot)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(dot, Qt.AlignmentFlag.AlignCenter, flag)


class MemberItem(QGraphicsItem):
    """One of our people (the coverage layer)."""

    def __init__(self, member: MemberView, lang: str) -> None:
        super().__init__()
        self.member = member
        self.lang = lang
        self.edges: list[EdgeItem] = []
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )
        self.setZValue(10)
        self.setToolTip(f"{member.name} — {member.role.label(lang)}")

    def boundingRect(self) -> QRectF:
        return QRectF(-MEMBER_W / 2 - 2, -MEMBER_H / 2 - 2, MEMBER_W + 4, MEMBER_H + 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = QRectF(-MEMBER_W / 2, -MEMBER_H / 2, MEMBER_W, MEMBER_H)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(style.MEMBER_FILL)
        painter.setPen(QPen(style.COVERAGE_COLOR, 1.5))
        painter.drawRoundedRect(rect, MEMBER_H / 2, MEMBER_H / 2)
        font = QFont(painter.font())
        font.setPixelSize(12)
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(QColor("#01579b"))
        fm = QFontMetricsF(font)
        text = f"{self.member.name} · {self.member.role.label(self.lang)}"
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                         fm.elidedText(text, Qt.TextElideMode.ElideRight, MEMBER_W - 16))

    def moved(self) -> None:
        """Redraw the lines that end here (called by the scene while dragging)."""
        for edge in self.edges:
            edge.adjust()


class EdgeItem(QGraphicsPathItem):
    """A line between two items: reporting line, typed link, or coverage line."""

    REPORTING = "reporting"
    LINK = "link"
    COVERAGE = "coverage"

    def __init__(
        self,
        layer: str,
        source: QGraphicsItem,
        target: QGraphicsItem,
        pen: QPen,
        *,
        link: LinkView | None = None,
        coverage: CoverageView | None = None,
        bend: float = 0.0,
    ) -> None:
        super().__init__()
        self.layer = layer
        self.source = source
        self.target = target
        self.link = link
        self.coverage = coverage
        self.bend = bend
        self.setPen(pen)
        self.setZValue({self.REPORTING: 2, self.LINK: 3, self.COVERAGE: 1}[layer])
        for end in (source, target):
            edges = getattr(end, "edges", None)
            if edges is not None:
                edges.append(self)
        if link is not None:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.adjust()

    def adjust(self) -> None:
        a, b = self.source.pos(), self.target.pos()
        path = QPainterPath()
        if self.layer == self.REPORTING:
            # Manager (source) bottom → report (target) top, with an elbow.
            start = QPointF(a.x(), a.y() + NODE_H / 2)
            end = QPointF(b.x(), b.y() - NODE_H / 2)
            if end.y() > start.y() + 10:
                elbow = start.y() + min(V_ELBOW, (end.y() - start.y()) / 2)
                path.moveTo(start)
                path.lineTo(start.x(), elbow)
                path.lineTo(end.x(), elbow)
                path.lineTo(end)
            else:
                path.moveTo(a)
                path.lineTo(b)
        else:
            path.moveTo(a)
            if self.bend:
                mid = (a + b) / 2
                dx, dy = b.x() - a.x(), b.y() - a.y()
                ctrl = QPointF(mid.x() - dy * self.bend, mid.y() + dx * self.bend)
                path.quadTo(ctrl, b)
            else:
                path.lineTo(b)
        self.setPath(path)


V_ELBOW = 28.0
