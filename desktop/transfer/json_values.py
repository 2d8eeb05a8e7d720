"""JSON values of the dossier-json format: what each column type looks like in the file.

``dump_value`` turns a column's Python value into JSON; ``converter(column)`` gives
the function that turns a JSON value back, raising ValueProblem (en + zh) for a
value that does not fit the column. The demo loader uses the same converters.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, Text
from sqlalchemy.sql.schema import Column

from desktop.db.enums import Labeled
from desktop.db.types import EnumList, EnumValue, StrDict, StrList, UTCDateTime


def dump_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return [dump_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): dump_value(v) for k, v in value.items()}
    if isinstance(value, Labeled):
        return value.value
    return value


class ValueProblem(Exception):
    """A value that does not fit its column (message in en and zh)."""

    def __init__(self, en: str, zh: str) -> None:
        super().__init__(en)
        self.en, self.zh = en, zh


def _is_text(value: Any) -> bool:
    """A string SQLite can store: no lone surrogates (which JSON allows)."""
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def converter(column: Column[Any]) -> Callable[[Any], Any]:
    """A function turning a JSON value into the column's Python value, or raising ValueProblem."""
    kind = column.type

    def expect(ok: bool, what_en: str, what_zh: str, value: Any) -> None:
        if not ok:
            raise ValueProblem(f"{value!r} is not {what_en}", f"{value!r} 不是{what_zh}")

    if isinstance(kind, EnumValue):
        enum_cls = kind.enum_cls

        def enum_value(v: Any) -> Any:
            try:
                return enum_cls(v)
            except (ValueError, TypeError):
                allowed = ", ".join(m.value for m in enum_cls)
                raise ValueProblem(
                    f"{v!r} is not one of: {allowed}", f"{v!r} 不是以下之一：{allowed}"
                ) from None

        return enum_value
    if isinstance(kind, EnumList):
        one = converter(Column("x", EnumValue(kind.enum_cls)))

        def enum_list(v: Any) -> Any:
            expect(isinstance(v, list), "a list", "列表", v)
            return [one(x) for x in v]

        return enum_list
    if isinstance(kind, StrList):
        def str_list(v: Any) -> Any:
            expect(isinstance(v, list) and all(_is_text(x) for x in v),
                   "a list of text", "文本列表", v)
            return list(v)

        return str_list
    if isinstance(kind, StrDict):
        def str_dict(v: Any) -> Any:
            expect(isinstance(v, dict) and all(_is_text(x) for x in [*v, *v.values()]),
                   "a mapping of text", "文本映射", v)
            return dict(v)

        return str_dict
    if isinstance(kind, UTCDateTime | DateTime | Date):
        def moment(v: Any) -> Any:
            try:
                if isinstance(kind, Date):
                    return date.fromisoformat(v)
                value = datetime.fromisoformat(v)
            except (TypeError, ValueError):
                raise ValueProblem(f"{v!r} is not a date/time", f"{v!r} 不是日期/时间") from None
            if isinstance(kind, UTCDateTime) and value.tzinfo is None:
                raise ValueProblem(f"{v!r} has no time zone", f"{v!r} 缺少时区")
            if not isinstance(kind, UTCDateTime) and value.tzinfo is not None:
                raise ValueProblem(f"{v!r} should be local time without a time zone",
                               f"{v!r} 应为不带时区的本地时间")
            return value

        return moment
    if isinstance(kind, Boolean):
        def boolean(v: Any) -> Any:
            expect(isinstance(v, bool), "true or false", "true 或 false", v)
            return v

        return boolean
    if isinstance(kind, Integer):
        def integer(v: Any) -> Any:
            expect(isinstance(v, int) and not isinstance(v, bool) and -2**63 <= v < 2**63,
                   "a whole number", "整数", v)
            return v

        return integer
    if isinstance(kind, Float):
        def number(v: Any) -> Any:
            expect(isinstance(v, int | float) and not isinstance(v, bool), "a number", "数字", v)
            try:
                value = float(v)
            except OverflowError:
                value = math.inf
            expect(math.isfinite(value), "a finite number", "有限的数字", v)
            return value

        return number
    if isinstance(kind, String | Text):
        def string(v: Any) -> Any:
            expect(_is_text(v), "text", "文本", v)
            return v

        return string
    raise AssertionError(f"no converter for {column}")  # a new column type: add it here
