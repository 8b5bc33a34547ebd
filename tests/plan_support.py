"""A clinic's plan for the tests: the built-in plan with the care team's own timing,
as a nurse would set it (days before and after, and the day's stage times)."""

from __future__ import annotations

from dataclasses import replace

from vertprep.plan.builtin import builtin_plan
from vertprep.plan.model import Stage, Step, TeamPlan, When

# What a clinic decided: days before the procedure (after, for the "after" steps).
CLINIC_DAYS = {
    "consult_radiologist": 14,
    "medicines_review": 7,
    "allergies": 3,
    "spine_imaging": 10,
    "blood_tests": 7,
    "anaesthesia_consult": 3,
    "ride_home": 2,
    "fasting": 1,
    "what_to_bring": 1,
    "bone_health_plan": 28,
    "bone_reviews": 91,  # the built-in plan has one review step, "as advised"
}
CLINIC_MINUTES = {
    "arrival": 0,
    "face_down": 60,
    "anaesthesia": 65,
    "antibiotics": 75,
    "cement": 80,
    "rest": 140,
    "first_walk": 320,
    "home": 380,
}


def _timed_step(step: Step) -> Step:
    if step.id not in CLINIC_DAYS:
        return step
    when = When.DAYS_BEFORE if step.phase.value == "before" else When.DAYS_AFTER
    return replace(step, when=when, days=CLINIC_DAYS[step.id])


def _timed_stage(stage: Stage) -> Stage:
    return replace(stage, minutes=CLINIC_MINUTES[stage.id])


def clinic_plan() -> TeamPlan:
    """The built-in plan, timed by a clinic."""
    plan = builtin_plan()
    return replace(
        plan,
        steps=tuple(_timed_step(s) for s in plan.steps),
        stages=tuple(_timed_stage(s) for s in plan.stages),
    )
