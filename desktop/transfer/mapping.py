"""Which spreadsheet column holds which field of a person. No Qt here.

``guess`` reads the header row (Chinese or English, as Excel and Outlook write
it); a mapping the user corrected is saved per header row in a JSON file in the
data folder and offered again next time the same sheet comes in.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.db.enums import Attitude, DecisionRole, Stance
from desktop.transfer.people import Candidate
from desktop.transfer.values import (
    MAX_TEXT,
    DateNotUnderstood,
    Msg,
    clean,
    join_name,
    parse_date,
    split_emails,
    split_phones,
    unescape_cell,
)

SAVED_FILE = "import_mappings.json"
IGNORE = ""

# field -> (English label, Chinese label, header spellings it is guessed from)
FIELDS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "name": ("Name", "姓名", ("name", "full name", "fullname", "contact", "contact name",
                              "姓名", "名字", "联系人", "客户姓名", "联系人姓名")),
    "family_name": ("Family name", "姓", ("last name", "family name", "surname", "姓", "姓氏")),
    "given_name": ("Given name", "名", ("first name", "given name", "名")),
    "english_name": ("English name", "英文名", ("english name", "nickname", "英文名", "英文姓名", "昵称")),
    "account": ("Account", "客户", ("account", "customer", "客户", "客户名称", "集团客户")),
    "organisation": ("Organisation", "单位", ("company", "organization", "organisation", "org",
                                            "employer", "公司", "单位", "公司名称", "工作单位", "机构")),
    "title": ("Title", "职位", ("title", "job title", "position", "职位", "职务", "头衔", "岗位")),
    "department": ("Department", "部门", ("department", "dept", "部门", "所在部门")),
    "phones": ("Phones", "电话", ("phone", "phones", "mobile", "mobile phone", "cell", "cell phone",
                                 "telephone", "tel", "business phone", "home phone", "primary phone",
                                 "手机", "手机号", "手机号码", "电话", "联系电话", "电话号码",
                                 "办公电话", "座机", "移动电话", "号码", "手机号码1")),
    "emails": ("Emails", "邮箱", ("email", "emails", "e-mail", "email address", "e-mail address",
                                 "mail", "邮箱", "电子邮件", "电子邮箱", "邮件", "email地址")),
    "wechat": ("WeChat", "微信", ("wechat", "weixin", "wechat id", "微信", "微信号")),
    "birthday": ("Birthday", "生日", ("birthday", "birth date", "date of birth", "dob",
                                     "生日", "出生日期", "出生年月日")),
    "notes": ("Notes", "备注", ("notes", "note", "comments", "remarks", "memo",
                               "备注", "说明", "附注", "其他")),
    "roles": ("Decision roles", "决策角色", ("decision roles", "roles", "role", "决策角色", "角色")),
    "attitude": ("Attitude", "工作态度", ("attitude", "工作态度", "态度")),
    "stance": ("Relationship to us", "与我方的关系", ("relationship to us", "stance",
                                                     "与我方的关系", "关系")),
    "power": ("Power", "权力", ("power", "权力")),
    "influence": ("Influence", "影响力", ("influence", "影响力")),
    # Written by our own export so that importing it back merges instead of duplicating.
    "record_id": ("Dossier ID", "档案编号", ("dossier id", "档案编号")),
}
# Fields that collect several columns (Mobile + Business Phone + …).
MULTI = {"phones", "emails", "notes"}


def _norm(header: str) -> str:
    text = clean(header).casefold()
    text = re.sub(r"[\s_:：*()（）\[\]]+", " ", text).strip()
    return text


_ALIASES = {alias: f for f, (_, _, aliases) in FIELDS.items() for alias in aliases}


def guess(headers: Sequence[str]) -> list[str]:
    """A field (or IGNORE) for each column, from its header."""
    out: list[str] = []
    taken: set[str] = set()
    for header in headers:
        key = _norm(header)
        field = _ALIASES.get(key) or _ALIASES.get(key.replace(" ", ""))
        if field is None:
            # "Mobile Phone 2", "E-mail 2 Address", "手机1": drop digits and try again
            field = _ALIASES.get(re.sub(r"\s*\d+\s*", " ", key).strip())
        if field is None:
            # "Company Main Phone" is a phone: the alias ending last (then the longest) wins
            best = (-1, 0)
            for alias, candidate in _ALIASES.items():
                found = re.search(rf"\b{re.escape(alias)}\b", key) if len(alias) >= 4 else None
                if found and (found.end(), len(alias)) > best:
                    best, field = (found.end(), len(alias)), candidate
        if field and (field in MULTI or field not in taken):
            taken.add(field)
            out.append(field)
        else:
            out.append(IGNORE)
    return out


def signature(headers: Sequence[str]) -> str:
    return "|".join(_norm(h) for h in headers)


def _saved_path(data_dir: Path) -> Path:
    return Path(data_dir) / SAVED_FILE


def load_saved(data_dir: Path | None, headers: Sequence[str]) -> list[str] | None:
    """The mapping the user saved for this header row, if any (and still fitting)."""
    if data_dir is None:
        return None
    try:
        saved = json.loads(_saved_path(data_dir).read_text(encoding="utf-8"))
        mapping = saved.get(signature(headers))
    except (OSError, ValueError, AttributeError):
        return None
    if (
        isinstance(mapping, list) and len(mapping) == len(headers)
        and all(m == IGNORE or m in FIELDS for m in mapping)
    ):
        return list(mapping)
    return None


def save(data_dir: Path, headers: Sequence[str], mapping: Sequence[str]) -> None:
    """Remember ``mapping`` for this header row (written atomically)."""
    path = _saved_path(data_dir)
    try:
        saved: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(saved, dict):
            saved = {}
    except (OSError, ValueError):
        saved = {}
    saved[signature(headers)] = list(mapping)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(saved, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def parse_spec(spec: str, headers: Sequence[str]) -> list[str]:
    """A mapping from the CLI: "姓名=name,手机=phones" over the guessed one."""
    mapping = guess(headers)
    norm = [_norm(h) for h in headers]
    for part in re.split(r"[,，]", spec):
        if not part.strip():
            continue
        column, _, field = part.partition("=")
        column, field = _norm(column), field.strip().lower()
        if field not in FIELDS and field not in ("", "ignore"):
            raise ValueError(f"unknown field {field!r}; fields: {', '.join(FIELDS)}")
        if column not in norm:
            raise ValueError(f"no column is headed {column!r}")
        mapping[norm.index(column)] = IGNORE if field in ("", "ignore") else field
    return mapping


_ZH_FIELD = {"power": "权力", "influence": "影响力", "attitude": "工作态度", "stance": "与我方的关系"}


def _enum_list(text: str, cand: Candidate) -> list[DecisionRole]:
    out: list[DecisionRole] = []
    for part in re.split(r"[;,，；、/]+", text):
        if part.strip():
            try:
                role = DecisionRole.parse(part)
            except ValueError:
                cand.warnings.append(Msg(f"decision role {part.strip()!r} not known; left out", f"决策角色“{part.strip()}”无法识别，未导入"))
                continue
            if role not in out:
                out.append(role)
    return out


def _scale(text: str, label: str, cand: Candidate) -> int | None:
    try:
        value = int(float(text))
    except ValueError:
        value = 0
    if 1 <= value <= 5:
        return value
    cand.warnings.append(Msg(f"{label} {text!r} is not 1–5; left out", f"{_ZH_FIELD.get(label, label)}“{text}”不在 1–5 之间，未导入"))
    return None


def to_candidate(line: int, cells: Sequence[object], mapping: Sequence[str]) -> Candidate:
    """One spreadsheet row as a candidate person (problems noted, never raised)."""
    cand = Candidate(line=line)
    family = given = ""
    notes: list[str] = []
    for field, raw in zip(mapping, cells, strict=False):
        if field == IGNORE or raw is None:
            continue
        # Undo our formula escaping before tidying, as the exporter escaped the tidy text.
        text = clean(unescape_cell(raw) if isinstance(raw, str) else raw,
                     MAX_TEXT if field == "notes" else 300)
        if not text and field != "birthday":
            continue
        if field == "name":
            cand.name = text[:200]
        elif field == "family_name":
            family = text
        elif field == "given_name":
            given = text
        elif field in ("english_name", "account", "organisation", "title", "department"):
            setattr(cand, field, text[:200])
        elif field == "wechat":
            cand.wechat = text[:100]
        elif field == "phones":
            cand.phones += [p for p in split_phones(raw) if p not in cand.phones]
        elif field == "emails":
            good, bad = split_emails(text)
            cand.emails += [e for e in good if e not in cand.emails]
            cand.warnings += [Msg(f"email {b!r} is not an address; left out", f"邮箱“{b}”不是有效地址，未导入") for b in bad]
        elif field == "birthday":
            try:
                cand.birthday = parse_date(raw if not isinstance(raw, str) else text)
            except DateNotUnderstood:
                cand.warnings.append(Msg(f"birthday {text!r} not understood; left out", f"生日“{text}”无法识别，未导入"))
        elif field == "notes":
            notes.append(text)
        elif field == "roles":
            cand.roles = _enum_list(text, cand)
        elif field in ("attitude", "stance"):
            enum = Attitude if field == "attitude" else Stance
            try:
                setattr(cand, field, enum.parse(text))
            except ValueError:
                cand.warnings.append(Msg(f"{field} {text!r} not known; left out", f"{_ZH_FIELD.get(field, field)}“{text}”无法识别，未导入"))
        elif field == "record_id":
            cand.record_id = text.lower()
        elif field in ("power", "influence"):
            setattr(cand, field, _scale(text, field, cand))
    if not cand.name and (family or given):
        cand.name = join_name(family, given)[:200]
    cand.notes = "\n".join(notes)[:MAX_TEXT]
    if not cand.name:
        cand.fail(Msg("no name in this row", "此行没有姓名"))
    return cand


def is_blank(cells: Sequence[object]) -> bool:
    return all(clean(c) == "" for c in cells)
