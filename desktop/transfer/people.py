"""Candidate people read from a file, the import preview, and applying it. No Qt here.

Every importer (vCard, CSV, Excel) turns its file into a list of ``Candidate``
records, each with the line or row it came from and the problems met. ``plan``
matches them against the database without writing anything (the preview a GUI
shows, or ``--dry-run`` prints); ``apply`` writes the plan in the caller's
session, so the unit of work makes the whole import all-or-nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.enums import Attitude, DecisionRole, Stance
from desktop.db.models import Account, Person
from desktop.transfer import ImportReport
from desktop.transfer.values import Msg, localized, name_key, phone_key


class Duplicates(StrEnum):
    """What to do with someone who is already there (same name and a shared phone or email)."""

    MERGE = "merge"  # fill the existing person's empty fields, add new phones/emails
    SKIP = "skip"  # leave the existing person alone
    KEEP = "keep"  # create a second person anyway


class Action(StrEnum):
    CREATE = "create"
    MERGE = "merge"
    SKIP = "skip"
    ERROR = "error"


@dataclass
class Candidate:
    """One person as read from a file, before it meets the database."""

    line: int
    name: str = ""
    english_name: str = ""
    organisation: str = ""
    account: str = ""  # an explicit account column (CSV/Excel)
    title: str = ""
    department: str = ""
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    wechat: str = ""
    birthday: date | None = None
    notes: str = ""
    roles: list[DecisionRole] = field(default_factory=list)
    attitude: Attitude | None = None
    stance: Stance | None = None
    power: int | None = None
    influence: int | None = None
    record_id: str = ""  # the Dossier id it was exported with (vCard UID), if any
    warnings: list[str] = field(default_factory=list)  # kept, but something was dropped
    error: str = ""  # not imported at all

    def fail(self, reason: str) -> Candidate:
        self.error = self.error or reason
        return self


@dataclass
class PlannedRow:
    candidate: Candidate
    action: Action
    account_name: str = ""
    account_id: str | None = None  # None: the account is created by this import
    existing_id: str | None = None  # merge/skip: the person already in the dossier
    same_as_line: int | None = None  # merge/skip: an earlier row of the same file
    reason: str = ""


@dataclass
class ImportPlan:
    rows: list[PlannedRow]
    new_accounts: list[str]
    duplicates: Duplicates

    def choose(self, row: PlannedRow, duplicates: Duplicates) -> None:
        """Override the policy for one duplicate row (the preview's per-row choice)."""
        if row.existing_id is None and row.same_as_line is None:
            raise ValueError("only a duplicate row can be merged, skipped or kept")
        row.action = {Duplicates.MERGE: Action.MERGE, Duplicates.SKIP: Action.SKIP,
                      Duplicates.KEEP: Action.CREATE}[Duplicates(duplicates)]

    def count(self, action: Action) -> int:
        return sum(1 for row in self.rows if row.action is action)

    def problems(self) -> list[tuple[int, str]]:
        out: list[tuple[int, str]] = []
        for row in self.rows:
            if row.action is Action.ERROR:
                out.append((row.candidate.line, row.reason))
            elif row.action is Action.SKIP:
                out.append((row.candidate.line, Msg(
                    f"skipped: {row.reason}", f"已跳过：{localized(row.reason, 'zh')}"
                )))
            out.extend((row.candidate.line, w) for w in row.candidate.warnings)
        return out

    def report(self) -> ImportReport:
        return ImportReport(
            created=self.count(Action.CREATE),
            updated=self.count(Action.MERGE),
            skipped=self.count(Action.SKIP) + self.count(Action.ERROR),
            problems=self.problems(),
            details={
                "rows": len(self.rows),
                "errors": self.count(Action.ERROR),
                "duplicates": sum(
                    1 for r in self.rows
                    if r.existing_id is not None or r.same_as_line is not None
                ),
                "accounts_created": len(self.new_accounts),
            },
        )


def _account_key(text: str) -> str:
    return "".join(text.casefold().split())


def _find_accounts(session: Session) -> dict[str, Account]:
    found: dict[str, Account] = {}
    for acc in session.scalars(select(Account)):
        for label in (acc.short_name, acc.name):
            if label.strip():
                found.setdefault(_account_key(label), acc)
    return found


def _is_same(cand: Candidate, name: str, phones: list[str], emails: list[str]) -> bool:
    if name_key(cand.name) != name_key(name):
        return False
    mine = {phone_key(p) for p in cand.phones} - {""}
    theirs = {phone_key(p) for p in phones} - {""}
    if mine & theirs:
        return True
    return bool({e.casefold() for e in cand.emails} & {e.casefold() for e in emails})


_DUPLICATE_ACTION = {
    Duplicates.MERGE: Action.MERGE, Duplicates.SKIP: Action.SKIP, Duplicates.KEEP: Action.CREATE,
}


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def _exported_person(session: Session, cand: Candidate, account: Account | None) -> Person | None:
    """The live person this row was exported from, when it carries their id."""
    if not cand.record_id:
        return None
    person = session.scalars(select(Person).where(Person.id == cand.record_id)).first()
    if person is None or (account is not None and person.account_id != account.id):
        return None
    return person


def plan(
    session: Session,
    candidates: list[Candidate],
    *,
    account: Account | None = None,
    duplicates: Duplicates | str = Duplicates.MERGE,
) -> ImportPlan:
    """What importing ``candidates`` would do; writes nothing.

    With ``account`` everyone goes into it; otherwise each row goes to the account
    named by its account or organisation column, created when it does not exist.
    """
    duplicates = Duplicates(duplicates)
    accounts = {} if account is not None else _find_accounts(session)
    new_accounts: list[str] = []
    # account id -> name key -> its people; account key -> name key -> rows created so far
    existing: dict[str, dict[str, list[Person]]] = {}
    earlier: dict[str, dict[str, list[Candidate]]] = {}
    rows: list[PlannedRow] = []
    for cand in candidates:
        if cand.error:
            rows.append(PlannedRow(cand, Action.ERROR, reason=cand.error))
            continue
        if not cand.name.strip():
            rows.append(PlannedRow(cand, Action.ERROR, reason=Msg("no name", "没有姓名")))
            continue
        acc_name: str
        acc_id: str | None
        known = _exported_person(session, cand, account)
        if known is not None:
            # Our own export coming back (vCard UID): the same person, whatever the
            # name/phone rule says, in the account they are in — never a duplicate.
            rows.append(PlannedRow(
                cand, _DUPLICATE_ACTION[duplicates], account_name=known.account.name,
                account_id=known.account_id, existing_id=known.id,
                reason=Msg("same person as in the dossier", "档案中已有此人"),
            ))
            continue
        if account is not None:
            acc_name, acc_id = account.name, account.id
        else:
            label = cand.account or cand.organisation
            if not label.strip():
                rows.append(PlannedRow(
                    cand, Action.ERROR,
                    reason=Msg(
                        "no account: choose one for the import or fill the organisation column",
                        "没有客户：请为导入选择客户，或填写单位列",
                    ),
                ))
                continue
            acc = accounts.get(_account_key(label))
            acc_name, acc_id = (acc.name, acc.id) if acc is not None else (label.strip(), None)
            if acc is None and _account_key(label) not in {_account_key(n) for n in new_accounts}:
                new_accounts.append(label.strip())
        key = acc_id or "new:" + _account_key(acc_name)
        row = PlannedRow(cand, Action.CREATE, account_name=acc_name, account_id=acc_id)
        if acc_id is not None and acc_id not in existing:
            by_name: dict[str, list[Person]] = {}
            for person in session.scalars(select(Person).where(Person.account_id == acc_id)):
                by_name.setdefault(name_key(person.name), []).append(person)
            existing[acc_id] = by_name
        who = name_key(cand.name)
        match = next(
            (p for p in existing.get(acc_id or "", {}).get(who, [])
             if _is_same(cand, p.name, p.phones, p.emails)),
            None,
        )
        twin = None if match else next(
            (c for c in earlier.get(key, {}).get(who, [])
             if _is_same(cand, c.name, c.phones, c.emails)),
            None,
        )
        if match or twin:
            row.existing_id = match.id if match else None
            row.same_as_line = twin.line if twin else None
            row.action = {
                Duplicates.MERGE: Action.MERGE, Duplicates.SKIP: Action.SKIP,
                Duplicates.KEEP: Action.CREATE,
            }[duplicates]
            row.reason = (
                Msg(f"same person as in line {twin.line}", f"与第 {twin.line} 行是同一人") if twin
                else Msg("same person as in the dossier", "档案中已有此人")
            )
        if row.action is Action.CREATE:
            earlier.setdefault(key, {}).setdefault(who, []).append(cand)
        rows.append(row)
    return ImportPlan(rows, new_accounts, duplicates)


_SCALARS = ("english_name", "title", "department", "wechat", "birthday", "organisation",
            "attitude", "stance", "power", "influence")


def _merge_into(person: Person, cand: Candidate) -> None:
    """Fill what the person lacks; never overwrite what the user already recorded."""
    for attr in _SCALARS:
        value = getattr(cand, attr)
        if attr == "organisation" and person.account is not None and value.strip() in (
            person.account.name, person.account.short_name
        ):
            continue
        if value not in (None, "") and getattr(person, attr) in (None, ""):
            setattr(person, attr, value)
    keys = {phone_key(p) for p in person.phones}
    person.phones = person.phones + [p for p in cand.phones if phone_key(p) not in keys]
    known = {e.casefold() for e in person.emails}
    person.emails = person.emails + [e for e in cand.emails if e.casefold() not in known]
    person.roles = person.roles + [r for r in cand.roles if r not in person.roles]
    if cand.notes and cand.notes not in person.notes:
        person.notes = f"{person.notes}\n\n{cand.notes}" if person.notes else cand.notes


def _new_person(cand: Candidate, account: Account) -> Person:
    person = Person(
        account=account, name=cand.name.strip(), phones=[], emails=[], roles=[], notes="",
        english_name="", title="", department="", wechat="", organisation="",
    )
    _merge_into(person, cand)
    return person


def apply(session: Session, the_plan: ImportPlan) -> ImportReport:
    """Write the plan in ``session``; the caller's unit of work commits or rolls back."""
    by_key: dict[str, Account] = {}
    created_for_line: dict[int, Person] = {}
    used_ids: set[str] = set()
    for row in the_plan.rows:
        if row.action in (Action.ERROR, Action.SKIP):
            continue
        if row.account_id is not None:
            account = session.get(Account, row.account_id)
            if account is None:  # vanished since the preview: treat as new
                row.account_id = None
        if row.account_id is None:
            key = _account_key(row.account_name)
            if key not in by_key:
                by_key[key] = Account(name=row.account_name)
                session.add(by_key[key])
            account = by_key[key]
        assert account is not None
        if row.action is Action.MERGE:
            target = (
                session.get(Person, row.existing_id) if row.existing_id
                else created_for_line.get(row.same_as_line or -1)
            )
            if target is not None:
                _merge_into(target, row.candidate)
                continue
        record_id = row.candidate.record_id
        keep_id = _is_uuid(record_id) and record_id not in used_ids and session.get(
            Person, record_id, execution_options={"include_deleted": True}
        ) is None
        person = _new_person(row.candidate, account)
        if keep_id:
            # Into another dossier our export keeps its ids, so exporting again gives the same file.
            person.id = record_id
            used_ids.add(record_id)
        session.add(person)
        created_for_line[row.candidate.line] = person
    session.flush()
    return the_plan.report()
