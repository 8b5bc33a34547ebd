"""A new user with only a keyboard sets twice the text size and high contrast, enters
a phone number, goes through every screen, ticks, unticks, undoes and writes a note."""

from __future__ import annotations

from i18n_support import settle
from layout_checks import layout_problems
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vertprep.storage import Store
from vertprep.ui import theme
from vertprep.ui.main_window import DEFAULT_SIZE
from vertprep.ui.widgets.checklist_row import TickBox

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def _tab_until(qtbot, wanted, limit: int = 120):
    for _ in range(limit):
        widget = QApplication.focusWidget()
        if wanted(widget):
            return widget
        _press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the wanted control")


def test_keyboard_only_at_twice_the_size_in_high_contrast(qtbot, make_window, session, db_path):
    session.update_profile(procedure_date=None)
    window = make_window(session)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.current_screen().screen_id == "welcome"
    window.step_list.setFocus(Qt.FocusReason.OtherFocusReason)

    # Larger text four times, then high contrast: all from the keyboard.
    for _ in range(4):
        _press(qtbot, Qt.Key.Key_Plus, CTRL)
    _press(qtbot, Qt.Key.Key_H, CTRL | SHIFT)
    qtbot.waitUntil(lambda: theme.current_scale() == 200 and theme.is_high_contrast())
    settle()
    assert layout_problems(window) == []

    # The care team's phone number, then Start.
    form = window.screen("welcome").form
    phone = _tab_until(qtbot, lambda w: w is form.phone_edit)
    qtbot.keyClicks(phone, "+41 22 123 45 67")
    _tab_until(qtbot, lambda w: w.objectName() == "startButton")
    _press(qtbot, Qt.Key.Key_Space)
    assert window.current_screen().screen_id == "overview"
    assert session.profile.phone == "+41 22 123 45 67"

    # Every screen, with Alt+Right, fits at this size.
    seen = []
    while True:
        settle()
        screen = window.current_screen()
        seen.append(screen.screen_id)
        assert layout_problems(window) == [], screen.screen_id
        assert window.size() == DEFAULT_SIZE
        if screen is window.screens[-1]:
            break
        _press(qtbot, Qt.Key.Key_Right, ALT)
    assert seen == [s.screen_id for s in window.screens[1:]]

    # Back to the checklist: tick, untick, tick again, undo, then a note.
    while window.current_screen().screen_id != "before":
        _press(qtbot, Qt.Key.Key_PageUp)
    window.current_screen().scroll.setFocus(Qt.FocusReason.OtherFocusReason)
    tick = _tab_until(qtbot, lambda w: isinstance(w, TickBox))
    row = tick.parentWidget()
    _press(qtbot, Qt.Key.Key_Space)
    assert tick.isChecked()
    _press(qtbot, Qt.Key.Key_Space)
    assert not tick.isChecked()
    _press(qtbot, Qt.Key.Key_Space)
    assert window.navigation.undo_toast.isVisible()
    _press(qtbot, Qt.Key.Key_Z, CTRL)
    assert not tick.isChecked()
    # The note box opens from its button, with the keyboard in it.
    _tab_until(qtbot, lambda w: w is row.note_button)
    _press(qtbot, Qt.Key.Key_Space)
    note = row.note
    qtbot.waitUntil(note.hasFocus)
    qtbot.keyClicks(note, "Stop apixaban as the team said")
    assert note.hasFocus()

    store = Store(db_path)
    try:
        state = store.item_state(row.item_id)
        settings = store.settings()
    finally:
        store.close()
    assert not state.done
    assert state.note == "Stop apixaban as the team said"
    assert (settings.text_scale, settings.high_contrast) == (200, True)
