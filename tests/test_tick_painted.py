"""A tick is painted with the window: the tick box and the progress bar hold Qt's
immediate repaint (which painted the page half laid out), and what the screen shows
once the tick is handled is the finished window, tick box and bar included."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget


def on_screen(window) -> QImage:
    """What the window's screen shows now (the backing store as last flushed)."""
    return QWidget.screen(window).grabWindow(window.winId()).toImage()


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def shown_is_finished(window) -> bool:
    shown = on_screen(window)
    window.repaint()  # everything painted again from the widgets as they are
    return shown == on_screen(window)


def tick_by(how: str, row, qtbot) -> None:
    box = row.checkbox
    if how == "mouse":
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    elif how == "space":
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
    elif how == "enter":
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Return)
    else:  # anywhere on the row
        qtbot.mouseClick(row, Qt.MouseButton.LeftButton, pos=row.rect().center())


@pytest.mark.parametrize("how", ["mouse", "space", "enter", "row"])
def test_the_screen_shows_the_finished_tick(window, qtbot, how):
    window.show_screen("before")
    settle()
    window.repaint()
    row = window.current_screen().rows["blood_tests"]
    bar = window.navigation.progress_bar
    for done in (True, False, True):
        before = bar.value()
        tick_by(how, row, qtbot)
        settle()
        assert row.checkbox.isChecked() is done
        assert bar.value() == before + (1 if done else -1)
        assert row.checkbox.updatesEnabled() and bar.updatesEnabled()
        assert shown_is_finished(window)
