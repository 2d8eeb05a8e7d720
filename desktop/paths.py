"""Where the app's bundled resources live (icons, fonts, translations, demo data)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Dossier"
ENV_DATA_DIR = "DOSSIER_DATA_DIR"

_REPO_ROOT = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The resources/ folder of the checkout (the app is installed editable: see README)."""
    return _REPO_ROOT / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: --data-dir, else $DOSSIER_DATA_DIR, else the platform's user data dir.

    Here, not in desktop.db, so that the app can show its window before the database layer
    is imported (desktop.db.session re-exports it)."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
