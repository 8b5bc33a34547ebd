"""The patient's private notes stay out of a calendar file unless asked for: calendars
sync to other companies' servers, and the export says so before it saves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox

from vertprep.cli import main
from vertprep.ui import file_dialog

NOTE = "Dr Weber: nothing to eat after midnight"
# These tests answer the question box themselves (conftest answers it for the others),
# and the patient's care team gave days and times: the steps have dates.
pytestmark = [pytest.mark.notes_question, pytest.mark.usefixtures("clinic_plan_stored")]


def answer_notes_question(tick: bool, cancel: bool = False, seen: list | None = None):
    """Answer the question box once it is shown (it is modal)."""

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        if seen is not None:
            seen.append(box.text())
        box.findChild(QCheckBox, "calendarWithNotes").setChecked(tick)
        button = QMessageBox.StandardButton.Cancel if cancel else QMessageBox.StandardButton.Ok
        box.button(button).click()

    QTimer.singleShot(0, answer)


def export_from_window(window, monkeypatch, target):
    monkeypatch.setattr(file_dialog, "ask_save_path", lambda *a: str(target))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    window.window_actions.export_calendar_action.trigger()


def test_the_export_says_where_a_calendar_goes_and_leaves_notes_out(window, monkeypatch, tmp_path):
    window.session.set_note("fasting", NOTE)
    seen = []
    answer_notes_question(tick=False, seen=seen)
    export_from_window(window, monkeypatch, tmp_path / "plan.ics")
    assert "on the internet" in seen[0]
    text = (tmp_path / "plan.ics").read_text(encoding="utf-8")
    assert "BEGIN:VEVENT" in text and "Dr Weber" not in text


def test_notes_go_in_when_the_patient_ticks_the_box(window, monkeypatch, tmp_path):
    window.session.set_note("fasting", NOTE)
    answer_notes_question(tick=True)
    export_from_window(window, monkeypatch, tmp_path / "plan.ics")
    unfolded = (tmp_path / "plan.ics").read_text(encoding="utf-8").replace("\r\n ", "")
    assert "Dr Weber" in unfolded


def test_cancelling_the_question_writes_nothing(window, monkeypatch, tmp_path):
    answer_notes_question(tick=True, cancel=True)
    export_from_window(window, monkeypatch, tmp_path / "plan.ics")
    assert not (tmp_path / "plan.ics").exists()


def test_the_command_line_leaves_notes_out_unless_with_notes(scheduled_session, data_dir, tmp_path):
    scheduled_session.set_note("fasting", NOTE)
    without, with_notes = tmp_path / "a.ics", tmp_path / "b.ics"
    assert main(["calendar", "--data-dir", str(data_dir), "--out", str(without)]) == 0
    assert "Dr Weber" not in without.read_text(encoding="utf-8")
    args = ["calendar", "--data-dir", str(data_dir), "--out", str(with_notes), "--with-notes"]
    assert main(args) == 0
    assert "Dr Weber" in with_notes.read_text(encoding="utf-8").replace("\r\n ", "")
