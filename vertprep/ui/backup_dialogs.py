"""File › Back up… and File › Restore…: choose a file, check it, ask, and say what
happened. A file that cannot be restored is refused with the reason, changing nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vertprep.session import PatientSession
from vertprep.storage.backup import (
    BackupError,
    DamagedBackupError,
    NewerBackupError,
    NotABackupError,
    write_backup,
)
from vertprep.ui.patients_model import display_name
from vertprep.ui.widgets.question import ACCEPT, Question

FILTER = "vertprep backup (*.sqlite3 *.vertprep-backup);;(*)"


def _documents() -> Path:
    from vertprep.ui.file_dialog import documents_folder

    return documents_folder()


def back_up(parent: QWidget, session: PatientSession) -> Path | None:
    """Save a backup of every patient; returns the file, if one was saved."""
    from vertprep.ui import file_dialog

    title = QCoreApplication.translate("BackupDialogs", "Back up")
    suggested = f"vertprep-backup-{date.today().isoformat()}.sqlite3"
    chosen = file_dialog.ask_save_path(parent, title, suggested, FILTER)
    if not chosen:
        return None
    try:
        path = write_backup(session.store.connection, Path(chosen))
    except BackupError:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "BackupDialogs",
                "The backup could not be saved here:\n{path}\nPlease choose another folder.",
            ).format(path=chosen),
        )
        return None
    QMessageBox.information(
        parent,
        title,
        QCoreApplication.translate(
            "BackupDialogs",
            "Every patient's plan, ticks, notes and reminders are saved in:\n{path}\n\n"
            "Keep this file somewhere safe, for example on a USB stick. To bring the "
            "data back, use File › Restore.",
        ).format(path=path),
    )
    return path


def refusal(error: BackupError) -> str:
    """Why a file cannot be restored, in the person's language."""
    if isinstance(error, NewerBackupError):
        reason = QCoreApplication.translate(
            "BackupDialogs",
            "This backup was made by a newer version of vertprep. Please install the "
            "newer version to restore it.",
        )
    elif isinstance(error, DamagedBackupError):
        reason = QCoreApplication.translate(
            "BackupDialogs", "This backup is damaged or incomplete, so it cannot be restored."
        )
    elif isinstance(error, NotABackupError):
        reason = QCoreApplication.translate("BackupDialogs", "This file is not a vertprep backup.")
    else:
        reason = QCoreApplication.translate("BackupDialogs", "This file cannot be read.")
    return QCoreApplication.translate(
        "BackupDialogs", "{reason}\n\nNothing was changed.\n{path}"
    ).format(reason=reason, path=error.path)


def restore(parent: QWidget, session: PatientSession) -> bool:
    """Choose a backup, check it, ask, restore; returns whether anything was restored."""
    from vertprep.storage.restore import inspect

    title = QCoreApplication.translate("BackupDialogs", "Restore")
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, str(_documents()), FILTER)
    if not chosen:
        return False
    path = Path(chosen)
    try:
        info = inspect(session.store.path, path)
        if info.single_patient is None:
            if not _confirm_everyone(parent, session, len(info.patient_names)):
                return False
            result = session.restore_everyone(path)
        else:
            name = info.patient_names[0] if info.patient_names else ""
            replace = _ask_add_or_replace(parent, session, name)
            if replace is False:
                return False
            result = session.restore_one(path, replace)
    except BackupError as error:
        QMessageBox.warning(parent, title, refusal(error))
        return False
    done = QCoreApplication.translate("BackupDialogs", "The backup is restored.")
    if result.safety_copy is not None:
        done += "\n\n" + QCoreApplication.translate(
            "BackupDialogs", "The data as it was before is kept in:\n{path}"
        ).format(path=result.safety_copy)
    QMessageBox.information(parent, title, done)
    return True


def _confirm_everyone(parent: QWidget, session: PatientSession, count: int) -> bool:
    question = Question(
        parent,
        QCoreApplication.translate("BackupDialogs", "Restore"),
        QCoreApplication.translate(
            "BackupDialogs",
            "Replace all the data on this computer with the backup ({count} patients)?\n\n"
            "The data as it is now is kept as a safety copy first.",
        ).format(count=count),
        [(QCoreApplication.translate("BackupDialogs", "Replace all the data"), ACCEPT)],
        warning=True,
    )
    chosen = question.ask()
    question.deleteLater()
    return chosen == 0


def _ask_add_or_replace(parent: QWidget, session: PatientSession, name: str):
    """The patient id to replace, ``None`` to add a new patient, ``False`` to cancel."""
    shown = display_name(name)
    wanted = name.casefold()
    same = [
        p for p in session.patients.entries(include_archived=True) if p.name.casefold() == wanted
    ]
    text = QCoreApplication.translate("BackupDialogs", "This backup holds the plan of {name}.")
    text = text.format(name=shown)
    answers = [(QCoreApplication.translate("BackupDialogs", "Add as a new patient"), ACCEPT)]
    if same:
        text += "\n\n" + QCoreApplication.translate(
            "BackupDialogs",
            "{name} is already on this computer. Replace their plan with the backup, "
            "or add the backup as another patient?",
        ).format(name=shown)
        replace = QCoreApplication.translate("BackupDialogs", "Replace {name}")
        answers.insert(0, (replace.format(name=shown), ACCEPT))
    question = Question(
        parent, QCoreApplication.translate("BackupDialogs", "Restore"), text, answers
    )
    chosen = question.ask()
    question.deleteLater()
    if chosen is None:
        return False
    if same and chosen == 0:
        return same[0].id
    return None
