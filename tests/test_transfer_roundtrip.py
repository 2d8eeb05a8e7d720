"""Whatever people hold, vCard, CSV and Excel export read back as the same fields."""

from __future__ import annotations

import string
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from desktop.db.models import Account, Person
from desktop.db.session import Database, open_database
from desktop.transfer import csv_format, tables, vcf_format, xlsx_format
from desktop.transfer.values import FORMULA_START, MAX_TEXT, clean, escape_cell, unescape_cell

CJK = "张王李赵欧阳诸葛伟芳娜明亮华东移动采购部经理，。；：“”"
LATIN = string.ascii_letters + "éüß'-."
SPECIAL = ",;:\\=+-@\"'"


# Starts that spreadsheets take for a formula, and ones that look like our escaped cells ("'-"):
# rare in random text, so drawn on purpose.
STARTS = ["", "", "'", "''", *FORMULA_START[:4], *("'" + c for c in FORMULA_START[:4])]


def _stable(limit: int) -> st.SearchStrategy[str]:
    """Text the app itself would store (already tidy), rich in characters that need escaping."""
    alphabet = st.sampled_from(list(CJK + LATIN + SPECIAL + " "))
    return st.builds(lambda start, rest: start + rest, st.sampled_from(STARTS),
                     st.text(alphabet, max_size=40)).map(lambda t: clean(t, limit)).filter(
        lambda t: clean(t, limit) == t
    )


names = st.one_of(
    st.text(st.sampled_from(list("张王李赵欧阳诸葛伟芳娜明亮")), min_size=2, max_size=4),
    st.lists(st.text(st.sampled_from(list(string.ascii_letters)), min_size=1, max_size=8),
             min_size=1, max_size=3).map(" ".join),
)
phones = st.lists(
    st.text(st.sampled_from(list("0123456789 +-()")), min_size=3, max_size=20)
    .map(lambda p: " ".join(p.split())).filter(lambda p: any(c.isdigit() for c in p) and p[:1] not in "-()"),
    max_size=3, unique=True,
)
emails = st.lists(
    st.builds(lambda a, b: f"{a}@{b}.cn", st.text(st.sampled_from(list("abcxyz019._")), min_size=1,
                                                    max_size=8).filter(lambda a: a[0] not in "._"),
              st.sampled_from(["hd", "gwm", "mail"])),
    max_size=2, unique=True,
)
notes = st.lists(_stable(300), max_size=3).map("\n".join).map(lambda t: clean(t, MAX_TEXT)).filter(
    lambda t: clean(t, MAX_TEXT) == t
)
people = st.fixed_dictionaries({
    "name": names,
    "english_name": _stable(200),
    "title": _stable(200),
    "department": _stable(200),
    "phones": phones,
    "emails": emails,
    "wechat": _stable(100).map(lambda t: t.replace(" ", "")),
    "birthday": st.one_of(st.none(), st.dates(date(1930, 1, 1), date(2010, 12, 31))),
    "notes": notes,
})


@pytest.fixture(scope="module")
def rt_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("rt"))
    yield database
    database.close()


def _store(db: Database, fields: dict[str, object]) -> None:
    with db.unit_of_work() as s:
        s.execute(delete(Person))
        acc = s.query(Account).first() or Account(name="华东移动")
        s.add(acc)
        s.add(Person(account=acc, **fields))


def _same(cand: object, fields: dict[str, object]) -> None:
    got = {k: getattr(cand, k) for k in fields}
    assert got == fields


# A department typed as "'-" once came back as "-": the exporter left it as it was (it does not
# start a formula) and the importer took the apostrophe for its own escaping.
ESCAPE_LOOKALIKE = {
    "name": "亮亮", "english_name": "", "title": "", "department": "'-", "phones": [],
    "emails": [], "wechat": "", "birthday": None, "notes": "",
}


@settings(max_examples=40, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=people)
@example(fields=ESCAPE_LOOKALIKE)
def test_vcard_round_trip(rt_db: Database, tmp_path: Path, fields: dict[str, object]) -> None:
    _store(rt_db, fields)
    out = tmp_path / "x.vcf"
    with rt_db.unit_of_work() as s:
        vcf_format.export(s, out)
    (cand,) = vcf_format.read_candidates(out.read_bytes())
    assert not cand.error
    _same(cand, fields)


@settings(max_examples=40, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=people, lang=st.sampled_from(["zh", "en"]))
@example(fields=ESCAPE_LOOKALIKE, lang="zh")
@example(fields={**ESCAPE_LOOKALIKE, "title": "''=SUM(A1)", "wechat": "'@zw",
                 "phones": ["+86 138 0013 8000"], "notes": "'+1 to their plan\n-- 张伟"},
         lang="en")
def test_csv_round_trip(rt_db: Database, tmp_path: Path, fields: dict[str, object], lang: str) -> None:
    _store(rt_db, fields)
    out = tmp_path / "x.csv"
    with rt_db.unit_of_work() as s:
        csv_format.export(s, out, lang=lang)
    table = csv_format.read_table(out.read_bytes())
    (cand,) = tables.candidates(table, tables.resolve_mapping(table, None, None))
    assert not cand.error
    _same(cand, fields)



@settings(max_examples=20, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=people, lang=st.sampled_from(["zh", "en"]))
@example(fields=ESCAPE_LOOKALIKE, lang="zh")
def test_xlsx_round_trip(rt_db: Database, tmp_path: Path, fields: dict[str, object], lang: str) -> None:
    _store(rt_db, fields)
    out = tmp_path / "x.xlsx"
    with rt_db.unit_of_work() as s:
        xlsx_format.export(s, out, what="people", lang=lang)
    table = xlsx_format.read_table(out)
    (cand,) = tables.candidates(table, tables.resolve_mapping(table, None, None))
    assert not cand.error
    _same(cand, fields)

@given(st.text(st.sampled_from(["'", "=", "+", "-", "@", "\t", "\r", "a", "张", " "]), max_size=6))
@example("'-")
def test_escaping_a_cell_is_undone_exactly_and_never_leaves_a_formula(text: str) -> None:
    escaped = escape_cell(text)
    assert unescape_cell(escaped) == text
    assert not escaped.startswith(FORMULA_START)
