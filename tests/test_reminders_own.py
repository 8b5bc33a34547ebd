"""The patient's own reminders: the screen, the overview, storage, export and print."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, time

import pytest
from calendar_support import events_by_summary, read_calendar
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QMessageBox, QPushButton

from vertprep.core.model import OwnReminder
from vertprep.i18n.catalog import Catalog
from vertprep.storage import Store
from vertprep.ui import file_dialog


@pytest.fixture
def screen(window):
    window.show_screen("reminders")
    return window.current_screen()


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def fill(qtbot, screen, text, day, at=None) -> None:
    screen.text_edit.clear()
    qtbot.keyClicks(screen.text_edit, text)
    screen.day_edit.setDate(QDate(day.year, day.month, day.day))
    screen.has_time.setChecked(at is not None)
    if at is not None:
        screen.time_edit.setTime(QTime(at.hour, at.minute))


def test_the_screen_is_in_the_step_list(window, screen):
    assert screen.screen_id == "reminders"
    assert screen.title.text() == "Your own reminders"
    assert "You have no reminders of your own yet." in [
        label.text() for label in screen.findChildren(type(screen.title)) if label.isVisible()
    ]


def test_adding_a_reminder_saves_it_and_shows_it_everywhere(window, screen, qtbot):
    fill(qtbot, screen, "Call the pharmacy", date(2026, 12, 5), time(14, 0))
    click(qtbot, screen.save_button)
    stored = window.session.store.own_reminders()
    assert [(r.text, r.day, r.at) for r in stored] == [
        ("Call the pharmacy", date(2026, 12, 5), time(14, 0))
    ]
    assert screen.saved.isVisible() and screen.error.isHidden()
    assert screen.text_edit.text() == ""  # ready for the next one
    card = screen.findChild(type(screen.form), f"ownReminder_{stored[0].id}")
    assert card is not None
    window.show_screen("overview")
    overview = window.current_screen()
    line = overview.findChild(type(overview.title), f"overviewOwn_{stored[0].id}")
    assert line is not None and line.text().endswith(": Call the pharmacy")


def test_an_empty_text_is_explained_and_nothing_is_saved(window, screen, qtbot):
    fill(qtbot, screen, "   ", date(2026, 12, 5))
    click(qtbot, screen.save_button)
    assert screen.error.isVisible()
    assert "Write what the reminder is about" in screen.error.text()
    assert "Nothing was saved." in screen.error.text()
    assert window.session.store.own_reminders() == []


def test_a_past_day_is_explained_and_nothing_is_saved(window, screen, qtbot):
    fill(qtbot, screen, "Call the pharmacy", date(2026, 11, 30))
    qtbot.keyClick(screen.text_edit, Qt.Key.Key_Return)  # Enter saves too
    assert screen.error.isVisible() and "This day has passed" in screen.error.text()
    assert window.session.store.own_reminders() == []


def test_changing_a_reminder(window, screen, qtbot):
    reminder = window.session.add_own_reminder("Call the pharmacy", date(2026, 12, 5))
    click(qtbot, screen.findChild(QPushButton, f"editOwnReminder_{reminder.id}"))
    assert screen.text_edit.text() == "Call the pharmacy"
    assert screen.save_button.text() == "Save changes" and screen.cancel_button.isVisible()
    fill(qtbot, screen, "Ask about Prolia", date(2026, 12, 7), time(9, 30))
    click(qtbot, screen.save_button)
    assert window.session.store.own_reminders() == [
        OwnReminder(reminder.id, "Ask about Prolia", date(2026, 12, 7), time(9, 30))
    ]
    assert screen.save_button.text() == "Add reminder"


def test_cancelling_a_change_keeps_the_reminder(window, screen, qtbot):
    reminder = window.session.add_own_reminder("Call the pharmacy", date(2026, 12, 5))
    click(qtbot, screen.findChild(QPushButton, f"editOwnReminder_{reminder.id}"))
    fill(qtbot, screen, "Something else", date(2026, 12, 9))
    click(qtbot, screen.cancel_button)
    assert window.session.store.own_reminders() == [reminder]
    assert screen.text_edit.text() == "" and screen.cancel_button.isHidden()


@pytest.mark.parametrize(("answer", "left"), [("Keep it", 1), ("Delete reminder", 0), (None, 1)])
def test_deleting_asks_first_with_named_buttons(window, screen, qtbot, monkeypatch, answer, left):
    asked = []

    def answer_box(box):
        buttons = {button.text(): button for button in box.buttons()}
        asked.append((box.text(), sorted(buttons), box.defaultButton().text()))
        # None: the person presses Enter, which takes the default button.
        buttons[answer or box.defaultButton().text()].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer_box)
    reminder = window.session.add_own_reminder("Call the pharmacy", date(2026, 12, 5))
    click(qtbot, screen.findChild(QPushButton, f"deleteOwnReminder_{reminder.id}"))
    # The safe answer is the default.
    assert asked == [
        ("Delete the reminder “Call the pharmacy”?", ["Delete reminder", "Keep it"], "Keep it")
    ]
    assert len(window.session.store.own_reminders()) == left


def test_a_reminder_for_today_comes_as_the_banner(window, screen, qtbot):
    window.session.dismiss_reminder("item:consult_radiologist:overdue:2026-11-26")
    window.session.dismiss_reminder("item:spine_imaging:overdue:2026-11-30")
    assert window.reminder_banner.isHidden()
    fill(qtbot, screen, "Call the pharmacy", date(2026, 12, 1))
    click(qtbot, screen.save_button)
    banner = window.reminder_banner
    assert banner.isVisible()
    assert (banner.status.text(), banner.text.text()) == ("Due today", "Call the pharmacy")


def test_buttons_are_big_enough(window, screen):
    window.session.add_own_reminder("Call the pharmacy", date(2026, 12, 5))
    for button in screen.findChildren(QPushButton):
        if button.isVisible():
            assert button.height() >= 44, button.objectName()


def test_own_reminders_round_trip_through_storage_export_and_print(
    scheduled_session, db_path, tmp_path
):
    scheduled_session.add_own_reminder("Call the pharmacy", date(2026, 12, 5), time(14, 0))
    scheduled_session.add_own_reminder("Ask about Prolia", date(2027, 1, 7))
    reopened = Store(db_path)
    try:
        stored = reopened.own_reminders()
    finally:
        reopened.close()
    assert [(r.text, r.day, r.at) for r in stored] == [
        ("Call the pharmacy", date(2026, 12, 5), time(14, 0)),
        ("Ask about Prolia", date(2027, 1, 7), None),
    ]

    scheduled_session.export_calendar(tmp_path / "plan.ics", Catalog("en"))
    events = events_by_summary(read_calendar(tmp_path / "plan.ics"))
    assert {"Call the pharmacy", "Ask about Prolia"} <= set(events)

    from vertprep.printing.options import PrintOptions
    from vertprep.printing.output import write_pdf
    from vertprep.printing.plan_data import PlanData

    pdf = tmp_path / "plan.pdf"
    write_pdf(pdf, PrintOptions(), PlanData.from_session(scheduled_session))
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed to read the printed plan back")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Call the pharmacy" in text and "Ask about Prolia" in text


def test_export_from_the_file_menu(window, monkeypatch, tmp_path):
    target = tmp_path / "my plan"  # the .ics ending is added
    monkeypatch.setattr(file_dialog, "ask_save_path", lambda *a: str(target))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    action = window.window_actions.export_calendar_action
    assert action.text() == "Export to &calendar…"
    assert action in window.window_actions.file_menu.actions()
    action.trigger()
    saved = tmp_path / "my plan.ics"
    assert "Your vertebroplasty" in events_by_summary(read_calendar(saved))
    assert len(told) == 1 and str(saved) in told[0]


def test_export_cancelled_writes_nothing(window, monkeypatch, tmp_path):
    monkeypatch.setattr(file_dialog, "ask_save_path", lambda *a: "")
    window.window_actions.export_calendar_action.trigger()
    assert window.session.store.exported_events() == {}


def test_export_without_a_date_says_what_to_do(make_window, session, monkeypatch, tmp_path):
    window = make_window(session)
    monkeypatch.setattr(file_dialog, "ask_save_path", lambda *a: str(tmp_path / "p.ics"))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    window.window_actions.export_calendar_action.trigger()
    assert not (tmp_path / "p.ics").exists()
    assert len(told) == 1 and "Enter your procedure date first" in told[0]


def test_a_folder_that_cannot_be_written_is_explained(window, monkeypatch, tmp_path):
    target = tmp_path / "gone" / "p.ics"
    monkeypatch.setattr(file_dialog, "ask_save_path", lambda *a: str(target))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    window.window_actions.export_calendar_action.trigger()
    assert len(warned) == 1 and "could not be saved" in warned[0]
    assert not target.parent.exists()
