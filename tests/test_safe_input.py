"""Input that could mislead a patient (issue 14): the wheel never changes a date,
a procedure date is never invented, a phone number reads in its own order in
Arabic, and each group of warning signs says how urgent it is."""

from __future__ import annotations

from datetime import date, time

import pytest
from conftest import PROCEDURE_DATE
from i18n_support import switch
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QTextLayout, QTextOption, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QLabel,
    QTableView,
)


def wheel(widget, steps: int = -3) -> None:
    """Turn the mouse wheel over ``widget`` as a person does (downwards by default)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def value_of(field) -> object:
    if isinstance(field, QComboBox):
        return field.currentIndex()
    return field.text()


def test_the_wheel_over_the_procedure_date_scrolls_the_page(qtbot, window):
    window.show_screen("welcome")
    screen = window.current_screen()
    screen.resize(screen.width(), 300)  # short enough to scroll
    field = screen.form.date_edit
    screen.scroll.ensureWidgetVisible(field)
    window.step_list.setFocus()
    scroll_bar = screen.scroll.verticalScrollBar()
    before = scroll_bar.value()
    assert before > 0
    wheel(field, steps=2)
    assert window.session.profile.procedure_date == PROCEDURE_DATE
    assert window.session.store.profile().procedure_date == PROCEDURE_DATE
    assert scroll_bar.value() < before  # the page scrolled instead


def test_the_wheel_changes_a_date_only_while_it_has_the_focus(qtbot, window):
    window.show_screen("welcome")
    field = window.current_screen().form.date_edit
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    wheel(field, steps=1)
    assert window.session.profile.procedure_date != PROCEDURE_DATE


def test_no_date_time_or_choice_anywhere_changes_under_the_wheel(qtbot, window):
    window.action_print = window.window_actions.open_print_dialog()
    dialog = window.window_actions.print_dialog
    fields = []
    for top in (window, dialog, *window.screens):
        fields += top.findChildren(QAbstractSpinBox) + top.findChildren(QComboBox)
    # (The pop-up calendar's own year field turns with the wheel: it is open on purpose.)
    fields = [f for f in fields if not isinstance(f.parentWidget().parentWidget(), QCalendarWidget)]
    assert len(fields) >= 8
    window.step_list.setFocus()
    for field in set(fields):
        if field.hasFocus():
            window.step_list.setFocus()
        before = value_of(field)
        wheel(field, steps=-1)
        assert value_of(field) == before, field.objectName()
        wheel(field, steps=1)
        assert value_of(field) == before, field.objectName()
    dialog.reject()


def test_a_wheel_never_gives_a_field_the_focus(window):
    window.show_screen("reminders")
    field = window.current_screen().day_edit
    assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus


# -- "Not scheduled yet" --------------------------------------------------------------
@pytest.fixture
def unscheduled(make_window, session):
    session.update_settings(onboarded=True)
    window = make_window(session)
    window.show_screen("welcome")
    return window


def test_a_missing_date_shows_as_missing_not_as_a_date(unscheduled):
    form = unscheduled.current_screen().form
    assert form.no_date.isChecked()
    assert form.date_edit.text() == "No date chosen yet"
    assert form.date_edit.day() is None


def test_unticking_not_scheduled_stores_nothing_until_a_date_is_picked(qtbot, unscheduled):
    session = unscheduled.session
    form = unscheduled.current_screen().form
    form.no_date.click()
    assert not form.no_date.isChecked() and form.date_edit.isEnabled()
    assert session.store.profile().procedure_date is None
    assert form.date_edit.text() == "No date chosen yet"
    assert unscheduled.reminder_banner.isHidden()
    assert (
        session.plan().with_status(
            __import__("vertprep.core.plan", fromlist=["Status"]).Status.DUE_TODAY
        )
        == []
    )
    # The arrow key starts from today, and then the date is the patient's choice.
    form.date_edit.setFocus()
    qtbot.keyClick(form.date_edit, Qt.Key.Key_Up)
    assert session.store.profile().procedure_date == date(2026, 12, 1)


def test_ticking_not_scheduled_again_forgets_the_date(qtbot, window):
    window.show_screen("welcome")
    form = window.current_screen().form
    form.no_date.click()
    assert window.session.store.profile().procedure_date is None
    assert form.date_edit.text() == "No date chosen yet"


# The offscreen platform cannot raise a pop-up or grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_the_calendar_offers_no_past_day_for_a_procedure(qtbot, unscheduled):
    form = unscheduled.current_screen().form
    form.no_date.click()
    popup = form.date_edit.calendarWidget()
    field = form.date_edit
    qtbot.mouseClick(
        field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 12, field.height() // 2)
    )
    qtbot.waitUntil(popup.isVisible)
    assert popup.minimumDate().toPython() == date(2026, 12, 1)
    # Today stands out; the days of the next month are dimmed.
    assert popup.dateTextFormat(QDate(2026, 12, 1)).font().bold()
    view = popup.findChild(QTableView)
    model = view.model()
    first_row = [model.index(1, column) for column in range(model.columnCount())]
    # Monday 30 November (a past day, of the month before) is drawn faint; 2 December not.
    colours = {str(index.data()): index.data(Qt.ItemDataRole.ForegroundRole) for index in first_row}
    assert abs(colours["30"].lightness() - colours["2"].lightness()) > 60
    assert popup.layout().contentsMargins().left() >= 3  # room for its frame
    popup.window().hide()
    assert unscheduled.session.store.profile().procedure_date is None


# -- phone numbers -----------------------------------------------------------------
@pytest.mark.parametrize("number", ["+44 20 7946 0000 ext. 12", "020 7946 0000 x12"])
def test_a_phone_number_with_an_extension_is_taken(qtbot, window, number):
    window.show_screen("welcome")
    form = window.current_screen().form
    form.phone_edit.clear()
    qtbot.keyClicks(form.phone_edit, number)
    assert form.phone_error.isHidden()
    assert window.session.store.profile().phone == number


def visual_x(label: QLabel, index: int) -> float:
    """Where the character at ``index`` of the label's text is drawn, from the left."""
    layout = QTextLayout(label.text(), label.font())
    option = QTextOption()
    option.setTextDirection(label.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    return line.cursorToX(index)[0]


def test_the_phone_number_reads_left_to_right_in_arabic(qtbot, window, languages):
    window.session.update_profile(phone="+44 20 7946 0000")
    window.show_screen("after")
    switch(qtbot, languages, window, "ar")
    label = window.current_screen().warning_box.phone
    assert label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    text = label.text()
    groups = [text.index(group) for group in ("+44", "20", "7946", "0000")]
    positions = [visual_x(label, index) for index in groups]
    assert positions == sorted(positions), f"shown in the wrong order: {text!r}"


def test_the_phone_field_reads_left_to_right_in_arabic(qtbot, window, languages):
    window.show_screen("welcome")
    switch(qtbot, languages, window, "ar")
    field = window.current_screen().form.phone_edit
    assert field.layoutDirection() == Qt.LayoutDirection.LeftToRight


# -- warning signs -----------------------------------------------------------------
def test_each_group_of_warning_signs_has_a_heading_of_its_urgency(window):
    window.show_screen("after")
    box = window.current_screen().warning_box
    assert box.heading.text() == "Warning signs"
    assert box.emergency_intro.property("role") == "heading"
    assert box.team_intro.property("role") == "heading"
    assert "emergency number now" in box.emergency_intro.text()
    assert "same day" in box.team_intro.text()
    assert "at once" not in box.heading.text()


def test_ctrl_a_then_typing_replaces_a_time(qtbot, window):
    window.show_screen("welcome")
    field = window.current_screen().form.time_edit
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "0945")
    assert window.session.store.profile().arrival_time == time(9, 45)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
@pytest.mark.parametrize("code", ["en", "ar"])
def test_a_click_on_the_edge_of_a_date_field_never_moves_the_date(qtbot, window, languages, code):
    switch(qtbot, languages, window, code)
    window.show_screen("welcome")
    field = window.current_screen().form.date_edit
    middle = field.height() // 2
    for x in (1, 3, field.width() - 2):
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(x, middle))
        field.calendarWidget().window().hide()  # the arrow's side opens the calendar
        assert window.session.store.profile().procedure_date == PROCEDURE_DATE, (code, x)
