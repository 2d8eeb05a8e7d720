"""Dossier data as plain tables (header + rows) for CSV and Excel, and sheets read back. No Qt.

Export tables: people (re-importable: the headers are ones ``mapping.guess``
knows), interactions and commitments (for reading in Excel).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.db.enums import Labeled
from desktop.db.models import Account, Commitment, Interaction, Person
from desktop.errors import DossierError, ImportFileError
from desktop.transfer import ImportReport
from desktop.transfer import mapping as mapping_mod
from desktop.transfer.people import Candidate, Duplicates, apply, plan

Cell = str | int | float | date | datetime | None
WHAT = ("people", "interactions", "commitments")


@dataclass
class Table:
    """A sheet as read: its header row and the data rows with their line/row numbers."""

    headers: list[str]
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)
    encoding: str = ""


def cannot_write(path: Path, exc: OSError) -> DossierError:
    return DossierError(
        f"Cannot write {path} ({exc.strerror or exc}). Choose another folder or close the "
        "file if it is open in Excel.",
        f"无法写入 {path}（{exc.strerror or exc}）。请选择其他文件夹，或先在 Excel 中关闭该文件。",
    )


def cannot_read(path: Path, exc: OSError) -> ImportFileError:
    return ImportFileError(
        f"Cannot read {path} ({exc.strerror or exc}).", f"无法读取 {path}（{exc.strerror or exc}）。"
    )


# ------------------------------------------------------------------ import
def resolve_mapping(
    table: Table, mapping: Sequence[str] | str | None, data_dir: Path | None
) -> list[str]:
    if isinstance(mapping, str):
        try:
            result = mapping_mod.parse_spec(mapping, table.headers)
        except ValueError as exc:
            raise ImportFileError(
                f"The column mapping is not right: {exc}.", f"列对应关系有误：{exc}。"
            ) from exc
    elif mapping is not None:
        result = list(mapping)
    else:
        result = mapping_mod.load_saved(data_dir, table.headers) or mapping_mod.guess(table.headers)
    if not {"name", "family_name", "given_name"} & set(result):
        shown = "、".join(h for h in table.headers[:12] if h)
        raise ImportFileError(
            f"No column holds the names (headers: {shown or 'none'}). Say which one does, "
            "e.g. --mapping \"Contact=name\".",
            f"没有找到姓名列（表头：{shown or '无'}）。请指定姓名所在列，例如 --mapping \"联系人=name\"。",
        )
    return result


def candidates(table: Table, mapping: Sequence[str]) -> list[Candidate]:
    return [
        mapping_mod.to_candidate(line, cells, mapping)
        for line, cells in table.rows
        if not mapping_mod.is_blank(cells)
    ]


def import_table(
    session: Session,
    table: Table,
    *,
    account: Account | None,
    mapping: Sequence[str] | str | None = None,
    data_dir: Path | None = None,
    duplicates: Duplicates = Duplicates.MERGE,
    dry_run: bool = False,
) -> ImportReport:
    chosen = resolve_mapping(table, mapping, data_dir)
    the_plan = plan(session, candidates(table, chosen), account=account, duplicates=duplicates)
    return the_plan.report() if dry_run else apply(session, the_plan)


# ------------------------------------------------------------------ export
def _label(value: Labeled | None, lang: str) -> str:
    return value.label(lang) if value is not None else ""


def _sep(lang: str) -> str:
    return "、" if lang == "zh" else "; "


def _people_table(session: Session, account: Account | None, lang: str) -> tuple[list[str], list[list[Cell]]]:
    keys = ["account", "name", "english_name", "organisation", "title", "department", "phones",
            "emails", "wechat", "birthday", "roles", "attitude", "stance", "power", "influence",
            "notes", "record_id"]
    headers = [mapping_mod.FIELDS[k][1] if lang == "zh" else mapping_mod.FIELDS[k][0] for k in keys]
    stmt = select(Person).join(Person.account).order_by(Account.name, Person.name)
    if account is not None:
        stmt = stmt.where(Person.account_id == account.id)
    rows: list[list[Cell]] = []
    for p in session.scalars(stmt.options(selectinload(Person.account))):
        rows.append([
            p.account.name, p.name, p.english_name, p.organisation, p.title, p.department,
            _sep(lang).join(p.phones), _sep(lang).join(p.emails), p.wechat, p.birthday,
            _sep(lang).join(r.label(lang) for r in p.roles), _label(p.attitude, lang),
            _label(p.stance, lang), p.power, p.influence, p.notes, p.id,
        ])
    return headers, rows


def _names(people: Sequence[Any]) -> str:
    return "、".join(p.name for p in people)


def _interactions_table(session: Session, account: Account | None, lang: str) -> tuple[list[str], list[list[Cell]]]:
    zh = lang == "zh"
    headers = (
        ["客户", "时间", "类型", "主题", "地点", "客户方人员", "我方人员", "目标", "纪要", "客户关注问题",
         "下一步", "满意度", "下次联系"] if zh else
        ["Account", "When", "Kind", "Subject", "Place", "Their people", "Our people", "Objective",
         "Notes", "Concerns", "Next steps", "Satisfaction", "Next contact"]
    )
    stmt = select(Interaction).join(Interaction.account).order_by(Account.name, Interaction.starts_at)
    if account is not None:
        stmt = stmt.where(Interaction.account_id == account.id)
    rows: list[list[Cell]] = [
        [i.account.name, i.starts_at, i.kind.label(lang), i.subject, i.place, _names(i.people),
         _names(i.members), i.objective, i.notes, i.concerns, i.next_steps, i.satisfaction,
         i.next_contact_on]
        for i in session.scalars(stmt)
    ]
    return headers, rows


def _commitments_table(session: Session, account: Account | None, lang: str) -> tuple[list[str], list[list[Cell]]]:
    zh = lang == "zh"
    headers = (
        ["客户", "承诺方", "承诺人", "对象", "内容", "到期", "状态", "完成日期", "备注"] if zh else
        ["Account", "Party", "By", "To", "What", "Due", "Status", "Done on", "Note"]
    )
    stmt = select(Commitment).join(Commitment.account).order_by(Account.name, Commitment.due_on)
    if account is not None:
        stmt = stmt.where(Commitment.account_id == account.id)
    rows: list[list[Cell]] = []
    for c in session.scalars(stmt):
        by = c.by_member or c.by_person
        to = c.to_person or c.to_member
        rows.append([
            c.account.name, c.party.label(lang), by.name if by else "", to.name if to else "",
            c.what, c.due_on, c.status.label(lang), c.done_on, c.note,
        ])
    return headers, rows


TABLES: dict[str, Callable[[Session, Account | None, str], tuple[list[str], list[list[Cell]]]]] = {
    "people": _people_table,
    "interactions": _interactions_table,
    "commitments": _commitments_table,
}


def export_table(
    session: Session, what: str, account: Account | None, lang: str
) -> tuple[list[str], list[list[Cell]]]:
    if what not in TABLES:
        raise DossierError(
            f"Cannot export {what!r}; choose one of {', '.join(WHAT)}.",
            f"无法导出“{what}”；可选：{'、'.join(WHAT)}。",
        )
    return TABLES[what](session, account, lang)
