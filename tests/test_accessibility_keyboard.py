"""Keyboard only: Tab reaches every control of every screen in a sensible order, the
focus is drawn thick in both themes, Space and Enter tick, Alt+arrows and Page keys
move between screens, and the Help screen lists the shortcuts."""

from __future__ import annotations

import pytest
from a11y_support import describe, interactive_widgets, tab_cycle
from i18n_support import settle
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from vertprep.storage import Store
from vertprep.ui import theme


def _activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _region(window, widget: QWidget) -> str:
    """Where a widget is: the step list, the screen (with what sits above it), the
    bar under it, or the menu bar and toolbar at the top."""
    switch = window.window_actions.view_settings.bar.contrast_switch
    if window.step_list is widget or switch.isAncestorOf(widget):
        return "steps"  # the side column: the steps and the contrast switch under them
    if window.navigation.isAncestorOf(widget):
        return "navigation"
    if window.centralWidget().isAncestorOf(widget):
        return "screen"
    return "top"


@pytest.mark.parametrize("screen_id", ["welcome", "overview", "about", "before", "day", "after",
                                       "reminders", "help"])  # fmt: skip
def test_tab_visits_every_control_of_the_screen_in_order(qtbot, window, screen_id):
    assert screen_id in [screen.screen_id for screen in window.screens]
    _activate(qtbot, window)
    window.show_screen(screen_id)
    settle()
    expected = interactive_widgets(window)
    visited = tab_cycle(qtbot, window.step_list)
    missing = [describe(w) for w in expected if w not in visited]
    assert missing == []
    # From the step list: the screen, top to bottom; then Back and Next; then the
    # controls at the top of the window, and round again.
    regions = [_region(window, widget) for widget in visited]
    order = [region for index, region in enumerate(regions) if region not in regions[:index]]
    assert order == ["steps", "screen", "navigation", "top"][: len(order)]
    assert regions == sorted(regions, key=["steps", "screen", "navigation", "top"].index)
    screen = window.current_screen()
    content = screen.scroll.widget()
    tops = [
        widget.mapTo(content, QPoint(0, 0)).y()
        for widget in visited
        if content.isAncestorOf(widget)
    ]
    assert tops == sorted(tops), "Tab jumps up and down the screen"


def _focus_pixels(widget: QWidget, colour: str) -> int:
    image = widget.grab().toImage()
    wanted = QColor(colour).rgb()
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixel(x, y) == wanted
    )


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high contrast"])
def test_focus_is_drawn_as_a_thick_outline(qtbot, make_window, scheduled_session, high_contrast):
    scheduled_session.update_settings(high_contrast=high_contrast, contrast_chosen=True)
    window = make_window(scheduled_session)
    _activate(qtbot, window)
    focus = theme.palette_for(high_contrast).focus
    window.show_screen("before")
    row = next(iter(window.screen("before").rows.values()))
    window.show_screen("welcome")
    targets = [
        ("Next", window.navigation.next_button, window.navigation.next_button),
        ("screen", window.screen("welcome").scroll, window.screen("welcome").scroll),
        ("step list", window.step_list, window.step_list),
        ("text field", window.screen("welcome").form.place_edit,
         window.screen("welcome").form.place_edit),
        ("larger text", window.window_actions.view_settings.bar.larger_button,
         window.window_actions.view_settings.bar.larger_button),
    ]  # fmt: skip
    for name, widget, drawn in targets:
        window.show_screen("welcome")
        elsewhere = window.screen("welcome").form.name_edit
        elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(elsewhere.hasFocus)
        settle()
        before = _focus_pixels(drawn, focus)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        settle()
        after = _focus_pixels(drawn, focus)
        # At least an outline 2 pixels thick all round.
        perimeter = 2 * (drawn.width() + drawn.height())
        assert after - before >= 2 * perimeter * 0.8, name

    window.show_screen("before")
    row.checkbox.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(row.checkbox.hasFocus)
    settle()
    # The whole checklist row is outlined while its tick box has the focus.
    perimeter = 2 * (row.width() + row.height())
    assert _focus_pixels(row, focus) >= 2 * perimeter * 0.8


def test_space_and_enter_tick_the_focused_row(qtbot, window, db_path):
    _activate(qtbot, window)
    window.show_screen("before")
    row = next(iter(window.screen("before").rows.values()))
    row.checkbox.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(row.checkbox.hasFocus)
    qtbot.keyClick(row.checkbox, Qt.Key.Key_Space)
    assert row.checkbox.isChecked()
    qtbot.keyClick(row.checkbox, Qt.Key.Key_Return)
    assert not row.checkbox.isChecked()
    qtbot.keyClick(row.checkbox, Qt.Key.Key_Enter)
    assert row.checkbox.isChecked()
    store = Store(db_path)
    try:
        assert store.item_state(row.item_id).done
    finally:
        store.close()


def test_a_click_anywhere_on_a_row_ticks_it_once_even_a_double_click(qtbot, window):
    window.show_screen("before")
    row = next(iter(window.screen("before").rows.values()))
    where = row.explanation.geometry().center()
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton, pos=where)
    assert row.checkbox.isChecked()
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton, pos=where)
    assert not row.checkbox.isChecked()
    # A double click (a habit, or a tremor) is one click, not two.
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(row, Qt.MouseButton.LeftButton, pos=where)
    assert row.checkbox.isChecked()
    qtbot.mouseClick(row.checkbox, Qt.MouseButton.LeftButton)
    qtbot.mouseDClick(row.checkbox, Qt.MouseButton.LeftButton)
    assert not row.checkbox.isChecked()


def test_alt_arrows_and_page_keys_move_between_screens(qtbot, window):
    _activate(qtbot, window)
    window.show_screen("welcome")
    window.step_list.setFocus()
    ids = [screen.screen_id for screen in window.screens]
    for expected in ids[1:]:
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier
        )
        assert window.current_screen().screen_id == expected
    for expected in reversed(ids[:-1]):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp)
        assert window.current_screen().screen_id == expected
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert window.current_screen().screen_id == ids[1]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_screen().screen_id == ids[0]


def test_arrow_keys_in_the_step_list_choose_a_screen(qtbot, window):
    _activate(qtbot, window)
    window.show_screen("welcome")
    window.step_list.setFocus()
    qtbot.keyClick(window.step_list, Qt.Key.Key_Down)
    assert window.current_screen().screen_id == "overview"


def test_f1_opens_help_which_lists_every_shortcut(qtbot, window):
    _activate(qtbot, window)
    window.step_list.setFocus()
    qtbot.keyClick(window.step_list, Qt.Key.Key_F1)
    assert window.current_screen().screen_id == "help"
    settle()
    help_screen = window.current_screen()
    listed = "\n".join(
        label.text() for label in help_screen.findChildren(QLabel, "shortcutKeys")
        if label.isVisibleTo(help_screen)
    )  # fmt: skip
    actions = window.findChildren(type(window.window_actions.undo_action))
    for action in actions:
        for keys in action.shortcuts():
            text = keys.toString(keys.SequenceFormat.NativeText)
            assert text in listed, f"{action.iconText()} ({text}) is not listed"
    for keys in ("Tab", "Space", "Ctrl+Z", "Alt+Left", "Ctrl++", "Ctrl+0"):
        assert keys in listed
