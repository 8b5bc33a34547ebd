"""Export to calendar from the window: choose a file, save, and say what happened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from vertprep.i18n.formatting import number
from vertprep.session import PatientSession
from vertprep.storage import StorageError
from vertprep.ui import file_dialog


def ask_about_notes(parent: QWidget) -> bool | None:
    """Say where a calendar file may go, and ask whether the notes go in it too:
    ``True``/``False``, or ``None`` if the patient cancels."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("CalendarDialog", "Export to calendar"))
    box.setText(
        QCoreApplication.translate(
            "CalendarDialog",
            "A calendar file is often copied to a calendar service on the internet, "
            "where it is kept on another company's computers. Your notes stay out of "
            "it unless you tick the box below.",
        )
    )
    notes = QCheckBox(QCoreApplication.translate("CalendarDialog", "Put my notes in it too"))
    notes.setObjectName("calendarWithNotes")
    box.setCheckBox(notes)
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Ok).setText(
        QCoreApplication.translate("CalendarDialog", "Continue")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    if box.exec() != QMessageBox.StandardButton.Ok:
        return None
    return notes.isChecked()


def export_calendar_dialog(parent: QWidget, session: PatientSession) -> Path | None:
    """Ask where to save, export, and tell the patient; returns the file saved, if any."""
    with_notes = ask_about_notes(parent)
    if with_notes is None:
        return None
    chosen = file_dialog.ask_save_path(
        parent,
        QCoreApplication.translate("CalendarDialog", "Export to calendar"),
        file_dialog.plan_file_name(session.profile.name, ".ics"),
        QCoreApplication.translate("CalendarDialog", "Calendar files (*.ics)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".ics":
        path = path.with_name(path.name + ".ics")
    title = QCoreApplication.translate("CalendarDialog", "Export to calendar")
    # Imported here: icalendar takes a tenth of a second to load, not worth it at start-up.
    from vertprep.calendar_export import NothingToExportError

    try:
        count = session.export_calendar(path, with_notes=with_notes)
    except NothingToExportError:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "CalendarDialog",
                "There is nothing to put in your calendar yet. Enter your procedure "
                "date first, or add a reminder of your own.",
            ),
        )
        return None
    except (OSError, StorageError):
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "CalendarDialog",
                "The calendar file could not be saved here:\n{path}\nPlease choose another folder.",
            ).format(path=path),
        )
        return None
    QMessageBox.information(
        parent,
        title,
        QCoreApplication.translate(
            "CalendarDialog",
            "Your calendar file is saved ({count} events):\n{path}\n\nOpen it with the "
            "calendar on your phone or computer. If you export again after a change, the "
            "same events are updated, not added twice.",
        ).format(count=number(count), path=path),
    )
    return path
