"""A checklist row makes its note box only when the patient opens it or a note is
stored, its status line when the step is first done, due or overdue, and its origin
note when there is one (each widget is restyled on every text size or contrast change,
shown or not). A part made later behaves as one made with the row: the note keeps what
is typed, takes the current text size and contrast, comes right after the tick box for
Tab, and is named for screen readers in the current language; the parts keep their
places on screen and in the order screen readers read them."""

from __future__ import annotations

from i18n_support import switch
from PySide6.QtCore import Qt

from vertprep.ui import theme


def text_colour(widget) -> str:
    return widget.palette().color(widget.foregroundRole()).name()


def test_no_note_box_until_the_patient_opens_one(before):
    rows = before.rows
    plain = rows["consult_radiologist"]
    assert plain._note is None and plain.note_caption is None
    asked = [row for row in rows.values() if row.planned.item.asks_for_instructions]
    assert asked and all(row._note is not None for row in asked)


def test_a_note_box_made_later_keeps_what_is_typed_at_the_current_size(qtbot, before):
    session = before.session
    session.update_settings(text_scale=150, high_contrast=True, contrast_chosen=True)
    row = before.rows["consult_radiologist"]
    qtbot.mouseClick(row.note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(row.note.hasFocus)
    assert row.note.isVisible() and row.note_caption.isVisible()
    assert not row.note_button.isVisible()
    assert row.note.font().pointSize() == theme.point_size(150)
    assert text_colour(row.note) == theme.HIGH_CONTRAST.text
    assert row.note_caption.font().pointSize() == theme.point_size(150, 0.92)
    qtbot.keyClicks(row.note, "Ask about the MRI")
    assert session.item_state("consult_radiologist").note == "Ask about the MRI"
    # A tick of the row and a text size change keep the text and the box.
    qtbot.mouseClick(row.checkbox, Qt.MouseButton.LeftButton)
    session.update_settings(text_scale=100)
    assert row.note.toPlainText() == "Ask about the MRI" and row.note.isVisible()
    assert row.note.font().pointSize() == theme.point_size(100)


def test_a_note_stored_elsewhere_makes_the_box_with_its_text(before):
    row = before.rows["consult_radiologist"]
    before.session.set_note("consult_radiologist", "Bring the MRI")
    before.refresh()  # as when the reminder agent's change is read back
    assert row.note.isVisible() and row.note.toPlainText() == "Bring the MRI"
    assert row.note_caption.text() == "Your note:"
    assert not row.note_button.isVisible()


def test_tab_goes_from_the_tick_box_to_a_note_box_made_later(qtbot, before):
    rows = list(before.rows.values())
    row, next_row = rows[0], rows[1]
    assert row._note is None
    row.open_note()
    row.checkbox.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(row.checkbox, Qt.Key.Key_Tab)
    assert row.note.hasFocus()
    qtbot.keyClick(row.note, Qt.Key.Key_Tab)  # the note's own button is hidden now
    assert next_row.checkbox.hasFocus()


def test_a_note_box_made_later_is_named_in_the_current_language(qtbot, languages, window):
    window.show_screen("before")
    switch(qtbot, languages, window, "de")
    row = window.current_screen().rows["consult_radiologist"]
    row.open_note()
    title = row.title.text()
    assert row.note.accessibleName() != f"Note for: {title}"
    assert title in row.note.accessibleName()
    assert row.note_caption.text() not in ("", "Your note:")
    switch(qtbot, languages, window, "en")
    assert row.note.accessibleName() == f"Note for: {row.title.text()}"


def test_the_status_line_is_made_when_a_step_is_first_ticked(qtbot, before):
    row = before.rows["anaesthesia_consult"]
    assert row._status is None  # every step is still to come on 1 December
    qtbot.mouseClick(row.checkbox, Qt.MouseButton.LeftButton)
    assert row.status.isVisibleTo(row) and row.status.text().startswith("Done on")
    assert row.status.property("status") == "done" and row.property("status") == "done"
    qtbot.mouseClick(row.checkbox, Qt.MouseButton.LeftButton)
    assert row.status.isHidden() and row.status.text() == "Coming up"
    assert row.property("status") == "upcoming"


def test_parts_made_later_keep_the_order_screen_readers_read(before):
    row = before.rows["anaesthesia_consult"]
    row.open_note()
    order = [
        row.checkbox,
        row.title,
        row.status,
        row.explanation,
        row.origin,
        row.due,
        row.note_caption,
        row.note,
        row.note_button,
    ]
    children = [child for child in row.children() if any(child is part for part in order)]
    assert children == order
    layout_order = [row._text_column.itemAt(i).widget() for i in range(row._text_column.count())]
    assert layout_order == order[1:]
