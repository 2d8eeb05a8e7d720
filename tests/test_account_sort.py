"""The account list sorted by last contact: most recent first, never-contacted last."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.db.account_queries import list_accounts
from desktop.db.models import Account, Interaction
from desktop.db.session import Database

NOW = datetime(2026, 3, 10, 12, 0)


def test_last_contact_sort_reads_past_live_interactions_only(db: Database) -> None:
    with db.unit_of_work() as s:
        accounts = {n: Account(name=n) for n in ("甲", "乙", "丙", "丁")}
        s.add_all(accounts.values())
        s.flush()

        def met(name: str, days: int, *, deleted: bool = False) -> None:
            s.add(Interaction(account_id=accounts[name].id, starts_at=NOW - timedelta(days=days),
                              deleted_at=NOW if deleted else None))

        met("甲", 30)
        met("乙", 2)
        met("乙", 40)
        met("丙", 10)
        met("丙", 1, deleted=True)  # deleted: does not count
        met("丁", -3)  # planned: not a contact yet
    with db.unit_of_work() as s:
        rows = list_accounts(s, sort="last_contact", now=NOW)
        assert [r.name for r in rows] == ["乙", "丙", "甲", "丁"]
        assert rows[0].last_contact == NOW - timedelta(days=2)
        assert rows[-1].last_contact is None
        reverse = list_accounts(s, sort="last_contact", descending=True, now=NOW)
        assert [r.name for r in reverse] == ["甲", "丙", "乙", "丁"]  # never contacted stays last
        assert [r.name for r in list_accounts(s, "丙", sort="last_contact", now=NOW)] == ["丙"]


def test_account_names_sort_by_pinyin_and_follow_a_rename(db: Database) -> None:
    with db.unit_of_work() as s:
        s.add_all([Account(name=n) for n in ("上海电信", "北京移动", "重庆银行", "安徽能源")])
    with db.unit_of_work() as s:
        # Code-point order would be 上 (U+4E0A), 北, 安, 重: an order nobody knows.
        assert [r.name for r in list_accounts(s)] == ["安徽能源", "北京移动", "重庆银行", "上海电信"]
        assert list_accounts(s, descending=True)[0].name == "上海电信"
        beijing = s.query(Account).filter_by(name="北京移动").one()
        beijing.name = "中国移动北京公司"
    with db.unit_of_work() as s:
        assert [r.name for r in list_accounts(s)][-1] == "中国移动北京公司"
