"""Date calculations: a date follows from the procedure date only where the team set days."""

from __future__ import annotations

from datetime import date, timedelta

from vertprep.core.record import Record
from vertprep.plan.model import Phase, Step, TeamPlan, When


class DateWindow(Record):
    """A span of days, both ends included."""

    first: date
    last: date

    def contains(self, day: date) -> bool:
        return self.first <= day <= self.last


def due_date(step: Step, procedure_date: date | None) -> date | None:
    """When the step should be done, or ``None``: no procedure date, or no days set."""
    if procedure_date is None or step.days is None:
        return None
    if step.when is When.DAYS_BEFORE:
        return procedure_date - timedelta(days=step.days)
    if step.when is When.DAYS_AFTER:
        return procedure_date + timedelta(days=step.days)
    if step.when is When.WINDOW and step.last_day is not None:
        return procedure_date + timedelta(days=step.last_day)
    return None


def step_window(step: Step, procedure_date: date | None) -> DateWindow | None:
    """The days on which a windowed step (the follow-up consultation) may happen."""
    if procedure_date is None or step.when is not When.WINDOW or step.days is None:
        return None
    return DateWindow(
        procedure_date + timedelta(days=step.days),
        procedure_date + timedelta(days=step.last_day or step.days),
    )


def follow_up_window(plan: TeamPlan, procedure_date: date | None) -> DateWindow | None:
    """The window of the plan's first windowed step after the procedure (the follow-up)."""
    for step in plan.phase(Phase.AFTER):
        window = step_window(step, procedure_date)
        if window is not None:
            return window
    return None


def days_until(procedure_date: date | None, today: date) -> int | None:
    """Days from today to the procedure (negative once it is past)."""
    if procedure_date is None:
        return None
    return (procedure_date - today).days
