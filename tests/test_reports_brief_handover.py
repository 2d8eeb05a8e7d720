"""The internal pre-visit brief and handover dossier, and the report commands."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from reports_fixture import SECRETS, Sample, make_sample, tiny_png

from desktop.cli import main
from desktop.db.enums import CommitmentStatus, Party
from desktop.db.models import Account, Commitment, Interaction
from desktop.db.session import Database
from desktop.reports import build_brief, build_handover


@pytest.fixture
def sample(db: Database) -> Sample:
    return make_sample(db)


def flat_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in reader.pages))


def test_the_brief_profiles_each_of_their_attendees(db: Database, sample: Sample) -> None:
    with db.unit_of_work() as s:
        text = flat_text(build_brief(s, sample.planned_id, lang="zh",
                                     warnings=["只有陈明一人联系王堃（单线联系）"]))
    for expected in ("拜访准备简报", "让王堃认可测试计划。", "回顾兼容性报告",
                     "决策者→尊重", "外部影响者→拉拢", "啦啦队员(传闻)", "抵触", "阻挡者",
                     "主观型", "准时。", "用数据和事实说话。", "供应商", "局外人",
                     SECRETS["form_family"], "只有陈明一人联系王堃（单线联系）", "最近五次互动"):
        assert expected in text, expected
    # last contact, the last fact of each card's strip: the visit of 20 Nov, not the
    # planned meeting itself; 孙赟 never met us
    assert _strip_values(text, "张喆(ZheZhang)").endswith("2026年11月20日")
    assert _strip_values(text, "孙赟").endswith("从未联系")
    # open commitments with 王堃: the PoC test plan promised by 刘洋
    kun = text[text.index("王堃(KunWang)采购"):]
    assert "SendthePoCtestplan" in kun[kun.index("未完成的承诺"):]
    # last five interactions: five rows, newest first, the planned one not among them
    last = text[text.index("最近五次互动"):]
    assert last.count("例行沟通") == 4 and "PoC测试计划评审" not in last


STRIP_LABELS = "决策角色工作态度与我方的关系权力/影响力个性需求矩阵上次联系"


def _strip_values(text: str, name: str) -> str:
    """The values of a person's strip of short facts in the brief (the row under the labels)."""
    card = text[text.index(name):]
    values = card[card.index(STRIP_LABELS) + len(STRIP_LABELS):]
    ends = [values.index(k) for k in ("相处之道", "FORM话题", "共同话题", "未完成的承诺") if k in values]
    return values[:min(ends)]


def test_the_brief_names_the_accounts_weak_points(db: Database, sample: Sample) -> None:
    from datetime import date

    from desktop.domain.coverage import analyse

    with db.unit_of_work() as s:
        en = flat_text(build_brief(s, sample.planned_id, lang="en"))
        account_id = s.get(Interaction, sample.planned_id).account_id  # type: ignore[union-attr]
        findings = analyse(s, account_id, today=date.today()).findings
    assert findings, "the sample account has weak points to report"
    assert "".join(findings[0].title.en.split()) in en  # the most urgent one is in the brief
    assert "Pre-visitBrief" in en and "Howtoengage" in en and "Bebriefandcrisp." in en


def test_the_brief_shows_the_map_image(db: Database, sample: Sample) -> None:
    png = tiny_png(300, 180)
    with db.unit_of_work() as s:
        data = build_brief(s, sample.planned_id, lang="both", map_png=png)
        broken = build_brief(s, sample.planned_id, lang="both", map_png=b"not a png")
    assert sum(len(p.images) for p in PdfReader(io.BytesIO(data)).pages) == 1
    assert "决策链图" in flat_text(data)
    assert "决策链图" not in flat_text(broken)  # an unreadable map is left out, not a crash


def test_the_handover_holds_the_whole_account_with_open_commitments_first(
    db: Database, sample: Sample
) -> None:
    seen: list[tuple[int, int]] = []
    with db.unit_of_work() as s:
        text = flat_text(build_handover(s, sample.account_id, lang="zh",
                                        progress=lambda d, t: seen.append((d, t))))
    for expected in ("客户交接档案", "客户概况", "熟悉型(拉链)", "决策链", "人物关系", "对立",
                     "人物档案", SECRETS["form_recreation"], SECRETS["notes"], "全部未完成的承诺",
                     "全部互动记录", "亚群体", "技术评估委员会", "关键活动", "年度预算评审",
                     "SATISFACTIONSECRET"):
        assert expected in text, expected
    assert text.count("例行沟通") == 6
    visit = text[text.index("SD-WAN二期proof-of-concept启动会", text.index("全部互动记录")):]
    assert visit.index("准备测试环境与两条专线") < visit.index("DROPPEDPROMISE")
    assert (seen and seen[-1] == (1, 1)) or seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen[:-1]] == sorted(d for d, _ in seen[:-1])


@pytest.mark.slow
def test_a_year_of_history_gives_a_handover_in_seconds(db: Database, sample: Sample) -> None:
    import time

    with db.unit_of_work() as s:
        acc = s.get(Account, sample.account_id)
        assert acc is not None
        people = list(acc.people)
        start = datetime(2025, 11, 1, 10, 0)
        for i in range(300):
            it = Interaction(account=acc, starts_at=start + timedelta(days=i, hours=i % 5),
                             subject=f"第{i}次拜访 visit {i}", notes="讨论了项目进展 progress. " * 10,
                             people=people[i % 3: i % 3 + 2])
            s.add(it)
            s.add(Commitment(account=acc, interaction=it, party=Party.OURS, what=f"承诺{i}",
                             status=CommitmentStatus.OPEN if i % 4 else CommitmentStatus.DONE))
    with db.unit_of_work() as s:
        t0 = time.perf_counter()
        data = build_handover(s, sample.account_id, lang="both")
        elapsed = time.perf_counter() - t0
    text = flat_text(data)
    assert "第299次拜访" in text and "承诺299" in text
    assert elapsed < 30  # generous for a shared CI machine; bench/ has the real figure


def test_the_commands_write_the_pdfs_and_explain_bad_ids(
    db: Database, sample: Sample, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = str(db.path.parent) if db.path else ""
    db.close()
    memo = tmp_path / "memo.pdf"
    assert main(["--data-dir", data_dir, "memo", sample.visit_id[:8], "-o", str(memo),
                 "--lang", "en"]) == 0
    assert "MeetingMemo" in flat_text(memo.read_bytes())
    assert main(["--data-dir", data_dir, "brief", sample.planned_id, "-o",
                 str(tmp_path / "b.pdf"), "--lang", "zh"]) == 0
    assert main(["--data-dir", data_dir, "handover", "华东移动", "-o",
                 str(tmp_path / "h.pdf"), "--lang", "both"]) == 0
    assert "客户交接档案" in flat_text((tmp_path / "h.pdf").read_bytes())
    capsys.readouterr()
    assert main(["--data-dir", data_dir, "memo", "zzzz", "-o", str(tmp_path / "x.pdf")]) != 0
    assert main(["--data-dir", data_dir, "handover", "没有这个客户", "-o",
                 str(tmp_path / "y.pdf")]) != 0
    err = capsys.readouterr().err
    assert "No interaction has the id 'zzzz'" in err and "No account is called" in err
    assert "Traceback" not in err and not (tmp_path / "x.pdf").exists()


def test_the_command_line_entry_runs_as_a_program(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "desktop", "memo", "--help"], capture_output=True,
                         text=True, check=False, cwd=Path(__file__).resolve().parent.parent)
    assert out.returncode == 0 and "--lang" in out.stdout
