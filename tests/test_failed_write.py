"""A change that cannot be written is not shown as made, and the patient is told."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from vertprep.storage import StorageError
from vertprep.ui.crash import install_excepthook
from vertprep.ui.undo import tick_history


def test_a_tick_that_cannot_be_saved_is_taken_back(window, qtbot, session, monkeypatch):
    def disk_full(item_id, done_at):
        raise StorageError(session.store.path, "database or disk is full")

    monkeypatch.setattr(session.store, "set_done", disk_full)
    window.show_screen("before")
    row = window.current_screen().rows["blood_tests"]
    with qtbot.capture_exceptions() as raised:
        qtbot.mouseClick(row.checkbox, Qt.MouseButton.LeftButton)
    assert [kind for kind, *_ in raised] == [StorageError]
    assert not row.checkbox.isChecked()  # the box shows what is really stored
    assert not session.item_state("blood_tests").done
    assert window.navigation.progress_label.text().startswith("0 of ")
    assert not tick_history(session).stack.canUndo()  # nothing to undo: nothing changed


def test_the_message_for_a_failed_save_does_not_say_it_was_saved(
    data_dir, monkeypatch, app, session
):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    install_excepthook(data_dir)

    error = StorageError(session.store.path, "disk I/O error")
    sys.excepthook(StorageError, error, None)
    assert len(shown) == 1
    assert "could not save your last change" in shown[0]
    assert "are saved" not in shown[0]
    assert "disk I/O error" in (data_dir / "errors.log").read_text()


@pytest.fixture(autouse=True)
def _keep_excepthook(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
