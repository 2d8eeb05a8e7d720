"""The calendar file and the ``dossier agenda`` / ``dossier ics`` commands."""

from __future__ import annotations

import json
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import vobject
from followups_data import NOW, build
from icalendar import Calendar

from desktop.cli import main
from desktop.db.models import Account, Commitment, Interaction, Person
from desktop.db.session import Database
from desktop.domain.followups import mark_done
from desktop.domain.followups_ics import write_ics

STAMP = NOW  # naive: local wall-clock time, as the app passes it


def read(path: Path) -> dict[str, object]:
    cal = Calendar.from_ical(path.read_bytes())
    return {str(ev["UID"]): ev for ev in cal.walk("VEVENT")}


def test_the_ics_parses_and_holds_each_kind_of_event(db: Database, tmp_path: Path) -> None:
    ids = build(db)
    out = tmp_path / "dossier.ics"
    with db.unit_of_work() as s:
        summary = write_ics(s, out, STAMP, lang="zh")
    events = read(out)
    assert (summary.visits, summary.due_dates, summary.key_events) == (3, 7, 5)
    assert len(events) == summary.total

    visit = events[f"{ids.interactions['planned_no_plan']}-visit@dossier"]
    assert str(visit["SUMMARY"]) == "华东移动 · 季度回顾"  # Chinese intact
    assert visit.decoded("DTSTART") == datetime(2026, 3, 20, 10, 0)  # floating local time
    assert visit.decoded("DTEND") - visit.decoded("DTSTART") == timedelta(hours=1)
    assert "参加人: 张伟, 李娜" in str(visit["DESCRIPTION"])

    due = events[f"{ids.commitments['ours_overdue']}-due@dossier"]
    assert str(due["SUMMARY"]) == "到期: 发送报价单 (华东移动)"
    assert due.decoded("DTSTART") == date(2026, 3, 5)  # all-day
    assert due.decoded("DTEND") == date(2026, 3, 6)
    assert due.decoded("DTSTAMP") == NOW.astimezone(UTC)
    assert f"{ids.commitments['ours_done']}-due@dossier" not in events  # kept: nothing to do

    # An independent parser (vobject) reads the same events, Chinese intact.
    parsed = vobject.readOne(out.read_text(encoding="utf-8"))
    assert len(parsed.vevent_list) == summary.total
    assert "华东移动 · 季度回顾" in {e.summary.value for e in parsed.vevent_list}

    tender = events[f"{ids.events['tender']}-keyevent@dossier"]
    assert str(tender["SUMMARY"]) == "长城汽车 · 年度招标 (本月内)"
    assert tender.decoded("DTSTART") == date(2026, 3, 1)
    assert tender["RRULE"]["FREQ"] == ["YEARLY"]
    # Past interactions are history, not calendar entries.
    assert all(not uid.endswith("-visit@dossier") or ev.decoded("DTSTART") > NOW
               for uid, ev in events.items())


def test_uids_are_stable_so_a_reimport_updates(db: Database, tmp_path: Path) -> None:
    ids = build(db)
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    with db.unit_of_work() as s:
        write_ics(s, first, STAMP)
    time.sleep(1.1)  # SEQUENCE counts seconds
    with db.unit_of_work() as s:
        visit = s.get(Interaction, ids.interactions["planned_no_plan"])
        assert visit is not None
        visit.subject = "Quarterly review, moved"
        visit.starts_at = datetime(2026, 3, 21, 14, 0)
        mark_done(s, ids.commitments["ours_today"], NOW.date())
    with db.unit_of_work() as s:
        write_ics(s, second, STAMP + timedelta(hours=1))
    a, b = read(first), read(second)
    uid = f"{ids.interactions['planned_no_plan']}-visit@dossier"
    assert set(b) == set(a) - {f"{ids.commitments['ours_today']}-due@dossier"}
    assert str(b[uid]["SUMMARY"]).endswith("Quarterly review, moved")
    assert int(b[uid]["SEQUENCE"]) > int(a[uid]["SEQUENCE"])  # the calendar takes the newer one
    assert b[uid].decoded("LAST-MODIFIED") > a[uid].decoded("LAST-MODIFIED")


def test_a_29_february_key_event_recurs_on_the_months_last_day(db: Database, tmp_path: Path) -> None:
    from desktop.db.models import Account, KeyEvent

    with db.unit_of_work() as s:
        acc = Account(name="闰年公司")
        s.add_all([acc, KeyEvent(account=acc, month=2, day=29, title="闰日"),
                   KeyEvent(account=acc, month=4, day=31, title="月底")])
    out = tmp_path / "leap.ics"
    with db.unit_of_work() as s:
        write_ics(s, out, STAMP)
    events = {str(e["SUMMARY"]): e for e in read(out).values()}
    leap = events["闰年公司 · 闰日"]
    assert leap.decoded("DTSTART") == date(2026, 2, 28)
    assert leap["RRULE"]["BYMONTHDAY"] == [-1] and leap["RRULE"]["BYMONTH"] == [2]
    assert events["闰年公司 · 月底"].decoded("DTSTART") == date(2026, 4, 30)


def test_birthdays_only_when_asked(db: Database, tmp_path: Path) -> None:
    ids = build(db)
    out = tmp_path / "b.ics"
    with db.unit_of_work() as s:
        summary = write_ics(s, out, STAMP, birthdays=True)
    assert summary.birthdays == 2
    assert f"{ids.people['张伟']}-birthday@dossier" in read(out)


def test_cli_agenda_prints_the_today_view(db: Database, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build(db)
    # The CLI uses the real clock: move the crafted dates next to today.
    shift = datetime.now().date() - NOW.date()
    with db.unit_of_work() as s:
        for c in s.query(Commitment).filter(Commitment.due_on.is_not(None)):
            c.due_on = c.due_on + shift  # type: ignore[operator]
    assert main(["--data-dir", str(data_dir), "agenda", "--lang", "zh"]) == 0
    text = capsys.readouterr().out
    assert "我方承诺：已逾期或 7 天内到期 (3)" in text
    assert "[逾期 5 天]" in text and "发送报价单" in text
    assert "客户方承诺已逾期（礼貌跟进） (1)" in text
    assert main(["--data-dir", str(data_dir), "agenda", "--json", "--days", "0"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["what"] for r in data["ours_due"]] == ["发送报价单", "Send the SLA draft"]
    assert data["ours_due"][0]["severity"] == "yellow"


def test_cli_agenda_on_an_empty_dossier(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Database.close(__import__("desktop.db.session", fromlist=["x"]).open_database(data_dir))
    assert main(["--data-dir", str(data_dir), "agenda", "--lang", "en"]) == 0
    assert "Nothing needs doing today." in capsys.readouterr().out


def test_cli_ics_writes_a_file_and_explains_failures(
    db: Database, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build(db)
    out = tmp_path / "out" / "dossier.ics"
    assert main(["--data-dir", str(data_dir), "ics", "-o", str(out)]) == 0
    assert "events to" in capsys.readouterr().out
    assert read(out)
    blocked = tmp_path / "file"
    blocked.write_text("x")
    assert main(["--data-dir", str(data_dir), "ics", "-o", str(blocked / "x.ics")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("dossier: Cannot write the calendar file") and "Traceback" not in err
    assert main(["--data-dir", str(data_dir), "agenda", "--days", "-3"]) == 2
    assert "between 0 and 3650" in capsys.readouterr().err


def test_cli_agenda_says_when_it_cut_a_list(
    db: Database, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.unit_of_work() as s:
        big, small = Account(name="大客户"), Account(name="Small Co")
        s.add_all([big, small, *(Person(account=big, name=f"联系人{i:02d}") for i in range(30)),
                   Person(account=small, name="Solo")])
    # Nobody was ever contacted: 31 people due, in the agenda's order (account, then name).
    assert main(["--data-dir", str(data_dir), "agenda", "--lang", "en", "--limit", "5"]) == 0
    text = capsys.readouterr().out
    assert "People due for contact (31)" in text
    assert "Solo" in text and "联系人03" in text and "联系人04" not in text
    assert "  … and 26 more (--limit N or --all to see them)" in text
    assert main(["--data-dir", str(data_dir), "agenda", "--lang", "zh", "--limit", "5"]) == 0
    assert "  ……另有 26 条（用 --limit N 或 --all 查看）" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "agenda", "--lang", "en", "--all"]) == 0
    text = capsys.readouterr().out
    assert "联系人29" in text and "more (--limit" not in text
    # Under the default limit a usual dossier shows everything, as before.
    assert main(["--data-dir", str(data_dir), "agenda", "--lang", "en"]) == 0
    assert "more (--limit" not in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "agenda", "--json", "--limit", "2",
                 "--account", "small"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["person"] for r in data["contacts_due"]] == ["Solo"]
    assert data["totals"]["contacts_due"] == {"total": 1, "red": 0, "yellow": 1, "today": 1}
    assert data["account"] == "small"
    assert main(["--data-dir", str(data_dir), "agenda", "--limit", "0"]) == 2
    assert "--limit must be at least 1" in capsys.readouterr().err
