"""Undo of ticks: Ctrl+Z and the Undo button put the database back as it was."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from vertprep.storage import Store
from vertprep.ui import navigation
from vertprep.ui.undo import tick_history


def _stored_done_at(db_path, item_id: str) -> datetime | None:
    store = Store(db_path)
    try:
        return store.item_state(item_id).done_at
    finally:
        store.close()


def _first_row(window):
    window.show_screen("before")
    return next(iter(window.screen("before").rows.values()))


def test_ctrl_z_undoes_a_tick_in_the_database(qtbot, window, db_path):
    row = _first_row(window)
    qtbot.mouseClick(row.checkbox, Qt.MouseButton.LeftButton)
    assert _stored_done_at(db_path, row.item_id) is not None
    assert row.checkbox.isChecked()

    qtbot.keyClick(row.checkbox, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored_done_at(db_path, row.item_id) is None
    assert not row.checkbox.isChecked()
    assert window.navigation.progress_label.text().startswith("0 of")


def test_undoing_an_untick_restores_the_original_time(qtbot, window, clock, db_path):
    row = _first_row(window)
    qtbot.mouseClick(row.checkbox, Qt.MouseButton.LeftButton)
    ticked_at = _stored_done_at(db_path, row.item_id)
    clock.now = clock.now + timedelta(days=2)  # unticked by mistake two days later

    qtbot.mouseClick(row.checkbox, Qt.MouseButton.LeftButton)
    assert _stored_done_at(db_path, row.item_id) is None
    window.window_actions.undo_action.trigger()
    assert _stored_done_at(db_path, row.item_id) == ticked_at
    assert row.status.text().startswith("Done on")


def test_undo_goes_back_one_change_at_a_time(qtbot, window, db_path):
    rows = list(window.screen("before").rows.values())[:3]
    window.show_screen("before")
    for row in rows:
        qtbot.mouseClick(row.checkbox, Qt.MouseButton.LeftButton)
    action = window.window_actions.undo_action
    for row in reversed(rows):
        assert action.isEnabled()
        action.trigger()
        assert _stored_done_at(db_path, row.item_id) is None
    assert not action.isEnabled()
    assert all(not row.checkbox.isChecked() for row in rows)


def test_undo_button_appears_after_a_tick_and_works(qtbot, window, db_path):
    toast = window.navigation.undo_toast
    assert not toast.isVisible()
    row = _first_row(window)
    qtbot.mouseClick(row.checkbox, Qt.MouseButton.LeftButton)
    assert toast.isVisible()
    assert toast.message.text() == "Marked as done."
    # A screen reader hears which step it was, and how to undo it.
    assert row.title.text() in toast.undo_button.accessibleDescription()
    assert not window.navigation.progress_label.isVisible()  # the toast takes its place

    qtbot.mouseClick(toast.undo_button, Qt.MouseButton.LeftButton)
    assert _stored_done_at(db_path, row.item_id) is None
    assert not toast.isVisible()
    assert window.navigation.progress_label.isVisible()


def test_undo_button_goes_away_after_a_few_seconds(
    qtbot, monkeypatch, make_window, scheduled_session
):
    monkeypatch.setattr(navigation, "UNDO_SHOWN_MS", 50)
    window = make_window(scheduled_session)
    toast = window.navigation.undo_toast
    row = _first_row(window)
    qtbot.mouseClick(row.checkbox, Qt.MouseButton.LeftButton)
    assert toast.isVisible()
    qtbot.waitUntil(lambda: not toast.isVisible())
    # Ctrl+Z still works once the button has gone.
    assert window.window_actions.undo_action.isEnabled()


def test_undo_button_stays_while_the_keyboard_is_on_it(
    qtbot, monkeypatch, make_window, scheduled_session
):
    monkeypatch.setattr(navigation, "UNDO_SHOWN_MS", 50)
    window = make_window(scheduled_session)
    toast = window.navigation.undo_toast
    row = _first_row(window)
    qtbot.mouseClick(row.checkbox, Qt.MouseButton.LeftButton)
    window.activateWindow()
    toast.undo_button.setFocus()
    qtbot.waitUntil(toast.undo_button.hasFocus)
    for _ in range(3):  # the time is up, again and again: it stays
        with qtbot.waitSignal(toast.timer.timeout):
            pass
        assert toast.isVisible()
    qtbot.keyClick(toast.undo_button, Qt.Key.Key_Space)
    assert not row.checkbox.isChecked()
    assert not toast.isVisible()


def test_ctrl_z_in_a_note_undoes_the_typing_not_the_tick(qtbot, window, db_path):
    row = _first_row(window)
    qtbot.mouseClick(row.checkbox, Qt.MouseButton.LeftButton)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(row.note_button, Qt.MouseButton.LeftButton)  # opens the note box
    qtbot.waitUntil(row.note.hasFocus)
    qtbot.keyClicks(row.note, "Stop it 2 days before")
    qtbot.keyClick(row.note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert row.note.toPlainText() != "Stop it 2 days before"
    assert _stored_done_at(db_path, row.item_id) is not None  # the tick stays


def test_a_change_made_elsewhere_is_not_undone(qtbot, window, scheduled_session, db_path):
    # Only what was ticked in the app is undoable; other writes leave the history alone.
    history = tick_history(scheduled_session)
    assert history is tick_history(scheduled_session)
    assert not history.stack.canUndo()
    row = _first_row(window)
    history.undo()  # nothing to undo: nothing happens
    assert _stored_done_at(db_path, row.item_id) is None
