"""Check-ins at the time points the trials measured pain: a baseline before the
procedure, then day 1, week 1, week 2, and months 1, 3, 6 and 12 after it.

A check-in asks the pain score, then the warning-sign questions. Its outcome says
what to do now: the emergency number, the care team today, or nothing urgent.
vertprep sends the answers nowhere; they stay on this computer.
"""

from __future__ import annotations

import calendar
import functools
from dataclasses import field
from datetime import date, timedelta
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from vertprep.core.record import Record

CONTEXT = "CheckIn"
# The baseline check-in opens a week before the procedure: "your usual pain this week".
BASELINE_DAYS_BEFORE = 7


class CheckInPoint(Enum):
    """A time point; the value is its stable id in storage and reminder ids."""

    BASELINE = "baseline"
    DAY_1 = "day1"
    WEEK_1 = "week1"
    WEEK_2 = "week2"
    MONTH_1 = "month1"
    MONTH_3 = "month3"
    MONTH_6 = "month6"
    MONTH_12 = "month12"


POINT_NAMES: dict[CheckInPoint, str] = {
    CheckInPoint.BASELINE: QT_TRANSLATE_NOOP("CheckIn", "Before the procedure"),
    CheckInPoint.DAY_1: QT_TRANSLATE_NOOP("CheckIn", "One day after"),
    CheckInPoint.WEEK_1: QT_TRANSLATE_NOOP("CheckIn", "One week after"),
    CheckInPoint.WEEK_2: QT_TRANSLATE_NOOP("CheckIn", "Two weeks after"),
    CheckInPoint.MONTH_1: QT_TRANSLATE_NOOP("CheckIn", "One month after"),
    CheckInPoint.MONTH_3: QT_TRANSLATE_NOOP("CheckIn", "Three months after"),
    CheckInPoint.MONTH_6: QT_TRANSLATE_NOOP("CheckIn", "Six months after"),
    CheckInPoint.MONTH_12: QT_TRANSLATE_NOOP("CheckIn", "One year after"),
}

_DAYS = {CheckInPoint.DAY_1: 1, CheckInPoint.WEEK_1: 7, CheckInPoint.WEEK_2: 14}
_MONTHS = {
    CheckInPoint.MONTH_1: 1,
    CheckInPoint.MONTH_3: 3,
    CheckInPoint.MONTH_6: 6,
    CheckInPoint.MONTH_12: 12,
}


def add_months(day: date, months: int) -> date:
    """The same day of the month ``months`` later (the month's last day if shorter)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def point_day(point: CheckInPoint, procedure_date: date) -> date:
    """The day a check-in opens."""
    if point is CheckInPoint.BASELINE:
        return procedure_date - timedelta(days=BASELINE_DAYS_BEFORE)
    if point in _DAYS:
        return procedure_date + timedelta(days=_DAYS[point])
    return add_months(procedure_date, _MONTHS[point])


def schedule(procedure_date: date | None) -> list[tuple[CheckInPoint, date]]:
    """Every check-in with its day; none without a procedure date."""
    if procedure_date is None:
        return []
    return list(_schedule(procedure_date))


@functools.lru_cache(maxsize=8)
def _schedule(procedure_date: date) -> tuple[tuple[CheckInPoint, date], ...]:
    # Asked on every tick (the reminders are worked out again); the days depend on
    # the procedure date alone.
    return tuple((point, point_day(point, procedure_date)) for point in CheckInPoint)


class Urgency(Enum):
    """How soon a warning sign needs help."""

    EMERGENCY = "emergency"  # call the emergency number now
    SAME_DAY = "same_day"  # call the care team today


class WarningSign(Record):
    """A warning sign asked as a yes/no question; ``text`` is the untranslated source."""

    id: str
    text: str
    urgency: Urgency
    context: str


class CheckIn(Record):
    """A completed check-in: the day, the score, and the answer to each sign (by id).

    ``sign_texts`` keeps each sign's source text as asked, so the report still
    names it if the plan's wording changes later.
    """

    point: CheckInPoint
    answered_on: date
    score: int | None
    answers: dict[str, bool] = field(default_factory=dict)
    sign_texts: dict[str, str] = field(default_factory=dict)

    def flagged(self) -> list[str]:
        """The ids of the signs answered "yes"."""
        return [sign_id for sign_id, yes in self.answers.items() if yes]


class Outcome(Enum):
    """What the check-in tells the patient to do."""

    CALL_EMERGENCY = "call_emergency"
    CALL_TEAM_TODAY = "call_team_today"
    NOTHING_URGENT = "nothing_urgent"


def outcome(answers: dict[str, bool], signs: list[WarningSign]) -> Outcome:
    """The most urgent thing to do for these answers."""
    yes = {sign.urgency for sign in signs if answers.get(sign.id)}
    if Urgency.EMERGENCY in yes:
        return Outcome.CALL_EMERGENCY
    if Urgency.SAME_DAY in yes:
        return Outcome.CALL_TEAM_TODAY
    return Outcome.NOTHING_URGENT


def due_check_ins(
    procedure_date: date | None, done: set[CheckInPoint], today: date
) -> list[tuple[CheckInPoint, date]]:
    """Check-ins open today and not done: each stays open until the next one opens
    (the baseline until the procedure day)."""
    points = schedule(procedure_date)
    due = []
    for index, (point, day) in enumerate(points):
        closes = points[index + 1][1] if index + 1 < len(points) else day + timedelta(days=60)
        if point is CheckInPoint.BASELINE:
            closes = procedure_date
        if point not in done and day <= today < closes:
            due.append((point, day))
    return due
