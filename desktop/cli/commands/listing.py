"""``dossier list accounts|people|interactions``: a table to read, or JSON with --json."""

from __future__ import annotations

import argparse
import unicodedata
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.cli.common import find_account, open_db, print_json
from desktop.db.enums import CommitmentStatus, Labeled
from desktop.db.models import Account, Commitment, Interaction, Person
from desktop.domain.guidance import needs_quadrant

WHAT = ("accounts", "people", "interactions")


def register(sub: Any) -> None:
    parser = sub.add_parser("list", help="list accounts, people or interactions")
    parser.add_argument("what", choices=WHAT)
    parser.add_argument("--account", metavar="NAME", help="only this account")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(func=run_list)


def run_list(args: argparse.Namespace) -> int:
    with open_db(args) as db, db.unit_of_work() as session:
        account = find_account(session, args.account) if args.account else None
        rows = {
            "accounts": account_rows,
            "people": people_rows,
            "interactions": interaction_rows,
        }[args.what](session, account)
    if args.json:
        print_json(rows)
    else:
        print_table(TABLES[args.what], rows)
    return 0


# ------------------------------------------------------------------ values
def label(value: Labeled | None) -> dict[str, str] | None:
    """An enum value with its labels, for JSON."""
    if value is None:
        return None
    out = {"value": value.value, "zh": value.zh, "en": value.en}
    if value.code:
        out["code"] = value.code
    return out


def labels(values: list[Any]) -> list[dict[str, str] | None]:
    return [label(v) for v in values]


def _zh(value: Labeled | None) -> str:
    return value.zh if value is not None else ""


# ----------------------------------------------------------------- queries
def account_rows(session: Session, account: Account | None) -> list[dict[str, Any]]:
    stmt = select(Account).options(selectinload(Account.people)).order_by(Account.name)
    if account is not None:
        stmt = stmt.where(Account.id == account.id)
    today = date.today()
    rows = []
    for acc in session.scalars(stmt):
        promises = session.scalars(
            select(Commitment).where(Commitment.account_id == acc.id,
                                     Commitment.status == CommitmentStatus.OPEN)
        ).all()
        overdue = [c for c in promises if c.due_on is not None and c.due_on < today]
        rows.append({
            "id": acc.id,
            "name": acc.name,
            "short_name": acc.short_name,
            "industry": acc.industry,
            "region": acc.region,
            "value_tier": label(acc.value_tier),
            "annual_value": acc.annual_value,
            "relationship_level": label(acc.relationship_level),
            "tightness": label(acc.tightness),
            "loyalty_stage": label(acc.loyalty_stage),
            "org_politics": label(acc.org_politics),
            "churn_risk": label(acc.churn_risk),
            "churn_type": label(acc.churn_type),
            "churn_causes": labels(acc.churn_causes),
            "owner": acc.owner.name if acc.owner is not None else None,
            "people": len(acc.people),
            "open_commitments": len(promises),
            "overdue_commitments": len(overdue),
        })
    return rows


def people_rows(session: Session, account: Account | None) -> list[dict[str, Any]]:
    stmt = (
        select(Person)
        .options(selectinload(Person.reports_to), selectinload(Person.account))
        .join(Account, Account.id == Person.account_id)
        .order_by(Account.name, Person.power.desc().nulls_last(), Person.name)
    )
    if account is not None:
        stmt = stmt.where(Person.account_id == account.id)
    rows = []
    for p in session.scalars(stmt):
        rows.append({
            "id": p.id,
            "account": p.account.name,
            "name": p.name,
            "english_name": p.english_name,
            "title": p.title,
            "department": p.department,
            "is_external": p.is_external,
            "organisation": p.organisation,
            "reports_to": p.reports_to.name if p.reports_to is not None else None,
            "reports_to_id": p.reports_to_id,
            "roles": labels(p.roles),
            "attitude": label(p.attitude),
            "stance": label(p.stance),
            "personality": label(p.personality),
            "power": p.power,
            "influence": p.influence,
            "motive": label(p.motive),
            "personal_needs": labels(p.personal_needs),
            "needs_quadrant": label(needs_quadrant(p.we_meet_institutional, p.we_meet_personal)),
            "cadence_days": p.cadence_days,
            "birthday": p.birthday.isoformat() if p.birthday else None,
            "left_on": p.left_on.isoformat() if p.left_on else None,
            "certainty": dict(p.certainty),
        })
    return rows


def interaction_rows(session: Session, account: Account | None) -> list[dict[str, Any]]:
    stmt = (
        select(Interaction)
        .options(selectinload(Interaction.people), selectinload(Interaction.members),
                 selectinload(Interaction.account))
        .order_by(Interaction.starts_at.desc())
    )
    if account is not None:
        stmt = stmt.where(Interaction.account_id == account.id)
    now = datetime.now()
    return [
        {
            "id": i.id,
            "account": i.account.name,
            "starts_at": i.starts_at.isoformat(timespec="minutes"),
            "planned": i.starts_at > now,
            "kind": label(i.kind),
            "subject": i.subject,
            "place": i.place,
            "satisfaction": i.satisfaction,
            "people": sorted(p.name for p in i.people),
            "members": sorted(m.name for m in i.members),
        }
        for i in session.scalars(stmt)
    ]


# ------------------------------------------------------------------- table
Column = tuple[str, Any]  # (header, function of a row giving the cell)

TABLES: dict[str, list[Column]] = {
    "accounts": [
        ("客户 Account", lambda r: r["name"]),
        ("行业 Industry", lambda r: r["industry"]),
        ("等级 Tier", lambda r: (r["value_tier"] or {}).get("code", "")),
        ("关系水平 Level", lambda r: (r["relationship_level"] or {}).get("zh", "")),
        ("流失风险 Churn", lambda r: (r["churn_risk"] or {}).get("zh", "")),
        ("人数 People", lambda r: r["people"]),
        ("未完成/逾期 Open/late", lambda r: f"{r['open_commitments']}/{r['overdue_commitments']}"),
    ],
    "people": [
        ("ID", lambda r: r["id"][:8]),
        ("客户 Account", lambda r: r["account"]),
        ("姓名 Name", lambda r: r["name"] + (" (外部)" if r["is_external"] else "")
         + (" (已离职)" if r["left_on"] else "")),
        ("职务 Title", lambda r: r["title"]),
        ("角色 Roles", lambda r: ",".join(x["code"] for x in r["roles"] if x)),
        ("态度 Att.", lambda r: (r["attitude"] or {}).get("zh", "")),
        ("关系 Stance", lambda r: (r["stance"] or {}).get("zh", "")),
        ("个性 Type", lambda r: (r["personality"] or {}).get("zh", "")),
        ("权/影 P/I", lambda r: f"{r['power'] or '-'}/{r['influence'] or '-'}"),
        ("汇报给 Reports to", lambda r: r["reports_to"] or ""),
    ],
    "interactions": [
        ("ID", lambda r: r["id"][:8]),  # what `dossier memo ID` takes (a unique prefix is enough)
        ("时间 When", lambda r: r["starts_at"].replace("T", " ") + (" *" if r["planned"] else "")),
        ("客户 Account", lambda r: r["account"]),
        ("类型 Kind", lambda r: r["kind"]["zh"]),
        ("主题 Subject", lambda r: r["subject"]),
        ("满意度 Sat.", lambda r: r["satisfaction"] or ""),
    ],
}


def width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def clip(text: str, limit: int = 36) -> str:
    if width(text) <= limit:
        return text
    out = ""
    for ch in text:
        if width(out + ch) > limit - 1:
            break
        out += ch
    return out + "…"


def print_table(columns: list[Column], rows: list[dict[str, Any]]) -> None:
    if not rows:
        print("Nothing to list. 没有记录。")
        return
    cells = [[clip(str(fn(r))) for _, fn in columns] for r in rows]
    heads = [h for h, _ in columns]
    widths = [max(width(x) for x in [h] + [c[i] for c in cells]) for i, h in enumerate(heads)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - width(v)) for v, w in zip(values, widths, strict=True))

    print(line(heads).rstrip())
    print("  ".join("-" * w for w in widths))
    for c in cells:
        print(line(c).rstrip())
