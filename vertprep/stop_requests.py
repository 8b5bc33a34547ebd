"""When the system asks vertprep to stop (a logout or shutdown sends SIGTERM, a closed
terminal SIGHUP), the window closes as if the person had closed it.

Left to Python's defaults the process would simply die: nothing is lost, because every
action is committed at once, but the window's size and place, the last screen, the day's
automatic backup and the removal of the lock and the socket are all done on the way out.

Python runs its signal handlers only between bytecodes, and Qt's event loop runs none
while it waits: the handler alone would wait for the next click. Python writes each
signal's number to a "wakeup" socket as it arrives; Qt watches that socket, wakes up,
and the window is closed from the event loop, where closing it is safe.
"""

from __future__ import annotations

import os
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class StopRequests(QObject):
    """Turns SIGTERM and SIGHUP into one call of ``on_stop`` from the event loop
    (Linux and macOS; on Windows a logout closes the window through Qt itself)."""

    def __init__(self, on_stop: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_stop = on_stop
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        # A Python handler, so that the signal no longer ends the process at once; the
        # work is done in _woken, from the event loop.
        self._previous = {number: signal.signal(number, _note_only) for number in STOP_SIGNALS}

    def close(self) -> None:
        """Give the signals back to what handled them before, and close the socket."""
        if self._reader.fileno() < 0:
            return  # closed already
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._reader.close()
        self._writer.close()

    def _woken(self) -> None:
        try:
            arrived = self._reader.recv(64)
        except OSError:
            return
        if any(number in STOP_SIGNALS for number in arrived):
            # Answered once: a second request while the window closes ends the process
            # as if nobody listened, so a close that hangs can still be stopped.
            self.close()
            self._on_stop()


def _note_only(_number, _frame) -> None:
    """Python's part of the signal: nothing (the wakeup socket carries it)."""


def listen_for_stop(on_stop: Callable[[], None], parent: QObject) -> StopRequests | None:
    """Close the window the ordinary way on SIGTERM or SIGHUP, where signals exist."""
    if os.name != "posix" or not STOP_SIGNALS:
        return None
    return StopRequests(on_stop, parent)
