"""Turning event descriptions into an iCalendar file with the ``icalendar`` library.

All-day events use DATE values, which calendars show on that day wherever the
patient is. Timed events are written in UTC, converted from the patient's wall
clock with the rules of their zone for that very date (so a summer date gets
summer time), which needs no VTIMEZONE and no zone name.

Each event keeps its UID from one export to the next, and its SEQUENCE rises
whenever its content changes, so importing a new file updates the events instead
of adding copies. Events that left the plan (a deleted own reminder) are sent
again as CANCELLED.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from icalendar import Alarm, Calendar, Event

from vertprep import __version__
from vertprep.calendar_export.events import EventSpec
from vertprep.core.model import ExportedEvent

PRODID = f"-//vertprep//vertprep {__version__}//EN"
CANCELLED = "cancelled"
# Exports without stored data (the command line with --date) derive UIDs from this.
UID_NAMESPACE = uuid.UUID("8f0f6c2e-5a43-4c55-9a3c-6f1d2b7e9a10")


def to_utc(wall: datetime, zone: tzinfo | None = None) -> datetime:
    """The exact moment of a wall-clock time in ``zone`` (default: the system's zone,
    with its daylight-saving rules for that date)."""
    local = wall.replace(tzinfo=zone) if zone is not None else wall.astimezone()
    return local.astimezone(UTC)


def _day_start(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def component(spec: EventSpec, language: str, zone: tzinfo | None) -> Event:
    """The VEVENT for one spec, without UID, DTSTAMP and SEQUENCE."""
    event = Event()
    lang = {"LANGUAGE": language}
    event.add("summary", spec.summary, parameters=lang)
    event.add("description", spec.description, parameters=lang)
    if spec.location:
        event.add("location", spec.location)  # the patient's own words, any language
    if spec.all_day:
        event.add("dtstart", spec.start)
        last = spec.last_day or spec.start
        event.add("dtend", last + timedelta(days=1))  # DTEND of a DATE is exclusive
        start_wall = _day_start(spec.start)
    else:
        event.add("dtstart", to_utc(spec.start, zone))
        start_wall = spec.start
    # Only the procedure makes the patient busy; a reminder leaves the day free.
    event.add("transp", "OPAQUE" if spec.busy else "TRANSPARENT")
    for alarm_spec in spec.alarms:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        if spec.all_day:
            # All-day events float: the trigger counts from local midnight of the day.
            trigger = alarm_spec.at - start_wall
        else:
            trigger = to_utc(alarm_spec.at, zone) - to_utc(start_wall, zone)
        alarm.add("trigger", trigger)
        alarm.add("description", alarm_spec.description, parameters=lang)
        event.add_component(alarm)
    return event


def fingerprint(event: Event) -> str:
    """A digest of what the patient sees in the event (UID/DTSTAMP/SEQUENCE not yet set)."""
    return hashlib.sha256(event.to_ical()).hexdigest()


@dataclass(frozen=True)
class BuiltCalendar:
    """The calendar and what to remember of it once it is saved."""

    calendar: Calendar
    records: list[ExportedEvent]

    def to_ical(self) -> bytes:
        return self.calendar.to_ical()


def _new_uid(key: str, stateless: bool) -> str:
    return str(uuid.uuid5(UID_NAMESPACE, key) if stateless else uuid.uuid4())


def _cancelled(previous: ExportedEvent, stamp: datetime) -> tuple[Event, ExportedEvent]:
    """The last exported content of an event that left the plan, marked CANCELLED.
    Its SEQUENCE rises once, when it is first cancelled."""
    sequence = previous.sequence if previous.fingerprint == CANCELLED else previous.sequence + 1
    event = Event.from_ical(previous.ical)
    event.subcomponents.clear()  # no alarms for something that is gone
    event.add("status", "CANCELLED")
    event.add("uid", previous.uid)
    event.add("sequence", sequence)
    event.add("dtstamp", stamp)
    return event, ExportedEvent(previous.key, previous.uid, sequence, CANCELLED, previous.ical)


def build_calendar(
    specs: list[EventSpec],
    *,
    language: str,
    calendar_name: str,
    now: datetime,
    previous: dict[str, ExportedEvent] | None,
    zone: tzinfo | None = None,
) -> BuiltCalendar:
    """The calendar for ``specs``. ``previous`` is what the last export wrote (``None``
    when there is no stored data: UIDs then follow from the event keys alone)."""
    stateless = previous is None
    previous = previous or {}
    stamp = now.astimezone(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("name", calendar_name)
    calendar.add("x-wr-calname", calendar_name)
    records = []
    for spec in specs:
        event = component(spec, language, zone)
        digest = fingerprint(event)
        before = previous.get(spec.key)
        if before is None:
            uid, sequence = _new_uid(spec.key, stateless), 0
        elif before.fingerprint == digest:
            uid, sequence = before.uid, before.sequence
        else:
            uid, sequence = before.uid, before.sequence + 1
        content = event.to_ical().decode()
        event.add("uid", uid)
        event.add("sequence", sequence)
        event.add("dtstamp", stamp)
        calendar.add_component(event)
        records.append(ExportedEvent(spec.key, uid, sequence, digest, content))
    current = {spec.key for spec in specs}
    for key in sorted(set(previous) - current):
        event, record = _cancelled(previous[key], stamp)
        calendar.add_component(event)
        records.append(record)
    return BuiltCalendar(calendar, records)
