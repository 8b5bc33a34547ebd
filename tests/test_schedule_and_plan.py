"""Due dates, windows and statuses follow the procedure date where the care team set
days; without them, the steps come in order with no date made up."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from plan_support import clinic_plan

from vertprep.core.model import ItemState, Profile
from vertprep.core.plan import CarePlan, Status
from vertprep.core.schedule import days_until, due_date, follow_up_window
from vertprep.core.timeline import current_stage_index, timed_stages
from vertprep.plan.builtin import builtin_plan
from vertprep.plan.model import Phase

PROCEDURE = date(2026, 12, 10)


@pytest.fixture(scope="module")
def builtin(qapp):
    return builtin_plan()


@pytest.fixture(scope="module")
def clinic(qapp):
    return clinic_plan()


def test_item_ids_are_unique_and_stable(builtin):
    ids = [item.id for item in builtin.steps]
    assert len(ids) == len(set(ids))
    # Progress is stored under these ids: renaming one loses patients' ticks.
    assert {"consult_radiologist", "spine_imaging", "blood_tests"} <= set(ids)
    assert "follow_up_consultation" in ids


def test_before_checklist_covers_the_required_steps(builtin):
    ids = {item.id for item in builtin.phase(Phase.BEFORE)}
    assert {
        "consult_radiologist", "spine_imaging", "blood_tests", "anaesthesia_consult",
        "medicines_review", "allergies", "ride_home", "fasting", "what_to_bring",
    } <= ids  # fmt: skip


def test_the_built_in_plan_dates_nothing_before_the_procedure(builtin):
    plan = CarePlan.build(Profile(procedure_date=PROCEDURE), {}, date(2026, 12, 9), builtin)
    before = plan.phase(Phase.BEFORE)
    assert all(p.due is None and p.status is Status.UPCOMING for p in before)
    # The day before the procedure nothing is "overdue": no date was ever made up.
    assert plan.with_status(Status.OVERDUE) == []
    assert plan.next_up().item.id == "consult_radiologist"


def test_due_dates_follow_the_procedure_date(clinic):
    item = clinic.step("anaesthesia_consult")
    assert due_date(item, PROCEDURE) == date(2026, 12, 7)
    assert due_date(item, PROCEDURE + timedelta(days=5)) == date(2026, 12, 12)
    assert due_date(item, None) is None


def test_follow_up_window_is_one_to_four_weeks_after(builtin):
    window = follow_up_window(builtin, PROCEDURE)
    assert (window.first, window.last) == (date(2026, 12, 17), date(2027, 1, 7))
    assert window.contains(date(2026, 12, 24))
    assert not window.contains(date(2027, 1, 8))
    assert follow_up_window(builtin, None) is None


def test_days_until_counts_calendar_days():
    assert days_until(PROCEDURE, date(2026, 12, 1)) == 9
    assert days_until(PROCEDURE, PROCEDURE) == 0
    assert days_until(PROCEDURE, date(2026, 12, 11)) == -1
    assert days_until(None, PROCEDURE) is None


def test_statuses_on_a_given_day(clinic):
    states = {"consult_radiologist": ItemState(done_at=datetime(2026, 11, 20, 9, 0))}
    plan = CarePlan.build(Profile(procedure_date=PROCEDURE), states, date(2026, 12, 3), clinic)
    status = {p.item.id: p.status for p in plan.items}
    assert status["consult_radiologist"] is Status.DONE
    assert status["blood_tests"] is Status.DUE_TODAY  # due 3 December
    assert status["spine_imaging"] is Status.OVERDUE  # due 30 November
    assert status["anaesthesia_consult"] is Status.UPCOMING
    assert plan.done_count == 1
    assert plan.total == len(clinic.steps)


def test_due_today_and_next_up(clinic):
    plan = CarePlan.build(Profile(procedure_date=PROCEDURE), {}, date(2026, 12, 7), clinic)
    due_today = {p.item.id for p in plan.with_status(Status.DUE_TODAY)}
    assert due_today == {"anaesthesia_consult", "allergies"}
    assert plan.next_up().item.id == "allergies"  # the same day: the team's order


def test_without_a_date_nothing_is_overdue(clinic):
    plan = CarePlan.build(Profile(), {}, date(2026, 12, 7), clinic)
    assert {p.status for p in plan.items} == {Status.UNSCHEDULED}
    assert plan.next_up().item.id == "consult_radiologist"


def test_the_built_in_day_has_no_clock_time(builtin):
    stages = timed_stages(builtin, PROCEDURE, time(8, 30))
    assert [s.starts_at for s in stages] == [None] * len(builtin.stages)
    assert current_stage_index(stages, datetime(2026, 12, 10, 9, 50)) is None


def test_day_timeline_follows_the_arrival_time(clinic):
    stages = timed_stages(clinic, PROCEDURE, time(8, 30))
    assert [s.stage.id for s in stages] == [stage.id for stage in clinic.stages]
    assert stages[0].starts_at == datetime(2026, 12, 10, 8, 30)
    later = timed_stages(clinic, PROCEDURE, time(13, 0))
    assert all(
        (b.starts_at - a.starts_at) == timedelta(hours=4, minutes=30)
        for a, b in zip(stages, later, strict=True)
    )
    assert [s.starts_at for s in stages] == sorted(s.starts_at for s in stages)


def test_current_stage_only_on_the_day(clinic):
    stages = timed_stages(clinic, PROCEDURE, time(8, 30))
    assert current_stage_index(stages, datetime(2026, 12, 10, 8, 0)) is None
    assert current_stage_index(stages, datetime(2026, 12, 10, 8, 30)) == 0
    assert stages[current_stage_index(stages, datetime(2026, 12, 10, 9, 50))].stage.id == "cement"
    assert current_stage_index(stages, datetime(2026, 12, 9, 9, 50)) is None
