"""One word for one thing in both languages: the UI, the PDF reports and the CLI agree.

An interaction (a visit, call, meal … that is logged) is 互动 / "interaction" everywhere
(互动记录 for the list); getting in touch with someone is 联系 / "contact" (last contact
上次联系, next contact 下次联系). The reports once said 接触记录 where the window said 互动记录.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from desktop.cli.commands.followups import _T as AGENDA_WORDS
from desktop.reports.labels import WORDS
from tools.i18n import TS_DIR


def _ui_pairs() -> list[tuple[str, str]]:
    """(English source, Chinese translation) of every UI string."""
    pairs = []
    for ts in TS_DIR.glob("*_zh_CN.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            text = "".join(translation.itertext()) if translation is not None else ""
            pairs.append((message.findtext("source") or "", text))
    return pairs


def _all_pairs() -> list[tuple[str, str]]:
    return (_ui_pairs() + [(en, zh) for zh, en in WORDS.values()]
            + [(en, zh) for en, zh in AGENDA_WORDS.values()])


def test_an_interaction_is_hudong_in_the_ui_the_reports_and_the_cli() -> None:
    pairs = _all_pairs()
    about = [(en, zh) for en, zh in pairs if "interaction" in en.lower()]
    assert len(about) > 10
    assert not [p for p in about if "互动" not in p[1]]
    # and the other way round: 互动 only ever translates "interaction"
    assert not [p for p in pairs if "互动" in p[1] and "interaction" not in p[0].lower()]
    # the list of interactions has one name: the window's tab, the handover, the export sheet
    tab = dict(_ui_pairs())["Interactions"]
    assert tab == "互动记录"
    assert tab in WORDS["interactions"][0] and tab in WORDS["no_interactions"][0]


def test_contact_is_lianxi_and_never_jiechu_for_a_logged_record() -> None:
    pairs = _all_pairs()
    assert not [p for p in pairs if "接触记录" in p[1] or "最近联系" in p[1]]
    last = {zh for en, zh in pairs if en.strip(" :：") in {"Last contact", "last contact"}}
    assert last == {"上次联系"}
    # How to engage a personality type: the same words in the person editor and the brief
    assert WORDS["tips"][0] == dict(_ui_pairs())["How to engage them"]
