"""Where the keyboard goes (issue 14): to the new screen after Back or Next, never to
the text size buttons; back to where it was after a dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_next_onto_the_last_screen_puts_the_focus_on_that_screen(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_screen("reminders")
    next_button = window.navigation.next_button
    next_button.setFocus()
    qtbot.waitUntil(next_button.hasFocus)
    qtbot.keyClick(next_button, Qt.Key.Key_Space)
    help_screen = window.current_screen()
    assert help_screen.screen_id == "help"
    assert not next_button.isEnabled()
    assert QApplication.focusWidget() is help_screen.scroll
    # A Space now scrolls the page; it does not reset the text size.
    assert QApplication.focusWidget().objectName() != "normalText"


def test_moving_through_the_step_list_keeps_the_focus_there(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.step_list.setFocus()
    qtbot.waitUntil(window.step_list.hasFocus)
    qtbot.keyClick(window.step_list, Qt.Key.Key_Down)
    assert window.step_list.hasFocus()


def test_closing_the_print_dialog_gives_the_focus_back(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_screen("before")
    tick = window.current_screen().rows["blood_tests"].checkbox
    tick.setFocus()
    qtbot.waitUntil(tick.hasFocus)
    window.window_actions.open_print_dialog()
    dialog = window.window_actions.print_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.close_button.setFocus()
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tick)
    assert not tick.isChecked()
