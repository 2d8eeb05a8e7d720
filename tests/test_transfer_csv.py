"""CSV and Excel: encodings, column mapping, dates, bad rows, formula escaping, round trips."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from desktop.db.enums import DecisionRole, InteractionKind, Party, Stance
from desktop.db.models import Account, Commitment, Interaction, Person
from desktop.db.session import Database, open_database
from desktop.errors import ImportFileError
from desktop.transfer import csv_format, mapping, xlsx_format
from desktop.transfer.values import parse_date

DATA = Path(__file__).parent / "data" / "transfer"


def _people(db: Database) -> list[tuple[str, str, str, list[str], list[str], date | None]]:
    with db.unit_of_work() as s:
        rows = s.scalars(select(Person).order_by(Person.name)).all()
        return [(p.account.name, p.name, p.title, p.phones, p.emails, p.birthday) for p in rows]


def test_gbk_csv_from_chinese_excel_with_line_numbered_problems(db: Database) -> None:
    with db.unit_of_work() as s:
        report = csv_format.import_file(s, DATA / "outlook_zh_gbk.csv")
    assert (report.created, report.skipped) == (4, 1)
    assert report.details["accounts_created"] == 2
    assert (6, "no name in this row") in report.problems
    assert (7, "email 'not-an-email' is not an address; left out") in report.problems
    assert (7, "birthday '32/13/1980' not understood; left out") in report.problems
    people = {p[1]: p for p in _people(db)}
    assert people["张伟"] == ("华东移动", "张伟", "采购总监", ["13800138000", "021-68881234"],
                             ["zhang.wei@hdmobile.cn"], date(1978, 5, 3))
    assert people["王芳"][0] == "长城汽车" and people["王芳"][5] == date(1990, 2, 1)
    with db.unit_of_work() as s:
        zhang = s.scalars(select(Person).where(Person.name == "张伟")).one()
        assert zhang.notes == "喜欢钓鱼\n孩子高三" and zhang.wechat == "zw_hd2024"
        assert zhang.organisation == ""  # it is the account's own name


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes("姓名;手机;公司\n刘洋;13700000000;中化集团\n".encode(encoding))
    table = csv_format.read_table(path.read_bytes())
    assert table.headers == ["姓名", "手机", "公司"]
    assert table.rows == [(2, ["刘洋", "13700000000", "中化集团"])]


def test_a_wrong_chosen_encoding_says_what_to_do() -> None:
    with pytest.raises(ImportFileError, match="Choose another encoding"):
        csv_format.read_table("姓名\n张伟\n".encode("gbk"), encoding="utf-8")


def test_headers_are_guessed_in_both_languages() -> None:
    headers = ["First Name", "Last Name", "Company", "Job Title", "Mobile Phone",
               "Business Phone", "E-mail Address", "E-mail 2 Address", "Birthday", "Notes",
               "微信号", "部门", "Company Main Phone", "Something else"]
    assert mapping.guess(headers) == [
        "given_name", "family_name", "organisation", "title", "phones", "phones", "emails",
        "emails", "birthday", "notes", "wechat", "department", "phones", "",
    ]
    assert mapping.guess(["姓名", "单位", "职务", "手机号码", "电子邮箱", "出生日期", "备注"]) == [
        "name", "organisation", "title", "phones", "emails", "birthday", "notes",
    ]


def test_a_saved_mapping_is_offered_again_for_the_same_headers(tmp_path: Path) -> None:
    headers = ["联系人", "手机", "代号"]
    assert mapping.load_saved(tmp_path, headers) is None
    mapping.save(tmp_path, headers, ["name", "phones", "wechat"])
    assert mapping.load_saved(tmp_path, [" 联系人", "手机", "代号"]) == ["name", "phones", "wechat"]
    assert mapping.load_saved(tmp_path, ["联系人", "手机"]) is None
    (tmp_path / mapping.SAVED_FILE).write_text("{broken", encoding="utf-8")
    assert mapping.load_saved(tmp_path, headers) is None  # a damaged file is ignored


def test_explicit_mapping_and_no_name_column(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("代号,号码\n老张,13800000000\n", encoding="utf-8")
    with db.unit_of_work() as s:
        acc = Account(name="华东移动")
        s.add(acc)
    with pytest.raises(ImportFileError, match="No column holds the names"), db.unit_of_work() as s:
        csv_format.import_file(s, path, account=s.scalars(select(Account)).one())
    with db.unit_of_work() as s:
        csv_format.import_file(s, path, account=s.scalars(select(Account)).one(),
                               mapping="代号=name,号码=phones")
    assert _people(db) == [("华东移动", "老张", "", ["13800000000"], [], None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1978-05-03", date(1978, 5, 3)), ("1978/5/3", date(1978, 5, 3)), ("1978.5.3", date(1978, 5, 3)),
     ("1978年5月3日", date(1978, 5, 3)), ("19780503", date(1978, 5, 3)),
     ("5/3/1978", date(1978, 5, 3)), ("25/12/1978", date(1978, 12, 25)),
     ("3 May 1978", date(1978, 5, 3)), ("May 3, 1978", date(1978, 5, 3)),
     ("1978-05-03 00:00:00", date(1978, 5, 3)), (datetime(1978, 5, 3, 0, 0), date(1978, 5, 3))],
)
def test_dates_in_chinese_and_english_spellings(text: object, expected: date) -> None:
    assert parse_date(text) == expected


def _seed(db: Database) -> None:
    with db.unit_of_work() as s:
        acc = Account(name="华东移动", short_name="华东")
        other = Account(name="长城汽车")
        zhang = Person(account=acc, name="张伟", english_name="David", title="=1+2",
                       department="采购部", phones=["+86 138 0013 8000", "021-68881234"],
                       emails=["zw@example.cn"], wechat="@zw", birthday=date(1978, 5, 3),
                       roles=[DecisionRole.DECIDER, DecisionRole.EVALUATOR], stance=Stance.CHAMPION,
                       power=5, influence=4, notes="第一行\n-第二行")
        s.add_all([acc, other, zhang, Person(account=other, name="Anna Miller", organisation="GWC")])
        visit = Interaction(account=acc, kind=InteractionKind.VISIT, starts_at=datetime(2026, 3, 12, 10),
                            subject="年度预算", people=[zhang])
        s.add_all([visit, Commitment(account=acc, interaction=visit, party=Party.OURS,
                                     what="+提交方案", due_on=date(2026, 3, 20), to_person=zhang)])


def _snapshot(db: Database) -> list[tuple[object, ...]]:
    with db.unit_of_work() as s:
        return [
            (p.account.name, p.name, p.english_name, p.organisation, p.title, p.department,
             p.phones, p.emails, p.wechat, p.birthday, p.roles, p.stance, p.power, p.influence,
             p.notes)
            for p in s.scalars(select(Person).join(Person.account).order_by(Account.name, Person.name))
        ]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_then_import_into_an_empty_dossier_gives_the_same_people(
    db: Database, tmp_path: Path, fmt: str
) -> None:
    _seed(db)
    module = csv_format if fmt == "csv" else xlsx_format
    first = tmp_path / f"one.{fmt}"
    with db.unit_of_work() as s:
        assert module.export(s, first) == 2
    empty = open_database(tmp_path / "empty")
    try:
        with empty.unit_of_work() as s:
            report = module.import_file(s, first)
        assert report.created == 2 and not report.problems
        assert _snapshot(empty) == _snapshot(db)
        second = tmp_path / f"two.{fmt}"
        with empty.unit_of_work() as s:
            module.export(s, second)
    finally:
        empty.close()
    if fmt == "csv":
        assert first.read_bytes() == second.read_bytes()


def test_csv_export_opens_in_excel_and_never_runs_a_formula(db: Database, tmp_path: Path) -> None:
    _seed(db)
    out = tmp_path / "people.csv"
    with db.unit_of_work() as s:
        csv_format.export(s, out, account=s.scalars(select(Account).where(Account.name == "华东移动")).one())
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["客户", "姓名", "英文名"]
    (zhang,) = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert zhang["职位"] == "'=1+2" and zhang["电话"].startswith("'+86") and zhang["微信"] == "'@zw"
    assert zhang["决策角色"] == "决策者、评估者"
    for what, needle in (("interactions", "年度预算"), ("commitments", "'+提交方案")):
        path = tmp_path / f"{what}.csv"
        with db.unit_of_work() as s:
            assert csv_format.export(s, path, what=what) == 1
        assert needle in path.read_text(encoding="utf-8-sig")


def test_xlsx_export_has_three_sheets_without_formulas(db: Database, tmp_path: Path) -> None:
    _seed(db)
    out = tmp_path / "book.xlsx"
    with db.unit_of_work() as s:
        xlsx_format.export(s, out, lang="en")
    book = load_workbook(out)
    assert book.sheetnames == ["People", "Interactions", "Commitments"]
    people = list(book["People"].iter_rows(values_only=True))
    assert people[0][:2] == ("Account", "Name")
    assert all(c.data_type != "f" for row in book["People"].iter_rows() for c in row)
    assert book["Commitments"]["E2"].value == "'+提交方案"
    assert book["Interactions"]["B2"].value == datetime(2026, 3, 12, 10)


def test_xlsx_import_reads_dates_and_numbers_from_cells(db: Database, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "公司", "手机", "生日"])
    sheet.append(["刘洋", "中化集团", 13700000000, datetime(1988, 8, 8)])
    sheet.append([None, None, None, None])
    sheet.append(["周敏", "中化集团", "13600000000", "1990年1月2日"])
    path = tmp_path / "in.xlsx"
    book.save(path)
    with db.unit_of_work() as s:
        report = xlsx_format.import_file(s, path)
    assert report.created == 2
    assert _people(db) == [("中化集团", "刘洋", "", ["13700000000"], [], date(1988, 8, 8)),
                           ("中化集团", "周敏", "", ["13600000000"], [], date(1990, 1, 2))]


def test_a_damaged_workbook_is_one_clear_message(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 definitely not a workbook")
    with pytest.raises(ImportFileError, match="not an Excel workbook"), db.unit_of_work() as s:
        xlsx_format.import_file(s, path)
    with db.unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(Account)) == 0
