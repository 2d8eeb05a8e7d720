"""Search finds what the user typed, exactly where a plain LIKE scan would, and forgets deletions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select

from desktop.db.models import Account, Commitment, Interaction, Person
from desktop.db.session import Database
from desktop.db.types import new_id
from desktop.search import index
from desktop.search.query import find_spans, scan_limited, search
from desktop.search.tokenize import normalize, parse_query

NOTE_FIELDS = ("subject", "notes", "concerns", "next_steps")


@pytest.fixture
def sdb(db: Database) -> Iterator[Database]:
    index.install()
    yield db


def _account(db: Database, name: str = "华东移动通信") -> str:
    with db.unit_of_work() as s:
        acc = Account(name=name, short_name=name[:4])
        s.add(acc)
        return acc.id


def _note(db: Database, account_id: str, notes: str, when: datetime | None = None) -> str:
    with db.unit_of_work() as s:
        it = Interaction(account_id=account_id, starts_at=when or datetime(2026, 3, 1, 9), notes=notes)
        s.add(it)
        return it.id


def _ids(db: Database, query: str, **kw: object) -> list[str]:
    with db.unit_of_work() as s:
        return [h.record_id for h in search(s, query, limit=1000, **kw)]  # type: ignore[arg-type]


def test_chinese_terms_english_words_and_pinyin_are_found(sdb: Database) -> None:
    acc = _account(sdb)
    with sdb.unit_of_work() as s:
        p = Person(account_id=acc, name="张伟", title="信息中心主任", form_recreation="喜欢打高尔夫")
        c = Commitment(account_id=acc, what="发送报价单", note="张总要求本周内")
        s.add_all([p, c])
        person, promise = p.id, c.id
    visit = _note(sdb, acc, "张总说续约前要看到新的SLA条款和报价单。")
    assert _ids(sdb, "张总") == [visit, promise]
    assert _ids(sdb, "报价单") == [visit, promise]
    assert _ids(sdb, "sla") == _ids(sdb, "SLA") == _ids(sdb, "ＳＬＡ") == [visit]
    assert _ids(sdb, "张总 sla") == [visit]  # terms are ANDed
    assert _ids(sdb, "张总 高尔夫") == []
    assert _ids(sdb, "高尔夫") == [person]
    for typed in ("zhangwei", "ZW", "zhangw", "wei", "zh", "z", "zha"):
        assert person in _ids(sdb, typed), typed
    assert acc in _ids(sdb, "hdyd")  # 华东移动 by initials


def test_hits_are_grouped_by_kind_newest_first_with_highlighted_snippet(sdb: Database) -> None:
    acc = _account(sdb)
    old = _note(sdb, acc, "第一次谈续约", datetime(2025, 1, 5, 10))
    new = _note(sdb, acc, "再次沟通续约的价格", datetime(2026, 2, 5, 10))
    with sdb.unit_of_work() as s:
        s.add(Commitment(account_id=acc, what="续约合同草案"))
    with sdb.unit_of_work() as s:
        hits = search(s, "续约")
    assert [h.kind for h in hits] == ["interaction", "interaction", "commitment"]
    assert [h.record_id for h in hits[:2]] == [new, old]
    first = hits[0]
    assert [first.snippet[a:b] for a, b in first.spans] == ["续约"]
    assert first.account_name == "华东移动通信"


def test_a_phrase_never_matches_across_punctuation(sdb: Database) -> None:
    acc = _account(sdb)
    _note(sdb, acc, "见了张总，总经理不在")
    assert _ids(sdb, "张总经") == []
    assert _ids(sdb, "总经理") != []


def test_edits_soft_deletes_undo_and_hard_deletes_change_results_in_the_same_transaction(
    sdb: Database,
) -> None:
    acc = _account(sdb)
    visit = _note(sdb, acc, "讨论SLA")
    with sdb.unit_of_work() as s:
        s.get(Interaction, visit).notes = "讨论价格"  # type: ignore[union-attr]
    assert _ids(sdb, "sla") == [] and _ids(sdb, "价格") == [visit]
    with sdb.unit_of_work() as s:
        s.get(Interaction, visit).deleted_at = datetime.now()  # type: ignore[union-attr]
    assert _ids(sdb, "价格") == []
    with sdb.unit_of_work() as s:  # undo of the deletion
        it = s.get(Interaction, visit, execution_options={"include_deleted": True})
        assert it is not None
        it.deleted_at = None
    assert _ids(sdb, "价格") == [visit]
    with sdb.unit_of_work() as s:
        s.execute(delete(Interaction).where(Interaction.id == visit))
        index.reindex(s, "interaction", [visit])  # Core delete: told explicitly
    assert _ids(sdb, "价格") == []
    other = _note(sdb, acc, "价格谈判")
    with sdb.unit_of_work() as s:
        s.delete(s.get(Interaction, other))
    assert _ids(sdb, "价格") == []


def test_a_rolled_back_action_leaves_the_index_as_it_was(sdb: Database) -> None:
    acc = _account(sdb)
    with pytest.raises(RuntimeError), sdb.unit_of_work() as s:
        s.add(Interaction(account_id=acc, starts_at=datetime(2026, 1, 1), notes="回滚的笔记"))
        s.flush()
        assert [h.kind for h in search(s, "回滚")] == ["interaction"]  # visible inside
        raise RuntimeError
    assert _ids(sdb, "回滚") == []


def test_each_kind_is_searched_apart_and_odd_dates_keep_newest_first(sdb: Database) -> None:
    acc = _account(sdb, "采购中心")
    with sdb.unit_of_work() as s:
        p = Person(account_id=acc, name="王芳", title="采购经理")
        c = Commitment(account_id=acc, what="采购清单")
        s.add_all([p, c])
        person, promise = p.id, c.id
    # Typed wrong, but still in date order: before 1970, after 2106 (32-bit seconds).
    years = (1900, 2200, 1950, 2026, 2150)
    notes = {y: _note(sdb, acc, f"采购 in {y}", datetime(y, 1, 1)) for y in years}
    with sdb.unit_of_work() as s:
        hits = search(s, "采购")
        assert [(h.kind, h.record_id) for h in hits] == [
            ("account", acc), ("person", person),
            *[("interaction", notes[y]) for y in sorted(years, reverse=True)],
            ("commitment", promise)]
        assert hits[2].date == datetime(2200, 1, 1) and hits[2].title == "采购 in 2200"
    assert _ids(sdb, "采购", kinds=("person",)) == [person]
    assert _ids(sdb, "采购", kinds=("commitment", "account")) == [promise, acc]
    assert _ids(sdb, "1950", kinds=("interaction",)) == [notes[1950]]
    assert _ids(sdb, "经理", kinds=("interaction", "commitment")) == []


def test_newest_first_holds_at_the_far_ends_of_the_rowid_layout() -> None:
    """FTS5 reads a doclist backwards wrongly once rowids pass 2**57 (seen with SQLite
    3.40): ORDER BY rowid DESC then drops AND/phrase matches. The layout stays below."""
    import random
    import sqlite3

    rng = random.Random(7)
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE search_fts USING fts5(body, tokenize = 'ascii')")
    docs = {}
    for _ in range(12_000):
        when = datetime(1800, 1, 1) + timedelta(seconds=rng.randrange(2**36))
        kind = rng.choice(tuple(index.KINDS))
        rowid = index.rowid_for(str(new_id()), when, kind)
        assert rowid < 2**55
        docs[rowid] = " ".join(rng.choice(("aa", "bb", "cc", "dd")) for _ in range(5))
    conn.executemany("INSERT INTO search_fts(rowid, body) VALUES (?, ?)", docs.items())
    for expr in ("aa AND bb", '"aa bb cc"'):
        every = sorted((r for (r,) in conn.execute(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH ?", (expr,))), reverse=True)
        for kind in index.KINDS:
            lo, hi = index.kind_rowids(kind)
            got = [r for (r,) in conn.execute(
                "SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ? "
                "ORDER BY rowid DESC", (expr, lo, hi))]
            assert got == [r for r in every if lo <= r <= hi], (expr, kind)


def test_people_of_a_deleted_account_are_not_found(sdb: Database) -> None:
    acc = _account(sdb)
    with sdb.unit_of_work() as s:
        s.add(Person(account_id=acc, name="李娜"))
    with sdb.unit_of_work() as s:
        s.get(Account, acc).deleted_at = datetime.now()  # type: ignore[union-attr]
    assert _ids(sdb, "李娜") == [] and _ids(sdb, "lina") == []


def test_short_punctuation_and_fts_syntax_queries(sdb: Database) -> None:
    acc = _account(sdb)
    visit = _note(sdb, acc, 'He said "NEAR" the end: price* OR discount AND 张 -x ^y')
    assert _ids(sdb, "张", kinds=("interaction",)) == [visit]  # one character
    assert _ids(sdb, "p", kinds=("interaction",)) == [visit]
    assert _ids(sdb, "q", kinds=("interaction",)) == []
    assert scan_limited("张") and not scan_limited("p") and not scan_limited("pr 张总")
    assert _ids(sdb, "，。！？") == [] and _ids(sdb, "  ") == []
    for typed in ('"', '""', "*", "NEAR(", "near", "price*", "OR", "AND discount", "-x", "^y",
                  'said "near', "the end:", "(price", "NEAR/the"):
        assert _ids(sdb, typed, kinds=("interaction",)) == ([] if typed in ('"', '""', "*") else [visit]), typed


def test_rebuild_gives_the_same_answers(sdb: Database) -> None:
    acc = _account(sdb)
    for n in range(30):
        _note(sdb, acc, f"第{n}次 续约 sla" if n % 3 else "报价单", datetime(2026, 1, 1) + timedelta(days=n))
    before = {q: _ids(sdb, q) for q in ("续约", "sla", "报价单", "zw", "第1")}
    with sdb.unit_of_work() as s:
        assert index.rebuild(s) == 31
    assert {q: _ids(sdb, q) for q in before} == before


# ----------------------------------------------------- property: vs LIKE
CHARS = "张总续约报价单价客户"
WORDS = ("SLA", "sla", "Renewal", "renew", "price", "pricing", "7x24", "KPI")


def _texts() -> st.SearchStrategy[str]:
    piece = st.one_of(
        st.text(alphabet=CHARS, min_size=1, max_size=6),
        st.sampled_from(WORDS),
        st.sampled_from(("，", "。", " ", "、", "(", '"', "*")),
    )
    return st.lists(piece, max_size=10).map("".join)


def _queries() -> st.SearchStrategy[str]:
    term = st.one_of(
        st.text(alphabet=CHARS, min_size=1, max_size=3),
        st.sampled_from(("sla", "SLA", "re", "renew", "pri", "p", "7", "kp", "x24")),
    )
    return st.lists(term, min_size=1, max_size=2).map(" ".join)


def _reference(db: Database, account_id: str, query: str) -> list[str]:
    """Interactions of the account that a LIKE scan (and a word-prefix check) accepts."""
    atoms = parse_query(query)
    with db.unit_of_work() as s:
        stmt = select(Interaction).where(Interaction.account_id == account_id)
        for atom in atoms:
            if atom.cjk:
                stmt = stmt.where(
                    Interaction.subject.like(f"%{atom.text}%")
                    | Interaction.notes.like(f"%{atom.text}%")
                    | Interaction.concerns.like(f"%{atom.text}%")
                )
        rows = s.scalars(stmt.order_by(Interaction.starts_at.desc())).all()
        out = []
        for it in rows:
            words = {w for f in (it.subject, it.notes, it.concerns)
                     for w in re.findall(r"[a-z0-9]+", normalize(f))}
            if all(atom.cjk or any(w.startswith(atom.text) for w in words) for atom in atoms):
                out.append(it.id)
        return out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    docs=st.lists(st.tuples(_texts(), _texts()), min_size=1, max_size=8),
    edits=st.lists(
        st.tuples(st.sampled_from(("edit", "delete", "undo", "import")), st.integers(0, 7), _texts()),
        max_size=5,
    ),
    queries=st.lists(_queries(), min_size=1, max_size=4),
)
def test_search_equals_a_like_scan_after_edits_deletes_undo_and_import(
    sdb: Database, docs: list[tuple[str, str]], edits: list[tuple[str, int, str]],
    queries: list[str],
) -> None:
    acc = _account(sdb)
    ids: list[str] = []
    with sdb.unit_of_work() as s:
        for n, (notes, concerns) in enumerate(docs):
            it = Interaction(account_id=acc, starts_at=datetime(2026, 1, 1) + timedelta(hours=n),
                             notes=notes, concerns=concerns)
            s.add(it)
            ids.append(it.id)
    undo: list[tuple[str, str, datetime | None]] = []
    for op, k, text in edits:
        target = ids[k % len(ids)]
        with sdb.unit_of_work() as s:
            it = s.get(Interaction, target, execution_options={"include_deleted": True})
            assert it is not None
            if op == "edit":
                undo.append((target, it.notes, it.deleted_at))
                it.notes = text
            elif op == "delete":
                undo.append((target, it.notes, it.deleted_at))
                it.deleted_at = datetime.now()
            elif op == "undo" and undo:
                back, notes, deleted_at = undo.pop()
                again = s.get(Interaction, back, execution_options={"include_deleted": True})
                assert again is not None
                again.notes, again.deleted_at = notes, deleted_at
            elif op == "import":  # a bulk load through Core, indexed in the same transaction
                new = new_id()
                s.execute(insert(Interaction).values(
                    id=new, account_id=acc, starts_at=datetime(2025, 6, 1) + timedelta(minutes=len(ids)),
                    notes=text,
                    subject="导入", concerns=""))
                index.reindex(s, "interaction", [new])
                ids.append(new)
    for query in queries:
        got = _ids(sdb, query, account_id=acc, kinds=("interaction",))
        assert got == _reference(sdb, acc, query), query


def _like_reference(s: object, model: type, fields: tuple[str, ...], account_id: str,
                    query: str) -> list[str]:
    """Live records of one kind that a LIKE scan (and a word-prefix check) accepts, newest first."""
    atoms = parse_query(query)
    date = Interaction.starts_at if model is Interaction else Commitment.created_at
    rows = s.scalars(  # type: ignore[attr-defined]
        select(model).where(model.account_id == account_id).order_by(date.desc())  # type: ignore[attr-defined]
    ).all()
    out = []
    for row in rows:
        texts = [normalize(getattr(row, f) or "") for f in fields]
        words = {w for t in texts for w in re.findall(r"[a-z0-9]+", t)}
        if all(any(a.text in t for t in texts) if a.cjk else any(w.startswith(a.text) for w in words)
               for a in atoms):
            out.append(row.id)
    return out


@pytest.mark.slow
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    visits=st.lists(st.tuples(_texts(), st.integers(0, 2_600_000)), min_size=1, max_size=8,
                    unique_by=lambda v: v[1]),
    promises=st.lists(st.tuples(_texts(), st.integers(0, 2_600_000)), max_size=6,
                      unique_by=lambda v: v[1]),
    queries=st.lists(_queries(), min_size=1, max_size=4),
)
def test_each_kind_equals_its_like_scan_newest_first_whatever_the_dates(
    sdb: Database, visits: list[tuple[str, int]], promises: list[tuple[str, int]],
    queries: list[str],
) -> None:
    """Dates from 1800 to 2100 (hours apart): kinds never mix, order is by date."""
    acc = _account(sdb)
    start = datetime(1800, 1, 1)
    with sdb.unit_of_work() as s:
        for text, hours in visits:
            s.add(Interaction(account_id=acc, starts_at=start + timedelta(hours=hours), notes=text))
        for text, hours in promises:
            s.add(Commitment(account_id=acc, what="承诺" + text, note=text,  # what: never empty
                             created_at=start + timedelta(hours=hours, minutes=30)))
    with sdb.unit_of_work() as s:
        for query in queries:
            for model, kind, fields in ((Interaction, "interaction", ("subject", "notes")),
                                        (Commitment, "commitment", ("what", "note"))):
                got = [h.record_id for h in search(s, query, account_id=acc, kinds=(kind,),
                                                   limit=100)]
                assert got == _like_reference(s, model, fields, acc, query), (kind, query)


def test_spans_point_at_the_original_text_even_when_normalisation_changes_its_length() -> None:
    text = "ＳＬＡ和ﬁle：SLA"
    spans = find_spans(text, parse_query("sla"))
    assert [text[a:b] for a, b in spans] == ["ＳＬＡ", "SLA"]


# ----------------------------------------------------------- account list
def test_account_filter_pages_and_sorts(sdb: Database) -> None:
    from desktop.db.account_queries import list_accounts as filter_accounts  # the panel's call

    with sdb.unit_of_work() as s:
        for n, (name, industry, risk) in enumerate(
            [("华东移动", "电信运营", "high"), ("华北电力", "能源", "low"),
             ("Acme Bank", "金融", None), ("华东银行", "金融", "medium")]
        ):
            acc = Account(name=name, industry=industry, region="华东" if "华东" in name else "",
                          churn_risk=risk)
            s.add(acc)
            if n == 0:
                s.flush()
                s.add(Interaction(account_id=acc.id, starts_at=datetime(2026, 1, 2, 9)))
                s.add(Interaction(account_id=acc.id, starts_at=datetime(2099, 1, 1, 9)))
    with sdb.unit_of_work() as s:
        rows = filter_accounts(s, "华东")
        assert [r.name for r in rows] == ["华东移动", "华东银行"]
        assert rows[0].last_contact == datetime(2026, 1, 2, 9)  # a planned visit does not count
        assert [r.name for r in filter_accounts(s, "acme")] == ["Acme Bank"]
        assert [r.name for r in filter_accounts(s, "金融 华东")] == ["华东银行"]
        assert [r.name for r in filter_accounts(s, "", sort="churn_risk")][:2] == ["华东移动", "华东银行"]
        # most recent first, accounts never contacted last
        assert filter_accounts(s, "", sort="last_contact")[0].name == "华东移动"
        assert len(filter_accounts(s, "", limit=2, offset=2)) == 2
        assert len(filter_accounts(s, "", limit=2, offset=3)) == 1
        assert filter_accounts(s, "100%_") == []


def test_upgrading_a_filled_dossier_indexes_what_is_already_there(data_dir: Path) -> None:
    from alembic import command

    from desktop.db.migrate import alembic_config
    from desktop.db.session import DB_FILENAME, make_engine, open_database

    data_dir.mkdir(parents=True)
    engine = make_engine(data_dir / DB_FILENAME)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")  # a dossier from before search existed
        conn.exec_driver_sql(
            "INSERT INTO account (id, name, short_name, industry, region, address, website, size,"
            " products_held, competitors, corporate_culture, group_culture, institutional_needs,"
            " churn_causes, churn_note, notes, created_at, updated_at) VALUES ('a1', '华东移动',"
            " '', '', '', '', '', '', '', '', '', '', '[]', '[]', '', '老客户，续约在即',"
            " '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00')"
        )
    engine.dispose()
    db = open_database(data_dir)
    try:
        with db.unit_of_work() as s:
            assert [h.record_id for h in search(s, "续约")] == ["a1"]
            assert [h.record_id for h in search(s, "hdyd")] == ["a1"]
    finally:
        db.close()


def test_upgrading_replaces_an_index_of_the_first_layout(data_dir: Path) -> None:
    """search01 told kinds apart by a token; search02 rebuilds the index with kind rowids."""
    from alembic import command

    from desktop.db.migrate import alembic_config
    from desktop.db.session import DB_FILENAME, make_engine, open_database

    data_dir.mkdir(parents=True)
    engine = make_engine(data_dir / DB_FILENAME)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "perf01")
        conn.exec_driver_sql(
            "INSERT INTO account (id, name, short_name, industry, region, address, website, size,"
            " products_held, competitors, corporate_culture, group_culture, institutional_needs,"
            " churn_causes, churn_note, notes, created_at, updated_at) VALUES ('a1', '华东移动',"
            " '', '', '', '', '', '', '', '', '', '', '[]', '[]', '', '老客户，续约在即',"
            " '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00')"
        )
        # What search01's code wrote: the kind as a token, the date alone in the rowid.
        conn.exec_driver_sql("DELETE FROM search_fts")
        conn.exec_driver_sql("DELETE FROM search_doc")
        conn.exec_driver_sql("INSERT INTO search_doc VALUES (42, 'account', 'a1')")
        conn.exec_driver_sql("INSERT INTO search_fts(rowid, body) VALUES "
                             "(42, '\ue001account \ue002a1 hdyd \ue000 华东 东移 移动')")
    engine.dispose()
    db = open_database(data_dir)
    try:
        with db.unit_of_work() as s:
            assert [h.record_id for h in search(s, "续约")] == ["a1"]
            assert [h.record_id for h in search(s, "hdyd", kinds=("account",))] == ["a1"]
            assert search(s, "hdyd", kinds=("person",)) == []
            assert s.connection().exec_driver_sql("SELECT count(*) FROM search_fts").scalar() == 1
    finally:
        db.close()


def test_the_command_line_search(sdb: Database, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from desktop.cli import main

    acc = _account(sdb)
    other = _account(sdb, "华北电力")
    visit = _note(sdb, acc, "客户要求SLA")
    _note(sdb, other, "电力SLA")
    sdb.close()
    assert main(["--data-dir", str(data_dir), "search", "sla", "--json", "--account", "华东移动通信"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [(h["kind"], h["id"]) for h in out] == [("interaction", visit)]
    assert out[0]["snippet"][slice(*out[0]["spans"][0])] == "SLA"
    assert main(["--data-dir", str(data_dir), "search", "sla"]) == 0
    assert "[SLA]" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "search", "报价单"]) == 1
    capsys.readouterr()
    # Several words typed without quotes are one query, all of them ANDed.
    assert main(["--data-dir", str(data_dir), "search", "客户", "sla", "--json"]) == 0
    assert [h["id"] for h in json.loads(capsys.readouterr().out)] == [visit]
    assert main(["--data-dir", str(data_dir), "search", "电力", "客户"]) == 1
    assert main(["--data-dir", str(data_dir), "search", '"NEAR(*']) == 1
    assert main(["--data-dir", str(data_dir), "search", "  "]) == 2
    assert "Say what to search for" in capsys.readouterr().err
