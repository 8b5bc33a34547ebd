"""A patient's first start and a walk through every screen, as they would click it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel

from vertprep.plan.builtin import builtin_plan
from vertprep.plan.model import Phase

# The patient's care team gave days and times: the steps have dates.
pytestmark = pytest.mark.usefixtures("clinic_plan_stored")

SCREEN_TITLES = {
    "welcome": "Welcome",
    "overview": "Overview",
    "about": "About the procedure",
    "before": "Before the procedure",
    "day": "The day of the procedure",
    "after": "After the procedure",
}


def visible_texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def test_first_start_asks_for_the_details_and_explains_the_app(make_window, session, qtbot):
    window = make_window(session)
    assert window.current_screen().screen_id == "welcome"
    texts = " ".join(visible_texts(window.current_screen()))
    assert "vertebroplasty" in texts
    assert "care team decides" in texts
    form = window.current_screen().form
    assert form.no_date.isChecked()  # "not scheduled yet" until the patient sets a date

    # Click on the box itself, where a person would.
    qtbot.mouseClick(
        form.no_date, Qt.MouseButton.LeftButton, pos=QPoint(12, form.no_date.height() // 2)
    )
    form.date_edit.setDate(QDate(2026, 12, 10))
    qtbot.keyClicks(form.name_edit, "Maria")
    qtbot.keyClicks(form.phone_edit, "+41 22 123")
    qtbot.mouseClick(window.current_screen().start_button, Qt.MouseButton.LeftButton)

    assert window.current_screen().screen_id == "overview"
    assert session.store.profile().procedure_date == date(2026, 12, 10)
    assert session.store.profile().name == "Maria"
    assert session.store.settings().onboarded
    overview = window.current_screen()
    assert overview.countdown.text() == "Your procedure is in 9 days."


def test_next_and_back_visit_every_screen_in_order(window, qtbot):
    window.show_screen("welcome")
    seen = []
    while True:
        screen = window.current_screen()
        seen.append(screen.screen_id)
        if screen.screen_id in SCREEN_TITLES:
            assert screen.title.text() == SCREEN_TITLES[screen.screen_id]
        assert window.step_list.currentItem().text() == screen.nav_title()
        if not window.navigation.next_button.isEnabled():
            break
        qtbot.mouseClick(window.navigation.next_button, Qt.MouseButton.LeftButton)
    assert seen == [screen.screen_id for screen in window.screens]
    assert [sid for sid in seen if sid in SCREEN_TITLES] == list(SCREEN_TITLES)
    qtbot.mouseClick(window.navigation.back_button, Qt.MouseButton.LeftButton)
    assert window.current_screen().screen_id == seen[-2]
    window.show_screen("welcome")
    assert not window.navigation.back_button.isEnabled()


def test_the_step_list_opens_a_screen(window, qtbot):
    item = window.step_list.item(3)
    rect = window.step_list.visualItemRect(item)
    qtbot.mouseClick(window.step_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_screen().screen_id == "before"


def test_about_explains_what_it_is_and_is_not(window):
    window.show_screen("about")
    texts = " ".join(visible_texts(window.current_screen()))
    assert "not the osteoporosis" in texts
    assert "not done to prevent fractures" in texts
    assert "fewer than 1 in 200" in texts
    assert window.current_screen().cement_picture.renderer.isValid()


def test_ticking_a_row_lands_in_the_database_and_moves_progress(window, qtbot, db_path):
    import sqlite3

    window.show_screen("before")
    row = window.current_screen().rows["blood_tests"]
    assert window.navigation.progress_label.text().startswith("0 of ")
    qtbot.mouseClick(row.checkbox, Qt.MouseButton.LeftButton)
    conn = sqlite3.connect(db_path)
    done = conn.execute("SELECT done_at FROM item_state WHERE item_id='blood_tests'").fetchone()
    conn.close()
    assert done == ("2026-12-01T10:00:00",)  # the fixed clock's "now"
    assert window.navigation.progress_label.text().startswith("1 of ")
    assert "Done on" in row.status.text()


def test_a_click_anywhere_on_a_row_toggles_it(window, qtbot, session):
    window.show_screen("before")
    row = window.current_screen().rows["allergies"]
    qtbot.mouseClick(row.explanation, Qt.MouseButton.LeftButton)
    assert session.store.item_state("allergies").done
    qtbot.mouseClick(row.title, Qt.MouseButton.LeftButton)
    assert not session.store.item_state("allergies").done


def test_notes_are_saved_as_they_are_typed(window, qtbot, session):
    window.show_screen("before")
    row = window.current_screen().rows["medicines_review"]
    row.note.setFocus()
    qtbot.keyClicks(row.note, "stop apixaban 2 days before")
    assert session.store.item_state("medicines_review").note == "stop apixaban 2 days before"
    assert not session.store.item_state("medicines_review").done  # typing does not tick


def test_every_before_item_has_a_due_date_from_the_procedure_date(window):
    window.show_screen("before")
    rows = window.current_screen().rows
    assert set(rows) == {item.id for item in builtin_plan().phase(Phase.BEFORE)}
    assert rows["anaesthesia_consult"].due.text() == "Do this by Monday, 7 December 2026"


def test_after_screen_shows_follow_up_dates_and_warning_signs_with_the_phone(window):
    window.show_screen("after")
    screen = window.current_screen()
    follow_up = screen.rows["follow_up_consultation"]
    assert follow_up.due.text() == (
        "Between Thursday, 17 December 2026 and Thursday, 7 January 2027"
    )
    box_texts = " ".join(visible_texts(screen.warning_box))
    assert "Chest pain" in box_texts
    assert "+41 22 123 45 67" in screen.warning_box.phone.text()
    assert "new spine MRI" in " ".join(visible_texts(screen))


def test_the_day_shows_clock_times_from_the_arrival_time(window):
    window.show_screen("day")
    screen = window.current_screen()
    assert screen.cards[0].time_label.text() == "about 08:30"
    assert screen.cards[-1].title.text() == "Going home with an adult"
    assert not any(card.now_label.isVisibleTo(screen) for card in screen.cards)


def test_on_the_day_the_current_stage_stands_out(make_window, scheduled_session, clock):
    from datetime import datetime

    clock.now = datetime(2026, 12, 10, 9, 50)
    window = make_window(scheduled_session)
    window.show_screen("day")
    screen = window.current_screen()
    current = [card for card in screen.cards if card.now_label.isVisibleTo(screen)]
    assert [card.objectName() for card in current] == ["stage_cement"]
    assert current[0].property("current") == "true"


def test_overview_lists_what_is_overdue_with_a_word(make_window, scheduled_session, clock):
    from datetime import datetime

    clock.now = datetime(2026, 12, 5, 10, 0)
    window = make_window(scheduled_session)
    window.show_screen("overview")
    texts = visible_texts(window.current_screen())
    assert "Overdue" in texts
    assert "See the interventional radiologist" in texts
    assert window.current_screen().countdown.text() == "Your procedure is in 5 days."


def test_a_bad_phone_number_is_explained_and_not_saved(window, qtbot, session):
    window.show_screen("welcome")
    form = window.current_screen().form
    form.phone_edit.clear()
    qtbot.keyClicks(form.phone_edit, "12ab")
    assert form.phone_error.isVisibleTo(window)
    assert "digits" in form.phone_error.text()
    assert session.store.profile().phone == "12"  # the last valid value typed
    form.phone_edit.clear()
    qtbot.keyClicks(form.phone_edit, "0800 123")
    assert not form.phone_error.isVisibleTo(window)
    assert session.store.profile().phone == "0800 123"


def test_checkboxes_have_the_item_title_as_accessible_name(window):
    window.show_screen("before")
    names = {box.accessibleName() for box in window.current_screen().findChildren(QCheckBox)}
    assert "Have the blood tests your team ordered" in names
