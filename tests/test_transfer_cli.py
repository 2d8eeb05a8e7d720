"""``dossier import`` / ``dossier export`` with the transfer options, as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.transfer import mapping

DATA = Path(__file__).parent / "data" / "transfer"


def _run(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_dry_run_previews_and_changes_nothing(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                             tmp_path: Path) -> None:
    code, out, _ = _run(capsys, data_dir, "import", str(DATA / "outlook_zh_gbk.csv"), "--dry-run")
    assert code == 0
    assert "Would import 4 new and 0 merged records (1 skipped)" in out
    assert "line 6: no name in this row" in out and "Nothing was changed" in out
    code, out, _ = _run(capsys, data_dir, "export", "--format", "csv", "-o", str(tmp_path / "a.csv"))
    assert "Wrote 0 records" in out


def test_import_vcards_into_an_account_then_export_vcards(capsys: pytest.CaptureFixture[str],
                                                         data_dir: Path, tmp_path: Path) -> None:
    assert _run(capsys, data_dir, "import", str(DATA / "outlook_zh_gbk.csv"))[0] == 0
    code, out, _ = _run(capsys, data_dir, "import", str(DATA / "ios_contacts.vcf"),
                        "--account", "华东移动", "--duplicates", "skip")
    assert code == 0 and "Imported 1 new and 0 merged records (1 skipped)" in out
    out_file = tmp_path / "hd.vcf"
    code, out, _ = _run(capsys, data_dir, "export", "--format", "vcf", "--account", "华东移动",
                        "-o", str(out_file))
    assert code == 0 and "Wrote 3 records" in out
    assert out_file.read_bytes().count(b"BEGIN:VCARD") == 3


def test_a_malformed_file_is_one_plain_sentence(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                               tmp_path: Path) -> None:
    bad = tmp_path / "x.vcf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n not a vcard")
    code, _, err = _run(capsys, data_dir, "import", str(bad))
    assert code == 2 and err.startswith("dossier: This file holds no contact cards")
    assert "Traceback" not in err


def test_mapping_option_is_saved_for_the_next_file(capsys: pytest.CaptureFixture[str],
                                                  data_dir: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "crm.csv"
    sheet.write_text("代号,号码,客户单位\n老张,13800000000,华东移动\n", encoding="utf-8")
    code, _, err = _run(capsys, data_dir, "import", str(sheet))
    assert code == 2 and "No column holds the names" in err
    code, out, _ = _run(capsys, data_dir, "import", str(sheet), "--mapping",
                        "代号=name,号码=phones,客户单位=account", "--save-mapping")
    assert code == 0 and "Imported 1 new" in out
    saved = json.loads((data_dir / mapping.SAVED_FILE).read_text(encoding="utf-8"))
    assert list(saved.values()) == [["name", "phones", "account"]]
    sheet.write_text("代号,号码,客户单位\n小李,13900000000,华东移动\n", encoding="utf-8")
    code, out, _ = _run(capsys, data_dir, "import", str(sheet))  # no --mapping: the saved one
    assert code == 0 and "Imported 1 new" in out
