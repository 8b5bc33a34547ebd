"""The patient's plan as it stands today: each item with its date and status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from vertprep.core.checklist import ALL_ITEMS, ChecklistItem, Phase
from vertprep.core.model import ItemState, Profile
from vertprep.core.schedule import DateWindow, due_date, item_window


class Status(Enum):
    DONE = "done"
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    UPCOMING = "upcoming"
    UNSCHEDULED = "unscheduled"


@dataclass(frozen=True)
class PlannedItem:
    """A checklist item with the patient's dates and progress applied."""

    item: ChecklistItem
    due: date | None
    window: DateWindow | None
    state: ItemState
    status: Status


def status_of(due: date | None, state: ItemState, today: date) -> Status:
    if state.done:
        return Status.DONE
    if due is None:
        return Status.UNSCHEDULED
    if due < today:
        return Status.OVERDUE
    if due == today:
        return Status.DUE_TODAY
    return Status.UPCOMING


@dataclass(frozen=True)
class CarePlan:
    """All items for one patient on one day; built fresh whenever something changes."""

    items: tuple[PlannedItem, ...]
    today: date

    @classmethod
    def build(cls, profile: Profile, states: dict[str, ItemState], today: date) -> CarePlan:
        planned = []
        for item in ALL_ITEMS:
            due = due_date(item, profile.procedure_date)
            state = states.get(item.id, ItemState())
            planned.append(
                PlannedItem(
                    item,
                    due,
                    item_window(item, profile.procedure_date),
                    state,
                    status_of(due, state, today),
                )
            )
        return cls(tuple(planned), today)

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
        """The first open item that is not yet overdue, by due date then plan order."""
        open_items = [p for p in self.items if p.status in (Status.DUE_TODAY, Status.UPCOMING)]
        if not open_items:
            open_items = self.with_status(Status.UNSCHEDULED)
            return open_items[0] if open_items else None
        return min(open_items, key=lambda p: p.due)
