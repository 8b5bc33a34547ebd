"""Showing a notification: the freedesktop notification service through
``notify-send`` (with buttons), or the tray icon's message; or, where the desktop
has neither, nothing, and the caller says so.

PySide6's QtDBus cannot send the unsigned integer the freedesktop ``Notify``
call requires, so it is only used to ask whether the service is there; the
``notify-send`` of libnotify (on nearly every Linux desktop) sends the message
and prints the button that was pressed.
"""

from __future__ import annotations

import shutil
import sys

from PySide6.QtCore import QObject, QProcess, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from vertprep.agent.notices import OPEN, Notice

NOTIFICATION_SERVICE = "org.freedesktop.Notifications"
TRAY_MESSAGE_MS = 30_000


class NotificationBackend(QObject):
    """Shows notices; ``action_invoked(notice, key)`` when a button was pressed."""

    action_invoked = Signal(object, str)
    #: A notice could not be shown (the service went away, the program failed).
    failed = Signal(object)
    name = "none"

    def show(self, notice: Notice) -> None:
        raise NotImplementedError


class NotifySendBackend(NotificationBackend):
    """One ``notify-send --action ...`` process per notice; it ends with the answer."""

    name = "notify-send"

    def __init__(self, program: str, icon: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.program = program
        self.icon = icon
        self._running: dict[QProcess, Notice] = {}

    def arguments(self, notice: Notice) -> list[str]:
        arguments = ["--app-name=vertprep", "--urgency=normal", "--expire-time=0"]
        if self.icon:
            arguments.append(f"--icon={self.icon}")
        arguments += [f"--action={key}={label}" for key, label in notice.actions]
        return [*arguments, "--", notice.title, notice.body]

    def show(self, notice: Notice) -> None:
        process = QProcess(self)
        self._running[process] = notice
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._error)
        process.start(self.program, self.arguments(notice))

    def _finished(self, exit_code: int, exit_status: QProcess.ExitStatus) -> None:
        process = self.sender()
        notice = self._running.pop(process, None)
        answer = bytes(process.readAllStandardOutput()).decode("utf-8", "replace").strip()
        process.deleteLater()
        if notice is None:
            return
        if exit_code != 0 or exit_status != QProcess.ExitStatus.NormalExit:
            self.failed.emit(notice)
        elif answer:
            self.action_invoked.emit(notice, answer)

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            process = self.sender()
            notice = self._running.pop(process, None)
            process.deleteLater()
            if notice is not None:
                self.failed.emit(notice)


class TrayBackend(NotificationBackend):
    """The tray icon's balloon (Windows, macOS, desktops with a tray); clicking it
    opens the window. It has no buttons."""

    name = "tray"

    def __init__(self, tray: QSystemTrayIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tray = tray
        self._last: Notice | None = None
        tray.messageClicked.connect(self._clicked)

    def show(self, notice: Notice) -> None:
        self._last = notice
        self.tray.showMessage(
            notice.title, notice.body, QSystemTrayIcon.MessageIcon.Information, TRAY_MESSAGE_MS
        )

    def _clicked(self) -> None:
        if self._last is not None:
            self.action_invoked.emit(self._last, OPEN)


def notification_service_running() -> bool:
    """Whether the desktop's session bus has a freedesktop notification service."""
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError:
        return False
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    reply = bus.interface().isServiceRegistered(NOTIFICATION_SERVICE)
    return bool(reply.value()) if reply.isValid() else False


def find_backend(tray: QSystemTrayIcon | None, icon: str = "") -> NotificationBackend | None:
    """The best way this desktop has to show a notification, or ``None``."""
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        program = shutil.which("notify-send")
        if program and notification_service_running():
            return NotifySendBackend(program, icon)
    if tray is not None and tray.supportsMessages():
        return TrayBackend(tray)
    return None
