"""One running vertprep per data folder: a second start brings the first forward and
exits 0; a lock left by a killed vertprep does not stop the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from vertprep.single_instance import LOCK_NAME, SingleInstance, server_name


def start_vertprep(data_dir, *args: str) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "vertprep", "--data-dir", str(data_dir), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def finished(process: subprocess.Popen):
    return lambda: process.poll() is not None


def test_the_name_is_the_same_for_every_spelling_of_the_folder(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    assert server_name(folder) == server_name(tmp_path / "." / "data" / ".." / "data")
    assert server_name(folder) != server_name(tmp_path / "other")


def test_only_one_claim_per_folder_and_the_second_asks_the_first_forward(qtbot, app, data_dir):
    data_dir.mkdir()
    first, second = SingleInstance(data_dir), SingleInstance(data_dir)
    assert first.claim()
    assert not second.claim()
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert second.ask_running_to_activate()
    first.release()
    assert second.claim()  # free again once the first has quit
    second.release()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen only
def test_a_second_start_brings_the_window_forward_and_exits_0(qtbot, window, data_dir):
    from vertprep.app import _bring_to_front

    running = SingleInstance(data_dir)
    assert running.claim()
    running.activated.connect(lambda: _bring_to_front(window))
    window.showMinimized()
    qtbot.waitUntil(lambda: window.isMinimized())
    second = start_vertprep(data_dir)
    qtbot.waitUntil(finished(second), timeout=20000)
    out, err = second.communicate()
    assert second.returncode == 0, err
    assert "already open" in out and "Traceback" not in err
    qtbot.waitUntil(lambda: not window.isMinimized())
    assert not window.windowState() & Qt.WindowState.WindowMinimized
    running.release()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_a_killed_vertprep_does_not_keep_the_next_start_out(qtbot, data_dir, tmp_path):
    first = start_vertprep(data_dir)
    lock = data_dir / LOCK_NAME
    qtbot.waitUntil(
        lambda: lock.exists() and (data_dir / "vertprep.sqlite3").exists(), timeout=20000
    )
    # The first is really running: a second start only asks it forward.
    probe = start_vertprep(data_dir)
    qtbot.waitUntil(finished(probe), timeout=20000)
    assert probe.returncode == 0 and "already open" in probe.communicate()[0]
    first.send_signal(signal.SIGKILL)
    first.wait(10)
    first.communicate()
    again = start_vertprep(data_dir, "--exit-after-start")
    qtbot.waitUntil(finished(again), timeout=20000)
    out, err = again.communicate()
    assert again.returncode == 0, err
    assert "already open" not in out + err


def test_the_lock_is_taken_at_once_and_the_socket_opened_after(qtbot, app, data_dir):
    """The app takes the lock before its window and listens once the window is painted:
    a second start in between is kept out, and reaches the first once it listens."""
    data_dir.mkdir()
    first, second = SingleInstance(data_dir), SingleInstance(data_dir)
    assert first.claim(listen=False)
    assert not second.claim()
    assert not second.ask_running_to_activate(wait_ms=300)  # nobody listens yet
    first.listen()
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert second.ask_running_to_activate()
    first.release()
