"""vCard import of what iPhones, Android phones and Outlook write, and vCard 4.0 export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.db.models import Account, Person
from desktop.db.session import Database
from desktop.errors import ImportFileError
from desktop.transfer import vcf_format
from desktop.transfer.people import Duplicates
from desktop.transfer.vcf_format import read_candidates

DATA = Path(__file__).parent / "data" / "transfer"


def _read(name: str) -> list:
    return read_candidates((DATA / name).read_bytes())


def _people(db: Database) -> dict[str, Person]:
    with db.unit_of_work() as s:
        return {p.name: p for p in s.scalars(select(Person))}


def test_iphone_card_keeps_chinese_order_wechat_and_skips_the_photo() -> None:
    zhang, miller = _read("ios_contacts.vcf")
    assert zhang.name == "张伟"
    assert (zhang.organisation, zhang.department, zhang.title) == ("华东移动", "采购部", "采购总监")
    assert zhang.phones == ["+86 138 0013 8000", "021-6888 1234", "400-800-1234"]
    assert zhang.emails == ["zhang.wei@hdmobile.cn"]
    assert zhang.wechat == "zw_hd2024"
    assert zhang.birthday == date(1978, 5, 3)
    assert zhang.notes == "喜欢钓鱼，\n孩子在读高三"
    assert "photo not imported" in zhang.warnings and not zhang.error
    # Latin names read "Given Family"; a birthday without a year is reported, not guessed.
    assert miller.name == "Anna Miller" and miller.line == 34
    assert miller.birthday is None and any("--0612" in w for w in miller.warnings)


def test_android_quoted_printable_with_soft_breaks_inside_a_character() -> None:
    lina, wang = _read("android_contacts.vcf")
    assert lina.name == "李娜"
    assert (lina.organisation, lina.department, lina.title) == ("长城汽车", "信息中心", "信息中心主任")
    assert lina.notes == "第一次拜访在2024年3月，对价格敏感；关注服务响应速度和本地化支持。"
    assert lina.phones == ["13912345678", "0755-8888-6666"]
    assert lina.birthday == date(1985, 11, 20)
    assert wang.name == "王芳" and wang.english_name == "Fiona" and wang.line == 20


def test_outlook_card_in_gbk_with_compound_surname() -> None:
    (ouyang,) = _read("outlook_contact.vcf")
    assert ouyang.name == "欧阳明"
    assert ouyang.department == "财务部"
    assert ouyang.notes == "预算审批人\n喜欢围棋"
    assert ouyang.birthday == date(1975, 1, 8)


def test_a_broken_card_is_reported_and_the_others_still_come_in() -> None:
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:好人\nN:好;人;;;\nTEL:1\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nTEL:13800000000\nEND:VCARD\n"
    )
    good, nameless = read_candidates(text.encode())
    assert good.name == "好人"
    assert nameless.error == "the card has no name" and nameless.line == 7


def test_a_file_without_cards_changes_nothing(db: Database, tmp_path: Path) -> None:
    bad = tmp_path / "notes.vcf"
    bad.write_text("this is a shopping list\nmilk\n", encoding="utf-8")
    with db.unit_of_work() as s:
        s.add(Account(name="华东移动"))
    with pytest.raises(ImportFileError, match="no contact cards"), db.unit_of_work() as s:
        vcf_format.import_file(s, bad)
    with db.unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(Account)) == 1
        assert s.scalar(select(func.count()).select_from(Person)) == 0


def test_import_into_an_account_then_duplicates_merge_skip_or_keep(db: Database, tmp_path: Path) -> None:
    with db.unit_of_work() as s:
        acc = Account(name="华东移动")
        s.add(acc)
        s.add(Person(account=acc, name="张伟", phones=["13800138000"], title="", notes="老客户"))
    with db.unit_of_work() as s:
        acc = s.scalars(select(Account)).one()
        report = vcf_format.import_file(s, DATA / "ios_contacts.vcf", account=acc,
                                        duplicates=Duplicates.SKIP)
    assert (report.created, report.updated, report.skipped) == (1, 0, 1)
    with db.unit_of_work() as s:
        acc = s.scalars(select(Account)).one()
        report = vcf_format.import_file(s, DATA / "ios_contacts.vcf", account=acc)
    # "+86 138 0013 8000" is the same phone as "13800138000": merged, and so is Anna Miller now
    assert (report.created, report.updated) == (0, 2)
    zhang = _people(db)["张伟"]
    assert zhang.title == "采购总监" and zhang.notes.startswith("老客户")
    assert zhang.phones[0] == "13800138000" and "021-6888 1234" in zhang.phones
    with db.unit_of_work() as s:
        acc = s.scalars(select(Account)).one()
        vcf_format.import_file(s, DATA / "ios_contacts.vcf", account=acc, duplicates=Duplicates.KEEP)
    with db.unit_of_work() as s:
        assert s.scalar(select(func.count()).where(Person.name == "张伟")) == 2


def test_without_an_account_the_organisation_becomes_the_account(db: Database) -> None:
    with db.unit_of_work() as s:
        s.add(Account(name="长城汽车", short_name="长城"))
    with db.unit_of_work() as s:
        report = vcf_format.import_file(s, DATA / "android_contacts.vcf", dry_run=True)
    assert report.created == 2 and report.details["accounts_created"] == 0
    with db.unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0  # dry run wrote nothing
        vcf_format.import_file(s, DATA / "android_contacts.vcf")
        vcf_format.import_file(s, DATA / "outlook_contact.vcf")
    with db.unit_of_work() as s:
        names = {a.name: sorted(p.name for p in a.people) for a in s.scalars(select(Account))}
    assert names == {"长城汽车": ["李娜", "王芳"], "中化集团": ["欧阳明"]}


def test_vcard_export_reimports_with_the_same_fields(db: Database, tmp_path: Path) -> None:
    with db.unit_of_work() as s:
        acc = Account(name="华东移动")
        s.add(Person(
            account=acc, name="诸葛亮", english_name="Kong Ming", title="CIO; 首席信息官",
            department="信息部", phones=["+86 138 0000 0001", "021-1234,5678"],
            emails=["kongming@example.cn"], wechat="wolong", birthday=date(1981, 7, 23),
            notes="长备注，" * 40 + "\n第二行; 含分号, 逗号 \\ 反斜杠",
        ))
        s.add(Person(account=acc, name="Anna Miller", organisation="Great Wall Consulting"))
    out = tmp_path / "people.vcf"
    with db.unit_of_work() as s:
        assert vcf_format.export(s, out) == 2
    text = out.read_bytes().decode("utf-8")
    assert "VERSION:4.0" in text and "N:诸葛;亮;;;" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    by_name = {c.name: c for c in read_candidates(out.read_bytes())}
    kong = by_name["诸葛亮"]
    assert (kong.english_name, kong.title, kong.department) == ("Kong Ming", "CIO; 首席信息官", "信息部")
    assert kong.phones == ["+86 138 0000 0001", "021-1234,5678"]
    assert (kong.emails, kong.wechat, kong.birthday) == (["kongming@example.cn"], "wolong", date(1981, 7, 23))
    assert kong.notes == "长备注，" * 40 + "\n第二行; 含分号, 逗号 \\ 反斜杠"
    assert kong.organisation == "华东移动"
    assert by_name["Anna Miller"].organisation == "Great Wall Consulting"


def test_vcard_4_and_google_contacts() -> None:
    zhou, chen = _read("v4_and_google.vcf")
    assert (zhou.name, zhou.organisation, zhou.department, zhou.title) == (
        "Zhou Min", "Sinochem, Ltd.", "Finance", "CFO")
    assert zhou.phones == ["+86-136-0000-2222"] and zhou.emails == ["zhou.min@sinochem.example"]
    assert (zhou.birthday, zhou.wechat) == (date(1982, 9, 14), "zhoumin82")
    assert zhou.notes == "Met at the 2025 tender; prefers WeChat"
    assert (chen.name, chen.emails, chen.phones) == ("陈静", ["chenjing@gmail.example"], ["150 0000 3333"])


def test_a_garbled_charset_name_is_read_as_utf8_not_a_crash() -> None:
    """Found by the fuzzer: CHARSET=\\x00UTF-8 made Python's codec lookup raise ValueError."""
    from desktop.transfer.vcf_format import read_candidates

    card = (b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
            b"N;CHARSET=\x00UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=9D=8E;=E5=A8=9C;;;\r\n"
            b"TEL;CELL:13912345678\r\nEND:VCARD\r\n")
    (person,) = read_candidates(card)
    assert person.name == "李娜"


def test_a_garbled_encoding_choice_is_a_plain_message() -> None:
    from desktop.errors import ImportFileError
    from desktop.transfer.csv_format import read_table

    with pytest.raises(ImportFileError):
        read_table("姓名\n张伟\n".encode(), encoding="utf\x008")
