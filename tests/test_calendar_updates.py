"""Exporting again updates the same events: stable UIDs, rising SEQUENCE, cancellations."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from calendar_support import events_by_summary, read_calendar, strict_parse

from vertprep.core.model import OwnReminder
from vertprep.i18n.catalog import Catalog
from vertprep.session import PatientSession
from vertprep.storage import Store

# The patient's care team gave days and times: the steps have dates.
pytestmark = pytest.mark.usefixtures("clinic_plan_stored")

PROCEDURE = "Your vertebroplasty"
BLOOD = "Have the blood tests your team ordered"


def export(session, path):
    session.export_calendar(path, Catalog("en"))
    return events_by_summary(read_calendar(path))


def uids(events):
    return {summary: str(event["UID"]) for summary, event in events.items()}


def sequences(events):
    return {summary: int(event["SEQUENCE"]) for summary, event in events.items()}


def test_a_new_procedure_date_keeps_the_uids_and_raises_the_sequence(scheduled_session, tmp_path):
    session = scheduled_session
    session.add_own_reminder("Call the pharmacy", date(2026, 12, 5), time(14, 0))
    first = export(session, tmp_path / "plan.ics")
    assert set(sequences(first).values()) == {0}

    session.update_profile(procedure_date=date(2026, 12, 17))
    second = export(session, tmp_path / "plan.ics")
    assert uids(second) == uids(first)
    assert second[BLOOD].decoded("DTSTART") == date(2026, 12, 10)  # moved a week
    assert second[PROCEDURE]["DTSTART"].to_ical().startswith(b"20261217T")
    changed = {s for s in second if s != "Call the pharmacy"}
    assert all(sequences(second)[s] == 1 for s in changed)
    assert sequences(second)["Call the pharmacy"] == 0  # nothing about it changed
    assert len(strict_parse((tmp_path / "plan.ics").read_bytes()).events) == len(second)

    third = export(session, tmp_path / "again.ics")
    assert uids(third) == uids(first)
    assert sequences(third) == sequences(second)  # no change, no new sequence


def test_uids_survive_a_restart_and_differ_between_patients(scheduled_session, db_path, tmp_path):
    first = export(scheduled_session, tmp_path / "plan.ics")
    reopened = Store(db_path)
    try:
        assert {e.uid for e in reopened.exported_events().values()} == set(uids(first).values())
    finally:
        reopened.close()
    other = Store(tmp_path / "other" / "vertprep.sqlite3")
    try:
        other_session = PatientSession(other, clock=scheduled_session.clock)
        other_session.update_profile(procedure_date=date(2026, 12, 10), arrival_time=time(8, 30))
        theirs = export(other_session, tmp_path / "other.ics")
    finally:
        other.close()
    assert not set(uids(theirs).values()) & set(uids(first).values())


def test_a_deleted_own_reminder_is_cancelled_in_the_calendar(scheduled_session, tmp_path):
    session = scheduled_session
    reminder = session.add_own_reminder("Ask about Prolia", date(2026, 12, 20))
    first = export(session, tmp_path / "plan.ics")
    session.delete_own_reminder(reminder.id)
    second = export(session, tmp_path / "plan.ics")
    cancelled = second["Ask about Prolia"]
    assert str(cancelled["UID"]) == str(first["Ask about Prolia"]["UID"])
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert int(cancelled["SEQUENCE"]) == 1
    assert list(cancelled.walk("VALARM")) == []
    third = export(session, tmp_path / "plan.ics")
    assert int(third["Ask about Prolia"]["SEQUENCE"]) == 1  # cancelled once, stays so


def test_editing_an_own_reminder_updates_its_event(scheduled_session, tmp_path):
    session = scheduled_session
    reminder = session.add_own_reminder("Call the pharmacy", date(2026, 12, 5))
    first = export(session, tmp_path / "plan.ics")
    session.update_own_reminder(OwnReminder(reminder.id, "Call the chemist", reminder.day))
    second = export(session, tmp_path / "plan.ics")
    assert "Call the pharmacy" not in second
    assert str(second["Call the chemist"]["UID"]) == str(first["Call the pharmacy"]["UID"])
    assert int(second["Call the chemist"]["SEQUENCE"]) == 1


def test_ticking_a_step_updates_its_event_without_an_alarm(scheduled_session, tmp_path):
    first = export(scheduled_session, tmp_path / "plan.ics")
    scheduled_session.set_done("blood_tests", True)
    second = export(scheduled_session, tmp_path / "plan.ics")
    assert int(second[BLOOD]["SEQUENCE"]) == int(first[BLOOD]["SEQUENCE"]) + 1
    assert list(second[BLOOD].walk("VALARM")) == []


def test_a_failed_write_leaves_no_file_and_remembers_nothing(scheduled_session, tmp_path):
    target = tmp_path / "missing-folder" / "plan.ics"
    with pytest.raises(OSError):
        scheduled_session.export_calendar(target, Catalog("en"))
    assert not target.parent.exists()
    assert scheduled_session.store.exported_events() == {}


def test_an_export_replaces_the_whole_file_at_once(scheduled_session, tmp_path):
    target = tmp_path / "plan.ics"
    target.write_text("old content")
    export(scheduled_session, target)
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".plan.ics")]  # no leftovers


def test_the_dtstamp_is_the_moment_of_export(scheduled_session, clock, tmp_path):
    clock.now = datetime(2026, 12, 2, 9, 15).astimezone()
    events = export(scheduled_session, tmp_path / "plan.ics")
    stamps = {e["DTSTAMP"].to_ical() for e in events.values()}
    assert len(stamps) == 1
    assert stamps.pop().endswith(b"Z")
