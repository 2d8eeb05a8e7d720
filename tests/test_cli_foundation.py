"""The command line as a user meets it: demo, list, and plain sentences when things go wrong."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.db.session import DB_FILENAME


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_plain_failure(code: int, out: str, err: str) -> None:
    assert code != 0
    assert "Traceback" not in err + out
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("dossier: ")
    assert "not your fault" not in lines[0]  # a known failure, not a crash report


@pytest.fixture
def demo_dir(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert run(capsys, data_dir, "demo")[0] == 0
    return data_dir


def test_list_people_json_shows_the_whole_decision_chain(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, demo_dir, "list", "accounts", "--json")
    assert code == 0
    largest = max(json.loads(out), key=lambda a: a["people"])
    code, out, _ = run(capsys, demo_dir, "list", "people", "--account", largest["short_name"],
                       "--json")
    assert code == 0
    people = json.loads(out)
    assert len(people) == largest["people"] >= 12
    by_name = {p["name"]: p for p in people}
    roles = {r["value"] for p in people for r in p["roles"]}
    assert {"decider", "evaluator", "screener", "user", "initiator",
            "external_influencer"} <= roles
    assert {p["stance"]["value"] for p in people if p["stance"]} >= {
        "champion", "supporter", "neutral", "blocker", "enemy"}
    assert {p["attitude"]["value"] for p in people if p["attitude"]} == {
        "active", "passive", "resistant"}
    decider = next(p for p in people if any(r["value"] == "decider" for r in p["roles"]))
    assert decider["personality"]["zh"] and decider["personality"]["en"]
    assert decider["title"] and decider["power"] and decider["influence"]
    assert decider["roles"][0] == {"value": "decider", "zh": "决策者", "en": "Decider",
                                   "code": "D"}
    # reporting lines name the manager, who is in the same list
    reports = [p for p in people if p["reports_to"]]
    assert len(reports) >= 8 and all(p["reports_to"] in by_name for p in reports)
    assert any(p["is_external"] for p in people)


def test_list_tables_read_well(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, demo_dir, "list", "people", "--account", "华东移动")
    assert code == 0
    lines = out.splitlines()
    decider = next(line for line in lines if "周建国" in line)
    assert " D " in decider and "主观型" in decider and "王志刚" in decider
    assert "陈喆" in out and "啦啦队员" in out and "(外部)" in out
    assert len(lines) == 2 + 15
    code, out, _ = run(capsys, demo_dir, "list", "interactions", "--account", "长江汽车")
    assert code == 0 and "投诉" in out and "*" in out  # a complaint; a planned visit


def test_unknown_account_is_one_plain_sentence(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, demo_dir, "list", "people", "--account", "没有这个客户")
    assert_plain_failure(code, out, err)
    assert "list accounts" in err


def test_import_of_a_missing_file(demo_dir: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, demo_dir, "import", str(tmp_path / "nope.json"))
    assert_plain_failure(code, out, err)
    assert "There is no file" in err


def test_data_dir_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("hello")
    code, out, err = run(capsys, not_a_folder, "demo")
    assert_plain_failure(code, out, err)
    assert "--data-dir" in err
    assert not_a_folder.read_text() == "hello"


def test_data_dir_without_write_permission(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root ignores folder permissions")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        code, out, err = run(capsys, locked / "data", "demo")
    finally:
        locked.chmod(0o700)
    assert_plain_failure(code, out, err)


def test_a_locked_database_is_in_use(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = sqlite3.connect(demo_dir / DB_FILENAME, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        code, out, err = run(capsys, demo_dir, "demo", "--force")
    finally:
        other.rollback()
        other.close()
    assert_plain_failure(code, out, err)
    assert "in use" in err
