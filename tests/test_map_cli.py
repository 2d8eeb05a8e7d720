"""``dossier map ACCOUNT -o FILE``: PNG and PDF from the command line, plain errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from desktop.cli import main
from desktop.db.enums import DecisionRole, LinkKind, Stance
from desktop.db.models import Account, Person, PersonLink
from desktop.db.session import Database


@pytest.fixture
def chain(db: Database) -> None:
    with db.unit_of_work() as s:
        acc = Account(name="华东移动")
        boss = Person(name="张伟", title="总经理", account=acc, roles=[DecisionRole.DECIDER],
                      stance=Stance.NEUTRAL)
        cio = Person(name="李娜", account=acc, reports_to=boss, stance=Stance.CHAMPION)
        s.add_all([acc, boss, cio, PersonLink(account=acc, a=boss, b=cio, kind=LinkKind.CLOSE)])


def test_map_to_png_and_pdf(
    qapp: object, chain: None, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    png, pdf = tmp_path / "m.png", tmp_path / "m.pdf"
    assert main(["--data-dir", str(data_dir), "map", "华东移动", "-o", str(png)]) == 0
    assert main(["--data-dir", str(data_dir), "map", "华东", "-o", str(pdf), "--lang", "zh",
                 "--team"]) == 0
    assert "Wrote the map of 华东移动" in capsys.readouterr().out
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 500
    reader = PdfReader(str(pdf))
    text = "".join(reader.pages[0].extract_text().split())
    assert "张伟" in text  # Chinese labels, not boxes
    fonts = {str(f.get_object()["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert any("NotoSansSC" in f for f in fonts)  # the bundled font, embedded: same in any viewer


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["nobody", "-o", "x.png"], "No account is called"),
        (["华东移动", "-o", "x.jpg"], ".png or .pdf"),
        (["华东移动", "-o", "/no/such/folder/x.pdf"], "does not exist or is not writable"),
    ],
)
def test_map_errors_are_plain_sentences(
    qapp: object, chain: None, data_dir: Path, args: list[str], says: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--data-dir", str(data_dir), "map", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("dossier: ") and says in err and "Traceback" not in err
