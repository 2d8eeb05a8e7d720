"""Time the PDF reports against a bare ReportLab document of the same text, same run.

    python bench/bench_reports.py

Prints, for a 2-page visit memo and a 300-interaction handover: our time, the
time of a bare SimpleDocTemplate holding the same extracted text in plain
paragraphs (same embedded font), and the ratio. The bare bound is what any
ReportLab PDF of that much text costs; the ratio is what our layout adds.
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import reportlab.platypus.paragraph as rl_paragraph  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402
from reports_fixture import make_sample  # noqa: E402

from desktop.db.enums import CommitmentStatus, Party  # noqa: E402
from desktop.db.models import Account, Commitment, Interaction  # noqa: E402
from desktop.db.session import open_database  # noqa: E402
from desktop.reports import build_handover, build_memo  # noqa: E402
from desktop.reports.fonts import REGULAR, ensure_fonts  # noqa: E402
from desktop.reports.layout import markup  # noqa: E402


def best_of(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times) if runs < 3 else statistics.median(times)


# ReportLab's own line splitters, before desktop.reports.linebreak replaces them
RL_SPLITTERS = (rl_paragraph.cjkFragSplit, rl_paragraph.wordSplit)


def bare(text_lines: list[str]) -> bytes:
    """The same text as plain paragraphs, with ReportLab's own CJK line breaking."""
    ours = (rl_paragraph.cjkFragSplit, rl_paragraph.wordSplit)
    rl_paragraph.cjkFragSplit, rl_paragraph.wordSplit = RL_SPLITTERS
    try:
        buf = io.BytesIO()
        style = ParagraphStyle("b", fontName=REGULAR, fontSize=10, leading=15, wordWrap="CJK")
        SimpleDocTemplate(buf).build([Paragraph(markup(line), style) for line in text_lines
                                      if line])
        return buf.getvalue()
    finally:
        rl_paragraph.cjkFragSplit, rl_paragraph.wordSplit = ours


def lines_of(data: bytes) -> list[str]:
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages).split("\n")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "data")
        sample = make_sample(db)
        t0 = time.perf_counter()
        ensure_fonts()
        print(f"font registration (once per process): {time.perf_counter() - t0:.3f} s")

        with db.unit_of_work() as s:
            memo = build_memo(s, sample.visit_id, lang="both")
            pages = len(PdfReader(io.BytesIO(memo)).pages)
            ours = best_of(lambda: build_memo(s, sample.visit_id, lang="both"), 9)
        text = lines_of(memo)
        raw = best_of(lambda: bare(text), 9)
        print(f"memo ({pages} pages, {len(memo) // 1024} KB): {ours * 1000:.1f} ms; "
              f"bare ReportLab, same text: {raw * 1000:.1f} ms; ratio {ours / raw:.2f}")

        with db.unit_of_work() as s:
            acc = s.get(Account, sample.account_id)
            assert acc is not None
            people = list(acc.people)
            start = datetime(2025, 11, 1, 10, 0)
            for i in range(300):
                it = Interaction(
                    account=acc, starts_at=start + timedelta(days=i, hours=i % 6),
                    subject=f"第{i}次拜访 quarterly review {i}",
                    notes="客户介绍了新园区的网络规划，关心 SD-WAN 与现有 MPLS 的割接窗口。" * 3,
                    concerns="割接窗口\n预算", next_steps="提交方案", people=people[i % 4: i % 4 + 2])
                s.add(it)
                s.add(Commitment(account=acc, interaction=it, party=Party.OURS,
                                 what=f"第{i}项承诺：提交割接方案",
                                 status=CommitmentStatus.OPEN if i % 3 else CommitmentStatus.DONE))
        with db.unit_of_work() as s:
            hand = build_handover(s, sample.account_id, lang="both")
            pages = len(PdfReader(io.BytesIO(hand)).pages)
            ours = best_of(lambda: build_handover(s, sample.account_id, lang="both"), 3)
        text = lines_of(hand)
        raw = best_of(lambda: bare(text), 3)
        print(f"handover, 306 interactions ({pages} pages, {len(hand) // 1024} KB): "
              f"{ours:.2f} s; bare ReportLab, same text: {raw:.2f} s; ratio {ours / raw:.2f}")
        db.close()


if __name__ == "__main__":
    main()
