"""Crash durability: a child commits numbered records as fast as it can and is
killed with SIGKILL at random moments. After every kill the database passes
PRAGMA integrity_check and holds every record the child reported committed.

The default run does ~50 cycles (well under 30 s); the soak variant does
hundreds: ``pytest -m slow tests/test_crash_durability.py``.
"""

from __future__ import annotations

import os
import random
import select
import signal
import time
from pathlib import Path

import pytest

from desktop.db.models import Account, Person
from desktop.db.session import DB_FILENAME, connect_raw, open_database

PASSPHRASE = "crash-test passphrase"


def _child(data_dir: Path, wfd: int, start: int, key: str | None, seed: int) -> None:
    """Runs in the forked child: commit, report, repeat, until killed."""
    code = 1
    try:
        rnd = random.Random(seed)
        db = open_database(data_dir, key=key)
        i = start
        while True:
            with db.unit_of_work() as session:  # one user action = one transaction
                account = Account(name=f"crash-{i}", notes="笔记" * rnd.randrange(0, 3000))
                session.add(account)
                session.add(Person(account=account, name=f"p-{i}"))
            os.write(wfd, f"{i}\n".encode())
            i += 1
    except BaseException:
        code = 2
    finally:
        os._exit(code)


def _run_cycle(data_dir: Path, start: int, key: str | None, rnd: random.Random) -> list[int]:
    """Fork a writer, kill it at a random moment, return the numbers it reported committed."""
    rfd, wfd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        os.close(rfd)
        _child(data_dir, wfd, start, key, rnd.randrange(1 << 30))
    os.close(wfd)
    buf = b""
    kill_at: float | None = None
    try:
        while True:
            now = time.monotonic()
            if kill_at is not None and now >= kill_at:
                break
            timeout = 10.0 if kill_at is None else kill_at - now
            ready, _, _ = select.select([rfd], [], [], timeout)
            if not ready:
                if kill_at is None:
                    pytest.fail("the writer committed nothing within 10 s")
                break
            chunk = os.read(rfd, 65536)
            if not chunk:
                _, status = os.waitpid(pid, 0)
                pytest.fail(f"the writer stopped by itself (status {status})")
            buf += chunk
            if kill_at is None:
                kill_at = time.monotonic() + rnd.uniform(0.0, 0.25)
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    # Everything the child wrote before it died was reported: drain the pipe.
    while True:
        chunk = os.read(rfd, 65536)
        if not chunk:
            break
        buf += chunk
    os.close(rfd)
    return [int(line) for line in buf.decode().split("\n") if line.strip()]


def _check_after_crash(data_dir: Path, key: str | None, reported: set[int]) -> int:
    conn = connect_raw(data_dir / DB_FILENAME, key)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        accounts = {
            int(name.split("-")[1])
            for (name,) in conn.execute("SELECT name FROM account WHERE name LIKE 'crash-%'")
        }
        people = conn.execute("SELECT count(*) FROM person").fetchone()[0]
    finally:
        conn.close()
    missing = reported - accounts
    assert not missing, f"committed records lost after SIGKILL: {sorted(missing)[:10]}"
    assert people == len(accounts), "a transaction was half-applied"
    return max(accounts, default=-1) + 1


def _crash_cycles(data_dir: Path, cycles: int, key: str | None, seed: int) -> int:
    rnd = random.Random(seed)
    reported: set[int] = set()
    start = 0
    for _ in range(cycles):
        reported.update(_run_cycle(data_dir, start, key, rnd))
        start = _check_after_crash(data_dir, key, reported)
    return len(reported)


@pytest.fixture
def prepared(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    open_database(data_dir).close()  # create and migrate before the first fork
    return data_dir


def test_wal_and_full_sync_are_on(prepared: Path) -> None:
    db = open_database(prepared)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    finally:
        db.close()


def test_sigkill_never_loses_a_committed_record(prepared: Path) -> None:
    total = _crash_cycles(prepared, 45, None, seed=20261125)
    assert total > 45  # the writer really committed during the cycles


def test_sigkill_on_an_encrypted_dossier(prepared: Path) -> None:
    from desktop.backup.encryption import enable

    enable(prepared, PASSPHRASE)
    total = _crash_cycles(prepared, 8, PASSPHRASE, seed=7)
    assert total > 8
    with (prepared / DB_FILENAME).open("rb") as fh:
        assert not fh.read(16).startswith(b"SQLite format 3")  # still encrypted


def _soak_requested(config: pytest.Config) -> bool:
    return "slow" in (config.option.markexpr or "") or bool(os.environ.get("DOSSIER_SOAK"))


@pytest.mark.slow
def test_sigkill_soak(prepared: Path, pytestconfig: pytest.Config) -> None:
    if not _soak_requested(pytestconfig):
        pytest.skip("soak test: run with -m slow (or DOSSIER_SOAK=1)")
    _crash_cycles(prepared, 400, None, seed=int(time.time()))
