"""The Today view as a manager uses it: what it shows, done, reschedule, log a contact."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from followups_data import NOW, TODAY, Ids, build
from icalendar import Calendar
from PySide6.QtCore import QDate, QPoint, Qt
from sqlalchemy import select

from desktop.db.enums import CommitmentStatus, InteractionKind, Party
from desktop.db.models import Commitment, Interaction
from desktop.db.session import Database
from desktop.ui.context import AppContext
from desktop.ui.settings import CADENCE_KEY_DAYS, Settings
from desktop.ui.today import TodayView
from desktop.ui.today.models import RECORD_ROLE, SORT_ROLE, CommitmentsModel, ContactsModel


@pytest.fixture
def ctx(qapp: object, db: Database, tmp_path: Path) -> AppContext:
    context = AppContext(db, Settings(tmp_path / "settings.ini"), tmp_path)
    context.apply_language("en")
    return context


@pytest.fixture
def crafted(db: Database) -> Ids:
    return build(db)


@pytest.fixture
def view(qtbot, ctx: AppContext, crafted: Ids) -> TodayView:  # type: ignore[no-untyped-def]
    widget = TodayView(ctx, clock=lambda: NOW)
    qtbot.addWidget(widget)
    return widget


def column(model, col: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_the_models_pass_the_model_tester(qtmodeltester, view: TodayView) -> None:  # type: ignore[no-untyped-def]
    for model in (view.ours_model, view.theirs_model, view.contacts_model, view.upcoming_model,
                  view.planned_model, view.risk_model):
        qtmodeltester.check(model)


def test_it_shows_whom_to_call_and_what_is_due(view: TodayView) -> None:
    assert view.title.text().startswith("Today · 2026-03-10")
    assert column(view.ours_model, CommitmentsModel.WHAT) == ["发送报价单", "Send the SLA draft", "安排技术交流"]
    assert column(view.ours_model, CommitmentsModel.WHEN) == ["5 days over", "due today", "in 7 days"]
    assert column(view.contacts_model, ContactsModel.PERSON) == ["★ 刘洋", "★ 李娜", "Ann Lee", "王芳", "赵强"]
    assert column(view.contacts_model, ContactsModel.OVER)[2] == "never contacted · planned 2026-03-10 15:00"
    red = view.contacts_model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color().name()
    yellow = view.contacts_model.index(3, 0).data(Qt.ItemDataRole.BackgroundRole).color().name()
    assert red != yellow
    assert view.ours.heading.text() == "Our commitments: overdue or due within 7 days (3)"
    assert view.planned_model.index(1, 5).data() == "Write the plan"
    assert view.risk_model.rowCount() == 2


def test_ticking_done_marks_the_commitment_kept_and_undo_reopens_it(
    view: TodayView, ctx: AppContext, db: Database, crafted: Ids
) -> None:
    index = view.ours_model.index(0, CommitmentsModel.DONE)
    assert view.ours_model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert column(view.ours_model, CommitmentsModel.WHAT) == ["Send the SLA draft", "安排技术交流"]
    with db.unit_of_work() as s:
        c = s.get(Commitment, crafted.commitments["ours_overdue"])
        assert c is not None and (c.status, c.done_on) == (CommitmentStatus.DONE, TODAY)
    ctx.undo_stack.undo()
    assert column(view.ours_model, CommitmentsModel.WHAT)[0] == "发送报价单"


def test_rescheduling_in_place_moves_the_due_date(view: TodayView, db: Database, crafted: Ids) -> None:
    index = view.theirs_model.index(0, CommitmentsModel.DUE)
    assert index.data(Qt.ItemDataRole.EditRole) == QDate(2026, 3, 1)
    view.theirs_model.setData(index, QDate(2026, 3, 20), Qt.ItemDataRole.EditRole)
    assert view.theirs_model.rowCount() == 0
    assert view.theirs.empty.isVisibleTo(view) and not view.theirs.table.isVisibleTo(view)
    with db.unit_of_work() as s:
        c = s.get(Commitment, crafted.commitments["theirs_overdue"])
        assert c is not None and c.due_on == date(2026, 3, 20) and c.party == Party.THEIRS


def test_log_a_contact_in_two_clicks(qtbot, view: TodayView, db: Database) -> None:  # type: ignore[no-untyped-def]
    table = view.contacts.table
    rect = table.visualRect(view.contacts_model.index(1, 0))  # 李娜
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(view.log_button, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, view.log_button.height() // 2))
    assert "李娜" not in "".join(column(view.contacts_model, ContactsModel.PERSON))
    assert "Logged: Call with 李娜." in view.status.text()
    with db.unit_of_work() as s:
        calls = s.scalars(select(Interaction).where(Interaction.kind == InteractionKind.CALL)).all()
        assert [(i.starts_at, [p.name for p in i.people]) for i in calls if i.starts_at == NOW] == [
            (NOW, ["李娜"])
        ]


def test_double_click_opens_the_record(qtbot, view: TodayView, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(ctx.open_record) as opened:
        view._planned_clicked(view.planned_model.index(0, 5))
    row = view.planned_model.index(0, 0).data(RECORD_ROLE)
    assert opened.args == ["interaction", row.interaction_id]


def test_sorting_by_a_column_uses_its_sort_key(view: TodayView) -> None:
    model = view.contacts_model
    model.sort(ContactsModel.OVER, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data(SORT_ROLE) for r in range(model.rowCount())] == [
        "赵强", "王芳", "★ 李娜", "★ 刘洋", "Ann Lee"]
    model.sort(ContactsModel.OVER, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "Ann Lee"  # never contacted: the most overdue


def test_the_language_switch_relabels_everything(view: TodayView, ctx: AppContext) -> None:
    ctx.apply_language("zh")
    assert view.title.text().startswith("今日待办 · 2026-03-10 星期二")
    assert view.ours.heading.text() == "我方承诺：已逾期或 7 天内到期 (3)"
    assert column(view.ours_model, CommitmentsModel.WHEN)[0] == "逾期 5 天"
    assert view.upcoming_model.index(2, 1).data() == "生日 · 51 岁"
    assert view.risk_model.index(0, 1).data() == "流失风险高, 长期未联系决策者"
    ctx.apply_language("en")
    assert view.ours.heading.text().startswith("Our commitments")


def test_cadence_comes_from_the_settings(ctx: AppContext, view: TodayView) -> None:
    ctx.settings.set(CADENCE_KEY_DAYS, 60)
    view.refresh()
    assert "★ 李娜" not in column(view.contacts_model, ContactsModel.PERSON)


def test_export_to_calendar_writes_an_ics(view: TodayView, tmp_path: Path) -> None:
    target = view.export_calendar(str(tmp_path / "mine"))
    assert target == tmp_path / "mine.ics"
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(events) == 15 and "Wrote 15 events" in view.status.text()


def test_the_reminder_fires_once_a_day_from_the_chosen_time(
    qtbot, ctx: AppContext, crafted: Ids  # type: ignore[no-untyped-def]
) -> None:
    from datetime import datetime

    from desktop.ui.settings import REMINDER_TIME
    from desktop.ui.today.reminder import Reminder, reminder_time

    clock = [datetime(2026, 3, 10, 8, 59)]
    ctx.settings.set(REMINDER_TIME, "09:00")
    reminder = Reminder(ctx, clock=lambda: clock[0], use_tray=False)
    assert reminder.check() is None  # too early
    clock[0] = datetime(2026, 3, 10, 9, 0)
    with qtbot.waitSignal(reminder.reminded) as fired:
        assert reminder.check() == 8
    assert fired.args == [8]
    assert Reminder(ctx, clock=lambda: clock[0], use_tray=False).check() is None  # not twice a day
    clock[0] = datetime(2026, 3, 11, 9, 30)
    assert reminder.check() is not None
    assert reminder_time("7:45") == reminder_time("07:45") and reminder_time("later").hour == 9


def test_the_section_buttons_work_on_the_selected_row(qtbot, view: TodayView) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractItemView

    view.done_buttons[0].click()
    assert view.status.text() == "Select a commitment first."
    view.ours.table.selectRow(1)
    view.move_buttons[0].click()  # opens the date editor in place
    assert view.ours.table.state() == QAbstractItemView.State.EditingState
    assert view.ours.table.currentIndex().column() == CommitmentsModel.DUE
    view.ours.table.closePersistentEditor(view.ours.table.currentIndex())
    view.ours.table.selectRow(1)
    view.done_buttons[0].click()
    assert column(view.ours_model, CommitmentsModel.WHAT) == ["发送报价单", "安排技术交流"]
    assert view.status.text() == "Marked as done. (Ctrl+Z undoes it.)"
