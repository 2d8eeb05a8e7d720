"""The decision-chain scene: builds items from a ChainData snapshot, reports user gestures.

The scene never writes to the database: it emits what the user did (nodes moved,
a line drawn between two people, a context menu asked for) and the tab turns
that into one undoable unit of work.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLineF, QObject, QPointF, QRectF, Qt, QTimer, Signal
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
from desktop.ui.map.data import ChainData, PersonView
from desktop.ui.map.items import MEMBER_H, MEMBER_W, EdgeItem, MemberItem, NodeItem

LAYERS = (EdgeItem.REPORTING, EdgeItem.LINK, EdgeItem.COVERAGE)
LATER_MS = 40  # the people out of view are built this long after the first paint


def _member_positions(data: ChainData,
                      positions: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Our team in rows under the chart, centred on it."""
    if not data.members:
        return {}
    if positions:
        bottom = max(y for _x, y in positions.values()) + NODE_H / 2
        left = min(x for x, _y in positions.values()) - NODE_W / 2
        right = max(x for x, _y in positions.values()) + NODE_W / 2
    else:
        bottom, left, right = 0.0, 0.0, MEMBER_W
    per_row = max(1, int((right - left + H_GAP) // (MEMBER_W + H_GAP)))
    rows = math.ceil(len(data.members) / per_row)
    placed = {}
    for i, member in enumerate(data.members):
        row, col = divmod(i, per_row)
        in_row = per_row if row < rows - 1 else len(data.members) - row * per_row
        width = in_row * MEMBER_W + (in_row - 1) * H_GAP
        start = (left + right) / 2 - width / 2 + MEMBER_W / 2
        placed[member.id] = (start + col * (MEMBER_W + H_GAP), bottom + 110 + row * (MEMBER_H + 20))
    return placed


class ChainScene(QGraphicsScene):
    nodes_moved = Signal(object)  # dict[person_id, (x, y)]
    members_moved = Signal(object)  # dict[member_id, (x, y)]: our team's nodes
    connect_requested = Signal(str, str, object)  # from person, to person, screen QPoint
    person_menu = Signal(str, object)  # person id, screen QPoint
    link_menu = Signal(str, object)  # link id, screen QPoint

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._nodes: dict[str, NodeItem] = {}
        self._members: dict[str, MemberItem] = {}
        self._edges: list[EdgeItem] = []
        self._flags: dict[str, str] = {}
        # What is still to be built: (data, lang, the people not placed yet, their positions).
        self._pending: tuple[ChainData, str, list[PersonView], dict[str, tuple[float, float]]] | None = None
        self._finish = QTimer(self)
        self._finish.setSingleShot(True)
        self._finish.timeout.connect(self.complete)
        self.visible_layers = {EdgeItem.REPORTING: True, EdgeItem.LINK: True,
                               EdgeItem.COVERAGE: False}
        self.connect_mode = False
        self._press_pos: dict[NodeItem, QPointF] = {}
        self._member_press: tuple[MemberItem, QPointF] | None = None
        self._rubber: QGraphicsLineItem | None = None
        self._rubber_from: NodeItem | None = None
        # Items move and lines reshape while dragging: no BSP index to keep up to date.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)

    # Everything that reads the items finishes building first.
    @property
    def nodes(self) -> dict[str, NodeItem]:
        self.complete()
        return self._nodes

    @property
    def members(self) -> dict[str, MemberItem]:
        self.complete()
        return self._members

    @property
    def edges(self) -> list[EdgeItem]:
        self.complete()
        return self._edges

    def items(self, *args: Any, **kwargs: Any) -> list[QGraphicsItem]:
        self.complete()
        return super().items(*args, **kwargs)

    def clear(self) -> None:
        """No items, and none to build (the dictionaries held deleted items before)."""
        self._finish.stop()
        self._pending = None
        super().clear()
        self._nodes, self._members, self._edges, self._flags = {}, {}, [], {}

    # ----------------------------------------------------------------- build
    def build(self, data: ChainData, lang: str, *,
              first: Callable[[QRectF], QRectF | None] | None = None) -> None:
        """Items for ``data``. ``first`` gives, from the chart's rectangle, the part of it
        the view shows first: the people there are built at once, the others a moment
        later (``complete``), or as soon as something asks for the items.

        300 people and their lines took longer to build than the 50 ms a dossier has to
        open in, while the view shows a dozen of them at a readable size.
        """
        self.clear()
        self._press_pos, self._member_press = {}, None
        positions = data.positions()
        now: list[PersonView] = list(data.people)
        later: list[PersonView] = []
        self._pending = (data, lang, later, positions)  # content_rect reads the positions
        shown = first(self.content_rect()) if first is not None else None
        if shown is not None:
            area = shown.adjusted(-NODE_W, -NODE_H, NODE_W, NODE_H)
            now = [p for p in data.people if area.contains(QPointF(*positions[p.id]))]
            later += [p for p in data.people if not area.contains(QPointF(*positions[p.id]))]
        self._add_people(data, lang, now, positions)
        if later:
            self._finish.start(LATER_MS)
        else:
            self.complete()

    def complete(self) -> None:
        """Build what ``build`` left for later (at once when something needs the items)."""
        if self._pending is None:
            return
        data, lang, later, positions = self._pending
        self._pending = None
        self._finish.stop()
        self._add_people(data, lang, later, positions)
        self._place_members(data, lang, positions)
        self._apply_layers()

    def _add_people(self, data: ChainData, lang: str, people: list[PersonView],
                    positions: dict[str, tuple[float, float]]) -> None:
        """People's items, and the lines of which both ends now stand in the scene."""
        if not people:
            return
        new = {p.id for p in people}
        for person in people:
            node = NodeItem(person, lang)
            node.flag = self._flags.get(person.id, "")
            node.setPos(*positions[person.id])
            self.addItem(node)
            self._nodes[person.id] = node
        nodes = self._nodes
        for person in data.people:
            if person.manager_id in nodes and person.id in nodes and (
                    person.id in new or person.manager_id in new):
                self._add_edge(EdgeItem(EdgeItem.REPORTING, nodes[person.manager_id],
                                        nodes[person.id], style.reporting_pen()))
        seen_pairs: dict[frozenset[str], int] = {}
        for link in data.links:
            pair = frozenset((link.a_id, link.b_id))
            n = seen_pairs.get(pair, 0)
            seen_pairs[pair] = n + 1
            if link.a_id in nodes and link.b_id in nodes and pair & new:
                # Several links between the same two people fan out instead of overlapping.
                bend = 0.12 + 0.12 * n
                self._add_edge(EdgeItem(EdgeItem.LINK, nodes[link.a_id], nodes[link.b_id],
                                        style.link_pen(link.kind), link=link, bend=bend))

    def _add_edge(self, edge: EdgeItem) -> None:
        edge.setVisible(self.visible_layers[edge.layer])
        self.addItem(edge)
        self._edges.append(edge)

    def _place_members(self, data: ChainData, lang: str,
                       positions: dict[str, tuple[float, float]]) -> None:
        placed = _member_positions(data, positions)
        for member in data.members:
            item = MemberItem(member, lang)
            item.setPos(*data.member_positions.get(member.id, placed[member.id]))
            self.addItem(item)
            self._members[member.id] = item
        for cov in data.coverage:
            if cov.member_id in self._members and cov.person_id in self._nodes:
                self._add_edge(EdgeItem(EdgeItem.COVERAGE, self._members[cov.member_id],
                                        self._nodes[cov.person_id], style.coverage_pen(cov.strength),
                                        coverage=cov))

    # ---------------------------------------------------------------- layers
    def set_layer_visible(self, layer: str, visible: bool) -> None:
        self.visible_layers[layer] = visible
        self._apply_layers()

    def _apply_layers(self) -> None:
        for edge in self._edges:
            edge.setVisible(self.visible_layers[edge.layer])
        for member in self._members.values():
            member.setVisible(self.visible_layers[EdgeItem.COVERAGE])

    def content_rect(self) -> QRectF:
        """Bounding rectangle of the people and our visible team (for fit and export)."""
        if self._pending is not None:  # from where the people will stand
            data, _lang, _later, positions = self._pending
            points = list(positions.values())
            if self.visible_layers[EdgeItem.COVERAGE]:
                points += list({**_member_positions(data, positions),
                                **data.member_positions}.values())
        else:
            items: list[QGraphicsItem] = list(self._nodes.values())
            items += [m for m in self._members.values() if m.isVisible()]
            points = [(i.pos().x(), i.pos().y()) for i in items]
        if not points:
            return QRectF(0, 0, 400, 300)
        xs = [x for x, _y in points]
        ys = [y for _x, y in points]
        pad = 30.0
        return QRectF(min(xs) - NODE_W / 2 - pad, min(ys) - NODE_H / 2 - pad,
                      max(xs) - min(xs) + NODE_W + 2 * pad, max(ys) - min(ys) + NODE_H + 2 * pad)

    def show_findings(self, analysis: Analysis) -> None:
        """Mark the people that a serious or warning coverage finding concerns."""
        flagged = analysis.people_flagged()
        self.set_flags({pid: "!" for pid, sev in flagged.items() if sev != Severity.LOW})

    def set_flags(self, flags: dict[str, str]) -> None:
        self._flags = dict(flags)  # people built later get theirs too
        for pid, node in self._nodes.items():
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
        grabber = self.mouseGrabberItem()
        self._member_press = (grabber, grabber.pos()) if isinstance(grabber, MemberItem) else None

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
        if self._member_press is not None:
            member, before = self._member_press
            self._member_press = None
            if member.pos() != before and member.scene() is self:
                self.members_moved.emit({member.member.id: (member.pos().x(), member.pos().y())})

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
