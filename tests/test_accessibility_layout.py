"""Large text and big targets: at twice the text size, in both themes, every screen
fits the default window without clipped or overlapping text or sideways scrolling;
at normal size every button and checkbox is at least 44 by 44 pixels."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from a11y_support import describe
from conftest import FIXED_NOW, PROCEDURE_DATE
from i18n_support import settle
from layout_checks import layout_problems
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from vertprep.ui import theme
from vertprep.ui.main_window import DEFAULT_SIZE


def _problems_on_every_screen(window) -> dict[str, list[str]]:
    found = {}
    for screen in window.screens:
        window.show_screen(screen.screen_id)
        settle()
        problems = layout_problems(window)
        if window.size() != DEFAULT_SIZE:
            problems.append(f"the window grew to {window.size().toTuple()}")
        if problems:
            found[screen.screen_id] = problems
    return found


# Nine days before (steps coming up), and the morning of the day itself (steps overdue,
# reminders shown, the day's current stage highlighted).
MOMENTS = {"before": FIXED_NOW, "on the day": datetime.combine(PROCEDURE_DATE, time(9, 50))}


@pytest.mark.parametrize("moment", MOMENTS)
@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high contrast"])
def test_every_screen_fits_at_twice_the_text_size(
    qtbot, make_window, scheduled_session, clock, high_contrast, moment
):
    clock.now = MOMENTS[moment]
    scheduled_session.update_settings(
        text_scale=200, high_contrast=high_contrast, contrast_chosen=True
    )
    window = make_window(scheduled_session)
    assert theme.current_scale() == 200
    assert window.screen("before").intro.font().pointSize() == 2 * theme.BASE_POINT_SIZE
    assert _problems_on_every_screen(window) == {}


def test_text_size_changed_while_open_reflows_every_screen(qtbot, window):
    window.show_screen("after")
    window.window_actions.view_settings.set_scale(200)
    settle()
    assert _problems_on_every_screen(window) == {}
    window.window_actions.view_settings.set_scale(100)
    settle()
    assert _problems_on_every_screen(window) == {}


@pytest.mark.parametrize("moment", MOMENTS)
def test_undo_message_fits_at_twice_the_text_size(
    qtbot, make_window, scheduled_session, clock, moment
):
    clock.now = MOMENTS[moment]
    scheduled_session.update_settings(text_scale=200, high_contrast=True, contrast_chosen=True)
    window = make_window(scheduled_session)
    window.show_screen("before")
    row = next(iter(window.screen("before").rows.values()))
    qtbot.mouseClick(row.checkbox, Qt.MouseButton.LeftButton)
    assert window.navigation.undo_toast.isVisible()
    settle()
    assert layout_problems(window) == []
    assert window.size() == DEFAULT_SIZE


def test_buttons_and_checkboxes_are_big_enough_to_hit(qtbot, window):
    small = set()
    for screen in window.screens:
        window.show_screen(screen.screen_id)
        settle()
        for button in window.findChildren(QAbstractButton):
            if not button.isVisible():
                continue
            if button.width() < theme.MIN_TARGET_PX or button.height() < theme.MIN_TARGET_PX:
                small.add(f"{describe(button)} {button.width()}x{button.height()}")
    assert small == set()


def test_default_body_text_is_larger_than_a_desktop_app(qtbot, window):
    label = window.screen("about").what_text
    assert label.font().pointSize() >= 12
    assert window.screen("about").title.font().pointSize() > label.font().pointSize()
