"""How long importing a big address book takes, against a raw bound measured in the same run.

    python bench/transfer_import.py [N]

Prints, for N vCards and 4·N CSV rows: parse time (and the ratio to the raw bound —
vobject alone on the same cards; csv.reader alone on the same text), preview time,
and the all-or-nothing apply into an empty dossier.
"""

from __future__ import annotations

import csv
import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import vobject

from desktop.db.models import Account
from desktop.db.session import open_database
from desktop.transfer import csv_format, tables, vcf_format
from desktop.transfer.people import apply, plan

FAMILY = "张王李赵刘陈杨黄周吴"
GIVEN = ["伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "军"]


def vcards(n: int) -> str:
    out = []
    for i in range(n):
        fam, giv = FAMILY[i % 10], GIVEN[(i // 10) % 10] + str(i)
        out.append(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{fam};{giv};;;\r\nFN:{fam}{giv}\r\n"
            f"ORG:客户{i % 50};部门{i % 7}\r\nTITLE:经理\r\nTEL;TYPE=CELL:138{i:08d}\r\n"
            f"EMAIL:p{i}@example.cn\r\nBDAY:1980-01-{1 + i % 28:02d}\r\n"
            f"NOTE:第 {i} 位联系人\\n第二行\r\nEND:VCARD\r\n"
        )
    return "".join(out)


def csv_text(n: int) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["姓名", "公司", "部门", "职位", "手机", "邮箱", "生日", "备注"])
    for i in range(n):
        w.writerow([f"{FAMILY[i % 10]}{GIVEN[(i // 10) % 10]}{i}", f"客户{i % 50}", "采购部", "经理",
                    f"139{i:08d}", f"q{i}@example.cn", f"1985年{1 + i % 12}月{1 + i % 28}日", "备注"])
    return buf.getvalue()


def timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    text = vcards(n)
    data = text.encode("utf-8")
    _, raw = timed(lambda: sum(1 for _ in vobject.readComponents(text)))
    cands, parse = timed(lambda: vcf_format.read_candidates(data))
    print(f"vCard: {n} cards, {len(data) / 1e6:.1f} MB")
    print(f"  parse {parse:.2f}s  (vobject alone {raw:.2f}s, ratio {parse / raw:.2f})")
    rows = 4 * n
    ctext = csv_text(rows)
    cdata = ctext.encode("gb18030")
    _, craw = timed(lambda: sum(1 for _ in csv.reader(io.StringIO(ctext))))
    table, cparse = timed(lambda: csv_format.read_table(cdata))
    mapping = tables.resolve_mapping(table, None, None)
    ccands, cconv = timed(lambda: tables.candidates(table, mapping))
    print(f"CSV (GB18030): {rows} rows, {len(cdata) / 1e6:.1f} MB")
    print(f"  read {cparse:.2f}s (csv.reader alone {craw:.2f}s, ratio {cparse / craw:.1f}); "
          f"rows to candidates {cconv:.2f}s")
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp))
        try:
            with db.unit_of_work() as s:
                s.add(Account(name="客户0"))
            for label, people in (("vCard", cands), ("CSV", ccands)):
                with db.unit_of_work() as s:
                    the_plan, tplan = timed(lambda s=s, people=people: plan(s, people))
                    report, tapply = timed(lambda s=s, the_plan=the_plan: apply(s, the_plan))
                print(f"  {label}: preview {tplan:.2f}s, apply {tapply:.2f}s "
                      f"({report.created} new, {report.updated} merged, "
                      f"{report.details['accounts_created']} accounts)")
        finally:
            db.close()


if __name__ == "__main__":
    main()
