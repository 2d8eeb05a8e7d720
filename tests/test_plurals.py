"""Counts read naturally: "1 thing needs doing today", "2 things need doing today", "1,234"."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.ui.i18n import Translations
from tools.i18n import TS_DIR, english_forms


@pytest.fixture
def translations(qapp: object, tmp_path: Path) -> Iterator[Translations]:
    installed = Translations(cache=tmp_path / "qm")
    yield installed
    installed.install("en")


def today(text: str, n: int) -> str:
    return QCoreApplication.translate("TodayView", text, "", n)


def test_today_counts_agree_with_their_number_in_english(translations: Translations) -> None:
    translations.install("en")
    assert today("%Ln thing(s) need doing today.", 1) == "1 thing needs doing today."
    assert today("%Ln thing(s) need doing today.", 2) == "2 things need doing today."
    assert today("%Ln thing(s) need doing today.", 158012) == "158,012 things need doing today."
    assert today("%Ln person(s) due", 1) == "1 person due"
    assert today("%Ln person(s) due", 31) == "31 people due"
    assert (today("Our commitments: overdue or due within %n day(s)", 1)
            == "Our commitments: overdue or due within 1 day")
    reminder = QCoreApplication.translate(
        "Reminder", "%Ln thing(s) need doing today: promises due, people to call, events "
        "coming up. Click to open the Today view.", "", 1)
    assert reminder.startswith("1 thing needs doing today:")


def test_chinese_has_one_form_with_the_number_in_it(translations: Translations) -> None:
    translations.install("zh")
    assert today("%Ln thing(s) need doing today.", 1) == "今天有 1 件事需要处理。"
    assert today("%Ln thing(s) need doing today.", 12345) == "今天有 12,345 件事需要处理。"


def test_every_english_count_has_a_singular_and_a_plural() -> None:
    for ts in TS_DIR.glob("*_en.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            if message.get("numerus") != "yes":
                continue
            forms = [f.text or "" for f in message.iter("numerusform")]
            assert len(forms) == 2, (ts.name, forms)  # "%n new" may read the same in both
            assert not any("(s)" in f for f in forms), (ts.name, forms)


def test_the_verb_after_a_count_agrees() -> None:
    assert english_forms("%n person(s) need a call") == ("%n person needs a call",
                                                         "%n people need a call")
    assert english_forms("%n day(s) ago") == ("%n day ago", "%n days ago")
