"""Messages that come and go follow a language switch and go once untrue; save
dialogs open in the documents folder with a name that says what the file is
(issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from i18n_support import switch
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from vertprep.ui import file_dialog


@pytest.fixture
def reminders(window):
    window.show_screen("reminders")
    return window.current_screen()


def _add(qtbot, screen, text: str) -> None:
    screen.text_edit.clear()
    qtbot.keyClicks(screen.text_edit, text)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("code", ["de", "zh_TW", "ar"])
def test_the_saved_message_follows_a_language_switch(qtbot, window, reminders, languages, code):
    _add(qtbot, reminders, "Call the pharmacy")
    assert reminders.saved.text() == "Your reminder is saved."
    switch(qtbot, languages, window, code)
    translated = QCoreApplication.translate("OwnRemindersScreen", "Your reminder is saved.")
    assert translated != "Your reminder is saved."
    assert reminders.saved.isVisible() and reminders.saved.text() == translated


def test_an_error_follows_a_language_switch(qtbot, window, reminders, languages):
    _add(qtbot, reminders, "")
    assert reminders.error.isVisible()
    switch(qtbot, languages, window, "de")
    assert "Nothing was saved" not in reminders.error.text()
    assert reminders.error.text().endswith("Es wurde nichts gespeichert.")


def test_the_saved_message_goes_once_the_reminder_is_deleted(qtbot, window, reminders, monkeypatch):
    _add(qtbot, reminders, "Call the pharmacy")
    assert reminders.saved.isVisible()
    (reminder,) = window.session.own_reminders()

    def delete(box):
        next(b for b in box.buttons() if b.text() == "Delete reminder").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", delete)
    button = reminders.findChild(QPushButton, f"deleteOwnReminder_{reminder.id}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.session.own_reminders() == []
    assert reminders.saved.isHidden()


def test_the_print_dialogs_message_follows_a_language_switch(
    qtbot, window, languages, monkeypatch, tmp_path
):
    window.window_actions.open_print_dialog()
    dialog = window.window_actions.print_dialog
    monkeypatch.setattr(file_dialog, "ask_save_path", lambda *a: str(tmp_path / "plan.pdf"))
    dialog.save_pdf()
    assert dialog.status.text().startswith("Saved ")
    switch(qtbot, languages, window, "de")
    assert (
        dialog.status.text().startswith("Als PDF gespeichert") or "Seiten" in dialog.status.text()
    )
    assert not dialog.status.text().startswith("Saved ")
    dialog.reject()


def test_a_save_dialog_opens_in_the_documents_folder_with_a_meaningful_name(
    window, monkeypatch, tmp_path
):
    documents = tmp_path / "home" / "Documents"
    documents.mkdir(parents=True)
    monkeypatch.setattr(file_dialog, "documents_folder", lambda: documents)
    seen = {}

    def look(dialog):
        seen.update(
            folder=Path(dialog.directory().absolutePath()),
            files=dialog.selectedFiles(),
            size=dialog.size(),
        )
        return QFileDialog.DialogCode.Rejected

    monkeypatch.setattr(QFileDialog, "exec", look)
    assert file_dialog.ask_save_path(window, "Export", "Plan.ics", "Calendar files (*.ics)") == ""
    assert seen["folder"] == documents
    assert Path(seen["files"][0]).name == "Plan.ics"
    assert seen["size"].width() >= 700


def test_without_a_documents_folder_the_home_folder_is_offered(monkeypatch, tmp_path, app):
    from PySide6.QtCore import QStandardPaths

    monkeypatch.setattr(
        QStandardPaths, "writableLocation", lambda *_: str(tmp_path / "no such folder")
    )
    assert file_dialog.documents_folder() == Path.home()
    assert Path.cwd() != Path.home()


def test_the_calendar_file_is_named_after_the_plan_and_the_patient(window, monkeypatch):
    from vertprep.ui import calendar_dialog

    asked = []
    monkeypatch.setattr(calendar_dialog, "ask_about_notes", lambda parent: False)
    monkeypatch.setattr(file_dialog, "ask_save_path", lambda *a: asked.append(a[2]) or "")
    calendar_dialog.export_calendar_dialog(window, window.session)
    assert asked == ["Vertebroplasty plan - Maria Keller.ics"]


def test_a_name_that_no_file_system_takes_is_cleaned():
    assert file_dialog.plan_file_name('A/B: "C"', ".pdf") == "Vertebroplasty plan - A B C.pdf"
    assert file_dialog.plan_file_name("", ".pdf") == "Vertebroplasty plan.pdf"
