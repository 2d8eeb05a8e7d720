"""The stop switch of an agenda read in the background.

At 200,000 people the agenda takes seconds to read on another thread. Quitting (or a newer
read) must not wait for it: ``cancel()`` makes the build stop between two chunks of people
(``build_agenda(cancelled=…)``) and interrupts the SQL statement running on its connection.
The build only reads, so stopping it anywhere leaves nothing half done.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from desktop.domain.followups import AgendaCancelled


class Cancel:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._conn: Any = None  # the DB-API connection the build reads on, while it does

    def __call__(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            if self._conn is not None:
                self._conn.interrupt()  # the running statement stops with "interrupted"

    @contextmanager
    def reading(self, session: Any) -> Iterator[None]:
        """While the block runs, ``cancel()`` also interrupts ``session``'s connection."""
        conn = session.connection().connection.driver_connection
        with self._lock:
            if self._cancelled:
                raise AgendaCancelled
            self._conn = conn
        try:
            yield
        finally:
            with self._lock:
                self._conn = None
