"""The socket a second start knocks on: Python's own Unix socket where there is one,
QLocalServer elsewhere, and each answers the other (a running vertprep of either kind)."""

from __future__ import annotations

import os
import socket
import stat

import pytest

from vertprep import local_door
from vertprep.local_door import QtDoor, UnixDoor, knock, socket_path

unix_only = pytest.mark.skipif(not local_door.UNIX_SOCKETS, reason="Unix domain sockets")


@pytest.fixture
def name(tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # where QLocalServer puts its sockets too
    return "vertprep-test-door"


def heard(qtbot, door_class, name, send):
    requests = []
    door = door_class(name, requests.append)
    assert door.open()
    try:
        assert send()
        qtbot.waitUntil(lambda: requests == [b"activate\n"], timeout=5000)
    finally:
        door.close()
    return door


@unix_only
def test_a_knock_is_heard_and_the_socket_is_the_owner_s_alone(qtbot, app, name):
    requests = []
    door = UnixDoor(name, requests.append)
    assert door.open()
    assert door.path == socket_path(name)
    mode = os.stat(door.path).st_mode
    assert stat.S_ISSOCK(mode) and stat.S_IMODE(mode) == 0o700
    assert os.listdir(os.path.dirname(door.path)) == [name]  # no folder left behind
    assert knock(name, b"activate\n", 1000)
    qtbot.waitUntil(lambda: requests == [b"activate\n"], timeout=5000)
    door.close()
    assert not os.path.exists(door.path)
    assert not knock(name, b"activate\n", 200)  # nobody listens any more


@unix_only
def test_a_socket_left_by_a_killed_run_is_replaced(qtbot, app, name):
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(socket_path(name))
    stale.close()  # the file stays, nobody listens: as after kill -9
    heard(qtbot, UnixDoor, name, lambda: knock(name, b"activate\n", 1000))


@unix_only
def test_qt_s_local_socket_reaches_the_unix_door(qtbot, app, name):
    heard(qtbot, UnixDoor, name, lambda: local_door._knock_qt(name, b"activate\n"))


@unix_only
def test_the_unix_knock_reaches_qt_s_local_server(qtbot, app, name):
    heard(qtbot, QtDoor, name, lambda: local_door._knock_unix(name, b"activate\n"))


def test_the_qt_door_and_knock_work_alone(qtbot, app, name):
    """What Windows uses (named pipes there)."""
    heard(qtbot, QtDoor, name, lambda: local_door._knock_qt(name, b"activate\n"))
