"""Where a patient saves a file (their plan as a PDF, their calendar): the documents
folder, a name that says what the file is, and a dialog large enough to read.

A program's own folder (``build``, ``tests``) is never offered: Qt falls back to
the working folder when the suggested one does not exist.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from vertprep.ui import theme

# Characters no file system takes in a name; a patient's name may hold any of them.
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
# The dialog's size at normal text size; it grows with the text, within the screen.
_SIZE_AT_NORMAL = (760, 520)


def documents_folder() -> Path:
    """The person's documents folder if it exists, else their home folder."""
    location = QStandardPaths.StandardLocation.DocumentsLocation
    folder = QStandardPaths.writableLocation(location)
    if folder and Path(folder).is_dir():
        return Path(folder)
    return Path.home()


def plan_file_name(patient_name: str, suffix: str) -> str:
    """ "Vertebroplasty plan - Maria Keller.pdf", in the app's language."""
    base = QCoreApplication.translate("SaveDialog", "Vertebroplasty plan")
    name = " ".join(_NOT_IN_FILE_NAMES.sub(" ", patient_name).split())
    if name:
        base = QCoreApplication.translate("SaveDialog", "{plan} - {name}").format(
            plan=base, name=name
        )
    return f"{base}{suffix}"


def ask_save_path(parent: QWidget, title: str, file_name: str, name_filter: str) -> str:
    """Ask where to save ``file_name``; the chosen path, or "" if the person cancelled."""
    dialog = QFileDialog(parent, title, str(documents_folder() / file_name), name_filter)
    dialog.setObjectName("saveDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(file_name)
    # Qt's own dialog (where the system has none) grows with the text, within the screen.
    screen = (
        QWidget.screen(parent) if parent is not None else None
    ) or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    width, height = (theme.scaled_px(px) for px in _SIZE_AT_NORMAL)
    dialog.resize(min(width, area.width() - 16), min(height, area.height() - 48))
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]
