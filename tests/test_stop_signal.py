"""When the system asks vertprep to stop (SIGTERM at a logout or shutdown, SIGHUP when
its terminal closes), the window closes as if the person closed it: its size and place
are kept, the lock and the socket are let go, and the process ends with 0."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from vertprep.local_door import UNIX_SOCKETS, socket_path
from vertprep.paths import database_path
from vertprep.single_instance import SingleInstance, server_name
from vertprep.storage import Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")


def start_vertprep(data_dir) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "vertprep", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_stop_request_closes_the_window_the_ordinary_way(qtbot, app, data_dir, number):
    running = start_vertprep(data_dir)
    # Up once it answers a second start (the socket opens after the first paint).
    probe = SingleInstance(data_dir)
    qtbot.waitUntil(lambda: probe.ask_running_to_activate(wait_ms=200), timeout=20000)
    store = Store(database_path(data_dir))
    assert store.settings().window_geometry == ""  # kept only when the window closes
    store.close()

    running.send_signal(number)
    qtbot.waitUntil(lambda: running.poll() is not None, timeout=20000)
    _out, err = running.communicate()
    assert running.returncode == 0, err
    assert "Traceback" not in err
    store = Store(database_path(data_dir))
    assert store.settings().window_geometry != ""  # kept, as at an ordinary close
    store.close()
    if UNIX_SOCKETS:
        assert not os.path.exists(socket_path(server_name(data_dir)))
    assert probe.claim()  # the lock is free at once
    probe.release()


def test_stop_requests_call_back_once_from_the_event_loop(qtbot, app):
    """What the window and the reminder agent rely on: a signal that Qt's event loop
    notices (it runs no Python while it waits), answered once, after which the signals
    are handled as before."""
    from vertprep.stop_requests import StopRequests

    calls = []
    previous = signal.getsignal(signal.SIGTERM)
    previous_fd = signal.set_wakeup_fd(-1)
    signal.set_wakeup_fd(previous_fd)
    requests = StopRequests(lambda: calls.append("stop"))
    assert signal.getsignal(signal.SIGTERM) is not previous
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: calls == ["stop"], timeout=5000)
        # Answered once: a second request would end the process the ordinary way.
        assert signal.getsignal(signal.SIGTERM) is previous
        assert signal.set_wakeup_fd(previous_fd) == previous_fd  # the wakeup socket too
    finally:
        requests.close()
        requests.deleteLater()
    assert signal.getsignal(signal.SIGTERM) is previous
