"""When a reminder is announced: plain Python, on the patient's wall clock.

A reminder that becomes active is announced at its *first moment*: the time the
patient gave to an own reminder, otherwise the morning of the day it concerns.
Until the patient ticks the step, dismisses or snoozes the reminder, it comes back
one hour later, then every following morning. Each of those times is a *moment*;
a moment is named by the reminder's id and its wall-clock reading, which is what
the agent stores so that no moment is announced twice.

Times are naive wall-clock readings, like the rest of the reminders: 09:00 is
09:00 wherever the patient is, so travel and daylight saving move nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from vertprep.core.reminders import Reminder, ReminderKind, Urgency

#: When reminders without a time of their own are announced (not a medical time:
#: the hour the app chooses to speak up on a day something is due).
MORNING = time(9, 0)
#: The first repeat, if the reminder is still open.
REPEAT_AFTER = timedelta(hours=1)


def wall(moment: datetime) -> datetime:
    """The wall-clock reading of a moment, without its time zone, to the second."""
    return moment.replace(tzinfo=None, microsecond=0)


def morning_of(day: date) -> datetime:
    return datetime.combine(day, MORNING)


def first_day(reminder: Reminder) -> date:
    """The day the reminder starts to apply.

    An overdue step's reminder starts the day after it was due (the day before,
    its "due today" reminder applied); the procedure reminder the day before.
    """
    if reminder.kind is ReminderKind.PROCEDURE:
        return reminder.day - timedelta(days=1)
    if reminder.kind is ReminderKind.ITEM and reminder.urgency is Urgency.OVERDUE:
        return reminder.day + timedelta(days=1)
    return reminder.day


def first_moment(reminder: Reminder) -> datetime:
    """When the reminder is announced for the first time."""
    if reminder.kind is ReminderKind.OWN and reminder.own is not None and reminder.own.at:
        return datetime.combine(reminder.own.day, reminder.own.at)
    return morning_of(first_day(reminder))


def _moments_near(first: datetime, now: datetime) -> list[datetime]:
    """The moments of a reminder that lie around ``now``: the first, the repeat an
    hour later, and the mornings of yesterday, today and tomorrow after the first day."""
    found = [first, first + REPEAT_AFTER]
    for offset in (-1, 0, 1):
        day = now.date() + timedelta(days=offset)
        if day > first.date():
            found.append(morning_of(day))
    return sorted(found)


def latest_moment(reminder: Reminder, now: datetime) -> datetime | None:
    """The last moment of the reminder at or before ``now``; ``None`` before the first."""
    now = wall(now)
    passed = [m for m in _moments_near(first_moment(reminder), now) if m <= now]
    return passed[-1] if passed else None


def next_moment(reminder: Reminder, now: datetime) -> datetime:
    """The first moment of the reminder after ``now``."""
    now = wall(now)
    first = first_moment(reminder)
    later = [m for m in _moments_near(first, now) if m > now]
    if later:
        return later[0]
    return morning_of(max(now.date(), first.date()) + timedelta(days=1))


def next_wake(
    active: Iterable[Reminder], upcoming_times: Iterable[datetime], now: datetime
) -> datetime:
    """When the agent has to look again: the next moment of an active reminder, the
    next own reminder with a time, or the next morning (when new steps fall due)."""
    now = wall(now)
    today_morning = morning_of(now.date())
    candidates = [
        today_morning if now < today_morning else morning_of(now.date() + timedelta(days=1))
    ]
    candidates += [next_moment(r, now) for r in active]
    candidates += [wall(t) for t in upcoming_times if wall(t) > now]
    return min(candidates)
