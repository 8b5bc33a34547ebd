"""What goes into the calendar: one plain description per event, in one language.

Nothing here knows the iCalendar format; :mod:`vertprep.calendar_export.ical`
turns these descriptions into components. Timed events carry the patient's
wall-clock time (naive); the conversion to an exact moment happens there.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP

from vertprep.calendar_export.check_in_events import check_in_events
from vertprep.core.model import OwnReminder, Profile
from vertprep.core.plan import CarePlan, PlannedItem
from vertprep.i18n.catalog import Catalog
from vertprep.i18n.formatting import clock_time, long_date
from vertprep.i18n.plan_words import words
from vertprep.plan.model import PREPARATION_KEYS, Phase, ReminderTimes, TeamPlan, Text

CONTEXT = "CalendarExport"

# When the alarms ring, as wall-clock times around the event's day. The procedure's
# (the evening before, hours before arrival) come from the care team's plan.
DAY_BEFORE_AT = time(9, 0)  # steps: the morning of the day before, to leave time to act
MORNING_AT = time(9, 0)  # the follow-up window opening, own reminders without a time
WEEK_BEFORE_DAYS = 7  # appointments after the procedure: a week's notice

TEXTS = {
    "calendar_name": QT_TRANSLATE_NOOP("CalendarExport", "Your vertebroplasty plan"),
    "tomorrow": QT_TRANSLATE_NOOP("CalendarExport", "Tomorrow: {title}"),
    "in_a_week": QT_TRANSLATE_NOOP(
        "CalendarExport", "In one week: {title}. Make an appointment if you have none yet."
    ),
    "window_opens": QT_TRANSLATE_NOOP(
        "CalendarExport", "From today: {title}, between {first} and {last}."
    ),
    "between": QT_TRANSLATE_NOOP("CalendarExport", "Between {first} and {last}."),
    "do_by": QT_TRANSLATE_NOOP("CalendarExport", "Do this by {date}."),
    "your_note": QT_TRANSLATE_NOOP("CalendarExport", "Your note: {note}"),
    "care_note": QT_TRANSLATE_NOOP(
        "CalendarExport",
        "vertprep gives general information. Your care team decides what is right for "
        "you: follow their instructions.",
    ),
    "procedure": QT_TRANSLATE_NOOP("CalendarExport", "Your vertebroplasty"),
    "arrive_at": QT_TRANSLATE_NOOP("CalendarExport", "Arrive at {time}."),
    "arrive_at_place": QT_TRANSLATE_NOOP("CalendarExport", "Arrive at {time} at {place}."),
    "step_line": QT_TRANSLATE_NOOP("CalendarExport", "{title}: {text}"),
    "procedure_details": QT_TRANSLATE_NOOP(
        "CalendarExport",
        "Follow your care team's instructions about eating, drinking and your medicines.",
    ),
    "procedure_tomorrow": QT_TRANSLATE_NOOP(
        "CalendarExport", "Tomorrow: your vertebroplasty. Arrive at {time}."
    ),
    "procedure_tomorrow_no_time": QT_TRANSLATE_NOOP(
        "CalendarExport", "Tomorrow: your vertebroplasty."
    ),
    "leave_soon": QT_TRANSLATE_NOOP(
        "CalendarExport", "Get ready to leave: you are expected at the hospital at {time}."
    ),
    "own_description": QT_TRANSLATE_NOOP("CalendarExport", "Your own reminder, from vertprep."),
}


@dataclass(frozen=True)
class AlarmSpec:
    """An alarm at a wall-clock moment (date and time) in the patient's zone."""

    at: datetime
    description: str


@dataclass(frozen=True)
class EventSpec:
    """One calendar event. ``start`` is a date (all day) or a naive wall-clock time.
    ``last_day`` makes an all-day event span several days (both ends included)."""

    key: str
    summary: str
    description: str
    start: date | datetime
    last_day: date | None = None
    location: str = ""
    alarms: tuple[AlarmSpec, ...] = ()
    busy: bool = False

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)


class EventTexts:
    """The event texts in the catalog's language."""

    def __init__(self, catalog: Catalog, team: TeamPlan, with_notes: bool = False) -> None:
        self.catalog = catalog
        self.team = team
        # The patient's private notes go into a calendar (which may sync to someone
        # else's server) only when the patient asks for them.
        self.with_notes = with_notes

    def __call__(self, key: str, **fields: object) -> str:
        return self.catalog.tr(CONTEXT, TEXTS[key]).format(**fields)

    def content(self, text: Text) -> str:
        """A text of the care team's plan in the catalog's language."""
        return words(text, self.team, self.catalog)

    def day(self, day: date) -> str:
        return long_date(day, self.catalog.locale)

    def time(self, moment: time) -> str:
        return clock_time(moment, self.catalog.locale)


def _at(day: date, moment: time) -> datetime:
    return datetime.combine(day, moment)


def item_event(planned: PlannedItem, t: EventTexts) -> EventSpec:
    """A dated step: all day on its date (the follow-up over its window)."""
    item = planned.item
    title = t.content(item.title)
    lines = [t.content(item.explanation)] if item.explanation else []
    if t.with_notes and planned.state.note.strip():
        lines.append(t("your_note", note=planned.state.note.strip()))
    alarms: tuple[AlarmSpec, ...] = ()
    if planned.window is not None:
        first, last = planned.window.first, planned.window.last
        lines.insert(0, t("between", first=t.day(first), last=t.day(last)))
        text = t("window_opens", title=title, first=t.day(first), last=t.day(last))
        alarms = (AlarmSpec(_at(first, MORNING_AT), text),)
    elif item.phase is Phase.AFTER:
        lines.insert(0, t("do_by", date=t.day(planned.due)))
        week_before = planned.due - timedelta(days=WEEK_BEFORE_DAYS)
        alarms = (AlarmSpec(_at(week_before, MORNING_AT), t("in_a_week", title=title)),)
    else:
        lines.insert(0, t("do_by", date=t.day(planned.due)))
        day_before = planned.due - timedelta(days=1)
        alarms = (AlarmSpec(_at(day_before, DAY_BEFORE_AT), t("tomorrow", title=title)),)
    if planned.state.done:
        alarms = ()  # nothing left to remind of; the event stays as part of the plan
    lines.append(t("care_note"))
    start = planned.window.first if planned.window is not None else planned.due
    last_day = planned.window.last if planned.window is not None else None
    return EventSpec(f"item:{item.id}", title, "\n\n".join(lines), start, last_day, alarms=alarms)


# Steps of the plan whose words belong in the procedure's event, when the plan has them.
PROCEDURE_DAY_STEPS = ("what_to_bring", "ride_home")


def procedure_reminders(t: EventTexts) -> list[str]:
    """The team's instructions for the day and what to bring, in the plan's words."""
    lines = [
        t.content(text) for key, text in t.team.instructions.given() if key in PREPARATION_KEYS
    ]
    for step_id in PROCEDURE_DAY_STEPS:
        step = t.team.step(step_id)
        if step is not None:
            title = t.content(step.title)
            if step.explanation:
                title = t("step_line", title=title, text=t.content(step.explanation))
            lines.append(title)
    return lines


def procedure_event(profile: Profile, t: EventTexts, times: ReminderTimes) -> EventSpec:
    """The procedure: from the arrival time if known, else all day; its alarms at the
    times of the care team's plan."""
    day = profile.procedure_date
    contacts = t.team.contacts
    # Where the patient wrote nothing, the hospital and address of the team's plan.
    place = profile.place or ", ".join(p for p in (contacts.hospital, contacts.address) if p)
    profile = replace(profile, place=place)
    evening = _at(day - timedelta(days=1), times.evening_before)
    lines = [t("procedure_details"), *procedure_reminders(t), t("care_note")]
    if profile.arrival_time is None:
        return EventSpec(
            "procedure",
            t("procedure"),
            "\n\n".join(lines),
            day,
            location=profile.place,
            alarms=(AlarmSpec(evening, t("procedure_tomorrow_no_time")),),
            busy=True,
        )
    arrival = _at(day, profile.arrival_time)
    when = t.time(profile.arrival_time)
    if profile.place:
        lines.insert(0, t("arrive_at_place", time=when, place=profile.place))
    else:
        lines.insert(0, t("arrive_at", time=when))
    return EventSpec(
        "procedure",
        t("procedure"),
        "\n\n".join(lines),
        arrival,
        location=profile.place,
        alarms=(
            AlarmSpec(evening, t("procedure_tomorrow", time=when)),
            AlarmSpec(
                arrival - timedelta(hours=times.hours_before_arrival), t("leave_soon", time=when)
            ),
        ),
        busy=True,
    )


def own_event(reminder: OwnReminder, t: EventTexts) -> EventSpec:
    """An own reminder: at its time, or all day with an alarm in the morning."""
    if reminder.at is None:
        start: date | datetime = reminder.day
        alarm_at = _at(reminder.day, MORNING_AT)
    else:
        start = alarm_at = _at(reminder.day, reminder.at)
    return EventSpec(
        f"own:{reminder.id}",
        reminder.text,
        t("own_description"),
        start,
        alarms=(AlarmSpec(alarm_at, reminder.text),),
    )


def plan_events(
    profile: Profile,
    plan: CarePlan,
    own: list[OwnReminder],
    catalog: Catalog,
    with_notes: bool = False,
) -> list[EventSpec]:
    """Every event of the patient's plan: steps, procedure, follow-up, own reminders
    (the patient's notes only ``with_notes``)."""
    t = EventTexts(catalog, plan.team, with_notes)
    events = []
    if profile.procedure_date is not None:
        before = [p for p in plan.items if p.item.phase is Phase.BEFORE and p.due is not None]
        after = [p for p in plan.items if p.item.phase is Phase.AFTER and p.due is not None]
        events += [item_event(p, t) for p in before]
        events.append(procedure_event(profile, t, plan.team.reminders))
        events += [item_event(p, t) for p in after]
        events += check_in_events(profile, t)
    events += [own_event(r, t) for r in own]
    return events
