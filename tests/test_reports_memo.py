"""The visit memo: what the client reads, in Chinese, English or both, and nothing internal."""

from __future__ import annotations

import io
import itertools
import re
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reports_fixture import INTERNAL_LABELS, NOTES, SECRETS, Sample, make_sample, tiny_png

from desktop.db.models import Account, Interaction, Person
from desktop.db.session import Database
from desktop.reports import build_memo


@pytest.fixture
def sample(db: Database) -> Sample:
    return make_sample(db)


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def flat(text: str) -> str:
    """Extracted text without the line breaks and spaces that wrapping adds."""
    return re.sub(r"\s+", "", text)


def memo(db: Database, interaction_id: str, **kw: object) -> bytes:
    with db.unit_of_work() as s:
        return build_memo(s, interaction_id, **kw)  # type: ignore[arg-type]


def fonts_of(data: bytes) -> dict[str, bool]:
    """Every font the PDF uses -> whether its file is embedded."""
    out: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            desc = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            embedded = any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            out[str(font["/BaseFont"])] = embedded
    return out


def test_the_chinese_memo_holds_the_meeting_and_rare_name_characters(db: Database, sample: Sample) -> None:
    data = memo(db, sample.visit_id, lang="zh", company="星辰网络科技有限公司")
    assert data.startswith(b"%PDF")
    text = flat(text_of(data))
    for expected in ("会议/沟通备忘录", "华东移动通信集团有限公司", "2026年11月20日", "14:00–15:30",
                     "张喆", "王堃", "李昇", "首席信息官CIO", "讨论纪要", "待解决问题", "承诺事项",
                     "下次联系", "2026年12月4日", "星辰网络科技有限公司", "保密", "第1页/共2页"):
        assert expected in text, expected
    assert flat(NOTES) in text  # mixed Chinese/English survives wrapping word for word
    # the long title wraps inside its cell and is all there
    assert "采购与供应商管理中心总经理兼技术评估委员会常务副主任委员" in text
    assert "Meeting Memo" not in text


def test_the_english_and_bilingual_memos_carry_their_labels(db: Database, sample: Sample) -> None:
    en = flat(text_of(memo(db, sample.visit_id, lang="en")))
    assert "MeetingMemo" in en and "Commitments" in en and "Issuestosolve" in en
    assert "会议/沟通备忘录" not in en and "张喆(ZheZhang)" in en
    assert "Page1of" in en
    both = flat(text_of(memo(db, sample.visit_id, lang="both")))
    for label in ("会议/沟通备忘录", "MeetingMemo", "承诺事项", "Commitments", "讨论纪要",
                  "Summaryofthediscussion", "Page1of", "第1页"):
        assert label in both, label


def test_the_commitments_table_holds_the_promises_of_both_sides(db: Database, sample: Sample) -> None:
    text = flat(text_of(memo(db, sample.visit_id, lang="zh")))
    table = text[text.index("承诺事项"):text.index("下一步行动")]
    rows = [("陈明", "提交与CiscoISR4000系列的兼容性测试报告", "张喆", "2026年11月30日"),
            ("刘洋", "SendthePoCtestplan(EnglishandChinese)", "王堃", "2026年12月1日"),
            ("李昇", "准备测试环境与两条专线", "陈明", "待定")]
    positions = []
    for who, what, to, due in rows:
        at = table.index(what)
        positions.append(at)
        row = table[table.rindex(who, 0, at): at + len(what) + 40]
        assert to in row and due in row, row
    assert positions == sorted(positions)  # ours first, by due date; theirs after
    assert "DROPPEDPROMISE" not in text  # a cancelled promise is not confirmed to the client


def test_internal_fields_never_reach_the_client_memo(db: Database, sample: Sample) -> None:
    for lang in ("zh", "en", "both"):
        text = text_of(memo(db, sample.visit_id, lang=lang))
        for secret in [*SECRETS.values(), "AGENDASECRET", "INFOSECRET", "MATERIALSECRET",
                       "SATISFACTIONSECRET"]:
            assert secret not in flat(text), (lang, secret)
        for label in INTERNAL_LABELS:
            assert label not in text, (lang, label)
    # the same secrets do reach the internal brief, so the test above can fail
    from desktop.reports import build_brief

    with db.unit_of_work() as s:
        brief = flat(text_of(build_brief(s, sample.visit_id, lang="zh")))
    assert SECRETS["form_family"] in brief and "啦啦队员" in brief


def test_fonts_are_embedded_subsets_and_nothing_else_is_used(db: Database, sample: Sample) -> None:
    data = memo(db, sample.visit_id, lang="both")
    fonts = fonts_of(data)
    assert fonts, "no fonts found"
    for name, embedded in fonts.items():
        assert embedded, f"{name} is not embedded"
        assert re.match(r"/[A-Z]{6}\+NotoSansSC", name), f"{name} is not a Noto Sans SC subset"
    assert len(data) < 400_000  # a subset, not the 10 MB font


def test_bad_input_still_gives_a_valid_pdf(db: Database, sample: Sample) -> None:
    long_notes = ("客户反馈 latency 问题。" * 1000 + "\n") * 3 + "x" * 20_000
    assert len(long_notes) >= 50_000
    with db.unit_of_work() as s:
        acc = s.get(Account, sample.account_id)
        assert acc is not None
        bare = Interaction(account=acc, starts_at=datetime(2026, 1, 5, 9, 30))
        weird = Interaction(
            account=acc, starts_at=datetime(2026, 1, 6, 9, 30), notes=long_notes,
            subject="庆功宴 🎉🥂 <b>&amp; </para> \x00\x1b", concerns="مرحبا بالعالم\nשלום עולם",
            people=[Person(account=acc, name="😀" * 80, title="<script>" * 40)],
        )
        s.add_all([bare, weird])
        s.flush()
        ids = bare.id, weird.id
    bare_pdf = memo(db, ids[0], lang="zh")
    assert "未记录参会人员" in text_of(bare_pdf) and "本次沟通未作出承诺" in text_of(bare_pdf)
    data = memo(db, ids[1], lang="both")
    pages = len(PdfReader(io.BytesIO(data)).pages)
    assert pages >= 10
    text = text_of(data)
    assert "</para>" in text and "<script>" in text  # shown as text, not parsed as markup
    assert "待解决问题" in text  # the Arabic/Hebrew issues still get their section (drawn as boxes)
    # every sentence is there, bar the few that a page break's header/footer cuts in two
    assert 3000 - pages <= flat(text).count("客户反馈latency问题。") <= 3000


def test_the_memo_is_written_atomically_to_the_chosen_file(db: Database, sample: Sample, tmp_path: Path) -> None:
    target = tmp_path / "out" / "memo.pdf"
    with db.unit_of_work() as s:
        data = build_memo(s, sample.visit_id, lang="en", output=target)
    assert target.read_bytes() == data
    assert [p.name for p in target.parent.iterdir()] == ["memo.pdf"]


def test_a_logo_and_company_name_go_in_the_header(db: Database, sample: Sample, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(tiny_png())
    data = memo(db, sample.visit_id, lang="zh", company="星辰网络", logo=logo)
    reader = PdfReader(io.BytesIO(data))
    assert all(len(page.images) == 1 for page in reader.pages)  # the logo on every page
    assert flat(text_of(data)).count("星辰网络") >= 2  # header of each page


def test_an_unreadable_logo_is_explained(db: Database, sample: Sample, tmp_path: Path) -> None:
    from desktop.reports import ReportError

    bad = tmp_path / "logo.png"
    bad.write_text("not an image")
    with pytest.raises(ReportError, match="cannot be read as an image"):
        memo(db, sample.visit_id, lang="zh", logo=bad)


def test_mixed_lines_break_between_words_not_inside_them() -> None:
    from reportlab.lib.units import mm

    from desktop.reports.layout import P, Styles

    st = Styles()
    for text in ("SD-WAN 二期 proof-of-concept 启动会 quarterly business review",
                 "未完成的承诺<br/>Open commitments", "我们讨论了 <b>Salesforce</b> integration 以及"):
        for width in (22 * mm, 30 * mm, 45 * mm):
            para = P(text, st.cell)
            para.wrap(width, 1000)
            lines = []
            for line in para.blPara.lines:
                words = line[1] if isinstance(line, (tuple, list)) else [f.text for f in line.words]
                lines.append("".join(words))
            for line, after in itertools.pairwise(lines):
                # a line never ends in the middle of a Latin word
                assert not (line[-1:].isascii() and line[-1:].isalpha()
                            and after[:1].isascii() and after[:1].isalpha()), (text, lines)


def test_a_wrapped_line_never_starts_with_a_space() -> None:
    from reportlab.lib.units import mm

    from desktop.reports.layout import P, Styles

    st = Styles()
    para = P("上海市浦东新区世纪大道 1 号 华东移动大厦 28F 会议室", st.cell)
    for width in range(20, 70, 3):
        para.wrap(width * mm, 1000)
        for line in para.blPara.lines[1:]:
            words = line[1] if isinstance(line, (tuple, list)) else [f.text for f in line.words]
            assert not "".join(words).startswith(" "), (width, para.blPara.lines)
