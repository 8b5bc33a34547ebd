"""Date calculations: every date in the app follows from the procedure date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from vertprep.core.checklist import ChecklistItem

FOLLOW_UP_FIRST_DAY = 7  # the leaflet's "1–4 weeks after"
FOLLOW_UP_LAST_DAY = 28


@dataclass(frozen=True)
class DateWindow:
    """A span of days, both ends included."""

    first: date
    last: date

    def contains(self, day: date) -> bool:
        return self.first <= day <= self.last


def due_date(item: ChecklistItem, procedure_date: date | None) -> date | None:
    """When the item should be done, or ``None`` while no date is set."""
    if procedure_date is None:
        return None
    return procedure_date + timedelta(days=item.due_offset_days)


def item_window(item: ChecklistItem, procedure_date: date | None) -> DateWindow | None:
    """The days on which a windowed item (the follow-up consultation) may happen."""
    if procedure_date is None or item.window_start_days is None:
        return None
    return DateWindow(
        procedure_date + timedelta(days=item.window_start_days),
        procedure_date + timedelta(days=item.due_offset_days),
    )


def follow_up_window(procedure_date: date | None) -> DateWindow | None:
    """The 1–4 week window for the follow-up consultation."""
    if procedure_date is None:
        return None
    return DateWindow(
        procedure_date + timedelta(days=FOLLOW_UP_FIRST_DAY),
        procedure_date + timedelta(days=FOLLOW_UP_LAST_DAY),
    )


def days_until(procedure_date: date | None, today: date) -> int | None:
    """Days from today to the procedure (negative once it is past)."""
    if procedure_date is None:
        return None
    return (procedure_date - today).days
