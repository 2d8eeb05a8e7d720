"""The decision-chain scene: builds items from a ChainData snapshot, reports user gestures.

The scene never writes to the database: it emits what the user did (nodes moved,
a line drawn between two people, a context menu asked for) and the tab turns
that into one undoable unit of work.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QToolTip,
)

from desktop.domain.coverage import Analysis, Severity
from desktop.domain.layout import H_GAP, NODE_H, NODE_W
from desktop.ui.map import style
from desktop.ui.map.data import ChainData
from desktop.ui.map.items import MEMBER_H, MEMBER_W, EdgeItem, MemberItem, NodeItem

LAYERS = (EdgeItem.REPORTING, EdgeItem.LINK, EdgeItem.COVERAGE)


class ChainScene(QGraphicsScene):
    nodes_moved = Signal(object)  # dict[person_id, (x, y)]
    connect_requested = Signal(str, str, object)  # from person, to person, screen QPoint
    person_menu = Signal(str, object)  # person id, screen QPoint
    link_menu = Signal(str, object)  # link id, screen QPoint

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.nodes: dict[str, NodeItem] = {}
        self.members: dict[str, MemberItem] = {}
        self.edges: list[EdgeItem] = []
        self.visible_layers = {EdgeItem.REPORTING: True, EdgeItem.LINK: True,
                               EdgeItem.COVERAGE: False}
        self.connect_mode = False
        self._press_pos: dict[NodeItem, QPointF] = {}
        self._rubber: QGraphicsLineItem | None = None
        self._rubber_from: NodeItem | None = None
        # Items move and lines reshape while dragging: no BSP index to keep up to date.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)

    # ----------------------------------------------------------------- build
    def build(self, data: ChainData, lang: str) -> None:
        self.clear()
        self.nodes, self.members, self.edges = {}, {}, []
        positions = data.positions()
        for person in data.people:
            node = NodeItem(person, lang)
            x, y = positions[person.id]
            node.setPos(x, y)
            self.addItem(node)
            self.nodes[person.id] = node
        for person in data.people:
            if person.manager_id in self.nodes:
                self._add_edge(EdgeItem(EdgeItem.REPORTING, self.nodes[person.manager_id],
                                        self.nodes[person.id], style.reporting_pen()))
        seen_pairs: dict[frozenset[str], int] = {}
        for link in data.links:
            pair = frozenset((link.a_id, link.b_id))
            n = seen_pairs.get(pair, 0)
            seen_pairs[pair] = n + 1
            # Several links between the same two people fan out instead of overlapping.
            bend = 0.12 + 0.12 * n
            self._add_edge(EdgeItem(EdgeItem.LINK, self.nodes[link.a_id], self.nodes[link.b_id],
                                    style.link_pen(link.kind), link=link, bend=bend))
        self._place_members(data, lang)
        self._apply_layers()

    def _add_edge(self, edge: EdgeItem) -> None:
        self.addItem(edge)
        self.edges.append(edge)

    def _place_members(self, data: ChainData, lang: str) -> None:
        if not data.members:
            return
        if self.nodes:
            bottom = max(n.pos().y() for n in self.nodes.values()) + NODE_H / 2
            left = min(n.pos().x() for n in self.nodes.values()) - NODE_W / 2
            right = max(n.pos().x() for n in self.nodes.values()) + NODE_W / 2
        else:
            bottom, left, right = 0.0, 0.0, MEMBER_W
        per_row = max(1, int((right - left + H_GAP) // (MEMBER_W + H_GAP)))
        rows = math.ceil(len(data.members) / per_row)
        for i, member in enumerate(data.members):
            row, col = divmod(i, per_row)
            in_row = per_row if row < rows - 1 else len(data.members) - row * per_row
            width = in_row * MEMBER_W + (in_row - 1) * H_GAP
            start = (left + right) / 2 - width / 2 + MEMBER_W / 2
            item = MemberItem(member, lang)
            item.setPos(start + col * (MEMBER_W + H_GAP), bottom + 110 + row * (MEMBER_H + 20))
            self.addItem(item)
            self.members[member.id] = item
        for cov in data.coverage:
            if cov.member_id in self.members and cov.person_id in self.nodes:
                self._add_edge(EdgeItem(EdgeItem.COVERAGE, self.members[cov.member_id],
                                        self.nodes[cov.person_id], style.coverage_pen(cov.strength),
                                        coverage=cov))

    # ---------------------------------------------------------------- layers
    def set_layer_visible(self, layer: str, visible: bool) -> None:
        self.visible_layers[layer] = visible
        self._apply_layers()

    def _apply_layers(self) -> None:
        for edge in self.edges:
            edge.setVisible(self.visible_layers[edge.layer])
        for member in self.members.values():
            member.setVisible(self.visible_layers[EdgeItem.COVERAGE])

    def content_rect(self) -> QRectF:
        """Bounding rectangle of the people and our visible team (for fit and export)."""
        items: list[QGraphicsItem] = list(self.nodes.values())
        items += [m for m in self.members.values() if m.isVisible()]
        if not items:
            return QRectF(0, 0, 400, 300)
        xs = [i.pos().x() for i in items]
        ys = [i.pos().y() for i in items]
        pad = 30.0
        return QRectF(min(xs) - NODE_W / 2 - pad, min(ys) - NODE_H / 2 - pad,
                      max(xs) - min(xs) + NODE_W + 2 * pad, max(ys) - min(ys) + NODE_H + 2 * pad)

    def show_findings(self, analysis: Analysis) -> None:
        """Mark the people that a serious or warning coverage finding concerns."""
        flagged = analysis.people_flagged()
        self.set_flags({pid: "!" for pid, sev in flagged.items() if sev != Severity.LOW})

    def set_flags(self, flags: dict[str, str]) -> None:
        for pid, node in self.nodes.items():
            flag = flags.get(pid, "")
            if flag != node.flag:
                node.flag = flag
                node.update()

    def select_people(self, ids: set[str]) -> None:
        self.clearSelection()
        for pid in ids:
            if pid in self.nodes:
                self.nodes[pid].setSelected(True)

    # ----------------------------------------------------------------- mouse
    def _node_at(self, pos: QPointF) -> NodeItem | None:
        for item in self.items(pos):
            if isinstance(item, NodeItem):
                return item
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.connect_mode and event.button() == Qt.MouseButton.LeftButton:
            node = self._node_at(event.scenePos())
            if node is not None:
                self._rubber_from = node
                self._rubber = QGraphicsLineItem(QLineF(node.pos(), event.scenePos()))
                self._rubber.setPen(QPen(QColor(style.SELECTED_COLOR), 2, Qt.PenStyle.DashLine))
                self._rubber.setZValue(50)
                self.addItem(self._rubber)
                event.accept()
                return
        super().mousePressEvent(event)
        self._press_pos = {item: item.pos() for item in self.selectedItems()
                           if isinstance(item, NodeItem)}

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._rubber is not None and self._rubber_from is not None:
            self._rubber.setLine(QLineF(self._rubber_from.pos(), event.scenePos()))
            event.accept()
            return
        super().mouseMoveEvent(event)
        if event.buttons() & Qt.MouseButton.LeftButton:
            # Items move without itemChange (overriding it crashes PySide6 on removal).
            moving = set(self.selectedItems())
            grabber = self.mouseGrabberItem()
            if grabber is not None:
                moving.add(grabber)
            for item in moving:
                if isinstance(item, NodeItem | MemberItem):
                    item.moved()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._rubber is not None and self._rubber_from is not None:
            self.removeItem(self._rubber)
            self._rubber = None
            source, self._rubber_from = self._rubber_from, None
            target = self._node_at(event.scenePos())
            if target is not None and target is not source:
                self.connect_requested.emit(source.person_id, target.person_id,
                                            event.screenPos())
            event.accept()
            return
        super().mouseReleaseEvent(event)
        moved = {
            item.person_id: (item.pos().x(), item.pos().y())
            for item, before in self._press_pos.items()
            if item.pos() != before and item.scene() is self
        }
        self._press_pos = {}
        if moved:
            self.nodes_moved.emit(moved)

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """A person's tooltip, made when the mouse rests on them (see NodeItem.toolTip)."""
        for item in self.items(event.scenePos()):
            if isinstance(item, NodeItem):
                QToolTip.showText(event.screenPos(), item.toolTip(), event.widget())
                event.accept()
                return
        super().helpEvent(event)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        for item in self.items(event.scenePos()):
            if isinstance(item, NodeItem):
                self.person_menu.emit(item.person_id, event.screenPos())
                event.accept()
                return
            if isinstance(item, EdgeItem) and item.link is not None and item.isVisible():
                self.link_menu.emit(item.link.id, event.screenPos())
                event.accept()
                return
        super().contextMenuEvent(event)
