"""The person editor: every field of a person, grouped, saved as the user goes.

Each field edit is one undoable ChangeFields command. The dialog shows what the
domain teaches about the person: engagement tips for their personality, the
five-word guideline for their roles, their needs-matrix quadrant. Marking a fact
as hearsay or confirmed is one click on the button beside it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop.db.enums import (
    Attitude,
    Certainty,
    InfluenceChannel,
    InstitutionalNeed,
    Motive,
    Personality,
    PersonalNeed,
    RapportTopic,
    Stance,
)
from desktop.db.enums import DecisionRole as Role
from desktop.db.models import Person
from desktop.domain.guidance import PERSONALITY_GUIDE, needs_quadrant, role_guidelines
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.people.fields import (
    Binder,
    ChoiceBinder,
    DateBinder,
    FlagBinder,
    IntBinder,
    LineBinder,
    ListBinder,
    MultiBinder,
    TextBinder,
    enum_options,
    scale_options,
)
from desktop.ui.people.relations import CoveragePanel, LinksPanel
from desktop.ui.undo import ChangeFields, push

# Facts whose certainty the user marks (no information beats wrong information).
RATED_FACTS = (
    "birthday", "reports_to_id", "roles", "attitude", "stance", "personality", "power",
    "influence", "motive", "personal_needs", "institutional_needs", "form_family",
    "form_occupation", "form_motivation", "form_recreation",
)


class PersonDialog(QDialog):
    """Edit one person. Non-modal; closes without a save step (everything is saved already)."""

    def __init__(self, ctx: AppContext, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.account_id = ""
        self.binders: list[Binder] = []
        self.labels: list[tuple[QLabel, str]] = []  # (label, field) for retranslation
        self.hearsay: dict[str, QToolButton] = {}
        self.setMinimumSize(900, 560)
        self.tabs = QTabWidget()
        self.pages: list[QWidget] = [self._identity_page(), self._stance_page(),
                                     self._personality_page(), self._needs_page(),
                                     self._form_page()]
        self.links = LinksPanel(ctx, person_id)
        self.coverage = CoveragePanel(ctx, person_id)
        for page in self.pages:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(page)
            self.tabs.addTab(scroll, "")
        self.tabs.addTab(self.links, "")
        self.tabs.addTab(self.coverage, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.saved_note = QLabel()
        self.saved_note.setObjectName("savedNote")
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_note, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(bottom)
        ctx.data_changed.connect(self._data_changed)
        ctx.language_changed.connect(lambda _lang: self.load())
        self.load()

    # ------------------------------------------------------------ building
    def _save(self, field: str, value: Any) -> bool:
        try:
            push(self.ctx, ChangeFields(self.ctx, Person, self.person_id, {field: value},
                                        kinds={"person"}, text=self.tr("Edit person")))
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return False
        return True

    def _row(self, form: QFormLayout, field: str, binder: Binder) -> Binder:
        self.binders.append(binder)
        label = QLabel()
        self.labels.append((label, field))
        widget = binder.widget()
        if field in RATED_FACTS:
            row = QWidget()
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(widget, 1)
            button = QToolButton()
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setStyleSheet("QToolButton:checked { background: #ffe0b2; color: #8a4b00; }")
            button.toggled.connect(lambda on, f=field: self._mark(f, on))
            self.hearsay[field] = button
            box.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            widget = row
        form.addRow(label, widget)
        return binder

    def _form(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return page, form

    def _identity_page(self) -> QWidget:
        page, f = self._form()
        s = self._save
        self._row(f, "name", LineBinder("name", s))
        self._row(f, "english_name", LineBinder("english_name", s))
        self._row(f, "title", LineBinder("title", s))
        self._row(f, "department", LineBinder("department", s))
        self._row(f, "phones", ListBinder("phones", s, placeholder="138…; 021-…"))
        self._row(f, "emails", ListBinder("emails", s))
        self._row(f, "wechat", LineBinder("wechat", s))
        self._row(f, "birthday", DateBinder("birthday", s))
        self._row(f, "reports_to_id", ChoiceBinder("reports_to_id", s, self._colleagues))
        self._row(f, "is_external", FlagBinder("is_external", s, lambda: self.tr(
            "External influencer (consultant, regulator, peer)")))
        self._row(f, "organisation", LineBinder("organisation", s))
        self._row(f, "left_on", DateBinder("left_on", s))
        self._row(f, "notes", TextBinder("notes", s, lines=4))
        return page

    def _stance_page(self) -> QWidget:
        page, f = self._form()
        s = self._save
        self._row(f, "roles", MultiBinder("roles", s, Role, columns=2))
        self.guideline = QLabel()
        self.guideline.setWordWrap(True)
        f.addRow("", self.guideline)
        self._row(f, "attitude", ChoiceBinder("attitude", s, enum_options(Attitude)))
        self._row(f, "stance", ChoiceBinder("stance", s, enum_options(Stance)))
        self._row(f, "power", ChoiceBinder("power", s, scale_options))
        self._row(f, "influence", ChoiceBinder("influence", s, scale_options))
        self._row(f, "motive", ChoiceBinder("motive", s, enum_options(Motive)))
        self._row(f, "cadence_days", IntBinder("cadence_days", s))
        return page

    def _personality_page(self) -> QWidget:
        page, f = self._form()
        self._row(f, "personality", ChoiceBinder("personality", self._save,
                                                 enum_options(Personality)))
        self.tips = QLabel()
        self.tips.setWordWrap(True)
        self.tips.setTextFormat(Qt.TextFormat.RichText)
        self.tips.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        f.addRow("", self.tips)
        return page

    def _needs_page(self) -> QWidget:
        page, f = self._form()
        s = self._save
        self._row(f, "institutional_needs", MultiBinder("institutional_needs", s, InstitutionalNeed, 2))
        self._row(f, "personal_needs", MultiBinder("personal_needs", s, PersonalNeed, 2))
        self._row(f, "we_meet_institutional", FlagBinder("we_meet_institutional", s, lambda: self.tr(
            "We meet their institutional needs")))
        self._row(f, "we_meet_personal", FlagBinder("we_meet_personal", s, lambda: self.tr(
            "We meet their personal needs")))
        self.quadrant = QLabel()
        self.quadrant.setWordWrap(True)
        f.addRow("", self.quadrant)
        return page

    def _form_page(self) -> QWidget:
        page, f = self._form()
        s = self._save
        for field in ("form_family", "form_occupation", "form_motivation", "form_recreation"):
            self._row(f, field, TextBinder(field, s, lines=2))
        self._row(f, "rapport_topics", MultiBinder("rapport_topics", s, RapportTopic, 4))
        self._row(f, "rapport_notes", TextBinder("rapport_notes", s, lines=2))
        self._row(f, "influence_channels", MultiBinder("influence_channels", s, InfluenceChannel, 3))
        return page

    def _colleagues(self, lang: str) -> list[tuple[Any, str]]:
        with self.ctx.db.unit_of_work() as session:
            people = session.scalars(select(Person).where(
                Person.account_id == self.account_id, Person.id != self.person_id
            ).order_by(Person.name)).all()
            return [(p.id, f"{p.name} · {p.title}" if p.title else p.name) for p in people]

    # ------------------------------------------------------------- loading
    def _data_changed(self, kinds: frozenset[str]) -> None:
        if "person" in kinds and self.isVisible():
            self.load()

    def load(self) -> None:
        lang = self.ctx.lang
        with self.ctx.db.unit_of_work() as session:
            person = session.get(Person, self.person_id)
            if person is None:  # deleted (perhaps by undo of its creation)
                self.close()
                return
            self.account_id = person.account_id
            for binder in self.binders:
                binder.load(person, lang)
            certainty = dict(person.certainty)
            self.setWindowTitle(self.tr("Person — %1").replace("%1", person.name))
            self._explain(person, lang)
        self._retranslate()
        for field, button in self.hearsay.items():
            button.blockSignals(True)
            button.setChecked(certainty.get(field) == Certainty.HEARSAY.value)
            button.setText(self._certainty_text(button.isChecked()))
            button.blockSignals(False)
        self.links.load()
        self.coverage.load()

    def _certainty_text(self, hearsay: bool) -> str:
        return (Certainty.HEARSAY if hearsay else Certainty.CONFIRMED).label(self.ctx.lang)

    def _mark(self, field: str, hearsay: bool) -> None:
        with self.ctx.db.unit_of_work() as session:
            person = session.get(Person, self.person_id)
            certainty = dict(person.certainty) if person else {}
        certainty[field] = (Certainty.HEARSAY if hearsay else Certainty.CONFIRMED).value
        self._save("certainty", certainty)
        self.hearsay[field].setText(self._certainty_text(hearsay))

    def _explain(self, person: Person, lang: str) -> None:
        lines = [f"{role.code} {role.label(lang)} → {g.text(lang)}"
                 for role, g in role_guidelines(person.roles)]
        self.guideline.setText("\n".join(lines))
        guide = PERSONALITY_GUIDE.get(person.personality) if person.personality else None
        if guide is None:
            self.tips.setText(self.tr("Choose a personality type to see how to engage them."))
        else:
            tips = "".join(f"<li>{tip.text(lang)}</li>" for tip in guide.tips)
            engage = self.tr("How to engage them")
            self.tips.setText(
                f"<p><b>{guide.axes.text(lang)}</b><br>{guide.traits.text(lang)}</p>"
                f"<p><b>{engage}</b></p><ul>{tips}</ul>"
            )
        quadrant = needs_quadrant(person.we_meet_institutional, person.we_meet_personal)
        self.quadrant.setText(self.tr("Needs matrix: %1").replace("%1", quadrant.label(lang)))

    def _retranslate(self) -> None:
        names = self.field_names()
        for label, field in self.labels:
            label.setText(names.get(field, field))
        titles = [self.tr("Identity and contact"), self.tr("Roles and stance"),
                  self.tr("Personality"), self.tr("Needs"), self.tr("FORM and rapport"),
                  self.tr("Relationships"), self.tr("Our coverage")]
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        self.saved_note.setText(self.tr("Every change is saved as you go; Ctrl+Z undoes it."))
        for button in self.hearsay.values():
            button.setToolTip(self.tr("Click to mark this fact as hearsay or confirmed"))

    def field_names(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"), "english_name": self.tr("English name"), "title": self.tr("Title"),
            "department": self.tr("Department"), "phones": self.tr("Phones"), "emails": self.tr("Emails"),
            "wechat": self.tr("WeChat"), "birthday": self.tr("Birthday"), "reports_to_id": self.tr("Reports to"),
            "is_external": self.tr("External"), "organisation": self.tr("Organisation"),
            "left_on": self.tr("Left the company on"), "notes": self.tr("Notes"),
            "roles": self.tr("Decision roles"), "attitude": self.tr("Attitude"),
            "stance": self.tr("Relationship to us"), "power": self.tr("Power"), "influence": self.tr("Influence"),
            "motive": self.tr("Personal motive"), "cadence_days": self.tr("Contact every (days)"),
            "personality": self.tr("Personality type"),
            "institutional_needs": self.tr("Institutional needs"), "personal_needs": self.tr("Personal needs"),
            "we_meet_institutional": self.tr("Institutional"), "we_meet_personal": self.tr("Personal"),
            "form_family": self.tr("Family"), "form_occupation": self.tr("Occupation"),
            "form_motivation": self.tr("Motivation"), "form_recreation": self.tr("Recreation"),
            "rapport_topics": self.tr("Common ground"), "rapport_notes": self.tr("Rapport notes"),
            "influence_channels": self.tr("Influence channels"),
        }

    def reject(self) -> None:
        """Esc closes like the Close button: after saving, and never over a refused edit."""
        for binder in self.binders:
            binder.flush()
        if any(binder.has_pending_edit() for binder in self.binders):
            return
        super().reject()

    def closeEvent(self, event: Any) -> None:
        for binder in self.binders:
            binder.flush()
        if any(binder.has_pending_edit() for binder in self.binders):
            event.ignore()  # a refused save: keep the window and the user's text
            return
        super().closeEvent(event)
