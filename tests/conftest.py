"""Test set-up: offscreen Qt, a fresh data folder per test, no user settings touched."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings

# The default run is repeatable (the same examples every time, so CI never fails at random);
# `HYPOTHESIS_PROFILE=explore pytest -m slow` searches new random examples.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

from desktop.db.session import DB_FILENAME, Database, open_database  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the real user's data dir or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("DOSSIER_DATA_DIR", str(home / "data"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database made by running every migration, copied by each test (saves ~0.4 s a test)."""
    folder = tmp_path_factory.mktemp("template")
    open_database(folder).close()
    return folder / DB_FILENAME


@pytest.fixture
def db(data_dir: Path, migrated_template: Path) -> Iterator[Database]:
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(migrated_template, data_dir / DB_FILENAME)
    database = open_database(data_dir)
    yield database
    database.close()
