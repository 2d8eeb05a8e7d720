"""The app's log file (in the data folder): where unexpected errors are written."""

from __future__ import annotations

import logging
import os
import traceback
from pathlib import Path

from desktop.paths import resolve_data_dir

LOG_NAME = "dossier.log"


def log_path(data_dir: str | os.PathLike[str] | None = None) -> Path:
    return resolve_data_dir(data_dir) / LOG_NAME


def log_unexpected(exc: BaseException, data_dir: str | os.PathLike[str] | None = None) -> Path:
    """Append the exception with its traceback to the log; return the log's path."""
    path = log_path(data_dir)
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(f"--- unexpected error\n{text}\n")
    except OSError:
        logging.getLogger("dossier").error("unexpected error (log not writable):\n%s", text)
    return path
