"""Errors a user can cause, each with a plain sentence in English and Chinese.

Anything raised as a DossierError is shown as its message (CLI: one line on
stderr and a non-zero exit; GUI: a friendly dialog). Anything else is a bug:
it is logged and shown in a crash dialog, never as a bare traceback.
"""

from __future__ import annotations


class DossierError(Exception):
    """A failure the user can understand and act on."""

    exit_code = 2

    def __init__(self, en: str, zh: str = "") -> None:
        super().__init__(en)
        self.en = en
        self.zh = zh or en

    def message(self, lang: str = "en") -> str:
        return self.zh if lang == "zh" else self.en


class ValidationError(DossierError):
    """The data breaks a rule of the domain (e.g. reporting to oneself)."""


class NotFoundError(DossierError):
    """A named account, person or record does not exist (or is ambiguous)."""


class DatabaseError(DossierError):
    """The database cannot be opened or written: locked, damaged, newer, read-only."""

    exit_code = 3


class DatabaseDamagedError(DatabaseError):
    """The file fails SQLite's integrity check or is not a database at all."""


class ImportFileError(DossierError):
    """A file to import is missing, unreadable or malformed; nothing was changed."""
