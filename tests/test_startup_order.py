"""What start-up leaves until the window has been painted, and how a window run ends."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtWidgets import QWidget

from vertprep import app as vertprep_app


def test_what_waits_for_the_first_paint_runs_once_after_it(qtbot, app, monkeypatch):
    # The latest start far away: only the paint can start it within this test.
    monkeypatch.setattr(vertprep_app, "AFTER_FIRST_PAINT_LATEST_MS", 60_000)
    widget = QWidget()
    qtbot.addWidget(widget)
    calls = []
    vertprep_app._AfterFirstPaint(widget, lambda: calls.append(widget.isVisible()))
    qtbot.wait(50)
    assert calls == []  # not before the window is shown and painted
    widget.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=2000)
    widget.update()
    qtbot.wait(50)
    assert calls == [True]  # once only, however often it is painted


def test_what_ran_after_the_first_paint_does_not_run_again_at_the_latest_time(
    qtbot, app, monkeypatch
):
    monkeypatch.setattr(vertprep_app, "AFTER_FIRST_PAINT_LATEST_MS", 200)
    widget = QWidget()
    qtbot.addWidget(widget)
    calls = []
    vertprep_app._AfterFirstPaint(widget, lambda: calls.append("ran"))
    widget.show()
    qtbot.waitUntil(lambda: calls == ["ran"], timeout=2000)
    qtbot.wait(400)  # past the latest time
    assert calls == ["ran"]


def test_what_waits_for_the_first_paint_runs_even_if_it_never_comes(qtbot, app, monkeypatch):
    monkeypatch.setattr(vertprep_app, "AFTER_FIRST_PAINT_LATEST_MS", 100)
    widget = QWidget()  # never shown, never painted
    qtbot.addWidget(widget)
    calls = []
    vertprep_app._AfterFirstPaint(widget, lambda: calls.append("ran"))
    qtbot.waitUntil(lambda: calls == ["ran"], timeout=2000)


def test_leaving_after_a_window_run_writes_out_what_was_printed(tmp_path):
    code = (
        "import sys\n"
        "from vertprep.app import end_process\n"
        "print('to the terminal')\n"
        "print('to the log', file=sys.stderr)\n"
        "end_process(3)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 3
    assert done.stdout == "to the terminal\n"
    assert "to the log" in done.stderr


def leave_after_window_run(owns_clipboard: bool) -> subprocess.CompletedProcess:
    code = (
        "import atexit\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import vertprep.app\n"
        "app = QApplication([])\n"
        f"vertprep.app._owns_clipboard = lambda: {owns_clipboard}\n"
        "atexit.register(print, 'ordinary exit')\n"
        "vertprep.app.end_process(3)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )


def test_what_was_copied_from_the_window_outlives_it():
    """Qt passes what the person copied on to the desktop when the application is
    taken apart: then the process ends the ordinary way, not at once."""
    copied = leave_after_window_run(owns_clipboard=True)
    assert (copied.returncode, copied.stdout) == (3, "ordinary exit\n")
    nothing_copied = leave_after_window_run(owns_clipboard=False)
    assert (nothing_copied.returncode, nothing_copied.stdout) == (3, "")


def test_a_window_start_leaves_its_data_saved_and_its_folder_free(tmp_path):
    """``python -m vertprep`` ends the process at once after the window run: what the
    window writes as it closes (its place and screen) is on disk, the lock is gone,
    and the next start is not kept out."""
    from vertprep.paths import database_path
    from vertprep.single_instance import LOCK_NAME
    from vertprep.storage import Store

    folder = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "vertprep", "--data-dir", str(folder), "--exit-after-start"]
    for _ in range(2):
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
        assert done.returncode == 0, done.stderr
        assert "already open" not in done.stdout + done.stderr
        assert not (folder / LOCK_NAME).exists()
    store = Store(database_path(folder))
    try:
        settings = store.settings()
        assert settings.last_screen == "welcome"
        assert settings.window_geometry
    finally:
        store.close()


def test_closing_the_window_ends_its_undo_history(qtbot, window):
    from vertprep.ui.undo import tick_history

    history = tick_history(window.session)
    history.set_done("blood_tests", True)
    assert history.stack.canUndo()
    window.close()
    assert not history.stack.canUndo()
    assert window.session.item_state("blood_tests").done  # the tick itself stays


def test_the_person_s_language_is_loaded_once_at_start(tmp_path):
    """Stored German on an English system: German from the first screen, loaded once
    (not the system's language first, then the person's), with German dates. (In a
    process of its own: a window run in this one would end its event loops.)"""
    from vertprep.paths import database_path
    from vertprep.storage import Store

    folder = tmp_path / "person"
    folder.mkdir()
    store = Store(database_path(folder))
    store.update_settings(language="de", onboarded=True)
    store.close()
    code = (
        "import sys\n"
        "from PySide6.QtCore import QLocale\n"
        "from vertprep import app\n"
        "from vertprep.cli import main\n"
        "from vertprep.i18n import manager\n"
        "loaded = []\n"
        "switch = manager.LanguageManager.set_language\n"
        "manager.LanguageManager.set_language = "
        "lambda self, code: (loaded.append(code), switch(self, code))\n"
        "app.system_languages = manager.system_languages = lambda: ['en-GB', 'en']\n"
        "assert main(['--data-dir', sys.argv[1], '--exit-after-start']) == 0\n"
        "print(loaded, QLocale().name())\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code, str(folder)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["['de']", "de_DE"]


def test_a_start_with_one_patient_does_not_load_the_patients_dialog(tmp_path):
    """Whose plan is asked only with several patients: one person's start does without
    the dialog's code (~5 ms before the first screen)."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from vertprep import app\n"
        "from vertprep.cli import main\n"
        "start = app._AfterFirstPaint.__init__\n"
        "app._AfterFirstPaint.__init__ = "
        "lambda self, window, callback: start(self, window, QApplication.quit)\n"
        "assert main(['--data-dir', sys.argv[1]]) == 0\n"
        "print('vertprep.ui.patients_dialog' in sys.modules)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False"]
