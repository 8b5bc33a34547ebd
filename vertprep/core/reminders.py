"""Which reminders are active at a given moment: plain Python, with "now" passed in.

A reminder is something the app tells the patient without being asked: a step
that is due today or overdue, the procedure tomorrow, or one of the patient's
own reminders on its day. Each has a stable id that names what it is about and
the date it concerns, e.g. ``item:blood_tests:overdue:2026-12-03``. The date is
part of the id so that a reminder dismissed for one date does not silence the
reminder for a new date after the procedure date changes.

All comparisons use the patient's wall-clock time: "today" is ``now.date()``, and
a snooze lasts until the next local midnight, wherever the patient is by then.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from enum import Enum

from vertprep.core.check_ins import CheckInPoint
from vertprep.core.model import OwnReminder
from vertprep.core.plan import CarePlan, PlannedItem, Status
from vertprep.core.record import Record

OWN_TEXT_MAX = 200


class ReminderKind(Enum):
    ITEM = "item"
    PROCEDURE = "procedure"
    OWN = "own"
    CHECK_IN = "check_in"


class Urgency(Enum):
    """Shown as a word next to every reminder; ordered from most urgent."""

    OVERDUE = "overdue"
    TOMORROW = "tomorrow"
    DUE_TODAY = "due_today"


_URGENCY_ORDER = {Urgency.OVERDUE: 0, Urgency.TOMORROW: 1, Urgency.DUE_TODAY: 2}


class ReminderState(Record):
    """What the patient did with a reminder: dismissed it, or put it off."""

    dismissed_at: datetime | None = None
    snoozed_until: datetime | None = None


class Reminder(Record):
    """One active reminder. Texts are made where it is shown, from these fields."""

    id: str
    kind: ReminderKind
    urgency: Urgency
    day: date
    planned: PlannedItem | None = None
    own: OwnReminder | None = None
    check_in: CheckInPoint | None = None


def item_reminder_id(item_id: str, urgency: Urgency, day: date) -> str:
    word = "overdue" if urgency is Urgency.OVERDUE else "due"
    return f"item:{item_id}:{word}:{day.isoformat()}"


def procedure_reminder_id(day: date) -> str:
    return f"procedure:tomorrow:{day.isoformat()}"


def own_reminder_id(own: OwnReminder) -> str:
    when = own.day.isoformat() + (own.at.strftime("T%H:%M") if own.at else "")
    return f"own:{own.id}:due:{when}"


def check_in_reminder_id(point: CheckInPoint, day: date) -> str:
    return f"checkin:{point.value}:{day.isoformat()}"


def _wall(moment: datetime) -> datetime:
    """The wall-clock reading of a moment, so naive and aware times compare."""
    return moment.replace(tzinfo=None)


def snooze_until(now: datetime) -> datetime:
    """ "Remind me tomorrow": the next local midnight, in the zone ``now`` is in."""
    tomorrow = now.date() + timedelta(days=1)
    return datetime.combine(tomorrow, time(0, 0), tzinfo=now.tzinfo)


def is_silenced(state: ReminderState | None, now: datetime) -> bool:
    """A dismissed reminder is never shown again; a snoozed one waits for its time."""
    if state is None:
        return False
    if state.dismissed_at is not None:
        return True
    return state.snoozed_until is not None and _wall(now) < _wall(state.snoozed_until)


def candidate_reminders(
    plan: CarePlan,
    procedure_date: date | None,
    own: list[OwnReminder],
    now: datetime,
    check_ins: list[tuple[CheckInPoint, date]] = (),
) -> list[Reminder]:
    """Every reminder that applies at ``now``, before dismissals and snoozes."""
    today = now.date()
    found = []
    for planned in plan.items:
        if planned.due is None or planned.status not in (Status.OVERDUE, Status.DUE_TODAY):
            continue
        urgency = Urgency.OVERDUE if planned.status is Status.OVERDUE else Urgency.DUE_TODAY
        found.append(
            Reminder(
                item_reminder_id(planned.item.id, urgency, planned.due),
                ReminderKind.ITEM,
                urgency,
                planned.due,
                planned=planned,
            )
        )
    if procedure_date is not None and procedure_date - today == timedelta(days=1):
        found.append(
            Reminder(
                procedure_reminder_id(procedure_date),
                ReminderKind.PROCEDURE,
                Urgency.TOMORROW,
                procedure_date,
            )
        )
    for reminder in own:
        if reminder.day > today:
            continue
        if reminder.day == today and reminder.at is not None and _wall(now).time() < reminder.at:
            continue  # a reminder with a time waits for that time
        urgency = Urgency.OVERDUE if reminder.day < today else Urgency.DUE_TODAY
        found.append(
            Reminder(
                own_reminder_id(reminder), ReminderKind.OWN, urgency, reminder.day, own=reminder
            )
        )
    for point, day in check_ins:  # open check-ins, not yet answered
        found.append(
            Reminder(
                check_in_reminder_id(point, day),
                ReminderKind.CHECK_IN,
                Urgency.DUE_TODAY,
                day,
                check_in=point,
            )
        )
    return found


def active_reminders(
    plan: CarePlan,
    procedure_date: date | None,
    own: list[OwnReminder],
    states: dict[str, ReminderState],
    now: datetime,
    check_ins: list[tuple[CheckInPoint, date]] = (),
) -> list[Reminder]:
    """The reminders to show at ``now``: most urgent first, then oldest first."""
    if now.date() != plan.today:
        raise ValueError("the plan was built for another day than now")
    shown = [
        r
        for r in candidate_reminders(plan, procedure_date, own, now, check_ins)
        if not is_silenced(states.get(r.id), now)
    ]
    return sorted(shown, key=lambda r: (_URGENCY_ORDER[r.urgency], r.day, r.id))


class OwnReminderProblem(Enum):
    """Why an own reminder cannot be saved; the UI says it in words."""

    EMPTY_TEXT = "empty_text"
    TOO_LONG = "too_long"
    PAST_DAY = "past_day"


def check_own_reminder(
    text: str, day: date, today: date, original_day: date | None = None
) -> OwnReminderProblem | None:
    """``None`` if the reminder can be saved. A past date is refused, except when
    editing a reminder whose (past) date is left as it was."""
    if not text.strip():
        return OwnReminderProblem.EMPTY_TEXT
    if len(text.strip()) > OWN_TEXT_MAX:
        return OwnReminderProblem.TOO_LONG
    if day < today and day != original_day:
        return OwnReminderProblem.PAST_DAY
    return None


class OwnReminderError(ValueError):
    """An own reminder was refused; ``problem`` says why. Nothing was saved."""

    def __init__(self, problem: OwnReminderProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem
