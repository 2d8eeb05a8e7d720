"""Calendar export (iCalendar, RFC 5545) of planned interactions, due dates and key events.

Outlook, Apple Calendar and Google Calendar import the file. Each event's UID is
derived from the record's id (``<id>-visit@dossier``, ``<id>-due@dossier``,
``<id>-keyevent@dossier``, ``<id>-birthday@dossier``), so importing a newer export
updates the events instead of duplicating them; SEQUENCE and LAST-MODIFIED come
from the record's ``updated_at`` so the newer copy wins.

Choices:
- Interactions are stored as local wall-clock time, so they are written as
  *floating* times (no zone): the calendar shows them at the same clock time the
  user typed, wherever the laptop is.
- Due dates are all-day events on the due date.
- Key events recur yearly (RRULE:FREQ=YEARLY): they are yearly by nature, one
  series stays correct for years without re-exporting, and a UID per series keeps
  re-imports clean. An event without a day ("some time in March") becomes an
  all-day event on the 1st titled "(this month)". Days past a month's end recur on
  its last day (BYMONTHDAY=-1), so 29/30/31 February still appear every year.
"""

from __future__ import annotations

import calendar
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event, vRecur
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.db.enums import CommitmentStatus, Party
from desktop.db.models import Account, Commitment, Interaction, KeyEvent, Person, Record
from desktop.domain.followups import local_wall_clock
from desktop.errors import DossierError

PRODID = "-//Dossier//Dossier key-account dossiers//EN"
UID_DOMAIN = "dossier"
_SEQUENCE_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
_CHUNK = 1000  # records read at a time

_TEXT = {
    "due_ours": ("Due", "到期"),
    "due_theirs": ("Their promise due", "客户承诺到期"),
    "this_month": ("this month", "本月内"),
    "birthday": ("Birthday", "生日"),
    "objective": ("Objective", "拜访目标"),
    "agenda": ("Agenda and tactics", "议程与策略"),
    "materials": ("Materials", "准备资料"),
    "people": ("With", "参加人"),
    "promised_by": ("Promised by", "承诺人"),
    "promised_to": ("Promised to", "承诺对象"),
}


def _t(key: str, lang: str) -> str:
    en, zh = _TEXT[key]
    return zh if lang == "zh" else en


def uid_for(record: Record, kind: str) -> str:
    return f"{record.id}-{kind}@{UID_DOMAIN}"


@dataclass(frozen=True)
class IcsSummary:
    visits: int
    due_dates: int
    key_events: int
    birthdays: int

    @property
    def total(self) -> int:
        return self.visits + self.due_dates + self.key_events + self.birthdays


def _stamp(event: Event, record: Record, dtstamp: datetime) -> None:
    event.add("dtstamp", dtstamp)
    updated = record.updated_at or dtstamp
    event.add("last-modified", updated.astimezone(UTC))
    # Seconds since 2024 fit a 32-bit SEQUENCE until 2092 and grow with every edit.
    seconds = int((updated.astimezone(UTC) - _SEQUENCE_EPOCH).total_seconds())
    event.add("sequence", max(0, seconds))


def _all_day(event: Event, on: date) -> None:
    event.add("dtstart", on)
    event.add("dtend", on + timedelta(days=1))
    event.add("transp", "TRANSPARENT")  # a reminder, not a busy block


def _yearly(event: Event, month: int, day: int, start_year: int) -> None:
    last = calendar.monthrange(start_year, month)[1]
    if (month == 2 and day > 28) or day > last:
        rule = vRecur(freq="yearly", bymonth=month, bymonthday=-1)
        day = last
    else:
        rule = vRecur(freq="yearly")
    _all_day(event, date(start_year, month, day))
    event.add("rrule", rule)


def _visit_event(i: Interaction, lang: str, dtstamp: datetime) -> Event:
    ev = Event()
    ev.add("uid", uid_for(i, "visit"))
    title = i.subject or i.kind.label(lang)
    ev.add("summary", f"{i.account.name} · {title}")
    ev.add("dtstart", i.starts_at)  # naive: floating local time
    ev.add("dtend", i.starts_at + timedelta(minutes=i.duration_minutes or 60))
    if i.place:
        ev.add("location", i.place)
    lines = [i.kind.label(lang)]
    if i.people:
        lines.append(f"{_t('people', lang)}: {', '.join(sorted(p.name for p in i.people))}")
    for key, text in (("objective", i.objective), ("agenda", i.agenda),
                      ("materials", i.materials)):
        if text.strip():
            lines.append(f"{_t(key, lang)}: {text.strip()}")
    ev.add("description", "\n".join(lines))
    ev.add("categories", [i.kind.label(lang)])
    _stamp(ev, i, dtstamp)
    return ev


def _due_event(c: Commitment, lang: str, dtstamp: datetime) -> Event:
    assert c.due_on is not None
    ev = Event()
    ev.add("uid", uid_for(c, "due"))
    head = _t("due_ours" if c.party == Party.OURS else "due_theirs", lang)
    ev.add("summary", f"{head}: {c.what} ({c.account.name})")
    _all_day(ev, c.due_on)
    by = c.by_member if c.party == Party.OURS else c.by_person
    to = c.to_person if c.party == Party.OURS else c.to_member
    lines = [c.party.label(lang)]
    if by is not None:
        lines.append(f"{_t('promised_by', lang)}: {by.name}")
    if to is not None:
        lines.append(f"{_t('promised_to', lang)}: {to.name}")
    if c.note.strip():
        lines.append(c.note.strip())
    ev.add("description", "\n".join(lines))
    _stamp(ev, c, dtstamp)
    return ev


def _key_event(k: KeyEvent, lang: str, dtstamp: datetime, year: int) -> Event:
    ev = Event()
    ev.add("uid", uid_for(k, "keyevent"))
    title = f"{k.account.name} · {k.title}"
    if k.day is None:
        title += f" ({_t('this_month', lang)})"
    ev.add("summary", title)
    _yearly(ev, k.month, k.day or 1, year)
    lines = [", ".join(r.label(lang) for r in k.roles_active)] if k.roles_active else []
    if k.notes.strip():
        lines.append(k.notes.strip())
    if lines:
        ev.add("description", "\n".join(lines))
    _stamp(ev, k, dtstamp)
    return ev


def _birthday_event(p: Person, lang: str, dtstamp: datetime, year: int) -> Event:
    assert p.birthday is not None
    ev = Event()
    ev.add("uid", uid_for(p, "birthday"))
    ev.add("summary", f"{_t('birthday', lang)}: {p.name} ({p.account.name})")
    _yearly(ev, p.birthday.month, p.birthday.day, year)
    _stamp(ev, p, dtstamp)
    return ev


def _header() -> tuple[bytes, bytes]:
    """The calendar's own lines, before and after its events."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "Dossier")
    whole = cal.to_ical()
    end = b"END:VCALENDAR\r\n"
    assert whole.endswith(end)
    return whole[: -len(end)], end


def calendar_events(
    session: Session, now: datetime, *, lang: str = "en", birthdays: bool = False
) -> Iterator[tuple[str, Event]]:
    """The events, one at a time with their kind: future interactions, open commitments'
    due dates, key events (and birthdays, personal data, only when asked for).

    ``now`` is the export time (DTSTAMP) and the cut between past and planned. Records
    are streamed a chunk at a time: at 200,000 people and 33,000 open promises, holding
    them (and their events) all at once took hundreds of megabytes.
    """
    local_now = local_wall_clock(now)
    dtstamp = (now if now.tzinfo else now.astimezone()).astimezone(UTC).replace(microsecond=0)
    visits = (select(Interaction).join(Account, Account.id == Interaction.account_id)
              .where(Interaction.starts_at > local_now)
              .options(selectinload(Interaction.account), selectinload(Interaction.people))
              .order_by(Interaction.starts_at))
    for i in session.scalars(visits.execution_options(yield_per=_CHUNK)):
        yield "visit", _visit_event(i, lang, dtstamp)
    due = (select(Commitment)
           .where(Commitment.status == CommitmentStatus.OPEN, Commitment.due_on.is_not(None))
           .options(selectinload(Commitment.account), selectinload(Commitment.by_member),
                    selectinload(Commitment.by_person), selectinload(Commitment.to_person),
                    selectinload(Commitment.to_member))
           .order_by(Commitment.due_on))
    for c in session.scalars(due.execution_options(yield_per=_CHUNK)):
        yield "due", _due_event(c, lang, dtstamp)
    events = (select(KeyEvent).options(selectinload(KeyEvent.account))
              .order_by(KeyEvent.month, KeyEvent.day))
    for k in session.scalars(events.execution_options(yield_per=_CHUNK)):
        yield "key_event", _key_event(k, lang, dtstamp, local_now.year)
    if birthdays:
        people = (select(Person).where(Person.birthday.is_not(None), Person.left_on.is_(None))
                  .options(selectinload(Person.account)))
        for p in session.scalars(people.execution_options(yield_per=_CHUNK)):
            yield "birthday", _birthday_event(p, lang, dtstamp, local_now.year)


def write_ics(
    session: Session, path: Path, now: datetime, *, lang: str = "en", birthdays: bool = False
) -> IcsSummary:
    """Write the calendar to ``path`` (atomically: a half-written file never replaces it).

    Each event is written as soon as it is made, so memory stays flat however many.
    """
    path = Path(path)
    counts = dict.fromkeys(("visit", "due", "key_event", "birthday"), 0)
    head, end = _header()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".dossier-", suffix=".ics", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(head)
                for kind, event in calendar_events(session, now, lang=lang, birthdays=birthdays):
                    fh.write(event.to_ical())
                    counts[kind] += 1
                fh.write(end)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise DossierError(
            f"Cannot write the calendar file {path} ({exc.strerror}). Choose another folder "
            "or check that the file is not open in another program.",
            f"无法写入日历文件 {path}（{exc.strerror}）。请选择其他文件夹，或确认该文件未被其他程序打开。",
        ) from exc
    return IcsSummary(counts["visit"], counts["due"], counts["key_event"], counts["birthday"])
