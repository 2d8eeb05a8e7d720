"""Random and mutated files never crash an importer, and a refused file changes nothing.

The default run tries a few hundred examples; ``-m slow`` runs at least 1,000 per importer.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from desktop.db.models import Account
from desktop.db.session import Database, open_database
from desktop.errors import ImportFileError
from desktop.transfer import csv_format, vcf_format, xlsx_format
from desktop.transfer.people import Duplicates

DATA = Path(__file__).parent / "data" / "transfer"
SAMPLES_VCF = [(DATA / n).read_bytes() for n in
               ("ios_contacts.vcf", "android_contacts.vcf", "outlook_contact.vcf")]
SAMPLES_CSV = [(DATA / "outlook_zh_gbk.csv").read_bytes(),
               "姓名,公司,手机,邮箱,生日,决策角色,权力\n张伟,华东移动,138,a@b.cn,1978-05-03,决策者,5\n"
               .encode("utf-8-sig")]
TOKENS = [b"BEGIN:VCARD", b"END:VCARD", b"\r\n", b"\n ", b"=\r\n", b";", b":", b",", b"\"",
          b"ENCODING=QUOTED-PRINTABLE", b"CHARSET=GBK", b"=E5=BC", b"PHOTO;ENCODING=b:",
          b"N:", b"FN:", b"TEL:", b"BDAY:", b"item1.", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf",
          "张伟".encode(), "张伟".encode("gbk"), b"'=", b"\t", b"\\", b"VERSION:4.0"]

SLOW = 1000
FAST = 60


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("props"))
    with database.unit_of_work() as s:
        s.add(Account(name="华东移动"))
    yield database
    database.close()


def _fingerprint(db: Database) -> str:
    digest = hashlib.sha256()
    with db.engine.connect() as conn:
        for table in ("account", "person"):
            for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY id")):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


@st.composite
def mutated(draw: st.DrawFn, samples: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(samples)))
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["cut", "insert", "token", "flip", "dup"]))
        at = draw(st.integers(0, len(data)))
        if kind == "cut":
            del data[at:at + draw(st.integers(1, 200))]
        elif kind == "insert":
            data[at:at] = draw(st.binary(max_size=30))
        elif kind == "token":
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif kind == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif kind == "dup":
            data[at:at] = data[at:at + draw(st.integers(1, 300))]
    return bytes(data)


def _inputs(samples: list[bytes]) -> st.SearchStrategy[bytes]:
    return st.one_of(
        mutated(samples),
        st.binary(max_size=400),
        st.text(max_size=400).map(lambda t: t.encode("utf-8")),
        st.lists(st.sampled_from([*TOKENS, b"x", "王".encode(), b"1978-05-03"]), max_size=60)
        .map(b"".join),
    )


def _check(db: Database, tmp_path: Path, data: bytes, suffix: str,
           importer: Callable[..., object], duplicates: Duplicates, into_account: bool) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    before = _fingerprint(db)
    try:
        with db.unit_of_work() as s:
            account = s.get(Account, s.scalar(text("SELECT id FROM account LIMIT 1")))
            account = account if into_account else None
            importer(s, path, account=account, duplicates=duplicates)
    except ImportFileError:
        assert _fingerprint(db) == before


def _property(samples: list[bytes], suffix: str, importer: Callable[..., object], n: int):  # type: ignore[no-untyped-def]
    @settings(max_examples=n, deadline=None, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(data=_inputs(samples), duplicates=st.sampled_from(list(Duplicates)),
           into_account=st.booleans())
    def run(shared_db: Database, tmp_path: Path, data: bytes, duplicates: Duplicates,
            into_account: bool) -> None:
        _check(shared_db, tmp_path, data, suffix, importer, duplicates, into_account)

    return run


@pytest.fixture
def only_when_asked(request: pytest.FixtureRequest) -> None:
    """Slow property runs happen with ``-m slow`` only, keeping the default run fast."""
    if "slow" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("slow: run with -m slow")


test_vcf_never_crashes = _property(SAMPLES_VCF, ".vcf", vcf_format.import_file, FAST)
test_csv_never_crashes = _property(SAMPLES_CSV, ".csv", csv_format.import_file, FAST)


@pytest.mark.slow
@pytest.mark.usefixtures("only_when_asked")
def test_vcf_never_crashes_1000(shared_db: Database, tmp_path: Path) -> None:
    _property(SAMPLES_VCF, ".vcf", vcf_format.import_file, SLOW)(shared_db, tmp_path)


@pytest.mark.slow
@pytest.mark.usefixtures("only_when_asked")
def test_csv_never_crashes_1000(shared_db: Database, tmp_path: Path) -> None:
    _property(SAMPLES_CSV, ".csv", csv_format.import_file, SLOW)(shared_db, tmp_path)


def _workbook_bytes(tmp_path: Path) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["姓名", "公司", "手机"])
    book.active.append(["张伟", "华东移动", "13800138000"])
    path = tmp_path / "seed.xlsx"
    book.save(path)
    return path.read_bytes()


@pytest.mark.parametrize("n", [pytest.param(40, id="fast"),
                               pytest.param(SLOW, id="1000", marks=pytest.mark.slow)])
def test_xlsx_never_crashes(shared_db: Database, tmp_path: Path, n: int,
                            request: pytest.FixtureRequest) -> None:
    if n == SLOW:
        request.getfixturevalue("only_when_asked")
    seed = _workbook_bytes(tmp_path)
    _property([seed], ".xlsx", xlsx_format.import_file, n)(shared_db, tmp_path)
