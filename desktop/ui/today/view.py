"""The Today view: what needs doing this morning, computed from what the manager recorded.

    view = TodayView(ctx)              # ctx: desktop.ui.context.AppContext
    view.open_requested -> ctx.open_record(kind, id) is emitted directly

It refreshes on ``ctx.data_changed`` and when the day rolls over, and re-labels itself on
``ctx.language_changed``. Every change (done, reschedule, log a contact) is an undoable
command on ``ctx.undo_stack``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.db.enums import InteractionKind, Party
from desktop.db.models import Commitment
from desktop.domain.followups import (
    AGENDA_LIMIT,
    SECTIONS,
    Agenda,
    CadencePolicy,
    Severity,
    agenda_is_slow,
    build_agenda,
    log_contact,
    mark_done,
    reopen,
)
from desktop.errors import DossierError
from desktop.ui.context import AppContext
from desktop.ui.errors import show_error
from desktop.ui.settings import cadence_policy
from desktop.ui.today.background import Cancel
from desktop.ui.today.models import (
    RECORD_ROLE,
    CommitmentsModel,
    ContactsModel,
    PlannedModel,
    RiskModel,
    UpcomingModel,
)
from desktop.ui.today.section import DateDelegate, Section
from desktop.ui.undo import Apply, ChangeFields, Create, push
from desktop.ui.worker import run_in_background

if TYPE_CHECKING:
    pass

PAGE = AGENDA_LIMIT  # rows a section shows at first, and how many more each "show more" adds
FILTER_DELAY_MS = 400  # typing pauses this long before the agenda is rebuilt


class TodayView(QWidget):
    """The Today view as a standalone widget taking the application context.

    ``agenda_ready(agenda)`` is emitted each time an agenda is shown (the reminder counts
    from it instead of reading its own).
    """

    agenda_ready = Signal(object)

    def __init__(self, ctx: AppContext, clock: Callable[[], datetime] = datetime.now,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.agenda: Agenda | None = None
        self._shown_day: date | None = None
        self._generation = 0
        self._reading: Cancel | None = None  # the background read running, if any
        self.limits: dict[str, int] = dict.fromkeys(SECTIONS, PAGE)  # rows asked per section
        with ctx.db.unit_of_work() as session:
            self.large = agenda_is_slow(session)

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.status = QLabel()
        self.status.setStyleSheet("color: #1f5fbf;")
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.reload)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_calendar)
        # Narrow every section to some accounts; the agenda is rebuilt once typing pauses.
        self.account_filter = QLineEdit()
        self.account_filter.setClearButtonEnabled(True)
        self.account_filter.setMinimumWidth(220)
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self._apply_filter)
        self.account_filter.textChanged.connect(lambda _text: self.filter_timer.start())
        self.account_filter.returnPressed.connect(self._apply_filter)

        self.ours_model = CommitmentsModel(Party.OURS, self)
        self.theirs_model = CommitmentsModel(Party.THEIRS, self)
        self.contacts_model = ContactsModel(self)
        self.upcoming_model = UpcomingModel(self)
        self.planned_model = PlannedModel(self)
        self.risk_model = RiskModel(self)
        self.ours = Section(self.ours_model, CommitmentsModel.WHAT)
        self.theirs = Section(self.theirs_model, CommitmentsModel.WHAT)
        self.contacts = Section(self.contacts_model, ContactsModel.TITLE)
        self.upcoming = Section(self.upcoming_model, UpcomingModel.TITLE)
        self.planned = Section(self.planned_model, PlannedModel.SUBJECT)
        self.risk = Section(self.risk_model, RiskModel.WHY)
        self.sections = dict(zip(SECTIONS, (self.ours, self.theirs, self.contacts, self.upcoming,
                                            self.planned, self.risk), strict=True))
        for name, section in self.sections.items():
            section.more_requested.connect(lambda name=name: self.show_more(name))

        for section, model in ((self.ours, self.ours_model), (self.theirs, self.theirs_model)):
            section.table.setItemDelegateForColumn(CommitmentsModel.DUE, DateDelegate(section.table))
            model.done_requested.connect(self.mark_done)
            model.reschedule_requested.connect(self.reschedule)
        self.done_buttons = [QPushButton(), QPushButton()]
        self.move_buttons = [QPushButton(), QPushButton()]
        for section, done, move in zip((self.ours, self.theirs), self.done_buttons,
                                       self.move_buttons, strict=True):
            done.clicked.connect(lambda _=False, s=section: self._done_selected(s))
            move.clicked.connect(lambda _=False, s=section: self._edit_due(s))
            section.add_button(done)
            section.add_button(move)

        # Log an interaction in two clicks: pick the person, press the button (a call now);
        # the arrow offers the other kinds.
        self.log_button = QToolButton()
        self.log_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.log_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.log_button.clicked.connect(lambda: self.log_selected(InteractionKind.CALL))
        self.log_menu = QMenu(self.log_button)
        self.log_actions: dict[InteractionKind, QAction] = {}
        for kind in (InteractionKind.CALL, InteractionKind.VISIT, InteractionKind.MEAL,
                     InteractionKind.MESSAGE):
            action = self.log_menu.addAction("")
            action.triggered.connect(lambda _=False, k=kind: self.log_selected(k))
            self.log_actions[kind] = action
        self.log_button.setMenu(self.log_menu)
        self.contacts.add_button(self.log_button)
        self.plan_button = QPushButton()
        self.plan_button.clicked.connect(self._open_selected_plan)
        self.planned.add_button(self.plan_button)

        for section in (self.ours, self.theirs, self.contacts, self.upcoming, self.planned,
                        self.risk):
            section.table.doubleClicked.connect(lambda index, s=section: self._open(s, index))
        self.planned.table.clicked.connect(self._planned_clicked)

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        # The status line sits on the summary's row: an empty line would leave a blank band
        # under the summary, and showing it on demand would make the sections jump.
        said = QHBoxLayout()
        said.addWidget(self.summary)
        said.addSpacing(16)
        said.addWidget(self.status, 1)
        titles.addLayout(said)
        top.addLayout(titles, 1)
        top.addWidget(self.account_filter, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        body = QWidget()
        column = QVBoxLayout(body)
        for section in self.sections.values():
            column.addWidget(section)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

        # The day rolls over while the app stays open: look again every few minutes.
        self.timer = QTimer(self)
        self.timer.setInterval(5 * 60 * 1000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        ctx.data_changed.connect(lambda _kinds: self.reload())
        ctx.settings_changed.connect(self.reload)  # the contact cadence may have changed
        ctx.language_changed.connect(lambda _lang: self.retranslate())
        # A large agenda takes seconds on another thread: the window paints first (the view
        # says it is reading), then it starts; a view not on screen by then starts at once.
        self._load_on_paint = self.large
        if self.large:
            QTimer.singleShot(0, self._load_unless_shown)
            app = QCoreApplication.instance()
            if app is not None:  # quitting never waits for an agenda being read
                app.aboutToQuit.connect(self.stop_reading)
        self.retranslate()

    # ----------------------------------------------------------- reading
    def policy(self) -> CadencePolicy:
        settings = self.ctx.settings
        return cadence_policy(settings)

    def set_account(self, _account_id: str | None) -> None:
        """A dossier tab like the others, but Today spans every account: nothing to do."""

    def show_more(self, section: str) -> None:
        """Show another page of ``section``'s rows (the agenda is rebuilt with more room)."""
        self.limits[section] += PAGE
        self.reload()

    def _apply_filter(self) -> None:
        self.filter_timer.stop()
        if self.agenda is not None and self.agenda.account == self.account_filter.text().strip():
            return
        self.limits = dict.fromkeys(SECTIONS, PAGE)
        self.reload()

    def _builder(self) -> Callable[..., Agenda]:
        """What to build, read now on the GUI thread: the policy, clock, pages and filter."""
        policy, now = self.policy(), self.clock()
        limits, account = dict(self.limits), self.account_filter.text()

        def build(session: Any, cancelled: Callable[[], bool] | None = None) -> Agenda:
            return build_agenda(session, now, policy, limits=limits, account=account,
                                cancelled=cancelled)

        return build

    def refresh(self) -> None:
        """Rebuild the agenda now, on this thread."""
        build = self._builder()
        with self.ctx.db.unit_of_work() as session:
            agenda = build(session)
        self._generation += 1
        self._show(agenda, self.policy())

    def reload(self) -> None:
        """Rebuild the agenda: at once for a usual dossier, off the GUI thread for a large one.

        With hundreds of thousands of people the agenda takes seconds; the window must not
        wait for it (at start, after each change).
        """
        if not self.large:
            self.refresh()
            return
        self._generation += 1
        generation = self._generation
        self.stop_reading()  # a newer rebuild supersedes the one running
        cancel = self._reading = Cancel()
        policy, build, db = self.policy(), self._builder(), self.ctx.db
        reading = self.tr("Reading the agenda…")
        self.status.setText(reading)

        def work() -> Agenda:
            with db.unit_of_work() as session, cancel.reading(session):
                return build(session, cancel)

        def done(agenda: Agenda) -> None:
            if generation == self._generation:
                self._reading = None
                self._clear_status(reading)
                self._show(agenda, policy)

        def failed(exc: BaseException) -> None:
            if generation == self._generation and not cancel():
                self._reading = None
                self._clear_status(reading)
                show_error(self, exc, self.ctx.lang)

        run_in_background(work, done, failed, context=self)

    def stop_reading(self) -> None:
        """Abandon the agenda being read in the background, if any (at quit: at once)."""
        if self._reading is not None:
            self._reading.cancel()
            self._reading = None

    def _clear_status(self, text: str) -> None:
        """Clear the status line if it still says ``text`` (not a newer message)."""
        if self.status.text() == text:
            self.status.clear()

    def _load_unless_shown(self) -> None:
        if self._load_on_paint and not self.isVisible():
            self._load_on_paint = False
            self.reload()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._load_on_paint:
            self._load_on_paint = False
            QTimer.singleShot(0, self.reload)  # after this first frame

    def _show(self, agenda: Agenda, policy: CadencePolicy) -> None:
        self.agenda = agenda
        self._shown_day = agenda.today
        lang = self.ctx.lang
        self.ours_model.set_rows(agenda.ours_due, lang)
        self.theirs_model.set_rows(agenda.theirs_overdue, lang)
        self.contacts_model.set_rows(agenda.contacts_due, lang)
        self.upcoming_model.set_rows(agenda.upcoming, lang)
        self.planned_model.set_rows(agenda.planned, lang)
        self.risk_model.set_rows(agenda.at_risk, lang)
        self._update_texts(policy)
        self.agenda_ready.emit(agenda)

    def _tick(self) -> None:
        if self.clock().date() != self._shown_day:
            self.reload()

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        self.export_button.setText(self.tr("Export to calendar…"))
        self.export_button.setToolTip(self.tr(
            "Write planned visits, due dates and key events to an .ics file that Outlook, "
            "Apple Calendar and Google Calendar import"))
        for button in self.done_buttons:
            button.setText(self.tr("Mark done"))
        for button in self.move_buttons:
            button.setText(self.tr("Reschedule…"))
        self.log_button.setText(self.tr("Log a call"))
        self.log_button.setToolTip(self.tr("Record that you spoke with the selected person now"))
        self.log_actions[InteractionKind.CALL].setText(self.tr("Log a call"))
        self.log_actions[InteractionKind.VISIT].setText(self.tr("Log a visit"))
        self.log_actions[InteractionKind.MEAL].setText(self.tr("Log a meal"))
        self.log_actions[InteractionKind.MESSAGE].setText(self.tr("Log a message"))
        self.plan_button.setText(self.tr("Open the plan"))
        self.account_filter.setPlaceholderText(self.tr("Only accounts containing…"))
        self.account_filter.setToolTip(self.tr(
            "Narrow every list to the accounts whose name or short name contains these words"))
        self.status.clear()
        for model in (self.ours_model, self.theirs_model, self.contacts_model,
                      self.upcoming_model, self.planned_model, self.risk_model):
            model.retranslate()
        if self.agenda is not None:
            self._update_texts(self.policy())
        if self._load_on_paint:
            self.status.setText(self.tr("Reading the agenda…"))
        elif self.agenda is None or not self.large:
            self.reload()

    def _update_texts(self, policy: CadencePolicy) -> None:
        agenda = self.agenda
        assert agenda is not None
        locale = QLocale(QLocale.Language.Chinese if self.ctx.lang == "zh" else QLocale.Language.English)
        day = QDate(agenda.today.year, agenda.today.month, agenda.today.day)
        self.title.setText(self.tr("Today") + " · " + locale.toString(day, "yyyy-MM-dd dddd"))
        due = agenda.count_due()
        summary = (self.tr("Nothing needs doing today.") if due == 0
                   else self.tr("%Ln thing(s) need doing today.", "", due))
        if agenda.account:
            summary += " " + self.tr("(Only accounts containing “{text}”.)").format(
                text=agenda.account)
        self.summary.setText(summary)
        none = self.tr("Nothing here.")
        texts = {
            "ours_due": (self.tr("Our commitments: overdue or due within %n day(s)", "",
                     policy.commitments_ahead_days), self.tr("No promise of ours is due. Well kept.")),
            "theirs_overdue": (self.tr("Their commitments overdue (chase politely)"), none),
            "contacts_due": (self.tr("People due for contact"),
                             self.tr("Everyone has been contacted on time.")),
            "upcoming": (self.tr("Birthdays and key events in the next %n day(s)", "",
                                 policy.upcoming_days), none),
            "planned": (self.tr("Planned interactions"), self.tr("No visit planned.")),
            "at_risk": (self.tr("Accounts at risk"), none),
        }
        for name, section in self.sections.items():
            title, empty = texts[name]
            section.update_view(title, empty, agenda.tally(name).total, self._note(name),
                                self._more(name))

    def _note(self, section: str) -> str:
        """The footer: how many in all when cut ("158,012 people due · showing the 200 most urgent")."""
        agenda = self.agenda
        assert agenda is not None
        tally, shown, lang = agenda.tally(section), len(agenda.rows(section)), self.ctx.lang
        if section == "contacts_due" and tally.total:
            parts = [self.tr("%Ln person(s) due", "", tally.total)]
            for severity, n in ((Severity.RED, tally.red), (Severity.YELLOW, tally.yellow)):
                if n:
                    parts.append(self.tr("{label}: {n}").format(label=severity.label(lang),
                                                                 n=f"{n:,}"))
            if agenda.hidden(section):
                parts.append(self.tr("showing the {n} most urgent").format(n=f"{shown:,}"))
            return " · ".join(parts)
        if agenda.hidden(section):
            return self.tr("{total} in all · showing the first {n}").format(
                total=f"{tally.total:,}", n=f"{shown:,}")
        return ""

    def _more(self, section: str) -> str:
        assert self.agenda is not None
        hidden = self.agenda.hidden(section)
        return self.tr("Show {n} more").format(n=f"{min(hidden, PAGE):,}") if hidden else ""

    # ----------------------------------------------------------- changes
    def _push(self, command: Any, done_text: str) -> bool:
        try:
            push(self.ctx, command)
        except DossierError as exc:
            show_error(self, exc, self.ctx.lang)
            return False
        self.status.setText(done_text + " " + self.tr("(Ctrl+Z undoes it.)"))
        return True

    def mark_done(self, commitment_id: str) -> None:
        today = self.clock().date()

        def do(session: Any) -> None:
            mark_done(session, commitment_id, today)

        def undo(session: Any) -> None:
            reopen(session, commitment_id)

        self._push(Apply(self.ctx, do, undo, kinds={"commitment"}, text=self.tr("Mark done")),
                   self.tr("Marked as done."))

    def reschedule(self, commitment_id: str, due_on: date) -> None:
        self._push(ChangeFields(self.ctx, Commitment, commitment_id, {"due_on": due_on},
                                kinds={"commitment"}, text=self.tr("Reschedule")),
                   self.tr("Moved to {d}.").format(d=due_on.isoformat()))

    def log_selected(self, kind: InteractionKind) -> None:
        row = self.contacts.current()
        if row is None:
            self.status.setText(self.tr("Select a person first."))
            return
        when = self.clock()
        self._push(Create(self.ctx, lambda s: log_contact(s, row.person_id, when, kind),
                          kinds={"interaction"}, text=self.tr("Log interaction")),
                   self.tr("Logged: {kind} with {name}.").format(
                       kind=kind.label(self.ctx.lang), name=row.person))

    def _done_selected(self, section: Section) -> None:
        row = section.current()
        if row is None:
            self.status.setText(self.tr("Select a commitment first."))
            return
        self.mark_done(row.commitment_id)

    def _edit_due(self, section: Section) -> None:
        index = section.table.currentIndex()
        if not index.isValid():
            self.status.setText(self.tr("Select a commitment first."))
            return
        due = index.siblingAtColumn(CommitmentsModel.DUE)
        section.table.setCurrentIndex(due)
        section.table.edit(due)

    # ----------------------------------------------------------- opening
    def _open(self, section: Section, index: QModelIndex) -> None:
        if section in (self.ours, self.theirs) and index.column() in (
                CommitmentsModel.DONE, CommitmentsModel.DUE):
            return  # those cells are edited in place
        row = index.data(RECORD_ROLE)
        if row is None:
            return
        kind, ident = {
            self.ours: ("commitment", getattr(row, "commitment_id", "")),
            self.theirs: ("commitment", getattr(row, "commitment_id", "")),
            self.contacts: ("person", getattr(row, "person_id", "")),
            self.planned: ("interaction", getattr(row, "interaction_id", "")),
            self.risk: ("account", getattr(row, "account_id", "")),
        }.get(section, ("", ""))
        if section is self.upcoming:
            kind, ident = (("person", row.record_id) if row.kind.value == "birthday"
                           else ("account", row.account_id))
        if ident:
            self.ctx.open_record.emit(kind, ident)

    def _planned_clicked(self, index: QModelIndex) -> None:
        if index.column() == PlannedModel.PLAN:
            row = index.data(RECORD_ROLE)
            if row is not None:
                self.ctx.open_record.emit("interaction", row.interaction_id)

    def _open_selected_plan(self) -> None:
        row = self.planned.current()
        if row is None:
            self.status.setText(self.tr("Select a planned interaction first."))
            return
        self.ctx.open_record.emit("interaction", row.interaction_id)

    # ----------------------------------------------------------- calendar
    def export_calendar(self, path: str | None = None) -> Path | None:
        from desktop.ui.today.calendar_file import export_calendar

        return export_calendar(self, path)

    def wrote_calendar(self, events: int, path: Path) -> str:
        return self.tr(
            "Wrote %Ln event(s) to {path}. Import it in your calendar; importing a newer file "
            "updates the events.", "", events).format(path=str(path))
