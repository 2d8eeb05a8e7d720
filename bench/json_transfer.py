"""Speed of the lossless JSON export/import at scale.

Builds a big dossier-json file (the demo copied N times with fresh ids), then measures
import into an empty data folder and export back, against a raw bound measured in the
same run: json.loads plus plain sqlite3 executemany of the same rows into the same schema.

    python bench/json_transfer.py [copies=60]
"""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.db.session import DB_FILENAME, open_database  # noqa: E402
from desktop.demo import load_demo  # noqa: E402
from desktop.transfer import json_format  # noqa: E402


def scaled(doc: dict[str, Any], copies: int) -> dict[str, Any]:
    """The demo's accounts copied ``copies`` times with fresh ids; one shared team."""
    team = {r["id"] for r in doc["tables"]["team_member"]}
    ids = {r["id"] for rows in doc["tables"].values() for r in rows if "id" in r} - team
    text = json.dumps({n: rows for n, rows in doc["tables"].items() if n != "team_member"},
                      ensure_ascii=False)
    tables: dict[str, list[Any]] = {name: [] for name in doc["tables"]}
    tables["team_member"] = doc["tables"]["team_member"]
    for _ in range(copies):
        copy = text
        for old in ids:
            copy = copy.replace(old, str(uuid.uuid4()))
        for name, rows in json.loads(copy).items():
            tables[name].extend(rows)
    for name, rows in tables.items():
        keys = [c.name for c in json_format.TABLES[name].primary_key.columns]
        rows.sort(key=lambda r, keys=keys: tuple(r[k] for k in keys))  # type: ignore[misc]
    return {**doc, "tables": tables}


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    tmp = Path(tempfile.mkdtemp(prefix="dossier-bench-"))
    db = open_database(tmp / "demo")
    with db.unit_of_work() as s:
        load_demo(s)
    with db.unit_of_work() as s:
        json_format.export(s, tmp / "demo.json")
    db.close()
    doc = scaled(json.loads((tmp / "demo.json").read_text(encoding="utf-8")), copies)
    big = tmp / "big.json"
    big.write_text(json_format.dumps(doc), encoding="utf-8")
    records = sum(len(doc["tables"][n]) for n in json_format.MODELS)
    print(f"file: {big.stat().st_size / 1e6:.1f} MB, {records} records ({copies} demo copies)")

    # raw bound: parse + executemany into the same empty schema
    raw_dir = tmp / "raw"
    open_database(raw_dir).close()
    t0 = time.perf_counter()
    data = json.loads(big.read_text(encoding="utf-8"))["tables"]
    con = sqlite3.connect(raw_dir / DB_FILENAME)
    for name in json_format.TABLES:
        rows = data[name]
        if not rows:
            continue
        cols = list(rows[0])
        sql = f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        con.executemany(sql, [[json.dumps(r[c], ensure_ascii=False)
                               if isinstance(r[c], list | dict) else r[c] for c in cols]
                              for r in rows])
    con.commit()
    con.close()
    raw = time.perf_counter() - t0

    db = open_database(tmp / "target")
    t0 = time.perf_counter()
    with db.unit_of_work() as s:
        json_format.import_file(s, big)
    imp = time.perf_counter() - t0
    t0 = time.perf_counter()
    with db.unit_of_work() as s:
        json_format.export(s, tmp / "back.json")
    exp = time.perf_counter() - t0
    db.close()
    same = (tmp / "back.json").read_bytes() == big.read_bytes()
    print(f"raw parse+insert bound: {raw:6.2f} s")
    print(f"import (checked, ORM):  {imp:6.2f} s  = {imp / raw:5.1f} x raw, "
          f"{records / imp:,.0f} records/s")
    print(f"export:                 {exp:6.2f} s  = {exp / raw:5.1f} x raw")
    print(f"export == file: {same}")


if __name__ == "__main__":
    main()
