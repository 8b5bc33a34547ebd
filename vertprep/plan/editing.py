"""Changes a nurse makes to a care team's plan, as plain functions on the model.

Each returns a new plan; the Care team screen calls them and checks the result by
writing and reading it back (the same checks as ``vertprep plan check``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from vertprep.plan.model import (
    Instructions,
    Phase,
    Step,
    TeamPlan,
    Text,
    When,
)


def step_id_for(plan: TeamPlan, title: str) -> str:
    """A new, unused step id made from a title ("Book parking" -> "team_book_parking")."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_title.lower()).strip("_")[:30] or "step"
    base = f"team_{slug}"
    taken = {step.id for step in plan.steps}
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}_{number}", number + 1
    return candidate


def add_step(plan: TeamPlan, phase: Phase, language: str, title: str, explanation: str) -> Step:
    """A new step of the team's own, written in ``language``; not yet in the plan."""
    when = When.BEFORE_PROCEDURE if phase is Phase.BEFORE else When.AS_ADVISED
    return Step(
        step_id_for(plan, title),
        phase,
        Text().with_language(language, title),
        Text().with_language(language, explanation),
        when,
    )


def with_step(plan: TeamPlan, step: Step) -> TeamPlan:
    """The plan with ``step`` replaced (same id) or added at the end of its phase."""
    steps = list(plan.steps)
    for index, existing in enumerate(steps):
        if existing.id == step.id:
            steps[index] = step
            return replace(plan, steps=tuple(steps))
    last_of_phase = max((i for i, s in enumerate(steps) if s.phase is step.phase), default=-1)
    steps.insert(last_of_phase + 1 if last_of_phase >= 0 else len(steps), step)
    return replace(plan, steps=tuple(steps))


def without_step(plan: TeamPlan, step_id: str) -> TeamPlan:
    """The plan without the step; patients' ticks and notes of it stay stored."""
    return replace(plan, steps=tuple(s for s in plan.steps if s.id != step_id))


def with_timing(step: Step, when: When, days: int | None, last_day: int | None = None) -> Step:
    """The step done ``when``; days only where ``when`` takes them."""
    if when in (When.DAYS_BEFORE, When.DAYS_AFTER):
        return replace(step, when=when, days=days, last_day=None)
    if when is When.WINDOW:
        return replace(step, when=when, days=days, last_day=last_day)
    return replace(step, when=when, days=None, last_day=None)


def with_stage_minutes(plan: TeamPlan, stage_id: str, minutes: int | None) -> TeamPlan:
    stages = tuple(replace(s, minutes=minutes) if s.id == stage_id else s for s in plan.stages)
    return replace(plan, stages=stages)


def with_contacts(plan: TeamPlan, **values: str) -> TeamPlan:
    return replace(
        plan, contacts=replace(plan.contacts, **{k: v.strip() for k, v in values.items()})
    )


def with_instruction(plan: TeamPlan, key: str, language: str, text: str) -> TeamPlan:
    current: Text = getattr(plan.instructions, key)
    instructions: Instructions = replace(
        plan.instructions, **{key: current.with_language(language, text)}
    )
    return replace(plan, instructions=instructions)


def moved_step(plan: TeamPlan, step_id: str, offset: int) -> TeamPlan:
    """The plan with the step moved ``offset`` places among the steps of its phase
    (the order patients see); unchanged at either end."""
    steps = list(plan.steps)
    index = next(i for i, s in enumerate(steps) if s.id == step_id)
    same_phase = [i for i, s in enumerate(steps) if s.phase is steps[index].phase]
    position = same_phase.index(index) + offset
    if not 0 <= position < len(same_phase):
        return plan
    other = same_phase[position]
    steps[index], steps[other] = steps[other], steps[index]
    return replace(plan, steps=tuple(steps))
