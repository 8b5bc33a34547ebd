"""A checklist row shows the focus outline while its tick box has the keyboard, and
follows a language switch, shown or hidden at the time (the row itself watches no
events: its screen retranslates it, its tick box tells it about the focus)."""

from __future__ import annotations

import pytest
from i18n_support import switch
from PySide6.QtCore import Qt


def test_the_row_shows_the_focus_outline_while_its_tick_box_has_the_keyboard(qtbot, window):
    window.show_screen("before")
    rows = list(window.current_screen().rows.values())
    first, second = rows[0], rows[1]
    first.checkbox.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.checkbox.hasFocus)
    assert first.property("focused") == "true"
    assert second.property("focused") in (None, "false")
    second.checkbox.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(second.checkbox.hasFocus)
    assert first.property("focused") == "false"
    assert second.property("focused") == "true"


def texts(row) -> tuple[str, ...]:
    return (
        row.title.text(),
        row.due.text(),
        row.note_button.text(),
        row.checkbox.accessibleName(),
        row.note_button.accessibleName(),
    )


@pytest.mark.parametrize("shown", [True, False], ids=["shown", "hidden"])
def test_rows_follow_a_language_switch(qtbot, languages, window, shown):
    window.show_screen("before")
    before = window.current_screen()
    row = before.rows["consult_radiologist"]
    row.open_note()
    english = texts(row)
    if not shown:
        window.show_screen("overview")
    switch(qtbot, languages, window, "de")
    window.show_screen("before")
    german = texts(row)
    assert all(a != b for a, b in zip(english, german, strict=True))
    assert row.checkbox.accessibleName() == row.title.text()
    assert row.title.text() in row.note.accessibleName()
    assert row.note.accessibleName() != f"Note for: {row.title.text()}"
    switch(qtbot, languages, window, "en")
    assert texts(row) == english
    assert row.note.accessibleName() == f"Note for: {row.title.text()}"


def test_a_tick_changes_what_a_screen_reader_hears_after_the_title(qtbot, window):
    window.show_screen("before")
    row = window.current_screen().rows["blood_tests"]
    title, due = row.title.text(), row.due.text()
    assert row.checkbox.accessibleDescription() == f"Coming up. {due}"
    qtbot.mouseClick(row.checkbox, Qt.MouseButton.LeftButton)
    assert row.checkbox.accessibleDescription().startswith("Done on ")
    assert row.checkbox.accessibleDescription() == f"{row.status.text()}. {row.due.text()}"
    assert row.checkbox.accessibleName() == title == row.title.text()
    qtbot.mouseClick(row.checkbox, Qt.MouseButton.LeftButton)
    assert row.checkbox.accessibleDescription() == f"Coming up. {due}"
    assert row.status.isHidden() and row.property("status") == "upcoming"


def test_the_teams_instructions_are_kept_on_a_tick_and_retold_in_a_new_language(
    qtbot, languages, make_window, scheduled_session
):
    from vertprep.plan.editing import with_instruction

    plan = with_instruction(scheduled_session.team_plan, "fasting", "en", "Nothing after 22:00.")
    scheduled_session.use_team_plan(plan)
    window = make_window(scheduled_session)
    window.show_screen("before")
    before = window.current_screen()
    body = before.instructions.rows.itemAt(1).widget()
    assert body.objectName() == "instruction_fasting" and body.text() == "Nothing after 22:00."
    caption = before.instructions.rows.itemAt(0).widget()
    english_caption = caption.text()
    qtbot.mouseClick(before.rows["blood_tests"].checkbox, Qt.MouseButton.LeftButton)
    assert before.instructions.rows.itemAt(1).widget() is body  # not made anew
    switch(qtbot, languages, window, "de")
    caption = before.instructions.rows.itemAt(0).widget()
    assert caption.text() != english_caption  # the caption in German
    body = before.instructions.rows.itemAt(1).widget()
    assert body.objectName() == "instruction_fasting" and "22:00" in body.text()
