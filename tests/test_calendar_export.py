"""The exported calendar read back: every event, alarm, UID and time."""

from __future__ import annotations

import time as system_time
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from calendar_support import alarms, events_by_summary, read_calendar, strict_parse
from plan_support import clinic_plan
from PySide6.QtCore import QLocale

from vertprep.calendar_export import NothingToExportError, plan_calendar
from vertprep.core.model import ItemState, OwnReminder, Profile
from vertprep.core.plan import CarePlan
from vertprep.i18n.catalog import Catalog
from vertprep.i18n.formatting import clock_time
from vertprep.i18n.manager import locale_for

ZURICH = ZoneInfo("Europe/Zurich")
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=ZURICH)
PROFILE = Profile(date(2026, 12, 10), time(8, 30), "Maria", "", "City Hospital")
DAY_BEFORE_9 = timedelta(hours=-15)  # 09:00 the day before an all-day event

# Step title -> its date (procedure on Thursday 10 December 2026).
STEP_DATES = {
    "See the interventional radiologist": date(2026, 11, 26),
    "Have a spine MRI, or a bone scan": date(2026, 11, 30),
    "Have the blood tests your team ordered": date(2026, 12, 3),
    "Go through your medicines with your care team": date(2026, 12, 3),
    "Anaesthesia consultation": date(2026, 12, 7),
    "Tell the team about any allergies": date(2026, 12, 7),
    "Ask an adult to take you home": date(2026, 12, 8),
    "Know when to stop eating and drinking": date(2026, 12, 9),
    "Pack what to bring": date(2026, 12, 9),
}
# Steps after the procedure that the clinic dated: an appointment to make.
BONE_REVIEWS = {
    "Talk to your doctor about treating osteoporosis": date(2027, 1, 7),  # +28 days
    "Regular bone-health reviews": date(2027, 3, 11),  # +91 days
}
CHECK_INS = {
    f"Pain check-in: {name}"
    for name in (
        "Before the procedure", "One day after", "One week after", "Two weeks after",
        "One month after", "Three months after", "Six months after", "One year after",
    )
}  # fmt: skip
OWN = [
    OwnReminder(3, "Call the pharmacy", date(2026, 12, 5), time(14, 0)),
    OwnReminder(4, "Ask about Prolia", date(2027, 1, 7)),
]


def export(
    profile=PROFILE, own=OWN, states=None, catalog=None, zone=ZURICH, now=NOW, with_notes=False
):
    plan = CarePlan.build(profile, states or {}, now.date(), clinic_plan())
    catalog = catalog or Catalog("en")
    built = plan_calendar(profile, plan, own, catalog, now, {}, zone, with_notes)
    return built, read_calendar(built.to_ical())


def test_every_event_and_alarm_is_complete_and_parses_strictly():
    built, calendar = export()
    events = events_by_summary(calendar)
    expected = {
        *STEP_DATES,
        *BONE_REVIEWS,
        "Follow-up consultation",
        "Your vertebroplasty",
        "Call the pharmacy",
        "Ask about Prolia",
        *CHECK_INS,
    }
    assert set(events) == expected
    uids = [str(e["UID"]) for e in events.values()]
    assert len(set(uids)) == len(uids)
    assert all(int(e["SEQUENCE"]) == 0 for e in events.values())
    assert all(e.decoded("DTSTAMP") == NOW.astimezone(UTC) for e in events.values())
    assert all(alarms(e) for e in events.values())  # every event carries an alarm

    strict = strict_parse(built.to_ical())
    assert len(strict.events) == len(expected)
    assert sum(len(e.alarm) for e in strict.events) == sum(len(alarms(e)) for e in events.values())


def test_steps_are_all_day_with_an_alarm_at_nine_the_day_before():
    _built, calendar = export()
    events = events_by_summary(calendar)
    for title, day in STEP_DATES.items():
        event = events[title]
        assert event.decoded("DTSTART") == day
        assert event.decoded("DTEND") == day + timedelta(days=1)
        assert alarms(event) == [(DAY_BEFORE_9, f"Tomorrow: {title}")]
        assert str(event["TRANSP"]) == "TRANSPARENT"
        assert "care team decides" in str(event["DESCRIPTION"])


def test_dated_steps_after_the_procedure_get_a_week_to_book():
    _built, calendar = export()
    events = events_by_summary(calendar)
    for title, day in BONE_REVIEWS.items():
        assert events[title].decoded("DTSTART") == day
        ((trigger, text),) = alarms(events[title])
        assert trigger == timedelta(days=-7, hours=9)  # 09:00 a week before
        assert text.startswith(f"In one week: {title}.")


def test_the_follow_up_window_spans_weeks_one_to_four():
    _built, calendar = export()
    event = events_by_summary(calendar)["Follow-up consultation"]
    assert event.decoded("DTSTART") == date(2026, 12, 17)
    assert event.decoded("DTEND") == date(2027, 1, 8)  # exclusive: 7 January included
    ((trigger, text),) = alarms(event)
    assert trigger == timedelta(hours=9)  # 09:00 on the first day of the window
    assert "17 December 2026" in text and "7 January 2027" in text  # British English


def test_the_procedure_starts_at_arrival_in_the_patient_zone_with_place_and_alarms():
    _built, calendar = export()
    event = events_by_summary(calendar)["Your vertebroplasty"]
    start = event.decoded("DTSTART")
    assert start == datetime(2026, 12, 10, 8, 30, tzinfo=ZURICH)
    assert start.utcoffset() == timedelta(0)  # written in UTC: 07:30Z
    assert event["DTSTART"].to_ical() == b"20261210T073000Z"
    assert str(event["LOCATION"]) == "City Hospital"
    assert str(event["TRANSP"]) == "OPAQUE"
    arrive = clock_time(time(8, 30), locale_for("en"))  # as the app writes it: 08:30
    assert str(event["DESCRIPTION"]).startswith(f"Arrive at {arrive} at City Hospital.")
    evening, leave = alarms(event)
    assert evening[0] == timedelta(hours=-14, minutes=-30)  # 18:00 the evening before
    assert evening[1].startswith("Tomorrow: your vertebroplasty.")
    assert leave[0] == timedelta(hours=-2)


def test_summer_dates_get_summer_time_and_alarms_stay_on_the_wall_clock():
    # Sunday 25 October 2026: clocks go back at 03:00 in Zurich, between the alarm
    # on Saturday evening (summer time) and the arrival on Sunday (winter time).
    profile = Profile(date(2026, 10, 25), time(8, 30))
    now = datetime(2026, 10, 1, 10, 0, tzinfo=ZURICH)
    _built, calendar = export(profile, [], now=now)
    event = events_by_summary(calendar)["Your vertebroplasty"]
    assert event["DTSTART"].to_ical() == b"20261025T073000Z"  # 08:30 at +01:00
    evening, _leave = alarms(event)
    assert evening[0] == timedelta(hours=-15, minutes=-30)  # 16:00Z = 18:00 at +02:00
    july = Profile(date(2026, 7, 9), time(8, 30))
    _built, calendar = export(july, [], now=datetime(2026, 7, 1, 9, 0, tzinfo=ZURICH))
    event = events_by_summary(calendar)["Your vertebroplasty"]
    assert event["DTSTART"].to_ical() == b"20260709T063000Z"  # 08:30 at +02:00


@pytest.fixture
def zurich_system_zone(monkeypatch):
    """The system's local zone set to Zurich for one test (the app's default path)."""
    monkeypatch.setenv("TZ", "Europe/Zurich")
    system_time.tzset()
    yield
    monkeypatch.undo()
    system_time.tzset()


def test_the_system_zone_is_used_when_none_is_given(zurich_system_zone):
    _built, calendar = export(zone=None)
    event = events_by_summary(calendar)["Your vertebroplasty"]
    assert event["DTSTART"].to_ical() == b"20261210T073000Z"
    call = events_by_summary(calendar)["Call the pharmacy"]
    assert call["DTSTART"].to_ical() == b"20261205T130000Z"  # 14:00 at +01:00


def test_without_an_arrival_time_the_procedure_is_all_day():
    profile = Profile(date(2026, 12, 10))
    _built, calendar = export(profile, [])
    event = events_by_summary(calendar)["Your vertebroplasty"]
    assert event.decoded("DTSTART") == date(2026, 12, 10)
    assert "LOCATION" not in event
    assert alarms(event) == [(timedelta(hours=-6), "Tomorrow: your vertebroplasty.")]


def test_own_reminders_at_their_time_or_all_day_with_a_morning_alarm():
    _built, calendar = export()
    events = events_by_summary(calendar)
    call = events["Call the pharmacy"]
    assert call.decoded("DTSTART") == datetime(2026, 12, 5, 14, 0, tzinfo=ZURICH)
    assert alarms(call) == [(timedelta(0), "Call the pharmacy")]
    prolia = events["Ask about Prolia"]
    assert prolia.decoded("DTSTART") == date(2027, 1, 7)
    assert alarms(prolia) == [(timedelta(hours=9), "Ask about Prolia")]


def test_a_done_step_stays_in_the_plan_without_an_alarm_and_notes_only_when_asked():
    states = {
        "consult_radiologist": ItemState(datetime(2026, 11, 26, 9, 0)),
        "fasting": ItemState(note="Nothing to eat after midnight (Dr Weber)"),
    }
    _built, calendar = export(states=states, with_notes=True)
    events = events_by_summary(calendar)
    assert alarms(events["See the interventional radiologist"]) == []
    fasting = str(events["Know when to stop eating and drinking"]["DESCRIPTION"])
    assert "Your note: Nothing to eat after midnight (Dr Weber)" in fasting
    # Calendars sync to other people's servers: by default the notes stay out.
    built, calendar = export(states=states)
    assert b"Dr Weber" not in built.to_ical()
    fasting = str(
        events_by_summary(calendar)["Know when to stop eating and drinking"]["DESCRIPTION"]
    )
    assert "Your note" not in fasting


def test_nothing_to_export_without_a_date_or_own_reminders():
    with pytest.raises(NothingToExportError):
        export(Profile(), [])
    _built, calendar = export(Profile(), OWN)  # own reminders alone are enough
    assert set(events_by_summary(calendar)) == {"Call the pharmacy", "Ask about Prolia"}


class MarkingCatalog:
    """Stands for a translation: marks every text it translates, German dates."""

    code = "de"
    locale = QLocale(QLocale.Language.German, QLocale.Country.Germany)

    def tr(self, context: str, text: str) -> str:
        return f"[{context}] {text}"


def test_every_text_goes_through_the_chosen_language():
    _built, calendar = export(catalog=MarkingCatalog())
    events = list(calendar.walk("VEVENT"))
    own_texts = {r.text for r in OWN}
    # The care team's words come from its plan, in German; the app's through the catalog.
    plan_titles = {step.title.values["de"] for step in clinic_plan().steps}
    for event in events:
        summary = str(event["SUMMARY"])
        assert event["SUMMARY"].params["LANGUAGE"] == "de"
        assert summary in own_texts | plan_titles or summary.startswith("[")
        assert str(event["DESCRIPTION"]).startswith("[")
        for alarm in event.walk("VALARM"):
            description = str(alarm["DESCRIPTION"])
            assert description in own_texts or description.startswith("[CalendarExport]")
    assert "Donnerstag, 3. Dezember 2026" in " ".join(str(e["DESCRIPTION"]) for e in events)
    assert str(calendar["X-WR-CALNAME"]) == "[CalendarExport] Your vertebroplasty plan"


def test_without_a_place_the_procedure_is_at_the_teams_hospital():
    from vertprep.plan.editing import with_contacts

    team = with_contacts(clinic_plan(), hospital="City Hospital", address="Rue 1, Geneva")
    profile = Profile(date(2026, 12, 10), time(8, 30))
    plan = CarePlan.build(profile, {}, NOW.date(), team)
    built = plan_calendar(profile, plan, [], Catalog("en"), NOW, {}, ZURICH)
    event = events_by_summary(read_calendar(built.to_ical()))["Your vertebroplasty"]
    assert str(event["LOCATION"]) == "City Hospital, Rue 1, Geneva"


def test_the_procedure_event_says_the_teams_instructions_and_what_to_bring_from_the_plan():
    from vertprep.plan.editing import with_instruction, without_step

    fasting = "Nothing to eat after midnight."
    team = with_instruction(clinic_plan(), "fasting", "en", fasting)
    plan = CarePlan.build(PROFILE, {}, NOW.date(), team)
    built = plan_calendar(PROFILE, plan, [], Catalog("en"), NOW, {}, ZURICH)
    description = str(
        events_by_summary(read_calendar(built.to_ical()))["Your vertebroplasty"]["DESCRIPTION"]
    )
    assert fasting in description
    assert "Pack what to bring: Your list of medicines, and your earlier scans" in description
    # A clinic that does not use the step: not in the event either.
    team = without_step(team, "what_to_bring")
    plan = CarePlan.build(PROFILE, {}, NOW.date(), team)
    built = plan_calendar(PROFILE, plan, [], Catalog("en"), NOW, {}, ZURICH)
    description = str(
        events_by_summary(read_calendar(built.to_ical()))["Your vertebroplasty"]["DESCRIPTION"]
    )
    assert "Pack what to bring" not in description
