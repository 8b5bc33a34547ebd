"""File › Export diary…: choose a file, save the diary as CSV, say what happened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vertprep.report.diary_csv import write_diary_csv
from vertprep.session import PatientSession
from vertprep.ui import file_dialog


def export_diary_dialog(parent: QWidget, session: PatientSession) -> Path | None:
    """Ask where to save, write the CSV, and tell the patient; returns the file, if any."""
    title = QCoreApplication.translate("DiaryExportDialog", "Export your pain diary")
    chosen = file_dialog.ask_save_path(
        parent,
        title,
        QCoreApplication.translate("DiaryExportDialog", "Pain diary") + ".csv",
        QCoreApplication.translate("DiaryExportDialog", "Spreadsheet files (*.csv)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".csv":
        path = path.with_name(path.name + ".csv")
    try:
        count = write_diary_csv(path, session.pain_entries())
    except OSError:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "DiaryExportDialog",
                "The diary could not be saved here:\n{path}\nPlease choose another folder.",
            ).format(path=path),
        )
        return None
    QMessageBox.information(
        parent,
        title,
        QCoreApplication.translate(
            "DiaryExportDialog", "Diary entries saved: {count}. The file:\n{path}"
        ).format(count=count, path=path),
    )
    return path
