"""Reading exported calendars back, strictly, for the calendar tests."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar

EVENT_REQUIRED = ("UID", "DTSTAMP", "DTSTART", "SEQUENCE", "SUMMARY", "DESCRIPTION")
ALARM_REQUIRED = ("ACTION", "TRIGGER", "DESCRIPTION")


def read_calendar(data: bytes | Path) -> Calendar:
    """Parse with icalendar, and check what every event and alarm must carry."""
    raw = data.read_bytes() if isinstance(data, Path) else data
    calendar = Calendar.from_ical(raw)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    for event in calendar.walk("VEVENT"):
        for name in EVENT_REQUIRED:
            assert name in event, f"{name} missing in {event.get('SUMMARY')}"
        for alarm in event.walk("VALARM"):
            for name in ALARM_REQUIRED:
                assert name in alarm, f"{name} missing in an alarm of {event['SUMMARY']}"
            assert str(alarm["ACTION"]) == "DISPLAY"
    return calendar


def events_by_summary(calendar: Calendar) -> dict[str, object]:
    events = {}
    for event in calendar.walk("VEVENT"):
        summary = str(event["SUMMARY"])
        assert summary not in events, f"two events called {summary}"
        events[summary] = event
    return events


def alarms(event) -> list[tuple[object, str]]:
    """(trigger, description) of each alarm of an event."""
    return [(a.decoded("TRIGGER"), str(a["DESCRIPTION"])) for a in event.walk("VALARM")]


def strict_parse(data: bytes):
    """A second, independent and strict RFC 5545 parser (the ``ical`` package)."""
    from ical.calendar_stream import IcsCalendarStream

    return IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
