"""The patient's data a printout shows, gathered once from a store, a session or the command line."""

from __future__ import annotations

from dataclasses import field
from datetime import date
from typing import TYPE_CHECKING

from vertprep.core.model import ItemState, OwnReminder, Profile
from vertprep.core.plan import CarePlan
from vertprep.core.record import Record
from vertprep.plan.model import TeamPlan, team_phone

if TYPE_CHECKING:
    from vertprep.storage.store import Store


class PlanData(Record):
    """The profile, progress and own reminders to print, the day it is printed, and
    the care team's plan they follow (the built-in one unless given)."""

    printed_on: date
    profile: Profile = field(default_factory=Profile)
    states: dict[str, ItemState] = field(default_factory=dict)
    own_reminders: tuple[OwnReminder, ...] = ()
    team: TeamPlan | None = None

    def __post_init__(self) -> None:
        if self.team is None:
            from vertprep.plan.builtin import builtin_plan

            object.__setattr__(self, "team", builtin_plan())

    @classmethod
    def from_store(cls, store: Store, today: date) -> PlanData:
        from vertprep.plan.stored import stored_plan

        return cls(
            printed_on=today,
            profile=store.profile(),
            states=store.item_states(),
            own_reminders=tuple(store.own_reminders()),
            team=stored_plan(store),
        )

    @classmethod
    def from_session(cls, session) -> PlanData:
        """What a running :class:`~vertprep.session.PatientSession` holds right now."""
        plan = session.plan()
        return cls(
            printed_on=session.today(),
            profile=session.profile,
            states={planned.item.id: planned.state for planned in plan.items},
            own_reminders=tuple(session.own_reminders()),
            team=session.team_plan,
        )

    def plan(self) -> CarePlan:
        return CarePlan.build(self.profile, self.states, self.printed_on, self.team)

    @property
    def team_phone(self) -> str:
        """The patient's own entry, else the care team's number from the plan."""
        return team_phone(self.team, self.profile.phone)

    def reminders_between(self, first: date | None, last: date | None) -> list[OwnReminder]:
        """Own reminders from ``first`` to ``last`` (both included; ``None`` is open)."""
        return [
            reminder
            for reminder in self.own_reminders
            if (first is None or reminder.day >= first) and (last is None or reminder.day <= last)
        ]
