"""Which reminders are active: plain Python with fixed clocks, across midnight and zones."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from plan_support import clinic_plan

from vertprep.core.model import ItemState, OwnReminder, Profile
from vertprep.core.plan import CarePlan
from vertprep.core.reminders import (
    OwnReminderProblem,
    ReminderKind,
    ReminderState,
    Urgency,
    active_reminders,
    check_own_reminder,
    is_silenced,
    snooze_until,
)

PROCEDURE = date(2026, 12, 10)
PROFILE = Profile(PROCEDURE, time(8, 30))
ZURICH = ZoneInfo("Europe/Zurich")
NEW_YORK = ZoneInfo("America/New_York")


def active(now, states=None, own=(), profile=PROFILE, item_states=None):
    plan = CarePlan.build(profile, item_states or {}, now.date(), clinic_plan())
    return active_reminders(plan, profile.procedure_date, list(own), states or {}, now)


def ids(reminders):
    return [r.id for r in reminders]


def test_overdue_steps_come_first_with_stable_ids_naming_item_and_date():
    # 1 December: the radiologist (26 Nov) and the MRI (30 Nov) are overdue.
    found = active(datetime(2026, 12, 1, 10, 0))
    assert ids(found) == [
        "item:consult_radiologist:overdue:2026-11-26",
        "item:spine_imaging:overdue:2026-11-30",
    ]
    assert all(r.urgency is Urgency.OVERDUE and r.kind is ReminderKind.ITEM for r in found)
    assert found[0].planned.item.id == "consult_radiologist"


def test_a_step_due_today_becomes_overdue_at_midnight_as_a_new_reminder():
    before = active(datetime(2026, 12, 3, 23, 59, 59))
    after = active(datetime(2026, 12, 4, 0, 0, 0))
    assert "item:blood_tests:due:2026-12-03" in ids(before)
    assert "item:blood_tests:due:2026-12-03" not in ids(after)
    assert "item:blood_tests:overdue:2026-12-03" in ids(after)
    due = next(r for r in before if r.id == "item:blood_tests:due:2026-12-03")
    assert due.urgency is Urgency.DUE_TODAY


def test_done_steps_are_not_reminded():
    states = {"consult_radiologist": ItemState(done_at=datetime(2026, 11, 26, 9, 0))}
    found = active(datetime(2026, 12, 1, 10, 0), item_states=states)
    assert ids(found) == ["item:spine_imaging:overdue:2026-11-30"]


def test_the_procedure_is_reminded_the_day_before_only():
    assert "procedure:tomorrow:2026-12-10" in ids(active(datetime(2026, 12, 9, 0, 0)))
    assert "procedure:tomorrow:2026-12-10" in ids(active(datetime(2026, 12, 9, 23, 59)))
    assert "procedure:tomorrow:2026-12-10" not in ids(active(datetime(2026, 12, 8, 23, 59)))
    assert "procedure:tomorrow:2026-12-10" not in ids(active(datetime(2026, 12, 10, 0, 0)))


def test_no_date_means_no_plan_reminders():
    assert active(datetime(2026, 12, 1, 10, 0), profile=Profile()) == []


def test_a_dismissed_reminder_never_comes_back():
    now = datetime(2026, 12, 1, 10, 0)
    states = {"item:consult_radiologist:overdue:2026-11-26": ReminderState(dismissed_at=now)}
    for later in (now, now + timedelta(days=1), now + timedelta(days=400)):
        assert "item:consult_radiologist:overdue:2026-11-26" not in ids(active(later, states))


def test_a_snoozed_reminder_returns_at_the_next_midnight():
    now = datetime(2026, 12, 1, 22, 30)
    until = snooze_until(now)
    assert until == datetime(2026, 12, 2, 0, 0)
    states = {"item:spine_imaging:overdue:2026-11-30": ReminderState(snoozed_until=until)}
    assert "item:spine_imaging:overdue:2026-11-30" not in ids(active(now, states))
    last_minute = datetime(2026, 12, 1, 23, 59, 59)
    assert "item:spine_imaging:overdue:2026-11-30" not in ids(active(last_minute, states))
    assert "item:spine_imaging:overdue:2026-11-30" in ids(active(until, states))


def test_snooze_keeps_the_zone_of_now_and_ends_at_local_midnight():
    now = datetime(2026, 12, 1, 22, 30, tzinfo=ZURICH)
    until = snooze_until(now)
    assert until == datetime(2026, 12, 2, 0, 0, tzinfo=ZURICH)
    assert until.utcoffset() == timedelta(hours=1)


def test_snooze_follows_the_wall_clock_after_travelling_to_another_zone():
    # Snoozed in Zurich until midnight there; the patient is in New York by the evening.
    state = ReminderState(snoozed_until=datetime(2026, 12, 2, 0, 0, tzinfo=ZURICH))
    ny_evening = datetime(2026, 12, 1, 19, 0, tzinfo=NEW_YORK)  # 01:00 in Zurich
    assert is_silenced(state, ny_evening)  # still 1 December where the patient is
    assert not is_silenced(state, datetime(2026, 12, 2, 0, 0, tzinfo=NEW_YORK))


def test_snooze_across_a_daylight_saving_change():
    # Clocks go back from +02:00 to +01:00 at 03:00 on 25 October 2026 in Zurich. The
    # system clock gives fixed offsets, so the snooze is stored with the summer offset.
    summer, winter = timezone(timedelta(hours=2)), timezone(timedelta(hours=1))
    until = snooze_until(datetime(2026, 10, 25, 1, 30, tzinfo=summer))
    assert until == datetime(2026, 10, 26, 0, 0, tzinfo=summer)
    state = ReminderState(snoozed_until=until)
    # 23:30 winter time is 00:30 summer time: by the clock on the wall it is still the 25th.
    assert is_silenced(state, datetime(2026, 10, 25, 23, 30, tzinfo=winter))
    assert not is_silenced(state, datetime(2026, 10, 26, 0, 0, tzinfo=winter))
    zoned = snooze_until(datetime(2026, 10, 24, 21, 0, tzinfo=ZURICH))
    assert zoned.utcoffset() == timedelta(hours=2)  # midnight comes before the change


def test_naive_and_aware_times_compare_by_wall_clock():
    aware = ReminderState(snoozed_until=datetime(2026, 12, 2, 0, 0, tzinfo=UTC))
    assert is_silenced(aware, datetime(2026, 12, 1, 23, 0))
    assert not is_silenced(aware, datetime(2026, 12, 2, 0, 1))
    naive = ReminderState(snoozed_until=datetime(2026, 12, 2, 0, 0))
    assert is_silenced(naive, datetime(2026, 12, 1, 23, 0, tzinfo=ZURICH))


def test_today_comes_from_the_local_date_of_now():
    # 23:30 in New York on 3 December is already 4 December in UTC: still "due today".
    now = datetime(2026, 12, 3, 23, 30, tzinfo=NEW_YORK)
    assert "item:blood_tests:due:2026-12-03" in ids(active(now))


def test_own_reminders_with_a_time_wait_for_it_and_become_overdue_the_next_day():
    call = OwnReminder(3, "Call the pharmacy", date(2026, 12, 5), time(14, 0))
    prolia = OwnReminder(4, "Ask about Prolia", date(2026, 12, 5))
    own = [call, prolia]
    morning = active(datetime(2026, 12, 5, 9, 0), own=own)
    assert "own:4:due:2026-12-05" in ids(morning)
    assert "own:3:due:2026-12-05T14:00" not in ids(morning)
    afternoon = active(datetime(2026, 12, 5, 14, 0), own=own)
    assert "own:3:due:2026-12-05T14:00" in ids(afternoon)
    next_day = active(datetime(2026, 12, 6, 8, 0), own=own)
    overdue = {r.id: r.urgency for r in next_day if r.kind is ReminderKind.OWN}
    assert overdue == {
        "own:3:due:2026-12-05T14:00": Urgency.OVERDUE,
        "own:4:due:2026-12-05": Urgency.OVERDUE,
    }
    assert not [r for r in active(datetime(2026, 12, 4, 23, 0), own=own) if r.own]


def test_a_new_procedure_date_brings_new_reminders_after_a_dismissal():
    now = datetime(2026, 12, 1, 10, 0)
    states = {"item:spine_imaging:overdue:2026-11-30": ReminderState(dismissed_at=now)}
    moved = Profile(date(2026, 12, 8), time(8, 30))  # MRI now due 28 November
    assert "item:spine_imaging:overdue:2026-11-28" in ids(active(now, states, profile=moved))


def test_reminders_are_ordered_overdue_then_tomorrow_then_today():
    own = [OwnReminder(1, "Today", date(2026, 12, 9)), OwnReminder(2, "Past", date(2026, 12, 8))]
    found = active(datetime(2026, 12, 9, 12, 0), own=own)
    urgencies = [r.urgency for r in found]
    assert urgencies == sorted(
        urgencies, key=[Urgency.OVERDUE, Urgency.TOMORROW, Urgency.DUE_TODAY].index
    )
    assert found[-1].id == "own:1:due:2026-12-09"


def test_a_plan_for_another_day_is_refused():
    plan = CarePlan.build(PROFILE, {}, date(2026, 12, 1), clinic_plan())
    with pytest.raises(ValueError):
        active_reminders(plan, PROCEDURE, [], {}, datetime(2026, 12, 2, 0, 0))


@pytest.mark.parametrize(
    ("text", "day", "original", "problem"),
    [
        ("Call the pharmacy", date(2026, 12, 1), None, None),
        ("   ", date(2026, 12, 2), None, OwnReminderProblem.EMPTY_TEXT),
        ("", date(2026, 12, 2), None, OwnReminderProblem.EMPTY_TEXT),
        ("x" * 201, date(2026, 12, 2), None, OwnReminderProblem.TOO_LONG),
        ("Call", date(2026, 11, 30), None, OwnReminderProblem.PAST_DAY),
        ("Call", date(2026, 11, 30), date(2026, 11, 30), None),  # editing, date kept
        ("Call", date(2026, 11, 29), date(2026, 11, 30), OwnReminderProblem.PAST_DAY),
    ],
)
def test_own_reminder_input_is_checked(text, day, original, problem):
    assert check_own_reminder(text, day, date(2026, 12, 1), original) is problem
