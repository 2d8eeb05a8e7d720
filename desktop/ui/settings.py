"""User preferences, each declared once with its type and default, on top of QSettings."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:  # not imported at start: the window shows before the database layer loads
    from desktop.domain.followups import CadencePolicy

T = TypeVar("T")

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T


LANGUAGE = Setting[str]("ui/language", "")  # "" follows the system; "zh" or "en"
WINDOW_GEOMETRY = Setting[QByteArray]("ui/window_geometry", QByteArray())
WINDOW_STATE = Setting[QByteArray]("ui/window_state", QByteArray())
# Where the user left the divider between the account list and the tabs
SPLITTER_STATE = Setting[QByteArray]("ui/splitter_state", QByteArray())
LAST_ACCOUNT = Setting[str]("ui/last_account", "")
# Widths the user gave table columns, as JSON: {"interactions": {"2": 240}, …}
COLUMN_WIDTHS = Setting[str]("ui/column_widths", "")
COMPANY_NAME = Setting[str]("reports/company_name", "")
COMPANY_LOGO = Setting[str]("reports/company_logo", "")  # path of an image file
MEMO_LANGUAGE = Setting[str]("reports/memo_language", "")  # "" follows the UI
AUTOLOCK_MINUTES = Setting[int]("security/autolock_minutes", 5)
REMINDER_TIME = Setting[str]("followups/reminder_time", "09:00")
CADENCE_KEY_DAYS = Setting[int]("followups/cadence_key_days", 30)
CADENCE_OTHER_DAYS = Setting[int]("followups/cadence_other_days", 90)


class Settings:
    """Typed access to QSettings. Tests pass an .ini path so the user's settings stay untouched."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._qs = QSettings("Dossier", "Dossier")
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        if self._qs.value("meta/version") is None:
            self._qs.setValue("meta/version", SETTINGS_VERSION)

    def get(self, setting: Setting[T]) -> T:
        value: Any = self._qs.value(setting.key, setting.default)
        if value is None:
            return setting.default
        default = setting.default
        try:
            if isinstance(default, bool):
                return (value in (True, "true", "1", 1)) if not isinstance(value, bool) else value  # type: ignore[return-value]
            if isinstance(default, int):
                return int(value)  # type: ignore[return-value]
            if isinstance(default, str):
                return str(value)  # type: ignore[return-value]
        except (TypeError, ValueError):
            return default
        return value  # type: ignore[no-any-return]

    def set(self, setting: Setting[T], value: T) -> None:
        self._qs.setValue(setting.key, value)

    def remove(self, setting: Setting[T]) -> None:
        self._qs.remove(setting.key)

    def sync(self) -> None:
        self._qs.sync()


def cadence_policy(settings: Settings) -> CadencePolicy:
    """The contact cadence the user chose: one policy for Today, the decision chain and the map."""
    from desktop.domain.followups import CadencePolicy

    return CadencePolicy.from_mapping({
        "key_days": settings.get(CADENCE_KEY_DAYS),
        "other_days": settings.get(CADENCE_OTHER_DAYS),
    })


def team_map_key(account_id: str) -> Setting[str]:
    """Where our team's dragged nodes on one account's map are kept: a JSON object
    {member id: [x, y]}. Our people are shared by every account, so their places on a
    map belong to the account, and the database has no column for them (a person's
    place is Person.map_x/map_y); they live with the user's other view settings."""
    return Setting[str](f"map/team_positions/{account_id}", "")


def team_map_positions(settings: Settings, account_id: str) -> dict[str, tuple[float, float]]:
    """Our team's dragged positions on the account's map ({} when none, or unreadable)."""
    try:
        raw = json.loads(settings.get(team_map_key(account_id)) or "{}")
        return {str(k): (float(v[0]), float(v[1])) for k, v in raw.items()}
    except (ValueError, TypeError, IndexError, KeyError, AttributeError):
        return {}  # a hand-edited or damaged entry: the automatic layout, never a crash


def set_team_map_positions(settings: Settings, account_id: str,
                           positions: dict[str, tuple[float, float]]) -> None:
    key = team_map_key(account_id)
    if positions:
        settings.set(key, json.dumps({k: [x, y] for k, (x, y) in positions.items()}))
    else:
        settings.remove(key)
