"""The patient's plan as stored: the imported care team's plan, else the built-in one."""

from __future__ import annotations

from vertprep.plan.builtin import builtin_plan
from vertprep.plan.model import TeamPlan
from vertprep.plan.problems import PlanFileError
from vertprep.plan.reader import read_plan_text
from vertprep.plan.writer import write_plan_text


def stored_plan(store) -> TeamPlan:
    """The plan in ``store``. A stored plan that this version cannot read (it was
    checked when imported) gives way to the built-in plan rather than no plan."""
    text = store.team_plan_text()
    if text is None:
        return builtin_plan()
    try:
        return read_plan_text(text)
    except PlanFileError:
        return builtin_plan()


def store_plan(store, plan: TeamPlan, file_name: str = "") -> None:
    """Make ``plan`` the patient's plan. Ticks and notes stay, keyed by step id."""
    store.set_team_plan_text(write_plan_text(plan), file_name)
