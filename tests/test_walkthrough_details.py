"""The smaller things a first walkthrough found (issue 14): note boxes only where
wanted, one main button per screen, buttons that wrap only when short of room,
time fields padded like date fields, the warning box standing out in high contrast."""

from __future__ import annotations

import pytest
from i18n_support import switch
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from vertprep.ui import theme


def test_empty_note_boxes_wait_until_the_patient_wants_to_write(qtbot, window):
    window.show_screen("before")
    rows = window.current_screen().rows
    plain = rows["consult_radiologist"]
    assert plain.note.isHidden() and plain.note_button.isVisible()
    # The items where the care team's instructions are asked for keep their box.
    asked = [row for row in rows.values() if row.planned.item.asks_for_instructions]
    assert asked and all(row.note.isVisible() for row in asked)
    qtbot.mouseClick(plain.note_button, Qt.MouseButton.LeftButton)
    assert plain.note.isVisible() and plain.note_button.isHidden()
    hidden = [row for row in rows.values() if row.note.isHidden()]
    assert len(hidden) >= len(rows) - len(asked) - 1


def test_a_written_note_is_always_shown(make_window, scheduled_session):
    scheduled_session.set_note("blood_tests", "at the GP's")
    window = make_window(scheduled_session)
    window.show_screen("before")
    row = window.current_screen().rows["blood_tests"]
    assert row.note.isVisible() and row.note.toPlainText() == "at the GP's"


def test_one_main_button_on_the_welcome_screen(window):
    window.show_screen("welcome")
    primary = [
        button
        for button in window.findChildren(QPushButton)
        if button.isVisible() and button.property("role") == "primary"
    ]
    assert [button.objectName() for button in primary] == ["startButton"]
    window.show_screen("overview")
    assert window.navigation.next_button.property("role") == "primary"


@pytest.mark.parametrize("code", ["en", "de"])
def test_buttons_with_room_keep_their_words_on_one_line(qtbot, window, languages, code):
    switch(qtbot, languages, window, code)
    window.show_screen("reminders")
    screen = window.current_screen()
    for button in (screen.save_button, screen.export_button):
        shown = QPushButton.text(button)
        assert "\n" not in shown, shown


def test_time_fields_are_padded_like_date_fields(app):
    sheet = theme.style_sheet()
    assert "QTimeEdit { padding: 0 " in sheet and " 0 6px; }" in sheet
    assert "QTimeEdit:right-to-left" in sheet


def test_the_warning_box_stands_out_in_high_contrast(app):
    normal, high = theme.style_sheet(100, False), theme.style_sheet(100, True)
    assert "border: 6px solid" in high and "border: 6px solid" not in normal
    assert 'QFrame#warningSigns QLabel[role="heading"]' in high
