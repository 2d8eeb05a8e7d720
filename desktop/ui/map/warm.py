"""The map's first open made as quick as the next ones (see desktop.ui.warmup).

``read_some_chain`` (off the GUI thread) reads the map and coverage analysis of some
account twice, so that SQLAlchemy has compiled their statements; ``draw_off_screen`` (GUI
thread, idle) builds a throw-away scene and coverage panel from it and paints them into an
image: fonts, text layouts and the people's boxes are then ready for the first real map.
Nothing is shown and nothing is written.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from sqlalchemy import select

from desktop.db.models import Person
from desktop.db.session import Database
from desktop.domain.coverage import Analysis, analyse
from desktop.domain.followups import CadencePolicy
from desktop.ui.map.coverage_panel import CoveragePanel
from desktop.ui.map.data import ChainData, load_chain, map_people
from desktop.ui.map.scene import ChainScene
from desktop.ui.map.view import MapView


def read_some_chain(db: Database, policy: CadencePolicy | None) -> tuple[ChainData, Analysis] | None:
    with db.unit_of_work() as session:
        account_id = session.scalar(select(Person.account_id).limit(1))
        found = None
        for _ in range(2 if account_id is not None else 0):  # compiled on the first two runs
            people = map_people(session, account_id)
            data = load_chain(session, account_id, people=people)
            found = (data, analyse(session, account_id, today=date.today(), policy=policy,
                                   people=people))
        return found


def draw_off_screen(found: tuple[ChainData, Analysis] | None, lang: str, view: MapView,
                    panel: CoveragePanel) -> None:
    if found is None:
        return
    data, analysis = found
    size = view.viewport().size().expandedTo(QSize(640, 480))  # a hidden tab has no size yet
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    scene = ChainScene()
    try:
        scene.build(data, lang, first=lambda chart: _top(chart, size))
        painter = QPainter(image)
        painter.setRenderHints(view.renderHints())
        scene.render(painter, QRectF(image.rect()), _top(scene.content_rect(), size))
        painter.end()
    finally:
        scene.clear()
        scene.deleteLater()
    copy: Any = CoveragePanel()
    try:
        copy.resize(panel.size().expandedTo(QSize(240, 360)))
        copy.show_analysis(analysis, lang)
        copy.render(image)
    finally:
        copy.deleteLater()


def _top(chart: QRectF, size: QSize) -> QRectF:
    """The top of the chart at a readable size, as the view first shows a large one."""
    return QRectF(chart.left(), chart.top(), size.width() / 0.6, size.height() / 0.6)
