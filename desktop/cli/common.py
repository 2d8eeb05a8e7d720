"""Helpers shared by the subcommands: opening the database, naming records, printing."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import Account, Record
from desktop.db.session import Database, open_database
from desktop.errors import NotFoundError

T = TypeVar("T", bound=Record)


def open_db(args: argparse.Namespace, *, readonly: bool = False) -> Database:
    return open_database(args.data_dir, readonly=readonly)


def find_account(session: Session, name: str) -> Account:
    """An account named by its name, short name, or id (prefix)."""
    key = name.strip()
    exact = session.scalars(
        select(Account).where((Account.name == key) | (Account.short_name == key))
    ).all()
    if len(exact) == 1:
        return exact[0]
    if not exact:
        exact = list(
            session.scalars(
                select(Account).where(
                    Account.name.contains(key) | Account.short_name.contains(key)
                    | Account.id.startswith(key.lower())
                )
            )
        )
        if len(exact) == 1:
            return exact[0]
    if not exact:
        raise NotFoundError(
            f"No account is called {name!r}. 'dossier list accounts' shows them all.",
            f"没有名为“{name}”的客户。'dossier list accounts' 可列出全部客户。",
        )
    names = ", ".join(a.name for a in exact[:5])
    raise NotFoundError(
        f"{name!r} matches several accounts ({names}); use the full name.",
        f"“{name}”匹配到多个客户（{names}），请使用全名。",
    )


# The records' names in the Chinese sentences (the words the app uses everywhere).
RECORD_ZH = {"account": "客户", "person": "联系人", "interaction": "互动记录", "commitment": "承诺"}


def find_by_id(session: Session, model: type[T], ident: str, what: str) -> T:
    """A record named by its id or a unique prefix of it (``what``: "interaction" …)."""
    key = ident.strip().lower()
    rows = session.scalars(select(model).where(model.id.startswith(key)).limit(2)).all() if key else []
    if len(rows) == 1:
        return rows[0]
    if not rows:
        raise NotFoundError(
            f"No {what} has the id {ident!r}.", f"没有 id 为“{ident}”的{RECORD_ZH.get(what, what)}。"
        )
    raise NotFoundError(
        f"The id {ident!r} matches several records of {what}; type more of it.",
        f"id“{ident}”匹配到多条记录，请输入更长的 id。",
    )


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
