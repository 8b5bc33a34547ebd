"""The local socket another start knocks on to bring the running window forward.

Where the system has Unix domain sockets (Linux, macOS) it is one made with Python's
own ``socket`` module, at the path Qt's ``QLocalServer`` gives the same name, with
the same owner-only permissions: a vertprep of either kind answers the other.
Elsewhere (Windows, where Qt uses named pipes) it is ``QLocalServer`` itself. The
difference is memory: QtNetwork keeps about 2.5 MB resident for this one socket.
"""

from __future__ import annotations

import contextlib
import os
import socket
import tempfile
import time
from collections.abc import Callable

from PySide6.QtCore import QDeadlineTimer, QObject, QSocketNotifier

UNIX_SOCKETS = hasattr(socket, "AF_UNIX") and os.name != "nt"
READ_WAIT_S = 0.5  # the request is one short line sent at once
CONNECT_WAIT_S = 0.2


def socket_path(name: str) -> str:
    """Where ``QLocalServer`` puts a socket called ``name``: in the canonical
    temporary folder (``$TMPDIR``, else ``/tmp``)."""
    folder = os.environ.get("TMPDIR") or "/tmp"
    return os.path.join(os.path.realpath(folder), name)


class UnixDoor(QObject):
    """A listening Unix domain socket; calls ``on_request`` with what a knock said."""

    def __init__(self, name: str, on_request: Callable[[bytes], None], parent=None) -> None:
        super().__init__(parent)
        self.path = socket_path(name)
        self._on_request = on_request
        self._socket: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None

    def open(self) -> bool:
        """Listen; ``False`` if the socket cannot be made (the lock still rules)."""
        try:
            listening = self._bind_privately()
        except OSError:
            return False
        listening.setblocking(False)
        self._socket = listening
        self._notifier = QSocketNotifier(listening.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def _bind_privately(self) -> socket.socket:
        # Made in a folder only this user can enter, made owner-only, then moved into
        # place (as QLocalServer's UserAccessOption does): nobody else can connect in
        # between. A socket left behind by a killed run is replaced.
        folder = tempfile.mkdtemp(prefix=".vertprep-", dir=os.path.dirname(self.path))
        inside = os.path.join(folder, "socket")
        listening = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listening.bind(inside)
            os.chmod(inside, 0o700)
            listening.listen(4)
            os.replace(inside, self.path)
        except OSError:
            listening.close()
            raise
        finally:
            if os.path.exists(inside):
                os.unlink(inside)
            os.rmdir(folder)
        return listening

    def _accept(self) -> None:
        while self._socket is not None:
            try:
                connection, _ = self._socket.accept()
            except OSError:  # nobody else waiting (or the socket is gone)
                return
            with connection:
                connection.settimeout(READ_WAIT_S)
                try:
                    request = connection.recv(64)
                except OSError:
                    request = b""
            self._on_request(request)

    def close(self) -> None:
        if self._socket is None:
            return
        self._notifier.setEnabled(False)
        self._socket.close()
        self._socket = None
        with contextlib.suppress(OSError):  # already gone
            os.unlink(self.path)


class QtDoor(QObject):
    """The same with ``QLocalServer`` (named pipes on Windows)."""

    def __init__(self, name: str, on_request: Callable[[bytes], None], parent=None) -> None:
        super().__init__(parent)
        self.name = name
        self._on_request = on_request
        self._server = None

    def open(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket left behind by a killed run
        if not server.listen(self.name):
            return False
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def _on_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            if connection.bytesAvailable() or connection.waitForReadyRead(500):
                request = bytes(connection.readAll().data())
            else:
                request = b""
            connection.abort()
            connection.deleteLater()
            self._on_request(request)

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None


def open_door(name: str, on_request: Callable[[bytes], None], parent=None):
    """Listen under ``name``; returns the door (close it to stop), or ``None``."""
    door = (UnixDoor if UNIX_SOCKETS else QtDoor)(name, on_request, parent)
    return door if door.open() else None


def knock(name: str, message: bytes, wait_ms: int) -> bool:
    """Send ``message`` to whoever listens under ``name``, trying again for up to
    ``wait_ms`` (the running start may hold the lock but not listen yet)."""
    deadline = QDeadlineTimer(wait_ms)
    while True:
        if (_knock_unix if UNIX_SOCKETS else _knock_qt)(name, message):
            return True
        if deadline.hasExpired():
            return False
        time.sleep(0.1)


def _knock_unix(name: str, message: bytes) -> bool:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(CONNECT_WAIT_S)
        try:
            connection.connect(socket_path(name))
            connection.sendall(message)
        except OSError:
            return False
    return True


def _knock_qt(name: str, message: bytes) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    connection = QLocalSocket()
    connection.connectToServer(name)
    if not connection.waitForConnected(int(CONNECT_WAIT_S * 1000)):
        connection.abort()
        return False
    connection.write(message)
    sent = connection.waitForBytesWritten(1000)
    connection.disconnectFromServer()
    return sent
