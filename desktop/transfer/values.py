"""Cleaning single values read from outside files: text, names, phones, dates. No Qt here."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

# Characters that make a spreadsheet cell a formula (CSV/Excel injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")

# Two-character family names (复姓) most often met.
COMPOUND_SURNAMES = frozenset(
    ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "申屠", "轩辕", "西门", "独孤", "南宫", "闻人", "太史", "百里", "呼延", "万俟", "钟离", "澹台", "公羊", "赫连", "拓跋"]
)

class Msg(str):
    """A problem found in a file: English text (the str itself) with its Chinese sentence."""

    zh: str

    def __new__(cls, en: str, zh: str) -> Msg:
        obj = str.__new__(cls, en)
        obj.zh = zh
        return obj


def localized(text: str, lang: str) -> str:
    """``text`` in ``lang`` ("zh" or "en"), for a Msg; plain strings stay as they are."""
    return getattr(text, "zh", text) if lang == "zh" else str(text)


MAX_TEXT = 20_000
MAX_SHORT = 300


def clean(value: object, limit: int = MAX_SHORT) -> str:
    """A value as tidy one-paragraph text: no control characters, trimmed, bounded."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = unicodedata.normalize("NFC", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text).strip()
    if limit <= MAX_SHORT:
        text = " ".join(text.split())
    return text[:limit]


# A cell that starts a formula once its leading apostrophes are taken away. Text that already
# looks escaped ("'-", "''=x") gets one more apostrophe, so that reading back always takes
# exactly one away and returns what was written.
_NEEDS_QUOTE = re.compile("'*[" + re.escape("".join(FORMULA_START)) + "]")
_QUOTED = re.compile("'+[" + re.escape("".join(FORMULA_START)) + "]")


def escape_cell(text: str) -> str:
    """Make a cell safe to open in Excel: never starts a formula. ``unescape_cell`` undoes it."""
    if _NEEDS_QUOTE.match(text):
        return "'" + text
    return text


def unescape_cell(text: str) -> str:
    """Undo our own formula escaping ("'=…" back to "=…", "''-…" back to "'-…")."""
    if _QUOTED.match(text):
        return text[1:]
    return text


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def join_name(family: str, given: str, middle: str = "") -> str:
    """Chinese order without a space (张伟); Latin order "Given Middle Family"."""
    family, given, middle = clean(family), clean(given), clean(middle)
    if has_cjk(family) or has_cjk(given):
        return f"{family}{middle}{given}"
    return " ".join(part for part in (given, middle, family) if part)


def split_name(name: str) -> tuple[str, str]:
    """(family, given) of a stored name, the inverse of join_name for export."""
    name = name.strip()
    if has_cjk(name):
        if " " in name:  # written with a space: family name first, as Chinese order has it
            family, given = name.split(" ", 1)
            return family, given
        if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
            return name[:2], name[2:]
        return name[:1], name[1:]
    parts = name.rsplit(" ", 1)
    if len(parts) == 1:
        return name, ""
    return parts[1], parts[0]


_PHONE_SPLIT = re.compile(r"[;,，；/、\n]+")
_EMAIL_SPLIT = re.compile(r"[;,，；、\s]+")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def split_phones(value: object) -> list[str]:
    text = clean(value, MAX_TEXT)
    out = []
    for part in _PHONE_SPLIT.split(text):
        phone = clean(unescape_cell(part.strip()), 100)
        if phone.lower().startswith("tel:"):
            phone = phone[4:]
        if phone and any(ch.isdigit() for ch in phone) and phone not in out:
            out.append(phone)
    return out


def split_emails(value: object) -> tuple[list[str], list[str]]:
    """(valid emails, rejected pieces)."""
    text = clean(value, MAX_TEXT)
    good: list[str] = []
    bad: list[str] = []
    for part in _EMAIL_SPLIT.split(text):
        email = part.strip().removeprefix("mailto:")
        if not email:
            continue
        if EMAIL_RE.match(email) and len(email) <= 200:
            if email not in good:
                good.append(email)
        else:
            bad.append(email[:60])
    return good, bad


def phone_key(phone: str) -> str:
    """Digits only, without the China country code, for duplicate detection."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    if digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits


def name_key(name: str) -> str:
    return "".join(clean(name).casefold().split())


_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")]
    )
    for m in names
}
_YMD = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$")
_DMY_OR_MDY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:\s.*)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_WORDS = re.compile(r"^(?:(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})|([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4}))$")


class DateNotUnderstood(ValueError):
    pass


def parse_date(value: object) -> date | None:
    """A date from the usual Chinese and English spellings; None for an empty value.

    2026-03-12 · 2026/3/12 · 2026.3.12 · 2026年3月12日 · 20260312 · 12/03/2026 (day first
    when the first number is over 12, otherwise month first, as US Outlook writes it) ·
    12 Mar 2026 · March 12, 2026 · an Excel date cell. Raises DateNotUnderstood otherwise.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = clean(value).lower()
    if not text:
        return None
    try:
        if m := _YMD.match(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _COMPACT.match(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DMY_OR_MDY.match(text):
            first, second, year = int(m[1]), int(m[2]), int(m[3])
            if first > 12:
                return date(year, second, first)
            return date(year, first, second)
        if m := _WORDS.match(text):
            if m[1]:
                day, month_name, year = int(m[1]), m[2], int(m[3])
            else:
                month_name, day, year = m[4], int(m[5]), int(m[6])
            if month_name in _MONTHS:
                return date(year, _MONTHS[month_name], day)
    except ValueError:
        pass
    raise DateNotUnderstood(text)
