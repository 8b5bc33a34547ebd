"""The dates vertprep accepts, so that no date it computes can overflow.

A procedure date is entered within a window around today (a year back, for someone
who installs the app after the procedure, and two years ahead). Every date read from
storage or the command line lies between ``EARLIEST`` and ``LATEST``; the plan's due
dates and reviews are at most a few years from the procedure, far from the ends of
Python's and Qt's calendars (years 1 and 9999), so no computation can leave them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

EARLIEST = date(2000, 1, 1)
LATEST = date(2099, 12, 31)
PROCEDURE_DAYS_BACK = 365
PROCEDURE_DAYS_AHEAD = 2 * 365
# Own reminders: as far back as a procedure, a little further ahead (yearly reviews).
REMINDER_DAYS_AHEAD = 3 * 365


def within_limits(value: date | datetime | None) -> bool:
    """Whether a date (or the day of a moment) lies between ``EARLIEST`` and ``LATEST``."""
    if value is None:
        return False
    day = value.date() if isinstance(value, datetime) else value
    return EARLIEST <= day <= LATEST


def _window(today: date, back: int, ahead: int) -> tuple[date, date]:
    today = min(max(today, EARLIEST), LATEST)
    start = max(EARLIEST, today - timedelta(days=back))
    end = min(LATEST, today + timedelta(days=ahead))
    return start, end


def procedure_window(today: date) -> tuple[date, date]:
    """The first and last procedure date a patient can enter."""
    return _window(today, PROCEDURE_DAYS_BACK, PROCEDURE_DAYS_AHEAD)


def reminder_window(today: date) -> tuple[date, date]:
    """The first and last day an own reminder can be set for."""
    return _window(today, PROCEDURE_DAYS_BACK, REMINDER_DAYS_AHEAD)
