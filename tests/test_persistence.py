"""Close the window, open it again: every tick, note and date is still there."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from vertprep.session import PatientSession
from vertprep.storage import Store

# The patient's care team gave days and times: the steps have dates.
pytestmark = pytest.mark.usefixtures("clinic_plan_stored")


def test_ticks_notes_and_dates_survive_a_restart(
    make_window, scheduled_session, db_path, clock, qtbot
):
    window = make_window(scheduled_session)
    window.show_screen("before")
    rows = window.current_screen().rows
    qtbot.mouseClick(rows["blood_tests"].checkbox, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rows["ride_home"].checkbox, Qt.MouseButton.LeftButton)
    rows["fasting"].note.setFocus()
    qtbot.keyClicks(rows["fasting"].note, "nothing to eat after midnight")
    window.show_screen("after")
    qtbot.mouseClick(
        window.current_screen().rows["bone_health_plan"].checkbox, Qt.MouseButton.LeftButton
    )
    window.close()

    reopened_store = Store(db_path)  # a second connection, as a restarted app would open
    session = PatientSession(reopened_store, clock=clock)
    again = make_window(session)
    # Where the patient left off, not the welcome screen again.
    assert again.current_screen().screen_id == "after"
    again.show_screen("before")
    rows = again.current_screen().rows
    assert rows["blood_tests"].checkbox.isChecked()
    assert rows["ride_home"].checkbox.isChecked()
    assert not rows["allergies"].checkbox.isChecked()
    assert rows["fasting"].note.toPlainText() == "nothing to eat after midnight"
    assert again.screen("after").rows["bone_health_plan"].checkbox.isChecked()
    form = again.screen("welcome").form
    assert form.date_edit.date() == QDate(2026, 12, 10)
    assert form.time_edit.time() == QTime(8, 30)
    assert form.name_edit.text() == "Maria Keller"
    assert again.navigation.progress_label.text().startswith("3 of ")
    again.close()
    reopened_store.close()


def shown(window, screen_id: str):
    """The screen as the patient sees it: shown (a hidden one catches up then)."""
    window.show_screen(screen_id)
    return window.current_screen()


def test_changing_the_date_moves_every_due_date(window, qtbot, session):
    before_rows = shown(window, "before").rows
    assert before_rows["anaesthesia_consult"].due.text() == "Do this by Monday, 7 December 2026"
    window.show_screen("welcome")
    window.current_screen().form.date_edit.setDate(QDate(2026, 12, 17))
    assert session.store.profile().procedure_date == date(2026, 12, 17)
    shown(window, "before")
    assert before_rows["anaesthesia_consult"].due.text() == "Do this by Monday, 14 December 2026"
    follow_up = shown(window, "after").rows["follow_up_consultation"]
    assert follow_up.due.text().startswith("Between Thursday, 24 December 2026")
    assert shown(window, "day").summary.text().startswith("Thursday, 17 December 2026")


def test_changing_the_arrival_time_moves_the_clock_times(window, session):
    day = shown(window, "day")
    assert [card.time_label.text() for card in day.cards[:2]] == ["about 08:30", "about 09:30"]
    window.show_screen("welcome")
    window.current_screen().form.time_edit.setTime(QTime(13, 0))
    assert session.store.profile().arrival_time == time(13, 0)
    shown(window, "day")
    assert [card.time_label.text() for card in day.cards[:2]] == ["about 13:00", "about 14:00"]


def test_not_scheduled_yet_clears_the_date_and_the_dates_shown(window, qtbot, session):
    window.show_screen("welcome")
    form = window.current_screen().form
    form.no_date.setChecked(True)
    assert session.store.profile().procedure_date is None
    assert not form.date_edit.isEnabled()
    due = shown(window, "before").rows["blood_tests"].due.text()
    assert due == "The date will appear once you enter your procedure date."
    assert shown(window, "overview").countdown.text() == "Your procedure date is not set yet."
