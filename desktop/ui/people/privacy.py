"""A person's privacy rights from the decision-chain tab: erase for good, export their data.

Erasing is the one delete that cannot be undone: desktop.backup.erase removes the person
and every trace in one unit of work, then ``purge`` rebuilds the file (VACUUM cannot run
inside a transaction, so it runs after the unit of work has committed). The undo stack is
cleared, since its commands may refer to the person, and every view is told to refresh.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desktop.backup import erase
from desktop.db.models import Account, Person
from desktop.ui.context import KINDS, AppContext
from desktop.ui.errors import show_error


def _label(ctx: AppContext, person_id: str) -> tuple[str, str] | None:
    with ctx.db.unit_of_work() as session:
        person = session.get(Person, person_id)
        if person is None:
            return None
        account = session.get(Account, person.account_id) if person.account_id else None
        return person.name, account.name if account else ""


def erase_person(parent: QWidget, ctx: AppContext, person_id: str) -> bool:
    """Warn in plain words, ask (No is the default), erase and purge; True when erased."""
    label = _label(ctx, person_id)
    if label is None:
        return False
    name, account = label
    title = QCoreApplication.translate("PersonPrivacy", "Erase %1 for good")
    question = QCoreApplication.translate(
        "PersonPrivacy",
        "Erase %1 of %2 and every trace of them?\n\n"
        "This removes the person, the meetings they attended, their relationships, "
        "our coverage of them, their external ties and their entries in the search. "
        "Promises they made or received stay, without their name.\n\n"
        "This cannot be undone, not even with Edit ▸ Undo. Backups made before now still "
        "hold them until they are rotated out.\n\n"
        "To only take them off the chart, use Delete… instead.")
    answer = QMessageBox.warning(
        parent, title.replace("%1", name), question.replace("%1", name).replace("%2", account),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    erased = False
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        with ctx.db.unit_of_work() as session:
            person = session.get(Person, person_id)
            if person is None:
                return False
            report = erase.erase_person(session, person)
        erased = True
        erase.purge(ctx.db)  # after the commit: VACUUM cannot run inside a transaction
    except Exception as exc:  # shown in plain words, never a traceback
        QApplication.restoreOverrideCursor()
        show_error(parent, exc, ctx.lang)
        return erased
    finally:
        if QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()
        if erased:
            ctx.undo_stack.clear()  # undo commands may refer to the erased person
            ctx.notify(KINDS)
    done = QCoreApplication.translate(
        "PersonPrivacy",
        "%1 was erased. Backups made before now still hold them until they are rotated out.",
    ).replace("%1", name)
    if report.mentions:
        mentions = QCoreApplication.translate(
            "PersonPrivacy",
            "Their name still appears in the free text of %n other record(s) (notes, "
            "subjects, promises): search for it and edit those by hand.", "", len(report.mentions))
        done += "\n\n" + mentions
    QMessageBox.information(parent, QCoreApplication.translate("PersonPrivacy", "Erased"), done)
    return True


def export_person(parent: QWidget, ctx: AppContext, person_id: str) -> str | None:
    """Ask where to save, then write everything held about the person as JSON."""
    label = _label(ctx, person_id)
    if label is None:
        return None
    name, _account = label
    title = QCoreApplication.translate("PersonPrivacy", "Export this person's data")
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / f"{name}.json"),
        QCoreApplication.translate("PersonPrivacy", "JSON files (*.json)"))
    if not path:
        return None
    if not path.lower().endswith(".json"):
        path += ".json"
    try:
        with ctx.db.unit_of_work() as session:
            person = session.get(Person, person_id)
            if person is None:
                return None
            data = erase.subject_export(session, person)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2, default=str)
    except OSError as exc:
        failed = QCoreApplication.translate(
            "PersonPrivacy",
            "The file could not be written (%1). Choose another folder, for example your "
            "Documents.")
        QMessageBox.warning(parent, title, failed.replace("%1", exc.strerror or str(exc)))
        return None
    except Exception as exc:
        show_error(parent, exc, ctx.lang)
        return None
    written = QCoreApplication.translate(
        "PersonPrivacy",
        "Everything the dossier holds about %1 was written to %2. It is personal data: "
        "hand it over securely.")
    QMessageBox.information(parent, title, written.replace("%1", name).replace("%2", path))
    return path
