"""Where the app's bundled resources live (icons, fonts, translations, demo data)."""

from __future__ import annotations

from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The resources/ folder of the checkout (the app is installed editable: see README)."""
    return _REPO_ROOT / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
