"""Build a realistic synthetic dossier database of any size, fast, indexed for search.

    python bench/generate.py --data-dir /tmp/big --accounts 10000 --people 200000 \
        --interactions 1000000 --commitments 200000

Rows go in with executemany in batches (no ORM), and each batch is indexed for
search as it is written, so memory stays flat and 1M notes take minutes.
Text mixes Chinese phrases, English words (SLA, renewal …) and people's names.
The same --seed gives the same database.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.db import contacts, sortkeys
from desktop.db.models import Base
from desktop.db.session import DB_FILENAME, open_database
from desktop.search.index import KINDS, insert_docs, make_doc

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国立新志海波宁晨宇浩然子涵欣怡思远俊峰嘉慧文博雅琳梓萱"
REGIONS = ["华东", "华北", "华南", "西南", "西北", "东北", "华中", "北京", "上海", "广州", "深圳",
           "杭州", "南京", "成都", "武汉", "西安", "苏州", "天津", "重庆", "长沙"]
CORES = ["移动", "联通", "电信", "电力", "银行", "证券", "保险", "制药", "汽车", "钢铁", "航空",
         "物流", "能源", "化工", "建设", "地产", "医疗", "食品", "纺织", "电子", "软件", "传媒",
         "烟草", "港口", "水务", "燃气", "轨道", "石化", "机场", "教育"]
SUFFIXES = ["集团", "股份有限公司", "有限公司", "控股集团", "科技有限公司", "分公司"]
INDUSTRIES = ["电信运营", "金融", "制造业", "能源", "医疗健康", "交通物流", "政府机构", "零售",
              "互联网", "教育", "房地产", "公用事业"]
TITLES = ["总经理", "副总经理", "CTO", "CIO", "CFO", "采购经理", "采购总监", "IT总监", "信息中心主任",
          "财务总监", "运维经理", "项目经理", "技术专家", "董事长", "办公室主任", "法务经理",
          "Head of IT", "Procurement Manager", "VP Operations"]
DEPTS = ["信息中心", "采购部", "财务部", "运维部", "总经理办公室", "技术部", "法务部", "市场部"]
PHRASES = [
    "客户对现有方案的响应速度不满意", "张总提出续约前需要看到新的报价单", "采购部希望压缩预算",
    "信息中心主任关心数据安全和合规", "竞争对手上周做了现场演示", "需要补充SLA条款说明",
    "对方希望我们提供本地化服务团队", "讨论了明年的扩容计划", "财务总监对付款周期有异议",
    "客户内部正在进行组织调整", "项目验收进度比预期慢", "双方同意下个月召开联合评审会",
    "对方提到去年的故障处理不及时", "建议安排高层互访", "技术专家认可我们的架构设计",
    "客户关心培训和知识转移", "合同续约谈判进入关键阶段", "需要法务审核保密协议",
    "客户希望降低运维成本", "对方对价格非常敏感", "招标文件预计三月份发布",
    "邀请客户参加年度用户大会", "客户满意度调查结果一般", "提到可能引入第二供应商",
    "运维经理抱怨工单处理流程复杂", "讨论了驻场工程师的安排", "客户认为我们的报价偏高",
    "董事长下周出差，会议改期", "对方要求提供成功案例", "交流了行业数字化转型趋势",
    "午餐时聊到孩子升学的问题", "他喜欢打高尔夫和钓鱼", "夫人在医院工作", "老家是湖南长沙",
    "最近在学习摄影", "对红酒很有研究", "周末经常带孩子去爬山", "毕业于清华大学计算机系",
]
EN_WORDS = ["SLA", "renewal", "pricing", "upgrade", "outage", "roadmap", "budget", "tender",
            "contract", "migration", "cloud", "security", "audit", "discount", "escalation",
            "onboarding", "workshop", "invoice", "license", "support", "KPI", "POC", "RFP"]
SUBJECTS = ["季度业务回顾", "续约谈判", "技术交流", "高层拜访", "投诉处理", "方案汇报", "商务宴请",
            "需求调研", "项目启动会", "年度规划沟通", "QBR", "Renewal meeting", "POC review"]
PROMISES = ["发送更新后的报价单", "提供SLA草案", "安排技术专家上门", "提交成功案例材料",
            "两周内修复故障", "安排高层拜访", "提供培训计划", "确认付款周期", "回复采购部的问题",
            "send the revised pricing", "share the migration roadmap", "提供安全审计报告"]
KINDS_I = ["visit", "call", "meal", "event", "message", "complaint"]
START = datetime(2023, 1, 1)
SPAN_S = int((datetime(2026, 11, 1) - START).total_seconds())


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def uid(self) -> str:
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def person_name(self) -> str:
        return self.r.choice(SURNAMES) + "".join(self.r.choices(GIVEN, k=self.r.choice((1, 2, 2))))

    def text(self, lo: int, hi: int, names: list[str]) -> str:
        parts = []
        for _ in range(self.r.randint(lo, hi)):
            roll = self.r.random()
            if roll < 0.15 and names:
                parts.append(self.r.choice(names) + self.r.choice(("说", "认为", "提到", "总表示")))
            elif roll < 0.35:
                parts.append(" " + self.r.choice(EN_WORDS) + " ")
            parts.append(self.r.choice(PHRASES))
        return "，".join(p.strip() for p in parts) + "。"

    def when(self) -> datetime:
        return START + timedelta(seconds=self.r.randrange(SPAN_S))


def _template(table: str) -> dict[str, Any]:
    """Values for the NOT NULL columns a raw insert must fill, as the ORM would store them."""
    out: dict[str, Any] = {}
    for col in Base.metadata.tables[table].columns:
        kind = type(col.type).__name__
        if col.nullable:
            out[col.name] = None
        elif kind in ("EnumList", "StrList"):
            out[col.name] = "[]"
        elif kind == "StrDict":
            out[col.name] = "{}"
        elif kind == "Boolean":
            out[col.name] = 0
        else:
            out[col.name] = ""
    return out


def _iso(dt: datetime) -> str:
    return dt.replace(tzinfo=UTC).isoformat(timespec="microseconds")


class Writer:
    def __init__(self, conn: sqlite3.Connection, table: str, kind: str | None) -> None:
        self.conn, self.table, self.kind = conn, table, kind
        self.base = _template(table)
        self.cols = list(self.base)
        self.sql = f"INSERT INTO {table} ({', '.join(self.cols)}) VALUES ({', '.join('?' * len(self.cols))})"
        self.rows: list[dict[str, Any]] = []

    def add(self, **values: Any) -> None:
        row = dict(self.base)
        row.update(values)
        self.rows.append(row)
        if len(self.rows) >= 5000:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        cur = self.conn.cursor()
        cur.executemany(self.sql, [tuple(r[c] for c in self.cols) for r in self.rows])
        if self.kind:
            spec = KINDS[self.kind]
            insert_docs(cur, [make_doc(spec, r) for r in self.rows])
        self.conn.commit()
        self.rows = []



def generate(data_dir: Path, accounts: int, people: int, interactions: int, commitments: int,
             seed: int = 7, progress: bool = True) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    if (data_dir / DB_FILENAME).exists():
        raise SystemExit(f"{data_dir / DB_FILENAME} exists already; choose an empty folder.")
    open_database(data_dir).close()  # schema and search tables through the migrations
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-200000")
    # Merge index segments once at the end, not while loading (about 25 % faster).
    conn.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 0)")
    g = Gen(seed)
    t0 = time.perf_counter()

    def say(what: str) -> None:
        if progress:
            print(f"  {time.perf_counter() - t0:7.1f} s  {what}", flush=True)

    acc_ids: list[str] = []
    acc_people: list[list[tuple[str, str]]] = []
    w = Writer(conn, "account", "account")
    for n in range(accounts):
        region, core = g.r.choice(REGIONS), g.r.choice(CORES)
        name = f"{region}{core}{g.r.choice(SUFFIXES)}" + (f"{n}" if g.r.random() < 0.5 else "")
        aid = g.uid()
        acc_ids.append(aid)
        acc_people.append([])
        stamp = _iso(g.when())
        w.add(id=aid, name=name, short_name=region + core, industry=g.r.choice(INDUSTRIES),
              region=region, value_tier=g.r.choice(("a", "b", "b", "c", "c", "c", None)),
              churn_risk=g.r.choice(("low", "low", "medium", "high", None)),
              competitors=g.r.choice(("华为", "中兴", "IBM", "Oracle", "浪潮")),
              notes=g.text(0, 2, []), created_at=stamp, updated_at=stamp)
    w.flush()
    say(f"{accounts:,} accounts")

    w = Writer(conn, "person", "person")
    for _ in range(people):
        k = g.r.randrange(accounts)
        pid, name = g.uid(), g.person_name()
        acc_people[k].append((pid, name))
        stamp = _iso(g.when())
        w.add(id=pid, account_id=acc_ids[k], name=name, title=g.r.choice(TITLES),
              department=g.r.choice(DEPTS), form_family=g.text(0, 1, []),
              form_recreation=g.text(0, 1, []), notes=g.text(0, 1, []),
              created_at=stamp, updated_at=stamp)
    w.flush()
    say(f"{people:,} people")

    w = Writer(conn, "interaction", "interaction")
    attend: list[tuple[str, str]] = []
    inter_ids: list[tuple[str, int, datetime]] = []
    keep_every = max(1, interactions // max(1, commitments)) if commitments else 0
    for n in range(interactions):
        k = g.r.randrange(accounts)
        iid, when = g.uid(), g.when()
        folks = acc_people[k]
        names = [p[1] for p in folks[:8]]
        for pid, _ in g.r.sample(folks, min(len(folks), g.r.randint(0, 2))):
            attend.append((iid, pid))
        if keep_every and n % keep_every == 0:
            inter_ids.append((iid, k, when))
        w.add(id=iid, account_id=acc_ids[k], kind=g.r.choice(KINDS_I),
              starts_at=when.strftime("%Y-%m-%d %H:%M:%S.%f"), subject=g.r.choice(SUBJECTS),
              notes=g.text(2, 5, names), concerns=g.text(0, 2, names),
              next_steps=g.text(0, 1, []), created_at=_iso(when), updated_at=_iso(when))
        if len(attend) >= 5000:
            w.flush()
            conn.executemany("INSERT INTO interaction_person VALUES (?, ?)", attend)
            attend = []
        if progress and n and n % 100_000 == 0:
            say(f"{n:,} interactions")
    w.flush()
    conn.executemany("INSERT INTO interaction_person VALUES (?, ?)", attend)
    conn.commit()
    say(f"{interactions:,} interactions")

    w = Writer(conn, "commitment", "commitment")
    for n in range(commitments):
        if inter_ids:
            iid, k, when = inter_ids[n % len(inter_ids)]
        else:
            iid, k, when = None, g.r.randrange(accounts), g.when()
        w.add(id=g.uid(), account_id=acc_ids[k], interaction_id=iid,
              party=g.r.choice(("ours", "theirs")), what=g.r.choice(PROMISES),
              status=g.r.choice(("open", "done", "dropped")), note=g.text(0, 1, []),
              due_on=(when + timedelta(days=14)).date().isoformat(),
              created_at=_iso(when), updated_at=_iso(when))
    w.flush()
    say(f"{commitments:,} commitments")
    conn.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
    conn.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 4)")
    contacts.rebuild_connection(conn)  # the stored last contacts, as the app keeps them
    sortkeys.rebuild_connection(conn)
    conn.commit()
    say("last contacts stored")
    conn.execute("ANALYZE")
    conn.close()
    say("index optimised")
    return data_dir / DB_FILENAME


BIG_DOSSIER = "大客户基准档案"


def add_big_dossier(data_dir: Path, people: int = 300, interactions: int = 5000,
                    commitments: int = 500, seed: int = 11) -> str:
    """Add one account the size of a real large customer (on a copy of a generated dossier).

    Returns its id; a second call finds the one already there.
    """
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    found = conn.execute("SELECT id FROM account WHERE name = ?", (BIG_DOSSIER,)).fetchone()
    if found:
        conn.close()
        return str(found[0])
    g = Gen(seed)
    aid, stamp = g.uid(), _iso(g.when())
    w = Writer(conn, "account", "account")
    w.add(id=aid, name=BIG_DOSSIER, short_name="基准", industry="电信", region="上海",
          value_tier="a", churn_risk="medium", created_at=stamp, updated_at=stamp)
    w.flush()
    folks: list[tuple[str, str]] = []
    w = Writer(conn, "person", "person")
    for _ in range(people):
        pid, name = g.uid(), g.person_name()
        folks.append((pid, name))
        w.add(id=pid, account_id=aid, name=name, title=g.r.choice(TITLES),
              department=g.r.choice(DEPTS), notes=g.text(0, 1, []), created_at=stamp,
              updated_at=stamp)
    w.flush()
    w = Writer(conn, "interaction", "interaction")
    attend: list[tuple[str, str]] = []
    names = [f[1] for f in folks[:8]]
    ids: list[tuple[str, datetime]] = []
    for _ in range(interactions):
        iid, when = g.uid(), g.when()
        ids.append((iid, when))
        attend += [(iid, pid) for pid, _ in g.r.sample(folks, g.r.randint(0, 3))]
        w.add(id=iid, account_id=aid, kind=g.r.choice(KINDS_I),
              starts_at=when.strftime("%Y-%m-%d %H:%M:%S.%f"), subject=g.r.choice(SUBJECTS),
              notes=g.text(2, 5, names), concerns=g.text(0, 2, names),
              created_at=_iso(when), updated_at=_iso(when))
    w.flush()
    conn.executemany("INSERT INTO interaction_person VALUES (?, ?)", attend)
    w = Writer(conn, "commitment", "commitment")
    for n in range(commitments):
        iid, when = ids[n * 7 % len(ids)]
        w.add(id=g.uid(), account_id=aid, interaction_id=iid, party=g.r.choice(("ours", "theirs")),
              what=g.r.choice(PROMISES), status=g.r.choice(("open", "done", "dropped")),
              due_on=(when + timedelta(days=14)).date().isoformat(), created_at=_iso(when),
              updated_at=_iso(when))
    w.flush()
    contacts.rebuild_connection(conn)
    conn.commit()
    conn.close()
    return aid


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--data-dir", type=Path, required=True)
    p.add_argument("--accounts", type=int, default=10_000)
    p.add_argument("--people", type=int, default=200_000)
    p.add_argument("--interactions", type=int, default=1_000_000)
    p.add_argument("--commitments", type=int, default=200_000)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--big-dossier", action="store_true",
                   help="only add one account of 300 people / 5,000 interactions to the dossier there")
    a = p.parse_args(argv)
    if a.big_dossier:
        print(f"{BIG_DOSSIER}: {add_big_dossier(a.data_dir)}")
        return 0
    path = generate(a.data_dir, a.accounts, a.people, a.interactions, a.commitments, a.seed)
    print(f"{path}: {path.stat().st_size / 1e6:,.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
