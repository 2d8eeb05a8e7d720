"""The Structure tab: sub-groups (亚群体), external ties (外部关系) and key events by month (关键活动)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.db.account_queries import account_people
from desktop.db.enums import DecisionRole, ExternalBodyKind, SubGroupKind
from desktop.db.models import ExternalTie, KeyEvent, Person, SubGroup
from desktop.db.session import DossierSession
from desktop.ui.columns import ColumnWidths
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.lazy import LazyReload
from desktop.ui.settings import Settings
from desktop.ui.structure.form import Field, FormDialog
from desktop.ui.table import Column, RecordTableModel
from desktop.ui.undo import Apply, ChangeFields, Create, SoftDelete, push
from desktop.ui.widgets import confirm, fmt_date, icon, lay_out_now, selected_row, table_view

KINDS = {"structure"}
BUSY_MONTH = "QLabel { background: palette(alternate-base); border-radius: 4px; padding: 4px; }"
QUIET_MONTH = "QLabel { padding: 4px; }"
GROUP_FIELDS = ("name", "kind", "influence", "meeting_dates", "next_meeting_on", "notes")


class Section(QGroupBox):
    """A titled table with Add / Edit / Delete buttons."""

    def __init__(self, model: RecordTableModel[Any], on_add: Callable[[], object],
                 on_edit: Callable[[Any], object], on_delete: Callable[[Any], object],
                 key: str, settings: Settings | None = None) -> None:
        super().__init__()
        self.model = model
        self.view: QTableView = table_view(model)
        self.widths = ColumnWidths(self.view, key, settings)
        self.add_button = QPushButton(icon("add"), "")
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.add_button.clicked.connect(on_add)
        self.edit_button.clicked.connect(lambda: self._with_selected(on_edit))
        self.delete_button.clicked.connect(lambda: self._with_selected(on_delete))
        self.view.doubleClicked.connect(lambda _i: self._with_selected(on_edit))
        bar = QHBoxLayout()
        bar.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.view, 1)
        self.body.addLayout(bar)

    def _with_selected(self, action: Callable[[Any], object]) -> None:
        r = selected_row(self.view)
        if r >= 0:
            action(self.model.rows[r])

    def retranslate(self, title: str) -> None:
        self.setTitle(title)
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.model.retranslate()


class StructureTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lazy = LazyReload(self, self.reload)
        self.account_id: str | None = None
        def lang() -> str:
            return self.ctx.lang

        self.groups = Section(RecordTableModel([
            Column(lambda: self.tr("Sub-group"), lambda g: g.name),
            Column(lambda: self.tr("Kind"), lambda g: g.kind.label(lang())),
            Column(lambda: self.tr("Influence"), lambda g: "●" * (g.influence or 0), lambda g: g.influence),
            Column(lambda: self.tr("Members"), lambda g: "、".join(p.name for p in g.members)),
            Column(lambda: self.tr("Meetings"), lambda g: g.meeting_dates),
            Column(lambda: self.tr("Next meeting"), lambda g: fmt_date(g.next_meeting_on), lambda g: g.next_meeting_on),
        ], self), self.add_group, self.edit_group, self.delete_group, "structure.groups", ctx.settings)
        self.ties = Section(RecordTableModel([
            Column(lambda: self.tr("Person"), lambda t: t.person.name if t.person else ""),
            Column(lambda: self.tr("Outside body"), lambda t: t.body),
            Column(lambda: self.tr("Kind"), lambda t: t.body_kind.label(lang())),
            Column(lambda: self.tr("Note"), lambda t: t.note),
        ], self), self.add_tie, self.edit_tie, self.delete_tie, "structure.ties", ctx.settings)
        self.events = Section(RecordTableModel([
            Column(lambda: self.tr("Month"), lambda e: self._month(e), lambda e: (e.month, e.day or 0)),
            Column(lambda: self.tr("Event"), lambda e: e.title),
            Column(lambda: self.tr("Active roles"), lambda e: "、".join(r.label(lang()) for r in e.roles_active)),
            Column(lambda: self.tr("Notes"), lambda e: e.notes),
        ], self), self.add_event, self.edit_event, self.delete_event, "structure.events", ctx.settings)
        self.events.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.groups.view.empty_hint = lambda: self.tr(
            "No sub-groups yet: committees or informal circles inside the client (a quality "
            "committee, an alumni association). “Add…” records one with its members and "
            "meetings.") if self.account_id else ""
        self.ties.view.empty_hint = lambda: self.tr(
            "No external ties yet: links of the client's people to regulators, banks, "
            "government departments or competitors. “Add…” records one.") if self.account_id else ""
        self.events.view.empty_hint = lambda: self.tr(
            "No key events yet: the client's yearly budget round, annual meeting, tender… "
            "“Add…” records one with the roles active in it.") if self.account_id else ""
        self.calendar = QFrame()
        self.calendar.setObjectName("calendar")
        grid = QGridLayout(self.calendar)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        self.month_cells: list[QLabel] = []
        for m in range(12):
            cell = QLabel()
            cell.setObjectName("monthCell")
            cell.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            cell.setWordWrap(True)
            cell.setMinimumHeight(cell.fontMetrics().lineSpacing() * 2 + 8)
            grid.addWidget(cell, m // 6, m % 6)
            self.month_cells.append(cell)
        self.events.body.insertWidget(0, self.calendar)
        inner = QWidget()
        column = QVBoxLayout(inner)
        rows = self.fontMetrics().lineSpacing() + 12
        for section, visible_rows in ((self.groups, 4), (self.ties, 3), (self.events, 4)):
            section.view.setMinimumHeight(rows * (visible_rows + 1))
            column.addWidget(section, visible_rows)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        ctx.data_changed.connect(self._data_changed)
        ctx.language_changed.connect(self.retranslate)
        self.retranslate()

    # --------------------------------------------------------------- public
    def set_account(self, account_id: str | None) -> None:
        self.account_id = account_id or None
        self.reload()

    def reload(self) -> None:
        if not self.lazy.wanted():  # hidden behind another tab: reload when shown
            return
        groups: list[SubGroup] = []
        ties: list[ExternalTie] = []
        events: list[KeyEvent] = []
        if self.account_id is not None:
            with self.ctx.db.unit_of_work() as s:
                groups = list(s.scalars(select(SubGroup).where(SubGroup.account_id == self.account_id)
                                        .options(selectinload(SubGroup.members)).order_by(SubGroup.name)))
                ties = list(s.scalars(select(ExternalTie).where(ExternalTie.account_id == self.account_id)
                                      .options(selectinload(ExternalTie.person))))
                events = list(s.scalars(select(KeyEvent).where(KeyEvent.account_id == self.account_id)))
        for section, rows in ((self.groups, groups), (self.ties, ties), (self.events, events)):
            section.model.set_rows(rows)
            header = section.view.horizontalHeader()
            section.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
            section.widths.fit()
            section.setEnabled(self.account_id is not None)
            lay_out_now(section.view)
        for m, cell in enumerate(self.month_cells, start=1):
            titles = [e.title for e in sorted(events, key=lambda e: e.day or 0) if e.month == m]
            cell.setText(f"<b>{self._month_name(m)}</b><br>" + "<br>".join(titles))
            if cell.property("busy") != bool(titles):  # a style sheet is costly to apply
                cell.setProperty("busy", bool(titles))
                cell.setStyleSheet(BUSY_MONTH if titles else QUIET_MONTH)

    # ----------------------------------------------------------- sub-groups
    def _people(self) -> list[tuple[Any, str]]:
        assert self.account_id is not None
        with self.ctx.db.unit_of_work() as s:
            return [(p.id, p.name) for p in account_people(s, self.account_id)]

    def _group_fields(self) -> list[Field]:
        lang = self.ctx.lang
        return [Field("name", self.tr("Name:"), "line"),
                Field("kind", self.tr("Kind:"), "choice", [(k, k.label(lang)) for k in SubGroupKind]),
                Field("influence", self.tr("Influence (1–5):"), "choice", [(n, "●" * n) for n in range(1, 6)]),
                Field("member_ids", self.tr("Members:"), "multi", self._people()),
                Field("meeting_dates", self.tr("Meeting dates:"), "line"),
                Field("next_meeting_on", self.tr("Next meeting on:"), "date"),
                Field("notes", self.tr("Notes:"), "text")]

    def add_group(self) -> FormDialog | None:
        if self.account_id is None:
            return None
        account_id = self.account_id

        def save(v: dict[str, Any]) -> None:
            def build(s: DossierSession) -> SubGroup:
                group = SubGroup(account_id=account_id, **{k: v[k] or _default(k) for k in GROUP_FIELDS})
                group.members = [p for pid in v["member_ids"] if (p := s.get(Person, pid))]
                return group
            _require(v["name"], "A sub-group needs a name.", "亚群体必须有名称。")
            push(self.ctx, Create(self.ctx, build, kinds=KINDS, text=self.tr("Add sub-group")))
        return self._dialog(self.tr("New sub-group"), self._group_fields(), {"kind": SubGroupKind.FORMAL}, save)

    def edit_group(self, group: SubGroup) -> FormDialog:
        before = {**{k: getattr(group, k) for k in GROUP_FIELDS}, "member_ids": [p.id for p in group.members]}

        def save(v: dict[str, Any]) -> None:
            _require(v["name"], "A sub-group needs a name.", "亚群体必须有名称。")
            after = {**v, "kind": v["kind"] or SubGroupKind.FORMAL}
            push(self.ctx, Apply(self.ctx, lambda s: _write_group(s, group.id, after),
                                 lambda s: _write_group(s, group.id, before), kinds=KINDS,
                                 text=self.tr("Edit sub-group")))
        return self._dialog(self.tr("Edit sub-group"), self._group_fields(), before, save)

    def delete_group(self, group: SubGroup) -> bool:
        return self._delete(SubGroup, group.id, group.name)

    # ------------------------------------------------------- external ties
    def _tie_fields(self) -> list[Field]:
        return [Field("person_id", self.tr("Person:"), "choice", self._people()),
                Field("body", self.tr("Outside body:"), "line"),
                Field("body_kind", self.tr("Kind:"), "choice",
                      [(k, k.label(self.ctx.lang)) for k in ExternalBodyKind]),
                Field("note", self.tr("Note:"), "text")]

    def add_tie(self) -> FormDialog | None:
        if self.account_id is None:
            return None
        account_id = self.account_id

        def save(v: dict[str, Any]) -> None:
            _require(v["person_id"], "Choose the person who has this tie.", "请选择拥有这一关系的人。")
            v["body_kind"] = v["body_kind"] or ExternalBodyKind.OTHER
            push(self.ctx, Create(self.ctx, lambda _s: ExternalTie(account_id=account_id, **v), kinds=KINDS,
                                  text=self.tr("Add external tie")))
        return self._dialog(self.tr("New external tie"), self._tie_fields(), {}, save)

    def edit_tie(self, tie: ExternalTie) -> FormDialog:
        before = {k: getattr(tie, k) for k in ("person_id", "body", "body_kind", "note")}

        def save(v: dict[str, Any]) -> None:
            _require(v["person_id"], "Choose the person who has this tie.", "请选择拥有这一关系的人。")
            v["body_kind"] = v["body_kind"] or ExternalBodyKind.OTHER
            push(self.ctx, ChangeFields(self.ctx, ExternalTie, tie.id, v, kinds=KINDS,
                                        text=self.tr("Edit external tie")))
        return self._dialog(self.tr("Edit external tie"), self._tie_fields(), before, save)

    def delete_tie(self, tie: ExternalTie) -> bool:
        return self._delete(ExternalTie, tie.id, tie.body)

    # ----------------------------------------------------------- key events
    def _event_fields(self) -> list[Field]:
        return [Field("month", self.tr("Month:"), "choice", [(m, self._month_name(m)) for m in range(1, 13)]),
                Field("day", self.tr("Day (if known):"), "choice", [(d, str(d)) for d in range(1, 32)]),
                Field("title", self.tr("Event:"), "line"),
                Field("roles_active", self.tr("Active decision roles:"), "multi",
                      [(r, r.label(self.ctx.lang)) for r in DecisionRole]),
                Field("notes", self.tr("Notes:"), "text")]

    def add_event(self) -> FormDialog | None:
        if self.account_id is None:
            return None
        account_id = self.account_id

        def save(v: dict[str, Any]) -> None:
            _require(v["title"] and v["month"], "A key event needs a month and a title.", "关键活动必须有月份和名称。")
            push(self.ctx, Create(self.ctx, lambda _s: KeyEvent(account_id=account_id, **v), kinds=KINDS,
                                  text=self.tr("Add key event")))
        return self._dialog(self.tr("New key event"), self._event_fields(), {}, save)

    def edit_event(self, event: KeyEvent) -> FormDialog:
        before = {k: getattr(event, k) for k in ("month", "day", "title", "roles_active", "notes")}

        def save(v: dict[str, Any]) -> None:
            _require(v["title"] and v["month"], "A key event needs a month and a title.", "关键活动必须有月份和名称。")
            push(self.ctx, ChangeFields(self.ctx, KeyEvent, event.id, v, kinds=KINDS, text=self.tr("Edit key event")))
        return self._dialog(self.tr("Edit key event"), self._event_fields(), before, save)

    def delete_event(self, event: KeyEvent) -> bool:
        return self._delete(KeyEvent, event.id, event.title)

    # -------------------------------------------------------------- private
    def _dialog(self, title: str, fields: list[Field], values: dict[str, Any],
                save: Callable[[dict[str, Any]], None]) -> FormDialog:
        dialog = FormDialog(title, fields, values, save, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _delete(self, model: Any, record_id: str, name: str) -> bool:
        if not confirm(self, self.tr("Delete"), self.tr("Delete “%1”? Edit ▸ Undo brings it back.").replace("%1", name)):
            return False
        try:
            push(self.ctx, SoftDelete(self.ctx, [(model, record_id)], kinds=KINDS,
                                      text=self.tr("Delete %1").replace("%1", name)))
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return False
        return True

    def _month_name(self, month: int) -> str:
        locale = QLocale(QLocale.Language.Chinese if self.ctx.lang == "zh" else QLocale.Language.English)
        return locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)

    def _month(self, e: KeyEvent) -> str:
        return f"{self._month_name(e.month)} {e.day}" if e.day else self._month_name(e.month)

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {"structure", "person", "account"}:
            self.reload()

    def retranslate(self, _lang: str | None = None) -> None:
        self.groups.retranslate(self.tr("Sub-groups"))
        self.ties.retranslate(self.tr("External ties"))
        self.events.retranslate(self.tr("Key events by month"))
        self.reload()


def _default(key: str) -> Any:
    return {"kind": SubGroupKind.FORMAL, "influence": None, "next_meeting_on": None}.get(key, "")


def _require(value: Any, en: str, zh: str) -> None:
    from desktop.errors import ValidationError

    if not value:
        raise ValidationError(en, zh)


def _write_group(s: DossierSession, group_id: str, values: dict[str, Any]) -> None:
    group = s.get(SubGroup, group_id)
    assert group is not None
    for k in GROUP_FIELDS:
        setattr(group, k, values[k] if values[k] is not None or k in ("influence", "next_meeting_on") else "")
    group.members = [p for pid in values["member_ids"] if (p := s.get(Person, pid))]
