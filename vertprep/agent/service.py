"""The reminder agent's Qt shell: one single-shot timer to the next moment, a watch
on the data folder, and the answers from the notification's buttons.

It covers every active patient of the data folder (see :mod:`vertprep.agent.roster`):
each one's reminders in their own language, with their name when there are several.

Between reminders it does nothing: the timer is set to the next moment the engine
names, at most an hour ahead: a computer that slept, or a clock or time zone that
changed, does not move a running timer. Where the system says so (see
:mod:`vertprep.agent.system_events`) it plans again at once; otherwise each wake does.
"""

from __future__ import annotations

import contextlib
import sys
import time as time_module
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from vertprep.agent.backends import NotificationBackend
from vertprep.agent.engine import Announcement
from vertprep.agent.moments import wall
from vertprep.agent.notices import DISMISS, DONE, OPEN, SNOOZE, Notice, make_notice
from vertprep.agent.roster import PatientRoster
from vertprep.agent.system_events import SystemEvents
from vertprep.agent.watch import DataWatcher
from vertprep.i18n.languages import canonical
from vertprep.i18n.manager import LanguageManager
from vertprep.session import PatientSession
from vertprep.storage.database import StorageError

LONGEST_SLEEP = timedelta(hours=1)
SHORTEST_SLEEP = timedelta(seconds=1)


def reread_time_zone() -> None:
    """Make the C library read the system's time zone again (travel, a new setting)."""
    if hasattr(time_module, "tzset"):
        time_module.tzset()


class ReminderAgent(QObject):
    """Announces reminders through a notification backend while it runs."""

    #: The agent should stop (the patient turned background reminders off).
    stop_requested = Signal()
    #: A notice was shown (for tests and the log).
    shown = Signal(object)

    def __init__(
        self,
        session: PatientSession,
        backend: NotificationBackend | None,
        open_window: Callable[[], None],
        data_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.backend = backend
        self.open_window = open_window
        self.roster = PatientRoster(session)
        #: ``--lang``: the language of every notice, whatever each patient chose.
        self.language_override: str | None = None
        self._reminding: dict[int, bool] = {}  # each patient's background setting, last read
        self.next_wake: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.CoarseTimer)
        self.timer.timeout.connect(self.wake)
        if backend is not None:
            backend.action_invoked.connect(self.answer)
            backend.failed.connect(self.could_not_show)
        self.watcher = None
        if data_dir is not None:
            self.watcher = DataWatcher(data_dir, self)
            self.watcher.changed.connect(self.data_changed)
            self.system_events = SystemEvents(self)
            self.system_events.changed.connect(self.wake)

    # -- the timer ------------------------------------------------------------------
    def shutdown(self) -> None:
        """No more wakes nor reads (before the data is closed)."""
        self.timer.stop()
        if self.watcher is not None:
            self.watcher.changed.disconnect(self.data_changed)
        self.roster.close()

    def start(self) -> None:
        """Announce what is due (missed ones together), then sleep until the next moment."""
        self.wake()

    def wake(self) -> None:
        reread_time_zone()
        # The file may be busy or gone for a moment: the next wake tries again.
        with contextlib.suppress(StorageError):
            self.roster.refresh()
        for patient_id, session, engine in self.roster.covered():
            try:
                session.reload_if_changed_elsewhere()
                announcement = engine.announce_due()
            except StorageError:
                continue  # as above; the other patients' reminders still come
            if announcement is not None:
                self.announce(announcement, patient_id)
        if self._turned_off():
            return
        self.plan()

    def plan(self) -> None:
        """Set the timer to the next moment of any patient's reminders."""
        self.next_wake = min(engine.next_wake() for _p, _s, engine in self.roster.covered())
        sleep = self.next_wake - wall(self.session.now())
        sleep = max(SHORTEST_SLEEP, min(LONGEST_SLEEP, sleep))
        self.timer.start(int(sleep.total_seconds() * 1000))

    def data_changed(self) -> None:
        """The window wrote something: re-read it and plan again. Background reminders
        turned off for any patient stop the agent: it and its login entry serve the
        whole data folder."""
        try:
            self.roster.refresh()
            changed = [s.reload_if_changed_elsewhere() for _p, s, _e in self.roster.covered()]
        except StorageError:
            return  # the next wake reads it again
        if self._turned_off() or not any(changed):
            return
        self.plan()

    def _turned_off(self) -> bool:
        """Whether a patient's background reminders went from on to off (then the
        agent asks to stop); remembers each patient's setting."""
        turned_off = False
        for patient_id, session, _engine in self.roster.covered():
            on = session.settings.background_reminders
            turned_off |= self._reminding.get(patient_id, False) and not on
            self._reminding[patient_id] = on
        if turned_off:
            self.stop_requested.emit()
        return turned_off

    # -- notifications -----------------------------------------------------------------
    def announce(self, announcement: Announcement, patient_id: int | None = None) -> None:
        """Show the patient's reminders in their own language, named if there are several."""
        session = self.roster.session_of(patient_id) or self.session
        languages = LanguageManager.instance()
        home = languages.current
        wanted = canonical(self.language_override or "") or canonical(
            session.settings.language or ""
        )
        whose = self.roster.names.get(session.patient_id, "") if self.roster.several() else None
        if wanted and wanted != home:
            languages.set_language(wanted)
            try:
                notice = make_notice(announcement, session, whose)
            finally:
                languages.set_language(home)
        else:
            notice = make_notice(announcement, session, whose)
        if self.backend is not None:
            self.backend.show(notice)
        self.shown.emit(notice)

    def could_not_show(self, _notice: Notice) -> None:
        """Never silently: the window says it, and suggests the calendar export."""
        print("vertprep --background: a notification could not be shown", file=sys.stderr)
        for _patient_id, session, _engine in self.roster.covered():
            if not session.settings.notifications_unavailable:
                # If even that cannot be saved, the message above is all that can be done.
                with contextlib.suppress(StorageError):
                    session.update_settings(notifications_unavailable=True)

    def answer(self, notice: Notice, key: str) -> None:
        """A button of the notification was pressed (or the notification clicked)."""
        if key == OPEN:
            self.open_window()
            return
        session = self.roster.session_of(notice.patient_id)
        if session is None:  # archived or deleted since: nothing of theirs to change
            self.plan()
            return
        try:
            if key == DONE and notice.item_id is not None:
                session.set_done(notice.item_id, True)
            elif key == DISMISS:
                for reminder_id in notice.reminder_ids:
                    session.dismiss_reminder(reminder_id)
            elif key == SNOOZE:
                for reminder_id in notice.reminder_ids:
                    session.snooze_reminder(reminder_id)
        except StorageError:
            self.open_window()  # it could not be saved here: the window says why
        self.plan()
