"""vCard in (2.1, 3.0, 4.0: iPhone/macOS, Android/Google, Outlook) and out (4.0). No Qt here.

Reading is two steps. Our own pass splits the file into cards, unfolds lines,
decodes quoted-printable with its CHARSET (vCard 2.1 from Android and Outlook)
and drops photos and other binary properties; vobject then parses each clean
card. A card that cannot be read becomes a problem with its line number; the
other cards still import. A file without any card is refused with one message.
"""

from __future__ import annotations

import codecs
import quopri
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import vobject
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import Account, Person
from desktop.errors import ImportFileError
from desktop.transfer import ImportReport
from desktop.transfer.people import Candidate, Duplicates, apply, plan
from desktop.transfer.values import (
    MAX_TEXT,
    DateNotUnderstood,
    Msg,
    clean,
    join_name,
    parse_date,
    split_emails,
    split_name,
)

EXTENSIONS = (".vcf", ".vcard")
MAX_BYTES = 50 * 1024 * 1024
_BINARY = {"PHOTO", "LOGO", "SOUND", "KEY", "X-MS-CARDPICTURE"}
_PROP = re.compile(r"^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$", re.S)


# ------------------------------------------------------------------ reading
def decode_bytes(data: bytes, encoding: str | None = None) -> str:
    if encoding:
        try:
            return data.decode(encoding)
        except (ValueError, LookupError) as exc:  # UnicodeDecodeError, or a garbled name
            raise ImportFileError(
                f"The file is not in the {encoding} encoding. Choose another encoding.",
                f"文件不是 {encoding} 编码，请选择其他编码。",
            ) from exc
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


@dataclass
class _Line:
    number: int
    text: str


def _logical_lines(text: str) -> list[_Line]:
    """Unfold continuation lines and quoted-printable soft breaks, keeping line numbers."""
    out: list[_Line] = []
    qp_open = False
    for number, raw in enumerate(re.split(r"\r\n|\n|\r", text), start=1):
        if qp_open and out:
            out[-1].text = out[-1].text[:-1] + raw.lstrip(" \t")
        elif raw[:1] in (" ", "\t") and out:
            out[-1].text += raw[1:]
        elif raw.strip():
            out.append(_Line(number, raw))
        else:
            continue
        current = out[-1].text
        head = current.split(":", 1)[0].upper()
        qp_open = "QUOTED-PRINTABLE" in head and current.endswith("=")
    return out


def _params(raw: str) -> tuple[dict[str, str], list[str]]:
    named: dict[str, str] = {}
    bare: list[str] = []
    for part in raw.split(";"):
        if not part:
            continue
        if "=" in part:
            key, _, value = part.partition("=")
            named[key.strip().upper()] = value.strip().strip('"')
        else:
            bare.append(part.strip().upper())
    return named, bare


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n")


def _clean_card(lines: list[_Line]) -> tuple[str, list[str]]:
    """The card as plain vCard 3.0 text vobject can read, and what was dropped."""
    out = ["BEGIN:VCARD", "VERSION:3.0"]
    dropped: list[str] = []
    for line in lines:
        m = _PROP.match(line.text)
        if not m:
            continue  # stray base64 or garbage inside a card: ignored
        group, name, raw_params, value = m[1], m[2].upper(), m[3], m[4]
        if name in ("BEGIN", "END", "VERSION"):
            continue
        named, bare = _params(raw_params)
        encoding = named.get("ENCODING", "").upper()
        if name in _BINARY or encoding in ("B", "BASE64") or "BASE64" in bare:
            if name in ("PHOTO", "X-MS-CARDPICTURE") and "photo" not in dropped:
                dropped.append("photo")
            continue
        if encoding == "QUOTED-PRINTABLE" or "QUOTED-PRINTABLE" in bare:
            charset = named.get("CHARSET", "utf-8")
            raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
            try:
                value = _escape(raw.decode(charset, errors="replace"))
            except (LookupError, ValueError):  # an unknown or garbled charset name
                value = _escape(raw.decode("utf-8", errors="replace"))
        types = [v for v in bare if v not in ("QUOTED-PRINTABLE", "BASE64")]
        for key in ("TYPE",):
            if key in named:
                types.extend(t.strip().upper() for t in named[key].split(","))
        prefix = f"{group}." if group else ""
        types = [t for t in types if re.fullmatch(r"[A-Z0-9-]+", t)]
        param = ";TYPE=" + ",".join(types) if types else ""
        out.append(f"{prefix}{name}{param}:{value}")
    out.append("END:VCARD")
    return "\r\n".join(out) + "\r\n", dropped


def _cards(text: str) -> list[list[_Line]]:
    cards: list[list[_Line]] = []
    current: list[_Line] | None = None
    for line in _logical_lines(text):
        upper = line.text.strip().upper()
        if upper == "BEGIN:VCARD":
            current = [line]
        elif upper == "END:VCARD" and current is not None:
            cards.append(current)
            current = None
        elif current is not None:
            current.append(line)
    if current is not None:  # an unterminated last card
        cards.append(current)
    return cards


def _values(card: Any, name: str) -> list[Any]:
    return list(card.contents.get(name.lower(), []))


def _text(prop: Any) -> str:
    value = prop.value
    if isinstance(value, list):
        value = ";".join(str(v) for v in value)
    return str(value)


def _candidate(card_lines: list[_Line]) -> Candidate:
    cand = Candidate(line=card_lines[0].number)
    text, dropped = _clean_card(card_lines)
    try:
        card = vobject.readOne(text, ignoreUnreadable=True, allowQP=True)
        return _fill(cand, card, dropped)
    except Exception as exc:  # vobject raises many kinds on odd input: the card is reported
        return cand.fail(Msg(f"this card cannot be read ({type(exc).__name__})", "此名片无法读取"))


def _fill(cand: Candidate, card: Any, dropped: list[str]) -> Candidate:
    groups_label = {
        p.group.lower(): _text(p).lower() for p in _values(card, "x-ablabel") if p.group
    }
    for prop in _values(card, "n")[:1]:
        n = prop.value
        if hasattr(n, "family"):
            family = " ".join(n.family) if isinstance(n.family, list) else n.family
            given = " ".join(n.given) if isinstance(n.given, list) else n.given
            extra = " ".join(n.additional) if isinstance(n.additional, list) else n.additional
            cand.name = join_name(family, given, extra)
    for prop in _values(card, "fn")[:1]:
        full = clean(_text(prop))
        # FN as written wins when it is the same name as N gives, in the user's own spacing
        # or order ("Zhou Min" for N:Zhou;Min); N wins over a different FN ("Dr. Anna Miller").
        if (not cand.name or "".join(full.split()) == "".join(cand.name.split())
                or sorted(full.split()) == sorted(cand.name.split())):
            cand.name = full or cand.name
    cand.name = cand.name[:200]
    for prop in _values(card, "nickname")[:1]:
        cand.english_name = clean(_text(prop), 200)
    for prop in _values(card, "x-android-custom"):
        parts = _text(prop).split(";")
        if parts[0].endswith("/nickname") and len(parts) > 1 and not cand.english_name:
            cand.english_name = clean(parts[1], 200)
    for prop in _values(card, "org")[:1]:
        parts = prop.value if isinstance(prop.value, list) else [prop.value]
        parts = [clean(p) for p in parts]
        cand.organisation = parts[0] if parts else ""
        cand.department = " / ".join(p for p in parts[1:] if p)
    for prop in _values(card, "title")[:1]:
        cand.title = clean(_text(prop), 200)
    for prop in _values(card, "x-department")[:1]:
        cand.department = cand.department or clean(_text(prop), 200)
    for prop in _values(card, "tel"):
        phone = clean(_text(prop), 100).removeprefix("tel:")
        if phone and phone not in cand.phones:
            cand.phones.append(phone)
    for prop in _values(card, "email"):
        good, bad = split_emails(_text(prop))
        cand.emails.extend(e for e in good if e not in cand.emails)
        cand.warnings.extend(
            Msg(f"email {b!r} is not an address; left out", f"邮箱“{b}”不是有效地址，未导入") for b in bad
        )
    for name in ("x-wechat", "x-weixin"):
        for prop in _values(card, name)[:1]:
            cand.wechat = clean(_text(prop), 100)
    for prop in _values(card, "impp") + _values(card, "x-socialprofile"):
        value, group = _text(prop), (prop.group or "").lower()
        if value.lower().startswith(("weixin:", "wechat:", "x-apple:wechat")) or "wechat" in groups_label.get(group, ""):
            cand.wechat = cand.wechat or clean(value.split(":", 1)[-1], 100)
    for prop in _values(card, "bday")[:1]:
        raw = clean(_text(prop))
        try:
            cand.birthday = parse_date(raw.split("T")[0])
        except DateNotUnderstood:
            cand.warnings.append(Msg(
                f"birthday {raw!r} not understood (a date with the year is needed); left out",
                f"生日“{raw}”无法识别（需要含年份的日期），未导入",
            ))
    for prop in _values(card, "uid")[:1]:
        uid = _text(prop).strip()
        if uid.lower().startswith("urn:uuid:"):
            cand.record_id = uid[len("urn:uuid:"):].lower()
    notes = [clean(_text(p), MAX_TEXT) for p in _values(card, "note")]
    cand.notes = "\n".join(n for n in notes if n)[:MAX_TEXT]
    if "photo" in dropped:
        cand.warnings.append(Msg("photo not imported", "照片未导入"))
    if not cand.name:
        cand.fail(Msg("the card has no name", "此名片没有姓名"))
    return cand


def read_candidates(data: bytes, *, encoding: str | None = None) -> list[Candidate]:
    """All cards of a vCard file as candidates; ImportFileError if it holds none."""
    if len(data) > MAX_BYTES:
        raise ImportFileError(
            "The file is larger than 50 MB; it is not a contacts file Dossier can read.",
            "文件超过 50 MB，不是 Dossier 能读取的通讯录文件。",
        )
    text = decode_bytes(data, encoding)
    cards = _cards(text)
    if not cards:
        raise ImportFileError(
            "This file holds no contact cards (no BEGIN:VCARD). Nothing was imported.",
            "此文件中没有名片（缺少 BEGIN:VCARD），未导入任何内容。",
        )
    return [_candidate(lines) for lines in cards]


def read_file(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise ImportFileError(
            f"Cannot read {path} ({exc.strerror or exc}).", f"无法读取 {path}（{exc.strerror or exc}）。"
        ) from exc


def import_file(
    session: Session,
    path: Path,
    *,
    account: Account | None = None,
    duplicates: Duplicates = Duplicates.MERGE,
    dry_run: bool = False,
    encoding: str | None = None,
    **_ignored: object,
) -> ImportReport:
    candidates = read_candidates(read_file(path), encoding=encoding)
    the_plan = plan(session, candidates, account=account, duplicates=duplicates)
    return the_plan.report() if dry_run else apply(session, the_plan)


# ------------------------------------------------------------------ writing
def _esc(text: str) -> str:
    return (
        text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
        .replace("\r\n", "\n").replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    current, size = "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > (75 if not out else 74):
            out.append(current)
            current, size = "", 0
        current += ch
        size += width
    out.append(current)
    return "\r\n ".join(out)


def person_card(person: Person) -> str:
    family, given = split_name(person.name)
    org = person.organisation or person.account.name
    lines = [
        "BEGIN:VCARD", "VERSION:4.0",
        f"FN:{_esc(person.name)}",
        f"N:{_esc(family)};{_esc(given)};;;",
    ]
    if person.english_name:
        lines.append(f"NICKNAME:{_esc(person.english_name)}")
    lines.append(f"ORG:{_esc(org)}" + (f";{_esc(person.department)}" if person.department else ""))
    if person.title:
        lines.append(f"TITLE:{_esc(person.title)}")
    lines += [f"TEL;VALUE=text:{_esc(p)}" for p in person.phones]
    lines += [f"EMAIL:{_esc(e)}" for e in person.emails]
    if person.wechat:
        lines.append(f"X-WECHAT:{_esc(person.wechat)}")
    if person.birthday:
        lines.append(f"BDAY:{person.birthday:%Y%m%d}")
    if person.notes:
        lines.append(f"NOTE:{_esc(person.notes)}")
    lines.append(f"UID:urn:uuid:{person.id}")
    lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)


def export(session: Session, path: Path, *, account: Account | None = None, **_: object) -> int:
    stmt = select(Person).join(Person.account).order_by(Account.name, Person.name)
    if account is not None:
        stmt = stmt.where(Person.account_id == account.id)
    people = list(session.scalars(stmt))
    try:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            for person in people:
                fh.write(person_card(person))
    except OSError as exc:
        raise ImportFileError(
            f"Cannot write {path} ({exc.strerror or exc}).", f"无法写入 {path}（{exc.strerror or exc}）。"
        ) from exc
    return len(people)
