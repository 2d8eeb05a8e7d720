"""Durability and privacy commands: check, backup, backups, restore, encrypt, decrypt,
passphrase, erase and subject-export.

Passphrases come from a prompt (getpass) or, for scripts, $DOSSIER_PASSPHRASE
(and $DOSSIER_NEW_PASSPHRASE for the new one).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from desktop.backup import backups, encryption, erase
from desktop.backup.integrity import check_data_dir
from desktop.db.session import (
    DB_FILENAME,
    ENV_PASSPHRASE,
    is_encrypted,
    missing_passphrase,
    open_database,
    resolve_data_dir,
    resolve_key,
)
from desktop.errors import DatabaseError, ValidationError

ENV_NEW_PASSPHRASE = "DOSSIER_NEW_PASSPHRASE"


def register(sub: Any) -> None:
    p = sub.add_parser("check", help="check the database's integrity and schema version")
    p.add_argument("--quick", action="store_true", help="quick check only")
    p.add_argument("--details", action="store_true", help="list SQLite's findings")
    p.set_defaults(func=run_check)

    p = sub.add_parser("backup", help="back up the dossier now (verified)")
    p.add_argument("--to", metavar="DIR", type=Path, help="also into this folder")
    p.set_defaults(func=run_backup)

    p = sub.add_parser("backups", help="list the backups with date, size and health")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_backups)

    p = sub.add_parser("restore", help="replace the dossier by a backup (backs up the current one)")
    p.add_argument("file", type=Path)
    p.set_defaults(func=run_restore)

    p = sub.add_parser("encrypt", help="encrypt the dossier and its backups with a passphrase")
    p.add_argument("--remember", action="store_true", help="keep the key in the OS keychain")
    p.set_defaults(func=run_encrypt)

    p = sub.add_parser("decrypt", help="turn encryption off")
    p.set_defaults(func=run_decrypt)

    p = sub.add_parser("passphrase", help="change the encryption passphrase")
    p.set_defaults(func=run_passphrase)

    p = sub.add_parser("erase", help="erase a person and every trace of them (cannot be undone)")
    p.add_argument("person", help="name or id")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=run_erase)

    p = sub.add_parser("subject-export", help="export all data about one person as JSON")
    p.add_argument("person", help="name or id")
    p.add_argument("-o", "--output", metavar="FILE", type=Path, required=True)
    p.set_defaults(func=run_subject_export)


# ------------------------------------------------------------------ helpers
def _folder(args: argparse.Namespace) -> Path:
    return resolve_data_dir(args.data_dir)


def _ask(prompt: str, env: str = ENV_PASSPHRASE) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise ValidationError(
            f"A passphrase is needed: type it at the prompt, or set {env} for scripts.",
            f"需要密码：请在提示处输入，脚本可设置环境变量 {env}。",
        )
    return getpass.getpass(prompt)


def _key(folder: Path) -> str | None:
    """The passphrase of an encrypted dossier (env, keychain, else a prompt); None if plain."""
    key = resolve_key(folder)
    if key is None and is_encrypted(folder):
        if not sys.stdin.isatty():
            raise missing_passphrase(folder / DB_FILENAME)
        key = getpass.getpass("Passphrase: ")
    return key


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


# ----------------------------------------------------------------- commands
def run_check(args: argparse.Namespace) -> int:
    folder = _folder(args)
    result = check_data_dir(folder, _key(folder), full=not args.quick)
    print(result.summary())
    if args.details:
        for problem in result.problems:
            print(f"  {problem}")
    return 0 if result.healthy else 4


def run_backup(args: argparse.Namespace) -> int:
    folder = _folder(args)
    db = open_database(folder, create=False, key=_key(folder))
    try:
        made = backups.backup_database(db, reason="manual")
        if args.to:
            made.append(backups.make_backup(db.path, db.key, args.to, reason="manual"))  # type: ignore[arg-type]
    finally:
        db.close()
    for path in made:
        print(f"Backed up to {path} ({_size(path.stat().st_size)}, verified).")
    return 0


def run_backups(args: argparse.Namespace) -> int:
    folder = _folder(args)
    key = _key(folder)
    rows = [b for f in backups.all_folders(folder) for b in backups.list_backups(f, key, check=True)]
    if args.json:
        print(json.dumps([b.as_dict() for b in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("There are no backups yet. 'dossier backup' makes one.")
        return 0
    for b in rows:
        health = "healthy" if b.healthy else "DAMAGED"
        print(f"{b.when:%Y-%m-%d %H:%M:%S}  {_size(b.size):>9}  {health:8} {b.reason:12} {b.path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    folder = _folder(args)
    if not args.file.is_file():
        raise DatabaseError(f"There is no file {args.file}.", f"文件 {args.file} 不存在。")
    safety = backups.restore(folder, args.file, _key(folder))
    if safety is not None:
        print(f"The previous database was kept as {safety}.")
    print(f"Restored the dossier from {args.file}.")
    return 0


def run_encrypt(args: argparse.Namespace) -> int:
    folder = _folder(args)
    if is_encrypted(folder):
        raise ValidationError("The dossier is already encrypted.", "档案已经加密。")
    passphrase = _ask("New passphrase: ")
    if not os.environ.get(ENV_PASSPHRASE) and getpass.getpass("Again: ") != passphrase:
        raise ValidationError("The two passphrases differ; nothing was changed.",
                              "两次输入的密码不一致；未做任何改动。")
    encryption.enable(folder, passphrase, remember=args.remember)
    print("The dossier and its backups are now encrypted. Keep the passphrase safe: "
          "without it the data cannot be recovered.")
    return 0


def run_decrypt(args: argparse.Namespace) -> int:
    folder = _folder(args)
    encryption.disable(folder, _key(folder) or _ask("Passphrase: "))
    print("Encryption is off: the dossier and its backups are stored in plain form.")
    return 0


def run_passphrase(args: argparse.Namespace) -> int:
    folder = _folder(args)
    old = _key(folder) or _ask("Current passphrase: ")
    new = _ask("New passphrase: ", ENV_NEW_PASSPHRASE)
    encryption.change_passphrase(folder, old, new)
    print("The passphrase was changed for the dossier and its backups.")
    return 0


def run_erase(args: argparse.Namespace) -> int:
    folder = _folder(args)
    db = open_database(folder, create=False, key=_key(folder))
    try:
        with db.unit_of_work() as session:
            person = erase.find_person(session, args.person)
            label = f"{person.name} ({person.account.name if person.account else '?'})"
            if not args.yes:
                if not sys.stdin.isatty():
                    raise ValidationError(
                        "Erasing cannot be undone: add --yes to confirm.",
                        "删除后无法恢复：请加上 --yes 确认。",
                    )
                answer = input(f"Erase {label} and every trace of them? Type 'erase' to confirm: ")
                if answer.strip().lower() != "erase":
                    print("Nothing was erased.")
                    return 1
            report = erase.erase_person(session, person)
        erase.purge(db)
    finally:
        db.close()
    for line in report.lines():
        print(line)
    return 0


def run_subject_export(args: argparse.Namespace) -> int:
    folder = _folder(args)
    db = open_database(folder, create=False, readonly=True, key=_key(folder))
    try:
        with db.unit_of_work() as session:
            data = erase.subject_export(session, erase.find_person(session, args.person))
    finally:
        db.close()
    fd = os.open(args.output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2, default=str)
    print(f"Wrote everything about {data['person']['name']} to {args.output}.")
    return 0
