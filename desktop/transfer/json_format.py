"""The lossless JSON format ("dossier-json"): a whole dossier, or one account, in one file.

Everything the database holds is written: every aggregate of
``desktop.db.models.AGGREGATES`` (soft-deleted rows included, so a restore or
a later sync loses nothing) and the association tables. Rows are sorted by id,
keys are sorted and no export timestamp is written, so exporting, importing
into an empty data folder and exporting again gives a byte-identical file.

Import is all or nothing: the whole file is read and checked (format, version,
every value against its closed set, every reference) before anything is
written; any problem raises ImportFileError and nothing changes.

A record whose id already exists is updated in place to the file's values
(restore semantics: the file wins, including deleted_at and updated_at).
See docs/json-format.md.
"""

from __future__ import annotations

import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desktop.db import contacts, migrate
from desktop.db.models import (
    AGGREGATES,
    Account,
    Record,
    interaction_member,
    interaction_person,
    subgroup_person,
)
from desktop.errors import DossierError, ImportFileError, ValidationError
from desktop.transfer import ImportReport
from desktop.transfer.json_values import ValueProblem, converter, dump_value

EXTENSIONS = (".json",)
FORMAT = "dossier-json"
FORMAT_VERSION = 1

# Association tables: (table, the column naming the owner whose set the file restores).
ASSOCIATIONS: tuple[tuple[Table, str], ...] = (
    (interaction_person, "interaction_id"),
    (interaction_member, "interaction_id"),
    (subgroup_person, "subgroup_id"),
)
MODELS: dict[str, type[Record]] = {m.__tablename__: m for m in AGGREGATES}  # type: ignore[attr-defined]
TABLES: dict[str, Table] = {
    **{name: model.__table__ for name, model in MODELS.items()},  # type: ignore[attr-defined]
    **{table.name: table for table, _ in ASSOCIATIONS},
}


# ----------------------------------------------------------------- export
def _rows(session: Session, table: Table, where: Any = None) -> list[dict[str, Any]]:
    stmt = select(table).execution_options(include_deleted=True)
    if where is not None:
        stmt = stmt.where(where)
    rows = [
        {key: dump_value(value) for key, value in row._mapping.items()}
        for row in session.execute(stmt)
    ]
    keys = [c.name for c in table.primary_key.columns]
    rows.sort(key=lambda r: tuple(str(r[k]) for k in keys))
    return rows


def collect(session: Session, *, account: Account | None = None) -> dict[str, Any]:
    """The document to write: every table of the dossier (or of one account)."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for name, table in TABLES.items():
        where = None
        if account is not None:
            where = _account_filter(name, table, account.id)
        tables[name] = _rows(session, table, where)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": _revisions(migrate.MIGRATIONS)[0],
        "tables": tables,
    }


def _account_filter(name: str, table: Table, account_id: str) -> Any:
    from desktop.db.models import Coverage, Interaction, Person, SubGroup

    if name == "team_member":
        return None  # our own people are shared by every account: always written
    if name == "account":
        return table.c.id == account_id
    if "account_id" in table.c:
        return table.c.account_id == account_id
    people = select(Person.id).where(Person.account_id == account_id)
    if name == "coverage":
        return Coverage.__table__.c.person_id.in_(people)
    if name in ("interaction_person", "interaction_member"):
        ids = select(Interaction.id).where(Interaction.account_id == account_id)
        return table.c.interaction_id.in_(ids)
    if name == "subgroup_person":
        ids = select(SubGroup.id).where(SubGroup.account_id == account_id)
        return table.c.subgroup_id.in_(ids)
    raise AssertionError(f"no account filter for {name}")


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def export(session: Session, path: Path, *, account: Account | None = None) -> int:
    """Write the dossier (or one account) to ``path``; the number of records written."""
    document = collect(session, account=account)
    data = dumps(document).encode("utf-8")
    path = Path(path)
    try:
        # Write aside, then replace: a crash never leaves half a file under the real name.
        fd, tmp = tempfile.mkstemp(prefix=".dossier-export-", dir=path.parent or Path("."))
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise DossierError(
            f"Cannot write {path} ({exc.strerror}). Choose another file or folder.",
            f"无法写入 {path}（{exc.strerror}）。请选择其他文件或文件夹。",
        ) from exc
    return sum(len(document["tables"][name]) for name in MODELS)


# ----------------------------------------------------------------- import
def _bad(en: str, zh: str) -> ImportFileError:
    return ImportFileError(en + " Nothing was changed.", zh + "档案未被改动。")


def _read(path: Path) -> Any:
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise ImportFileError(f"There is no file {path}.", f"文件 {path} 不存在。") from exc
    except OSError as exc:
        raise ImportFileError(
            f"Cannot read {path} ({exc.strerror}).", f"无法读取 {path}（{exc.strerror}）。"
        ) from exc
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise _bad(
            f"{path.name} is not a Dossier JSON file (it is not UTF-8 text).",
            f"{path.name} 不是 Dossier 的 JSON 文件（不是 UTF-8 文本）。",
        ) from exc
    except json.JSONDecodeError as exc:
        raise _bad(
            f"{path.name} is not valid JSON (line {exc.lineno}, column {exc.colno}).",
            f"{path.name} 不是有效的 JSON（第 {exc.lineno} 行，第 {exc.colno} 列）。",
        ) from exc


def _check_header(doc: Any, name: str) -> dict[str, Any]:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _bad(
            f"{name} is not a Dossier JSON export (its \"format\" is not \"{FORMAT}\").",
            f"{name} 不是 Dossier 导出的 JSON 文件（“format”不是“{FORMAT}”）。",
        )
    version = doc.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _bad(
            f"{name} has no valid \"format_version\".", f"{name} 缺少有效的“format_version”。"
        )
    if version > FORMAT_VERSION:
        raise _bad(
            f"{name} was written by a newer version of Dossier (format {version}); "
            "install the newer version to import it.",
            f"{name} 由更新版本的 Dossier 写出（格式版本 {version}），请安装新版本后再导入。",
        )
    schema = doc.get("schema_version")
    if not isinstance(schema, str) or not _known_revision(schema):
        raise _bad(
            f"{name} was written by a newer version of Dossier (schema {schema!r}); "
            "install the newer version to import it.",
            f"{name} 由更新版本的 Dossier 写出（数据结构 {schema!r}），请安装新版本后再导入。",
        )
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        raise _bad(f"{name} has no \"tables\" section.", f"{name} 缺少“tables”部分。")
    unknown = sorted(set(tables) - set(TABLES))
    if unknown:
        raise _bad(
            f"{name} has an unknown table {unknown[0]!r}.", f"{name} 含有未知的表“{unknown[0]}”。"
        )
    for table_name, rows in tables.items():
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise _bad(
                f"In {name}, table {table_name!r} is not a list of records.",
                f"{name} 中的表“{table_name}”不是记录列表。",
            )
    return tables


def _known_revision(rev: str) -> bool:
    return rev in _revisions(migrate.MIGRATIONS)[1]


@lru_cache(maxsize=4)
def _revisions(scripts: Path) -> tuple[str, frozenset[str]]:
    """The head revision and every revision this Dossier knows (read once: loading is slow)."""
    from alembic.script import ScriptDirectory

    directory = ScriptDirectory.from_config(migrate.alembic_config())
    head = directory.get_current_head()
    assert head is not None
    return head, frozenset(r.revision for r in directory.walk_revisions())


def _convert_rows(name: str, table: Table, rows: list[dict[str, Any]],
                  fname: str) -> list[dict[str, Any]]:
    converters = {c.name: (converter(c), c) for c in table.columns}
    out: list[dict[str, Any]] = []
    for index, row in enumerate(rows, start=1):
        where_en = f"In {fname}, {name} record {index}"
        where_zh = f"{fname} 中 {name} 的第 {index} 条记录"
        unknown = sorted(set(row) - set(converters))
        if unknown:
            raise _bad(f"{where_en} has an unknown field {unknown[0]!r}.",
                       f"{where_zh}含有未知字段“{unknown[0]}”。")
        values: dict[str, Any] = {}
        for key, (convert, column) in converters.items():
            if key not in row:
                if column.primary_key or (column.default is None and not column.nullable):
                    raise _bad(f"{where_en} lacks the field {key!r}.",
                               f"{where_zh}缺少字段“{key}”。")
                continue
            value = row[key]
            if value is None:
                if not column.nullable:
                    raise _bad(f"{where_en}: the field {key!r} cannot be empty.",
                               f"{where_zh}：字段“{key}”不能为空。")
                values[key] = None
                continue
            try:
                values[key] = convert(value)
            except ValueProblem as exc:
                raise _bad(f"{where_en}, field {key!r}: {exc.en}.",
                           f"{where_zh}，字段“{key}”：{exc.zh}。") from None
        out.append(values)
    return out


def _check_references(session: Session, data: dict[str, list[dict[str, Any]]],
                      fname: str) -> None:
    """Every id a record points at exists, in the file or already in the dossier."""
    ids: dict[str, set[str]] = {n: {r["id"] for r in rows} for n, rows in data.items()
                                if n in MODELS}
    for name, rows in data.items():
        seen: set[Any] = set()
        keys = [c.name for c in TABLES[name].primary_key.columns]
        for row in rows:
            key = tuple(row[k] for k in keys)
            if key in seen:
                raise _bad(f"In {fname}, {name} has the id {key[0]!r} twice.",
                           f"{fname} 中 {name} 的 id“{key[0]}”出现了两次。")
            seen.add(key)
        for column in TABLES[name].columns:
            for fk in column.foreign_keys:
                target = fk.column.table.name
                wanted = {r[column.name] for r in rows if r.get(column.name) is not None}
                missing = wanted - ids.get(target, set())
                if missing:
                    table = TABLES[target]
                    found = set(session.scalars(
                        select(table.c.id).where(table.c.id.in_(missing))
                        .execution_options(include_deleted=True)
                    ))
                    missing -= found
                if missing:
                    ref = sorted(missing)[0]
                    raise _bad(
                        f"In {fname}, a {name} record points at {target} {ref!r}, "
                        "which is neither in the file nor in the dossier.",
                        f"{fname} 中有一条 {name} 记录指向不存在的 {target}“{ref}”"
                        "（文件和档案中都没有）。",
                    )


def import_file(session: Session, path: Path, *, account: Account | None = None) -> ImportReport:
    """Read a dossier-json file into the dossier (all or nothing; the file wins on ids)."""
    path = Path(path)
    if account is not None:
        raise ImportFileError(
            "A Dossier JSON file restores whole dossiers; import it without --account.",
            "Dossier JSON 文件恢复的是完整档案；导入时请不要使用 --account。",
        )
    tables = _check_header(_read(path), path.name)
    data = {name: _convert_rows(name, TABLES[name], tables.get(name, []), path.name)
            for name in TABLES}
    _check_references(session, data, path.name)
    person_batches = _batches("person", data["person"], path.name)

    report = ImportReport()
    try:
        for name, model in MODELS.items():
            created = updated = 0
            known = _existing_ids(session, TABLES[name], [r["id"] for r in data[name]])
            for batch in person_batches if name == "person" else [data[name]]:
                for values in batch:
                    obj = None
                    if values["id"] in known:
                        with session.no_autoflush:
                            obj = session.get(model, values["id"],
                                              execution_options={"include_deleted": True})
                    if obj is None:
                        session.add(model(**values))
                        created += 1
                    else:
                        for key, value in values.items():
                            setattr(obj, key, value)
                        # Keep the file's updated_at even when nothing else changed.
                        flag_modified(obj, "updated_at")
                        updated += 1
                # Flushed table by table (managers before their reports) so the
                # domain rules see every record they check.
                session.flush()
            report.created += created
            report.updated += updated
            report.details[name] = created + updated
        session.flush()
        for table, owner in ASSOCIATIONS:
            rows = data[table.name]
            owners = {r[owner] for r in rows} | {r["id"] for r in data[_owner_table(owner)]}
            if owners:
                session.execute(table.delete().where(table.c[owner].in_(owners)))
            if rows:
                session.execute(table.insert().prefix_with("OR IGNORE"), rows)
            report.details[table.name] = len(rows)
        session.flush()
        # Attendance went in as bulk SQL: bring the stored last contacts in step.
        contacts.refresh(
            session,
            people=[r["id"] for r in data["person"]]
            + [r["person_id"] for r in data["interaction_person"]],
            accounts=[r["id"] for r in data["account"]],
        )
    except ValidationError as exc:
        raise _bad(f"{path.name} breaks a rule of the dossier: {exc.en}",
                   f"{path.name} 违反了档案规则：{exc.zh}") from exc
    broken = session.execute(text("PRAGMA foreign_key_check")).first()
    if broken is not None:
        raise _bad(f"{path.name} points at records that do not exist ({broken[0]}).",
                   f"{path.name} 指向了不存在的记录（{broken[0]}）。")
    return report


def _existing_ids(session: Session, table: Table, ids: list[str]) -> set[str]:
    """Which of ``ids`` the dossier already holds (deleted or not), in one query per 500."""
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found.update(session.scalars(
            select(table.c.id).where(table.c.id.in_(chunk))
            .execution_options(include_deleted=True)
        ))
    return found


def _batches(name: str, rows: list[dict[str, Any]], fname: str) -> list[list[dict[str, Any]]]:
    """People in the order to write them: level by level down the reporting lines."""
    by_id = {r["id"]: r for r in rows}
    level: dict[str, int] = {}
    for row in rows:
        chain: list[str] = []
        current: str | None = row["id"]
        while current is not None and current in by_id and current not in level:
            if current in chain:
                raise _bad(f"In {fname}, reporting lines go round in a circle.",
                           f"{fname} 中的汇报关系形成了循环。")
            chain.append(current)
            current = by_id[current].get("reports_to_id")
        base = level.get(current, -1) if current is not None else -1
        for offset, pid in enumerate(reversed(chain), start=1):
            level[pid] = base + offset
    batches: list[list[dict[str, Any]]] = [[] for _ in range(max(level.values(), default=-1) + 1)]
    for row in rows:
        batches[level[row["id"]]].append(row)
    return batches


def _owner_table(owner_column: str) -> str:
    return {"interaction_id": "interaction", "subgroup_id": "sub_group"}[owner_column]
