"""Due dates, windows and statuses follow the procedure date (no Qt needed)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from vertprep.core.checklist import AFTER_ITEMS, ALL_ITEMS, BEFORE_ITEMS, ITEMS_BY_ID, Phase
from vertprep.core.model import ItemState, Profile
from vertprep.core.plan import CarePlan, Status
from vertprep.core.schedule import days_until, due_date, follow_up_window
from vertprep.core.timeline import STAGES, current_stage_index, timed_stages

PROCEDURE = date(2026, 12, 10)


def test_item_ids_are_unique_and_stable():
    ids = [item.id for item in ALL_ITEMS]
    assert len(ids) == len(set(ids))
    # Progress is stored under these ids: renaming one loses patients' ticks.
    assert ids[:3] == ["consult_radiologist", "spine_imaging", "blood_tests"]
    assert "follow_up_consultation" in ids


def test_before_checklist_covers_the_required_steps():
    ids = {item.id for item in BEFORE_ITEMS}
    assert {
        "consult_radiologist", "spine_imaging", "blood_tests", "anaesthesia_consult",
        "medicines_review", "allergies", "ride_home", "fasting", "what_to_bring",
    } <= ids  # fmt: skip
    assert all(item.due_offset_days < 0 for item in BEFORE_ITEMS)
    assert all(item.phase is Phase.AFTER for item in AFTER_ITEMS)


def test_due_dates_follow_the_procedure_date():
    item = ITEMS_BY_ID["anaesthesia_consult"]
    assert due_date(item, PROCEDURE) == date(2026, 12, 7)
    assert due_date(item, PROCEDURE + timedelta(days=5)) == date(2026, 12, 12)
    assert due_date(item, None) is None


def test_follow_up_window_is_one_to_four_weeks_after():
    window = follow_up_window(PROCEDURE)
    assert (window.first, window.last) == (date(2026, 12, 17), date(2027, 1, 7))
    assert window.contains(date(2026, 12, 24))
    assert not window.contains(date(2027, 1, 8))
    assert follow_up_window(None) is None


def test_days_until_counts_calendar_days():
    assert days_until(PROCEDURE, date(2026, 12, 1)) == 9
    assert days_until(PROCEDURE, PROCEDURE) == 0
    assert days_until(PROCEDURE, date(2026, 12, 11)) == -1
    assert days_until(None, PROCEDURE) is None


def test_statuses_on_a_given_day():
    states = {"consult_radiologist": ItemState(done_at=datetime(2026, 11, 20, 9, 0))}
    plan = CarePlan.build(Profile(procedure_date=PROCEDURE), states, date(2026, 12, 3))
    status = {p.item.id: p.status for p in plan.items}
    assert status["consult_radiologist"] is Status.DONE
    assert status["blood_tests"] is Status.DUE_TODAY  # due 3 December
    assert status["spine_imaging"] is Status.OVERDUE  # due 30 November
    assert status["anaesthesia_consult"] is Status.UPCOMING
    assert plan.done_count == 1
    assert plan.total == len(ALL_ITEMS)


def test_due_today_and_next_up():
    plan = CarePlan.build(Profile(procedure_date=PROCEDURE), {}, date(2026, 12, 7))
    due_today = {p.item.id for p in plan.with_status(Status.DUE_TODAY)}
    assert due_today == {"anaesthesia_consult", "allergies"}
    assert plan.next_up().item.id == "anaesthesia_consult"


def test_without_a_date_nothing_is_overdue():
    plan = CarePlan.build(Profile(), {}, date(2026, 12, 7))
    assert {p.status for p in plan.items} == {Status.UNSCHEDULED}
    assert plan.next_up().item.id == "consult_radiologist"


def test_day_timeline_follows_the_arrival_time():
    stages = timed_stages(PROCEDURE, time(8, 30))
    assert [s.stage.id for s in stages] == [stage.id for stage in STAGES]
    assert stages[0].starts_at == datetime(2026, 12, 10, 8, 30)
    later = timed_stages(PROCEDURE, time(13, 0))
    assert all(
        (b.starts_at - a.starts_at) == timedelta(hours=4, minutes=30)
        for a, b in zip(stages, later, strict=True)
    )
    assert [s.starts_at for s in stages] == sorted(s.starts_at for s in stages)


def test_current_stage_only_on_the_day():
    stages = timed_stages(PROCEDURE, time(8, 30))
    assert current_stage_index(stages, datetime(2026, 12, 10, 8, 0)) is None
    assert current_stage_index(stages, datetime(2026, 12, 10, 8, 30)) == 0
    assert stages[current_stage_index(stages, datetime(2026, 12, 10, 9, 50))].stage.id == "cement"
    assert current_stage_index(stages, datetime(2026, 12, 9, 9, 50)) is None
