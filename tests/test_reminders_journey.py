"""The whole story of the issue, as a new patient clicks it, across a restart."""

from __future__ import annotations

from datetime import date

import pytest
from calendar_support import events_by_summary, read_calendar, strict_parse
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QFrame, QMessageBox

from vertprep.session import PatientSession
from vertprep.storage import Store
from vertprep.ui import file_dialog

# The patient's care team gave days and times: the steps have dates.
pytestmark = pytest.mark.usefixtures("clinic_plan_stored")


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_new_patient_from_date_to_calendar(
    make_window, session, clock, db_path, qtbot, monkeypatch, tmp_path
):
    # Sets a procedure date on the first screen (today is 1 December 2026).
    window = make_window(session)
    form = window.current_screen().form
    qtbot.mouseClick(
        form.no_date, Qt.MouseButton.LeftButton, pos=QPoint(12, form.no_date.height() // 2)
    )
    form.date_edit.setDate(QDate(2026, 12, 8))
    click(qtbot, window.current_screen().start_button)

    # Sees what is due: the overview says "Overdue" in words, and the banner too.
    overview = window.current_screen()
    assert overview.screen_id == "overview"
    assert overview.countdown.text() == "Your procedure is in 7 days."
    cards = overview.findChildren(QFrame, "summary_consult_radiologist")
    (overdue_card,) = [card for card in cards if card.isVisible()]
    assert overdue_card.property("status") == "overdue"
    banner = window.reminder_banner
    assert banner.isVisible() and banner.status.text() == "Overdue"
    assert "See the interventional radiologist" in banner.text.text()

    # Dismisses every overdue reminder: they do not come back.
    dismissed = []
    while banner.isVisible():
        dismissed.append(banner.current.id)
        click(qtbot, banner.dismiss_button)
    assert dismissed == [
        "item:consult_radiologist:overdue:2026-11-24",
        "item:spine_imaging:overdue:2026-11-28",
        "checkin:baseline:2026-12-01",  # the pain check-in of the week before
        "item:blood_tests:due:2026-12-01",
        "item:medicines_review:due:2026-12-01",
    ]
    window.close()

    # Restarts the app: the dismissed reminders stay away.
    store = Store(db_path)
    try:
        window = make_window(PatientSession(store, clock=clock))
        assert window.reminder_banner.isHidden()
        assert window.reminder_banner.reminders == []

        # Adds an own reminder on its screen.
        window.show_screen("reminders")
        screen = window.current_screen()
        qtbot.keyClicks(screen.text_edit, "Ask about Prolia")
        screen.day_edit.setDate(QDate(2026, 12, 20))
        click(qtbot, screen.save_button)
        assert [r.text for r in store.own_reminders()] == ["Ask about Prolia"]

        # Exports the calendar, which a strict parser reads with every alarm in place.
        target = tmp_path / "plan.ics"
        monkeypatch.setattr(file_dialog, "ask_save_path", lambda *a: str(target))
        monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
        click(qtbot, screen.export_button)
        events = events_by_summary(read_calendar(target))
        assert events["Ask about Prolia"].decoded("DTSTART") == date(2026, 12, 20)
        assert events["Your vertebroplasty"].decoded("DTSTART") == date(2026, 12, 8)
        strict = strict_parse(target.read_bytes())
        assert len(strict.events) == len(events) == 14 + 8  # and eight pain check-ins
        for event in strict.events:
            assert event.alarm, event.summary
            for alarm in event.alarm:
                assert alarm.action == "DISPLAY" and alarm.trigger is not None
                assert alarm.description
    finally:
        store.close()
