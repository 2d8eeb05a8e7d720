"""The Overview tab: key facts at a glance and every account field, edited in place.

Each field saves itself when the user leaves it (text areas also after a short pause
in typing) as one undoable ChangeFields command; there is no Save button to forget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop.db.account_queries import overview_facts
from desktop.db.enums import (
    ChurnCause,
    ChurnRisk,
    ChurnScope,
    ChurnType,
    InstitutionalNeed,
    LoyaltyStage,
    OrgPolitics,
    RelationshipLevel,
    RetentionStep,
    Tightness,
    ValueTier,
)
from desktop.db.models import Account, TeamMember
from desktop.errors import ValidationError
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.lazy import LazyReload
from desktop.ui.people.fields import (
    Binder,
    ChoiceBinder,
    LineBinder,
    MultiBinder,
    TextBinder,
    enum_options,
)
from desktop.ui.undo import ChangeFields, push
from desktop.ui.widgets import fmt_date


class MoneyBinder(LineBinder):
    """A yearly value in CNY; empty means unknown."""

    def to_text(self, value: Any) -> str:
        return "" if value is None else f"{value:,.0f}"

    def parse(self, text: str) -> Any:
        cleaned = text.replace(",", "").replace("，", "").replace("¥", "").strip()
        return float(cleaned) if cleaned else None


class OverviewTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lazy = LazyReload(self, self.reload)
        self.account_id: str | None = None
        self._fresh = False  # the account changed since the fields were last filled
        self.binders: dict[str, Binder] = {}
        self.labels: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        self.fact_names: dict[str, QLabel] = {}
        self.fact_values: dict[str, QLabel] = {}

        facts = QFrame()
        facts.setObjectName("facts")
        facts.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(facts)
        grid.setHorizontalSpacing(18)
        for i, key in enumerate(("level", "tightness", "risk", "owner", "last", "open")):
            name, value = QLabel(), QLabel()
            name.setObjectName("factName")
            value.setObjectName("factValue")
            # The name small and grey, the value plain and bold: read at a glance.
            muted = name.palette()
            muted.setColor(QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText))
            name.setPalette(muted)
            bold = value.font()
            bold.setBold(True)
            value.setFont(bold)
            self.fact_names[key], self.fact_values[key] = name, value
            grid.addWidget(name, (i // 3) * 2, i % 3)
            grid.addWidget(value, (i // 3) * 2 + 1, i % 3)

        body = QWidget()
        self.columns = columns = QGridLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setHorizontalSpacing(12)
        self._wide: bool | None = None
        self._group("identity", [
            ("name", LineBinder), ("short_name", LineBinder), ("industry", LineBinder),
            ("region", LineBinder), ("address", _text(2)), ("website", LineBinder),
            ("size", LineBinder), ("value_tier", _choice(enum_options(ValueTier))),
            ("annual_value", MoneyBinder), ("owner_id", _choice(self._team)),
            ("products_held", _text(2)), ("competitors", _text(2)),
        ])
        self._group("relationship", [
            ("relationship_level", _choice(enum_options(RelationshipLevel))),
            ("tightness", _choice(enum_options(Tightness))),
            ("loyalty_stage", _choice(enum_options(LoyaltyStage))),
            ("org_politics", _choice(enum_options(OrgPolitics))),
            ("corporate_culture", _text(2)), ("group_culture", _text(2)),
            ("institutional_needs", _multi(InstitutionalNeed, 2)),
        ])
        self._group("churn", [
            ("churn_risk", _choice(enum_options(ChurnRisk))),
            ("churn_type", _choice(enum_options(ChurnType))),
            ("churn_scope", _choice(enum_options(ChurnScope))),
            ("churn_causes", _multi(ChurnCause, 2)),
            ("retention_step", _choice(enum_options(RetentionStep))),
            ("churn_note", _text(2)),
        ])
        self._group("notes", [("notes", _text(4))])
        self._arrange(wide=True)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(facts)
        inner_layout.addWidget(body)
        inner_layout.addStretch(1)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        ctx.data_changed.connect(self._data_changed)
        ctx.language_changed.connect(self.retranslate)
        self.retranslate()
        self.set_account(None)

    # --------------------------------------------------------------- public
    def set_account(self, account_id: str | None) -> None:
        self.flush()
        self.account_id = account_id or None
        self._fresh = True
        self.reload()

    def flush(self) -> None:
        """Save text typed but not yet saved (before switching account or quitting)."""
        if self.account_id is not None:
            for binder in self.binders.values():
                binder.flush()

    def reload(self, force: bool = False) -> None:
        if not self.lazy.wanted():  # hidden behind another tab: filled when shown
            return
        force, self._fresh = force or self._fresh, False
        enabled = self.account_id is not None
        for binder in self.binders.values():
            binder.widget().setEnabled(enabled)
        if not enabled:
            for value in self.fact_values.values():
                value.setText("—")
            return
        with self.ctx.db.unit_of_work() as session:
            account = session.get(Account, self.account_id)
            if account is None:
                return
            facts = overview_facts(session, account.id)
            lang = self.ctx.lang
            for binder in self.binders.values():
                if force:  # a new account: nothing typed belongs to it
                    binder.value, binder.lang = getattr(account, binder.field), lang
                    binder.show_value(binder.value, lang)
                else:
                    binder.load(account, lang)
            values = {
                "level": account.relationship_level.label(lang) if account.relationship_level else "—",
                "tightness": account.tightness.label(lang) if account.tightness else "—",
                "risk": account.churn_risk.label(lang) if account.churn_risk else "—",
                "owner": facts.owner or "—",
                "last": fmt_date(facts.last_contact) or self.tr("never"),
                "open": self.tr("%1 open, %2 overdue").replace("%1", str(facts.open_commitments))
                .replace("%2", str(facts.overdue_commitments)),
            }
        for key, text in values.items():
            self.fact_values[key].setText(text)
        overdue = facts.overdue_commitments > 0
        self.fact_values["open"].setProperty("alert", overdue)
        self.fact_values["open"].setStyleSheet("color: #c62828;" if overdue else "")

    # -------------------------------------------------------------- private
    WIDE = 820  # below this width the groups stack in one column

    def _arrange(self, *, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        g = self.groups
        for box in g.values():
            self.columns.removeWidget(box)
        if wide:
            self.columns.addWidget(g["identity"], 0, 0, 2, 1)
            self.columns.addWidget(g["relationship"], 0, 1)
            self.columns.addWidget(g["churn"], 1, 1)
            self.columns.addWidget(g["notes"], 2, 0, 1, 2)
        else:
            for row, key in enumerate(("identity", "relationship", "churn", "notes")):
                self.columns.addWidget(g[key], row, 0, 1, 2)
        self.columns.setColumnStretch(0, 1)
        self.columns.setColumnStretch(1, 1 if wide else 0)

    def resizeEvent(self, event: Any) -> None:
        self._arrange(wide=event.size().width() >= self.WIDE)
        super().resizeEvent(event)

    def _group(self, key: str, fields: list[tuple[str, Callable[[str, Any], Binder]]]) -> QGroupBox:
        box = QGroupBox()
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, make in fields:
            binder = make(field, self._save)
            label = QLabel()
            label.setBuddy(binder.widget())
            form.addRow(label, binder.widget())
            self.binders[field], self.labels[field] = binder, label
        self.groups[key] = box
        return box

    def _team(self, _lang: str) -> list[tuple[Any, str]]:
        with self.ctx.db.unit_of_work() as session:  # names, not the members' objects
            return [(i, n) for i, n in session.execute(
                select(TeamMember.id, TeamMember.name)
                .order_by(TeamMember.is_me.desc(), TeamMember.name))]

    def _save(self, field: str, value: Any) -> bool:
        if self.account_id is None:
            return False
        if field == "name" and not value:
            show_error(self, ValidationError(
                "An account needs a name. Type the customer's name; until then the old one is kept.",
                "客户必须有名称。请输入客户名称；在此之前保留原来的名称。"), self.ctx.lang)
            return False
        try:
            push(self.ctx, ChangeFields(self.ctx, Account, self.account_id, {field: value},
                                        kinds={"account"}, text=self.tr("Edit %1").replace(
                                            "%1", self.field_names().get(field, field))))
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return False
        return True

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {"account", "team", "interaction", "commitment", "person"}:
            self.reload()

    def field_names(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"), "short_name": self.tr("Short name"),
            "industry": self.tr("Industry"), "region": self.tr("Region"),
            "address": self.tr("Address"), "website": self.tr("Website"), "size": self.tr("Size"),
            "value_tier": self.tr("Value tier"), "annual_value": self.tr("Annual value (CNY)"),
            "owner_id": self.tr("Account owner"), "products_held": self.tr("Products held"),
            "competitors": self.tr("Competitors"),
            "relationship_level": self.tr("Relationship level"),
            "tightness": self.tr("Relationship tightness"),
            "loyalty_stage": self.tr("Loyalty stage"), "org_politics": self.tr("Organisational politics"),
            "corporate_culture": self.tr("Corporate culture"), "group_culture": self.tr("Group culture"),
            "institutional_needs": self.tr("Institutional needs"), "churn_risk": self.tr("Churn risk"),
            "churn_type": self.tr("Churn type"), "churn_scope": self.tr("Churn scope"),
            "churn_causes": self.tr("Churn causes"), "retention_step": self.tr("Retention step"),
            "churn_note": self.tr("Churn note"), "notes": self.tr("Notes"),
        }

    def retranslate(self, _lang: str | None = None) -> None:
        for field, text in self.field_names().items():
            self.labels[field].setText(self.tr("%1:").replace("%1", text))
        titles = {"identity": self.tr("The customer"), "relationship": self.tr("Relationship and politics"),
                  "churn": self.tr("Churn and retention"), "notes": self.tr("Notes")}
        for key, box in self.groups.items():
            box.setTitle(titles[key])
        facts = {"level": self.tr("Relationship level"), "tightness": self.tr("Relationship tightness"),
                 "risk": self.tr("Churn risk"), "owner": self.tr("Owner"),
                 "last": self.tr("Last contact"), "open": self.tr("Commitments")}
        for key, text in facts.items():
            self.fact_names[key].setText(text)
        self.reload()


def _choice(options: Callable[[str], list[tuple[Any, str]]]) -> Callable[[str, Any], Binder]:
    return lambda field, save: ChoiceBinder(field, save, options)


def _multi(enum_cls: Any, columns: int) -> Callable[[str, Any], Binder]:
    return lambda field, save: MultiBinder(field, save, enum_cls, columns)


def _text(lines: int) -> Callable[[str, Any], Binder]:
    def make(field: str, save: Any) -> Binder:
        binder = TextBinder(field, save, lines=lines)
        if lines <= 2:  # short notes stay short; the long ones grow with the window
            binder.edit.setMaximumHeight(binder.edit.fontMetrics().lineSpacing() * (lines + 1) + 16)
        return binder
    return make
