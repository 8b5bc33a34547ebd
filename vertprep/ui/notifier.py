"""Desktop notifications while the app runs, and the clock that keeps reminders fresh.

Checks what is due when the app starts, every minute, and whenever the plan,
the profile or a reminder changes; hands the active reminders to the banner,
and shows a tray notification for each reminder that has just become active.
Where the system has no tray (the offscreen platform, some Linux desktops) no
tray icon is made and nothing is logged: the banner in the window is enough.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from vertprep.core.reminders import Reminder
from vertprep.session import PatientSession
from vertprep.ui.icons import load_icon

CHECK_INTERVAL_MS = 60_000
MESSAGE_MS = 15_000  # long enough to read slowly


class Tray(Protocol):
    """What the notifier needs of a tray icon (a fake in tests)."""

    def showMessage(self, title: str, text: str, icon, msecs: int) -> None: ...


def system_tray(window: QWidget) -> QSystemTrayIcon | None:
    """A tray icon for the window, or ``None`` where the system has no tray."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(load_icon("vertprep"), window)
    tray.setToolTip("vertprep")

    def bring_back(*_args) -> None:
        window.showNormal()
        window.raise_()
        window.activateWindow()

    tray.messageClicked.connect(bring_back)
    tray.activated.connect(bring_back)
    tray.show()
    return tray


class Notifier(QObject):
    """Finds the active reminders and announces those that are new."""

    #: The active reminders, most urgent first (for the banner).
    active_changed = Signal(list)

    def __init__(self, session: PatientSession, tray: Tray | None = None, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.tray = tray
        self.active: list[Reminder] = []
        #: The reminders announced by the last check (for tests and the log).
        self.announced: list[Reminder] = []
        self._day: date | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        for signal in (session.plan_changed, session.profile_changed, session.reminders_changed):
            signal.connect(self.check)

    def stop(self) -> None:
        """No more checks (the window closed: the data may be closed soon after)."""
        self.timer.stop()

    def start(self) -> None:
        """Check now, then every minute."""
        self.check()
        self.timer.start()

    def check(self) -> None:
        today = self.session.today()
        if self._day is not None and today != self._day:
            # A new day changes every status: the screens refresh as for a changed plan,
            # which calls this method again with the new day already recorded.
            self._day = today
            self.session.plan_changed.emit()
            return
        self._day = today
        before = {r.id for r in self.active}
        self.active = self.session.active_reminders()
        self.announced = [r for r in self.active if r.id not in before]
        if self.announced and self.tray is not None and not self._agent_speaks():
            self._notify(self.announced)
        self.active_changed.emit(self.active)

    def _agent_speaks(self) -> bool:
        """A reminder agent runs for this data: it shows the notifications, not twice."""
        from vertprep.agent.lock import agent_running

        return agent_running(self.session.store.path.parent)

    def _notify(self, new: list[Reminder]) -> None:
        # The same words as the reminder agent's notifications.
        from vertprep.agent.engine import Announcement
        from vertprep.agent.notices import make_notice

        notice = make_notice(Announcement(tuple(new), missed=False), self.session)
        self.tray.showMessage(
            notice.title, notice.body, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS
        )
