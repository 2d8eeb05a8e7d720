"""Column types shared by the models: UTC timestamps, enum values, enum lists."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from desktop.db.enums import Labeled

E = TypeVar("E", bound=Labeled)


def new_id() -> str:
    """A new random UUID (sync-ready primary keys), as its 36-character text."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime stored as ISO-8601 text (sorts correctly as text)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value).astimezone(UTC)


class EnumValue(TypeDecorator[E]):
    """One member of a closed value set, stored by its value."""

    impl = String(40)
    cache_ok = True

    def __init__(self, enum_cls: type[E]) -> None:
        super().__init__()
        self.enum_cls = enum_cls

    def process_bind_param(self, value: E | str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return self.enum_cls(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> E | None:
        if value is None:
            return None
        try:
            return self.enum_cls(value)
        except ValueError:  # a value from a newer version: show nothing, lose nothing on read
            return None


class EnumList(TypeDecorator[list[E]]):
    """Several members of a closed value set, stored as a JSON array of values."""

    impl = Text
    cache_ok = True

    def __init__(self, enum_cls: type[E]) -> None:
        super().__init__()
        self.enum_cls = enum_cls

    def process_bind_param(self, value: list[Any] | None, dialect: Dialect) -> str:
        values: list[str] = []
        for item in value or []:
            v = self.enum_cls(item).value
            if v not in values:
                values.append(v)
        return json.dumps(values)

    def process_result_value(self, value: str | None, dialect: Dialect) -> list[E]:
        if not value:
            return []
        members = []
        for v in json.loads(value):
            try:
                members.append(self.enum_cls(v))
            except ValueError:
                continue
        return members


class StrList(TypeDecorator[list[str]]):
    """A list of free-text strings (phones, emails), stored as a JSON array."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: list[str] | None, dialect: Dialect) -> str:
        return json.dumps([str(v) for v in (value or []) if str(v).strip()], ensure_ascii=False)

    def process_result_value(self, value: str | None, dialect: Dialect) -> list[str]:
        return list(json.loads(value)) if value else []


class StrDict(TypeDecorator[dict[str, str]]):
    """A small str→str mapping (e.g. field → certainty), stored as JSON."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: dict[str, str] | None, dialect: Dialect) -> str:
        return json.dumps(dict(value or {}), ensure_ascii=False, sort_keys=True)

    def process_result_value(self, value: str | None, dialect: Dialect) -> dict[str, str]:
        return dict(json.loads(value)) if value else {}
