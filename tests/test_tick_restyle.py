"""A tick changes only what it changes: the navigation bar shows the new progress (and
nothing else of it is set again), a row's frame is restyled only when it turns
overdue or stops being overdue, and a status line hidden by an untick takes the style
of its next status when it is shown again. Each test fails if that shortcut shows
something stale."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from i18n_support import switch
from PySide6.QtCore import Qt

from vertprep.ui import theme
from vertprep.ui.widgets.checklist_row import ROW_STYLED_STATUSES

THEME_QSS = Path(__file__).resolve().parent.parent / "resources" / "styles" / "theme.qss"


@pytest.fixture
def clinic_before(clinic_plan_stored, window):
    """The Before screen with a clinic's plan: on 1 December the consultation with the
    radiologist (due 26 November) is overdue, the anaesthesia consultation to come."""
    window.show_screen("before")
    yield window.current_screen()
    window.session.update_settings(text_scale=100, high_contrast=False)


def tick(qtbot, row) -> None:
    qtbot.mouseClick(row.checkbox, Qt.MouseButton.LeftButton)


def text_colour(widget) -> str:
    return widget.palette().color(widget.foregroundRole()).name()


def border_colour(row) -> str:
    # (Away from the row: the focus outline takes the border's place.)
    row.window().step_list.setFocus(Qt.FocusReason.OtherFocusReason)
    image = row.grab().toImage()
    return image.pixelColor(1, image.height() // 2).name()


def test_the_progress_follows_ticks_and_a_language_switch(qtbot, languages, window, before):
    navigation = window.navigation
    plan = window.session.plan()
    total, done = plan.total, plan.done_count
    row = before.rows["anaesthesia_consult"]
    tick(qtbot, row)
    assert navigation.progress_label.text() == f"{done + 1} of {total} steps done"
    assert navigation.progress_bar.accessibleName() == navigation.progress_label.text()
    assert navigation.progress_bar.value() == done + 1
    switch(qtbot, languages, window, "de")
    german = navigation.progress_label.text()
    assert german != f"{done + 1} of {total} steps done" and str(done + 1) in german
    assert navigation.back_button.text() not in ("", "Back")
    tick(qtbot, row)  # untick, in German
    assert navigation.progress_label.text() == german.replace(str(done + 1), str(done), 1)
    assert navigation.progress_bar.value() == done
    switch(qtbot, languages, window, "en")
    assert navigation.progress_label.text() == f"{done} of {total} steps done"
    assert navigation.back_button.text() == "Back"


def test_the_undo_message_follows_each_tick_in_the_current_language(
    qtbot, languages, window, before
):
    toast = window.navigation.undo_toast
    row = before.rows["anaesthesia_consult"]
    tick(qtbot, row)
    assert toast.message.text() == "Marked as done."
    assert row.title.text() in toast.undo_button.accessibleDescription()
    tick(qtbot, row)
    assert toast.message.text() == "Marked as not done."
    assert "Marked as not done" in toast.undo_button.accessibleDescription()
    switch(qtbot, languages, window, "de")
    tick(qtbot, row)
    assert toast.message.text() not in ("", "Marked as done.")
    assert toast.undo_button.text() not in ("", "Undo")
    assert row.title.text() in toast.undo_button.accessibleDescription()
    assert "Marked" not in toast.undo_button.accessibleDescription()


def test_a_status_line_shown_again_takes_the_style_of_its_new_status(qtbot, clinic_before):
    before = clinic_before
    window = before.window()
    row = before.rows["anaesthesia_consult"]  # coming up on 1 December
    overdue = before.rows["consult_radiologist"]  # overdue on 1 December
    tick(qtbot, row)
    done_colour = text_colour(row.status)
    assert row.status.font().bold()
    tick(qtbot, row)
    assert row.status.isHidden()
    # Nine days later the step is overdue: the line comes back in the overdue style.
    window.session.clock.now += timedelta(days=9)
    window.session.plan_changed.emit()
    assert row.planned.status.value == "overdue"
    assert row.status.isVisible() and row.status.property("status") == "overdue"
    assert text_colour(row.status) == text_colour(overdue.status) != done_colour
    assert row.status.font().bold() == overdue.status.font().bold()
    assert border_colour(row) == border_colour(overdue)


def test_a_row_turns_overdue_and_back_with_its_border(qtbot, clinic_before):
    row = clinic_before.rows["consult_radiologist"]
    overdue_border = theme.palette_for(False).overdue
    assert border_colour(row) == overdue_border
    tick(qtbot, row)
    assert row.property("status") == "done" and border_colour(row) != overdue_border
    tick(qtbot, row)
    assert row.property("status") == "overdue" and border_colour(row) == overdue_border


def test_the_theme_styles_a_row_frame_only_for_the_statuses_it_restyles():
    """A row sets its own ``status`` without restyling between statuses the sheet does
    not style on a frame: a new rule for another status must be named there too."""
    sheet = THEME_QSS.read_text(encoding="utf-8")
    selectors = [
        selector.strip()
        for line in sheet.splitlines()
        if "[status=" in line
        for selector in line.split("{")[0].split(",")
    ]
    assert selectors
    frame_statuses = set()
    for selector in selectors:
        if selector.startswith("QLabel["):
            continue  # status lines: restyled on every change of status
        assert selector.startswith('QFrame[role="card"][status='), selector
        frame_statuses.update(re.findall(r'\[status="(\w+)"\]', selector))
    assert frame_statuses == set(ROW_STYLED_STATUSES)
