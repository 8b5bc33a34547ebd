"""The patient's plan as it stands today: each item with its date and status."""

from __future__ import annotations

from datetime import date
from enum import Enum

from vertprep.core.model import ItemState, Profile
from vertprep.core.record import Record
from vertprep.core.schedule import DateWindow, due_date, step_window
from vertprep.plan.model import Phase, Step, TeamPlan


class Status(Enum):
    DONE = "done"
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    UPCOMING = "upcoming"
    UNSCHEDULED = "unscheduled"


class PlannedItem(Record):
    """A step of the team's plan with the patient's dates and progress applied."""

    item: Step
    due: date | None
    window: DateWindow | None
    state: ItemState
    status: Status


def status_of(due: date | None, state: ItemState, today: date, dated: bool = True) -> Status:
    """``dated``: whether the team gave the step days (so a missing date is missing);
    a step in order only ("by your consultation") is simply coming up."""
    if state.done:
        return Status.DONE
    if due is None:
        return Status.UNSCHEDULED if dated else Status.UPCOMING
    if due < today:
        return Status.OVERDUE
    if due == today:
        return Status.DUE_TODAY
    return Status.UPCOMING


class CarePlan(Record):
    """All steps for one patient on one day; built fresh whenever something changes.

    ``team`` is the care team's plan the steps come from (the built-in one by default).
    Progress of a step the team removed stays stored, but is not part of the plan.
    """

    items: tuple[PlannedItem, ...]
    today: date
    team: TeamPlan

    @classmethod
    def build(
        cls,
        profile: Profile,
        states: dict[str, ItemState],
        today: date,
        team: TeamPlan | None = None,
    ) -> CarePlan:
        if team is None:
            from vertprep.plan.builtin import builtin_plan

            team = builtin_plan()
        planned = []
        for item in team.steps:
            due = due_date(item, profile.procedure_date)
            state = states.get(item.id, ItemState())
            planned.append(
                PlannedItem(
                    item,
                    due,
                    step_window(item, profile.procedure_date),
                    state,
                    status_of(due, state, today, item.days is not None),
                )
            )
        return cls(tuple(planned), today, team)

    def phase(self, phase: Phase) -> list[PlannedItem]:
        return [p for p in self.items if p.item.phase is phase]

    def with_status(self, status: Status) -> list[PlannedItem]:
        return [p for p in self.items if p.status is status]

    @property
    def done_count(self) -> int:
        return len(self.with_status(Status.DONE))

    @property
    def total(self) -> int:
        return len(self.items)

    def next_up(self) -> PlannedItem | None:
        """The first open step that is not overdue: the steps before the procedure
        first; in each phase the earliest date, then the care team's order."""
        open_items = [
            p
            for p in self.items
            if p.status in (Status.DUE_TODAY, Status.UPCOMING, Status.UNSCHEDULED)
        ]
        order = {Phase.BEFORE: 0, Phase.AFTER: 1}
        position = {p.item.id: index for index, p in enumerate(self.items)}
        return min(
            open_items,
            key=lambda p: (order[p.item.phase], p.due or date.max, position[p.item.id]),
            default=None,
        )
