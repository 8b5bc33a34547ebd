"""What the reminder agent announces at a given moment, and when it next has to look.

Plain Python around the patient's session: the clock and the notifier are passed
in, so tests drive it with a fake clock and a fake notifier.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from vertprep.agent.moments import latest_moment, next_wake, wall
from vertprep.core.reminders import Reminder
from vertprep.session import PatientSession

#: A moment found this much later than it was due was missed (the computer was off,
#: asleep, or no agent ran): it is announced with the others that were missed.
MISSED_AFTER = timedelta(minutes=5)


@dataclass(frozen=True)
class Announcement:
    """Reminders announced together, in one notification."""

    reminders: tuple[Reminder, ...]
    #: True when they fell due while no agent could announce them.
    missed: bool


class AnnouncementSink(Protocol):
    """Where announcements go (the notification shell, or a fake in tests)."""

    def announce(self, announcement: Announcement) -> None: ...


class ReminderEngine:
    """Announces each reminder's moments once, and says when to look again."""

    def __init__(self, session: PatientSession, sink: AnnouncementSink | None = None) -> None:
        self.session = session
        self.sink = sink

    def announce_due(self) -> Announcement | None:
        """Announce every active reminder whose latest moment has not been announced.

        Only a reminder's latest moment counts, so a long gap or a clock set forward
        gives one announcement, never a burst of old ones; a moment earlier than one
        already announced (a clock set back) is never announced. The moments are
        claimed in the data file first: of two agents, only one announces.
        """
        now = wall(self.session.now())
        due = self._due(now)
        claimed = self.session.store.claim_reminder_moments(list(due), now) if due else []
        if not claimed:
            return None
        announcement = Announcement(
            tuple(due[key] for key in claimed),
            missed=any(now - moment > MISSED_AFTER for _, moment in claimed),
        )
        if self.sink is not None:
            self.sink.announce(announcement)
        return announcement

    def mark_seen(self) -> None:
        """Record what is due now as announced, without announcing it: the patient has
        it in front of them in the window (as when they turn background reminders on)."""
        now = wall(self.session.now())
        due = self._due(now)
        if due:
            self.session.store.claim_reminder_moments(list(due), now)

    def _due(self, now: datetime) -> dict[tuple[str, datetime], Reminder]:
        """Each active reminder by (id, latest moment), once its first moment came."""
        due = {}
        for reminder in self.session.active_reminders():
            moment = latest_moment(reminder, now)
            if moment is not None:
                due[(reminder.id, moment)] = reminder
        return due

    def next_wake(self) -> datetime:
        """The wall-clock time at which something may next be due."""
        now = self.session.now()
        upcoming = [
            datetime.combine(own.day, own.at)
            for own in self.session.own_reminders()
            if own.at is not None
        ]
        return next_wake(self.session.active_reminders(), upcoming, now)
