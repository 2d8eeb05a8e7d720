"""The map tab of a dossier: decision-chain map, legend and coverage analysis.

    tab = MapTab(ctx)
    tab.set_account(account_id)

Every edit made on the map (drag, re-layout, reporting line, link, attitude,
relationship) is one undoable unit of work on ``ctx.undo_stack``; the tab
refreshes itself from ``ctx.data_changed``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QFileDialog,
    QMenu,
    QScrollArea,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.db.enums import Attitude, LinkKind, Stance
from desktop.db.models import Person, PersonLink
from desktop.db.session import DossierSession
from desktop.domain.coverage import Analysis, analyse
from desktop.errors import DossierError
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.lazy import LazyReload
from desktop.ui.map.cache import KeptMap, SceneCache
from desktop.ui.map.coverage_panel import CoveragePanel
from desktop.ui.map.data import ChainData, load_chain, map_people
from desktop.ui.map.export import ensure_cjk_font, export_scene
from desktop.ui.map.items import EdgeItem
from desktop.ui.map.legend import LegendWidget
from desktop.ui.map.scene import ChainScene
from desktop.ui.map.view import MapView
from desktop.ui.map.warm import draw_off_screen, read_some_chain
from desktop.ui.settings import cadence_policy, set_team_map_positions, team_map_positions
from desktop.ui.undo import Apply, ChangeFields, Create, DossierCommand, SoftDelete, push
from desktop.ui.warmup import warm_after_first_paint

REFRESH_KINDS = {"account", "person", "link", "coverage", "team", "interaction", "map"}


class MapTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ensure_cjk_font()
        self.ctx = ctx
        self.lazy = LazyReload(self, self.refresh)
        self.account_id: str | None = None
        self.data: ChainData | None = None
        self.analysis: Analysis | None = None
        self._dirty = False
        self._own_move = False

        self.scene = ChainScene(self)
        self.view = MapView(self.scene)
        self.panel = CoveragePanel()
        self.legend = LegendWidget(ctx.lang)
        legend_scroll = QScrollArea()
        legend_scroll.setWidget(self.legend)
        legend_scroll.setWidgetResizable(True)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.panel)
        side.addWidget(legend_scroll)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 340])

        self.toolbar = QToolBar()
        self._make_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter)

        self._connect_scene(self.scene)
        self.maps = SceneCache()  # the accounts opened last: shown again at once
        self._scene_account: str | None = None  # whose map self.scene holds
        self.panel.show_people.connect(self._show_people)
        ctx.data_changed.connect(self._data_changed)
        ctx.language_changed.connect(self._language_changed)
        ctx.settings_changed.connect(self._settings_changed)
        self.retranslate()
        policy = cadence_policy(ctx.settings)  # the first map opens as quick as the next
        warm_after_first_paint(self, partial(read_some_chain, ctx.db, policy),
                               then=lambda found: draw_off_screen(found, ctx.lang, self.view, self.panel))

    def _connect_scene(self, scene: ChainScene) -> None:
        scene.nodes_moved.connect(self._save_positions)
        scene.members_moved.connect(self._save_member_positions)
        scene.connect_requested.connect(self._connect_menu)
        scene.person_menu.connect(self._person_menu)
        scene.link_menu.connect(self._link_menu)

    # ---------------------------------------------------------------- actions
    def _make_actions(self) -> None:
        def action(slot: Any, *, checkable: bool = False, checked: bool = False) -> QAction:
            act = QAction(self)
            act.setCheckable(checkable)
            act.setChecked(checked)
            (act.toggled if checkable else act.triggered).connect(slot)
            self.toolbar.addAction(act)
            return act

        self.act_fit = action(lambda: self.view.fit())
        self.act_zoom_in = action(lambda: self.view.zoom_by(1.25))
        self.act_zoom_out = action(lambda: self.view.zoom_by(0.8))
        self.act_zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.act_zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.toolbar.addSeparator()
        self.act_relayout = action(self.relayout)
        self.act_connect = action(self._set_connect_mode, checkable=True)
        self.toolbar.addSeparator()
        self.layer_actions: dict[str, QAction] = {}
        for layer in (EdgeItem.REPORTING, EdgeItem.LINK, EdgeItem.COVERAGE):
            self.layer_actions[layer] = action(
                lambda on, layer=layer: self.scene.set_layer_visible(layer, on),
                checkable=True, checked=self.scene.visible_layers[layer],
            )
        self.toolbar.addSeparator()
        self.act_export = action(self._export_dialog)

    def retranslate(self) -> None:
        self.act_fit.setText(self.tr("Fit to window"))
        self.act_zoom_in.setText(self.tr("Zoom in"))
        self.act_zoom_out.setText(self.tr("Zoom out"))
        self.act_relayout.setText(self.tr("Re-layout"))
        self.act_relayout.setToolTip(self.tr("Forget dragged positions and lay the chart out again"))
        self.act_connect.setText(self.tr("Draw a line"))
        self.act_connect.setToolTip(self.tr(
            "Drag from one person to another to set who reports to whom or to link them"))
        self.layer_actions[EdgeItem.REPORTING].setText(self.tr("Reporting lines"))
        self.layer_actions[EdgeItem.LINK].setText(self.tr("Relationships"))
        self.layer_actions[EdgeItem.COVERAGE].setText(self.tr("Our team"))
        self.act_export.setText(self.tr("Export…"))

    # ------------------------------------------------------------------ data
    def set_account(self, account_id: str | None) -> None:
        first = account_id != self.account_id
        self.account_id = account_id
        self.refresh()
        if first:
            self._needs_fit = not self.isVisible()  # a hidden view has no size to fit to yet
            if not self._needs_fit:
                self.view.first_view()

    def refresh(self) -> None:
        if not self.lazy.wanted():  # hidden behind another tab: drawn when shown
            return
        if self.account_id is None:
            self.data, self.analysis = None, None
            if self.scene in self.maps.scenes():  # an account's kept map: not emptied
                self._put_scene(self._new_scene())
            self.scene.clear()
            self._scene_account = None
            self.panel.show_analysis(None, self.ctx.lang)
            return
        kept = self.maps.get(self.account_id)
        if kept is None:
            # The scene shown is built again unless it is another account's, kept.
            scene = self.scene
            if self._scene_account != self.account_id and scene in self.maps.scenes():
                scene = self._new_scene()
            with self.ctx.db.unit_of_work() as session:
                people = map_people(session, self.account_id)  # once, for both
                data = load_chain(session, self.account_id, people=people)
                analysis = analyse(session, self.account_id, today=date.today(),
                                   policy=cadence_policy(self.ctx.settings), people=people)
            data.member_positions = team_map_positions(self.ctx.settings, self.account_id)
            # The people the view shows first are built at once, the others just after.
            new = self._scene_account != self.account_id or scene is not self.scene
            scene.build(data, self.ctx.lang,
                        first=(self.view.first_area if new else lambda _chart: self.view.shown_area()))
            scene.show_findings(analysis)
            kept = KeptMap(scene, data, analysis)
            self.maps.put(self.account_id, kept, shown=scene)
        self._show(kept)

    def _new_scene(self) -> ChainScene:
        scene = ChainScene(self)
        self._connect_scene(scene)
        return scene

    def _put_scene(self, scene: ChainScene) -> None:
        old, self.scene = self.scene, scene
        if old is not scene:
            self.view.setScene(scene)
            self.view.chain = scene
            if old not in self.maps.scenes():  # nobody's map any more
                old.clear()
                old.deleteLater()

    def _show(self, kept: KeptMap) -> None:
        """Put the account's map in the view, with the layers and mode the toolbar says."""
        self._put_scene(kept.scene)
        for layer, action in self.layer_actions.items():
            if kept.scene.visible_layers[layer] != action.isChecked():
                kept.scene.set_layer_visible(layer, action.isChecked())
        kept.scene.connect_mode = self.act_connect.isChecked()
        self.data, self.analysis = kept.data, kept.analysis
        self._scene_account = self.account_id
        self.view.setSceneRect(kept.scene.content_rect().adjusted(-400, -400, 400, 400))
        self.panel.show_analysis(kept.analysis, self.ctx.lang)
        self._dirty = False

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if self.account_id is None or not (set(kinds) & REFRESH_KINDS):
            return
        if self._own_move:
            return  # the scene already shows the positions just saved
        self._forget_maps()

    def _settings_changed(self) -> None:
        self._forget_maps()  # the contact cadence may have changed: the findings too

    def _forget_maps(self) -> None:
        """Every kept map may show something that changed: read again when shown."""
        self.maps.clear(shown=self.scene)
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()
        if getattr(self, "_needs_fit", False):
            self._needs_fit = False
            QTimer.singleShot(0, self.view.first_view)  # once the view has its real size

    def _language_changed(self, lang: str) -> None:
        self.legend.set_language(lang)
        self.retranslate()
        self.maps.clear(shown=self.scene)
        self.refresh()

    # ----------------------------------------------------------------- edits
    def _push(self, command: DossierCommand) -> bool:
        try:
            push(self.ctx, command)
        except DossierError as exc:
            show_error(self, exc, self.ctx.lang)
            self.refresh()  # put the dragged node back where the database has it
            return False
        return True

    def _save_positions(self, moved: dict[str, tuple[float, float]]) -> None:
        old = {p.id: p.saved_pos for p in (self.data.people if self.data else []) if p.id in moved}

        def place(positions: dict[str, tuple[float, float] | None]) -> Any:
            def change(session: DossierSession) -> None:
                for pid, pos in positions.items():
                    person = session.get(Person, pid)
                    if person is not None:
                        person.map_x, person.map_y = pos if pos is not None else (None, None)
            return change

        self._own_move = True
        try:
            saved = self._push(Apply(self.ctx, place(dict(moved)), place(old), kinds={"person"},
                                     text=self.tr("Move on the map")))
        finally:
            self._own_move = False
        if saved and self.data is not None:
            self.data.people = [
                replace(p, saved_pos=moved[p.id]) if p.id in moved else p
                for p in self.data.people
            ]

    def _save_member_positions(self, moved: dict[str, tuple[float, float]]) -> None:
        """Our team's nodes keep where they were dropped, per account (in the settings)."""
        if self.account_id is None:
            return
        before = team_map_positions(self.ctx.settings, self.account_id)
        self._own_move = True  # the scene already shows where they were dropped
        try:
            self.ctx.undo_stack.push(PlaceTeam(self.ctx, self.account_id, {**before, **moved}, before,
                                               self.tr("Move on the map")))
        finally:
            self._own_move = False

    def relayout(self) -> None:
        if self.data is None:
            return
        old = {p.id: p.saved_pos for p in self.data.people if p.saved_pos is not None}
        team = team_map_positions(self.ctx.settings, self.account_id) if self.account_id else {}
        if not old and not team:
            self.view.fit()
            return
        text = self.tr("Re-layout the map")
        self.ctx.undo_stack.beginMacro(text)
        try:
            if team and self.account_id is not None:
                self.ctx.undo_stack.push(PlaceTeam(self.ctx, self.account_id, {}, team, text))
            if old:
                self._relayout_people(old, text)
        finally:
            self.ctx.undo_stack.endMacro()
        self.view.fit()

    def _relayout_people(self, old: dict[str, tuple[float, float]], text: str) -> None:
        def set_all(positions: dict[str, tuple[float, float] | None]) -> Any:
            def change(session: DossierSession) -> None:
                for pid, pos in positions.items():
                    person = session.get(Person, pid)
                    if person is not None:
                        person.map_x, person.map_y = pos if pos is not None else (None, None)
            return change

        cleared: dict[str, tuple[float, float] | None] = dict.fromkeys(old)
        saved: dict[str, tuple[float, float] | None] = dict(old)
        self._push(Apply(self.ctx, set_all(cleared), set_all(saved), kinds={"person"}, text=text))

    def _set_connect_mode(self, on: bool) -> None:
        self.scene.connect_mode = on
        self.view.setDragMode(self.view.DragMode.NoDrag if on else self.view.DragMode.ScrollHandDrag)

    def _name(self, pid: str) -> str:
        node = self.scene.nodes.get(pid)
        return node.person.name if node else ""

    def connect_actions(self, a: str, b: str, menu: QMenu) -> None:
        """Fill ``menu`` with what a line drawn from ``a`` to ``b`` can mean."""
        an, bn = self._name(a), self._name(b)
        menu.addAction(self.tr("%1 reports to %2").replace("%1", an).replace("%2", bn),
                       lambda: self.set_manager(a, b))
        menu.addAction(self.tr("%1 reports to %2").replace("%1", bn).replace("%2", an),
                       lambda: self.set_manager(b, a))
        menu.addSeparator()
        for kind in LinkKind:
            menu.addAction(self.tr("Link: %1").replace("%1", kind.label(self.ctx.lang)),
                           partial(self.add_link, a, b, kind))

    def exec_menu(self, menu: QMenu, where: QPoint) -> None:
        """Show a context menu (tests replace this to read the menu instead)."""
        menu.exec(where)

    def _connect_menu(self, a: str, b: str, where: QPoint) -> None:
        menu = QMenu(self)
        self.connect_actions(a, b, menu)
        self.exec_menu(menu, where)

    def set_manager(self, person_id: str, manager_id: str | None) -> bool:
        return self._push(ChangeFields(self.ctx, Person, person_id, {"reports_to_id": manager_id},
                                       kinds={"person"}, text=self.tr("Set reporting line")))

    def add_link(self, a: str, b: str, kind: LinkKind) -> bool:
        account_id = self.account_id
        return self._push(Create(
            self.ctx, lambda _s: PersonLink(account_id=account_id, a_id=a, b_id=b, kind=kind),
            kinds={"link"}, text=self.tr("Add relationship")))

    def set_person_field(self, person_id: str, field: str, value: Any) -> bool:
        return self._push(ChangeFields(self.ctx, Person, person_id, {field: value},
                                       kinds={"person"}, text=self.tr("Edit")))

    def person_actions(self, pid: str, menu: QMenu) -> None:
        node = self.scene.nodes[pid]
        person = node.person
        lang = self.ctx.lang
        menu.addAction(self.tr("Open %1").replace("%1", person.name),
                       lambda: self.ctx.open_record.emit("person", pid))
        for title, field, enum, current in (
            (self.tr("Attitude"), "attitude", Attitude, person.attitude),
            (self.tr("Relationship to us"), "stance", Stance, person.stance),
        ):
            sub = menu.addMenu(title)
            group = QActionGroup(sub)
            for member in [*enum, None]:
                label = member.label(lang) if member is not None else self.tr("Not known")
                act = sub.addAction(label)
                act.setCheckable(True)
                act.setChecked(member == current)
                group.addAction(act)
                act.triggered.connect(
                    lambda _c=False, f=field, m=member: self.set_person_field(pid, f, m))
        if person.manager_id:
            menu.addAction(self.tr("Remove reporting line to %1").replace(
                "%1", self._name(person.manager_id)), lambda: self.set_manager(pid, None))

    def _person_menu(self, pid: str, where: QPoint) -> None:
        menu = QMenu(self)
        self.person_actions(pid, menu)
        self.exec_menu(menu, where)

    def set_link_kind(self, link_id: str, kind: LinkKind) -> bool:
        return self._push(ChangeFields(self.ctx, PersonLink, link_id, {"kind": kind},
                                       kinds={"link"}, text=self.tr("Edit")))

    def link_actions(self, link_id: str, menu: QMenu) -> None:
        sub = menu.addMenu(self.tr("Kind of relationship"))
        for kind in LinkKind:
            sub.addAction(kind.label(self.ctx.lang), partial(self.set_link_kind, link_id, kind))
        menu.addAction(self.tr("Delete relationship"), lambda: self._push(SoftDelete(
            self.ctx, [(PersonLink, link_id)], kinds={"link"},
            text=self.tr("Delete relationship"))))

    def _link_menu(self, link_id: str, where: QPoint) -> None:
        menu = QMenu(self)
        self.link_actions(link_id, menu)
        self.exec_menu(menu, where)

    def _show_people(self, ids: set[str]) -> None:
        self.scene.select_people(ids)
        nodes = [self.scene.nodes[i] for i in ids if i in self.scene.nodes]
        if nodes:
            self.view.ensureVisible(nodes[0])

    # ---------------------------------------------------------------- export
    def export_to(self, path: Path) -> None:
        title = self.data.account_name if self.data else ""
        self.scene.complete()
        export_scene(self.scene, path, title, self.ctx.lang)

    def _export_dialog(self) -> None:
        name = self.data.account_name if self.data else "map"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the map"), f"{name}.pdf",
            self.tr("PDF document (*.pdf);;PNG image (*.png)"))
        if not path:
            return
        try:
            self.export_to(Path(path))
        except DossierError as exc:
            show_error(self, exc, self.ctx.lang)


class PlaceTeam(QUndoCommand):
    """Our team's positions on one account's map, set (redo) or put back (undo).

    They live in the settings, not the database, so this is not a DossierCommand; the
    map redraws itself on the "map" data-changed kind.
    """

    def __init__(self, ctx: AppContext, account_id: str, after: dict[str, tuple[float, float]],
                 before: dict[str, tuple[float, float]], text: str) -> None:
        super().__init__(text)
        self.ctx, self.account_id, self.after, self.before = ctx, account_id, after, before

    def _place(self, positions: dict[str, tuple[float, float]]) -> None:
        set_team_map_positions(self.ctx.settings, self.account_id, positions)
        self.ctx.notify({"map"})

    def redo(self) -> None:
        self._place(self.after)

    def undo(self) -> None:
        self._place(self.before)
