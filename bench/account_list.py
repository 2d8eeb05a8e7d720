#!/usr/bin/env python3
"""How fast the account list filters and sorts one page at 10,000 accounts.

    python bench/account_list.py [N]                 # a fresh database of N accounts
    python bench/account_list.py --data-dir DIR      # an existing one (bench/generate.py)

Prints the time of one page (200 rows) per sort and filter, and the ratio against a raw
``SELECT … LIMIT 200`` of the same table measured in the same run.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text

from desktop.db.account_queries import list_accounts
from desktop.db.enums import ChurnRisk, ValueTier
from desktop.db.models import Account, Interaction
from desktop.db.session import open_database


def best(fn: object, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def measure(db: object, label: str) -> None:
    with db.unit_of_work() as s:  # type: ignore[attr-defined]
        n = s.execute(text("SELECT count(*) FROM account")).scalar()
        raw = best(lambda: s.execute(text("SELECT id, name FROM account ORDER BY name LIMIT 200")).all())
        print(f"{label}: {n:,} accounts; raw page: {raw * 1000:.2f} ms")
        scan = best(lambda: s.execute(text(
            "SELECT id FROM account WHERE name LIKE :p OR short_name LIKE :p OR industry LIKE :p "
            "OR region LIKE :p"), {"p": "%tech%"}).all())
        print(f"raw filter scan of every account (4 LIKEs, 'tech'): {scan * 1000:.2f} ms")
        for sort in ("name", "tier", "churn_risk", "last_contact"):
            for needle in ("", "上", "上海", "客户0123", "tech"):
                t = best(lambda n=needle, o=sort: list_accounts(s, n, sort=o))
                print(f"  sort={sort:12} filter={needle or '-':8} {t * 1000:7.2f} ms  ({t / raw:5.1f}x raw)")
            t = best(lambda o=sort: list_accounts(s, "", sort=o, offset=5000))
            print(f"  sort={sort:12} page at row 5,000  {t * 1000:7.2f} ms")


def main(n: int) -> None:
    rnd = random.Random(1)
    db = open_database(Path(tempfile.mkdtemp()) / "data")
    regions, industries = ["上海", "北京", "广州", "武汉", "成都"], ["电信", "金融", "能源", "制造", "物流"]
    now = datetime.now()
    with db.unit_of_work() as s:
        for i in range(n):
            acc = Account(name=f"客户{i:05d}", region=rnd.choice(regions), industry=rnd.choice(industries),
                          value_tier=rnd.choice(list(ValueTier)), churn_risk=rnd.choice([*ChurnRisk, None]))
            s.add(acc)
            for _ in range(3):
                s.add(Interaction(account=acc, starts_at=now - timedelta(days=rnd.randint(1, 400))))
    measure(db, f"{n} accounts, {3 * n} interactions")
    db.close()


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--data-dir":
        with open_database(Path(sys.argv[2])) as big:
            measure(big, sys.argv[2])
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
