"""Benchmark of the decision-chain map: 300 people, 600 links.

    python bench/bench_map.py [--people 300] [--links 600]

Prints layout, load, build and first-paint times, the frame time while dragging
a node, and the time to save a drag (one unit of work plus the refresh), each
against the same number of plain rectangles and lines drawn by QGraphicsScene
in the same run (the raw bound: a default QGraphicsScene/View, where the dragged
rectangle's lines are moved along with it).

Note: PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call of a
void Qt method, so building a 300-person scene aborts the interpreter ("deallocating
None"). Run this with PySide6 6.11 or with Python >= 3.12 (where None is immortal).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
)

from bench.chain_sample import large
from desktop.db.session import open_database
from desktop.domain.layout import NODE_H, NODE_W, Node, org_chart
from desktop.ui.context import AppContext
from desktop.ui.map import MapTab
from desktop.ui.map.data import load_chain
from desktop.ui.settings import Settings


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def timed(fn, repeat: int = 1) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def drag_frames(view: QGraphicsView, item, frames: int = 60) -> list[float]:  # type: ignore[no-untyped-def]
    """Move ``item`` step by step as a drag does; seconds per frame.

    Each frame moves the item (and its lines) and lets the view repaint what changed.
    """
    app = QApplication.instance()
    assert app is not None
    origin = item.pos()
    times = []
    if hasattr(view, "begin_drag"):
        view.begin_drag()
    for i in range(frames):
        start = time.perf_counter()
        item.setPos(origin + QPointF(4.0 * i, 2.0 * i))
        if hasattr(item, "moved"):
            item.moved()
        app.processEvents()
        times.append(time.perf_counter() - start)
    item.setPos(origin)
    if hasattr(view, "end_drag"):
        view.end_drag()
    return times


def baseline(positions: dict[str, tuple[float, float]], pairs: list[tuple[str, str]],
             size: tuple[int, int]) -> dict[str, float]:
    """The raw bound: plain rectangles and lines in a QGraphicsScene."""
    app = QApplication.instance()
    assert app is not None
    scene = QGraphicsScene()
    view = QGraphicsView(scene)
    view.resize(*size)
    rects: dict[str, QGraphicsRectItem] = {}
    lines_at: dict[str, list[tuple[QGraphicsLineItem, str, str]]] = {}

    def build() -> None:
        scene.clear()
        rects.clear()
        for pid, (x, y) in positions.items():
            rect = QGraphicsRectItem(QRectF(-NODE_W / 2, -NODE_H / 2, NODE_W, NODE_H))
            rect.setPos(x, y)
            scene.addItem(rect)
            rects[pid] = rect
        lines_at.clear()
        for a, b in pairs:
            line = QGraphicsLineItem(*positions[a], *positions[b])
            line.setPen(QPen())
            scene.addItem(line)
            lines_at.setdefault(a, []).append((line, a, b))
            lines_at.setdefault(b, []).append((line, a, b))

    build_t = timed(build)
    view.show()
    view.fitInView(scene.itemsBoundingRect())
    paint_t = timed(lambda: (view.viewport().repaint(), app.processEvents()))
    # The same drag as the map's: a typical rectangle and the lines that end at it.
    ranked = sorted(rects, key=lambda pid: len(lines_at.get(pid, [])))
    pid = ranked[len(ranked) // 2]

    class Moving:
        def __init__(self, rect: QGraphicsRectItem) -> None:
            self.rect = rect

        def pos(self) -> QPointF:
            return self.rect.pos()

        def setPos(self, p: QPointF) -> None:
            self.rect.setPos(p)

        def moved(self) -> None:
            for line, a, b in lines_at.get(pid, []):
                pa, pb = rects[a].pos(), rects[b].pos()
                line.setLine(pa.x(), pa.y(), pb.x(), pb.y())

    frames = drag_frames(view, Moving(rects[pid]))
    view.close()
    return {"build": build_t, "paint": paint_t, "frame": statistics.median(frames),
            "frame_max": max(frames)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--links", type=int, default=600)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp(prefix="bench_map_"))
    db = open_database(tmp / "data")
    account_id = large(db, args.people, args.links)
    ctx = AppContext(db, Settings(tmp / "settings.ini"), tmp)
    size = (1400, 900)

    with db.unit_of_work() as session:
        data = load_chain(session, account_id)
    nodes = [Node(p.id, p.manager_id, p.external) for p in data.people]
    layout_t = timed(lambda: org_chart(nodes), repeat=5)

    def load() -> None:
        with db.unit_of_work() as session:
            load_chain(session, account_id)

    load_t = timed(load, repeat=3)

    tab = MapTab(ctx)
    tab.resize(*size)
    tab.show()
    app.processEvents()
    start = time.perf_counter()
    tab.set_account(account_id)  # load + analyse + build + fit
    app.processEvents()
    set_account_t = time.perf_counter() - start
    build_t = timed(lambda: tab.scene.build(data, "en"), repeat=3)
    tab.refresh()
    tab.view.fit()
    app.processEvents()
    paint_t = timed(lambda: (tab.view.viewport().repaint(), app.processEvents()), repeat=3)
    # A typical person (median number of lines) and the busiest one (the root).
    degree = {pid: len(node.edges) for pid, node in tab.scene.nodes.items()}
    ranked = sorted(degree, key=degree.__getitem__)
    typical = tab.scene.nodes[ranked[len(ranked) // 2]]
    busiest = tab.scene.nodes[ranked[-1]]
    frames = drag_frames(tab.view, typical)
    frames_busy = drag_frames(tab.view, busiest)
    tab.view.resetTransform()
    tab.view.centerOn(typical)
    frames_zoomed = drag_frames(tab.view, typical)
    save_t = timed(lambda: tab._save_positions({data.people[1].id: (10.0, 10.0)}))

    positions = data.positions()
    pairs = [(p.manager_id, p.id) for p in data.people if p.manager_id] + [
        (link.a_id, link.b_id) for link in data.links
    ]
    raw = baseline(positions, pairs, size)

    links = sum(1 for _ in data.links)
    print(f"Decision-chain map: {len(data.people)} people, {links} links, "
          f"{len(pairs) - links} reporting lines, {len(data.coverage)} coverage lines")
    print(f"  org-chart layout (pure Python)  {ms(layout_t)}")
    print(f"  load from the database          {ms(load_t)}")
    print(f"  open the account (load+analyse+build+fit) {ms(set_account_t)}")
    print(f"  build the scene                 {ms(build_t)}   raw rects+lines {ms(raw['build'])}"
          f"   ratio {build_t / raw['build']:.1f}x")
    print(f"  first paint (fit to window)     {ms(paint_t)}   raw {ms(raw['paint'])}"
          f"   ratio {paint_t / raw['paint']:.1f}x")
    median = statistics.median(frames)
    print(f"  drag frame, typical person ({len(typical.edges)} lines), fit "
          f"{ms(median)} median, {ms(max(frames))} worst"
          f"   raw {ms(raw['frame'])}   ratio {median / raw['frame']:.1f}x")
    print(f"  drag frame, busiest person ({len(busiest.edges)} lines) "
          f"{ms(statistics.median(frames_busy))} median, {ms(max(frames_busy))} worst")
    print(f"  drag frame, typical person ({len(typical.edges)} lines), zoom 100 % "
          f"{ms(statistics.median(frames_zoomed))} median, {ms(max(frames_zoomed))} worst")
    print(f"  drop: save position + refresh  {ms(save_t)}")
    tab.close()
    tab.deleteLater()
    app.processEvents()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
