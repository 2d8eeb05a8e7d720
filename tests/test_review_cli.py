"""Command-line paths a user hits that cross two features."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.backup import backups, encryption
from desktop.cli import main

PASS = "a long enough passphrase 口令"


def test_demo_force_on_an_encrypted_dossier_keeps_a_listed_encrypted_backup(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    encryption.enable(data_dir, PASS)
    monkeypatch.setenv("DOSSIER_PASSPHRASE", PASS)
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "demo", "--force"]) == 0, capsys.readouterr().err
    listed = backups.list_backups(backups.backup_folder(data_dir), PASS, check=True)
    pre_demo = [b for b in listed if b.reason == "pre-demo"]
    assert len(pre_demo) == 1 and pre_demo[0].healthy
    assert not pre_demo[0].path.read_bytes().startswith(b"SQLite format 3")
