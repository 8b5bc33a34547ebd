"""The patient's data the follow-up report shows, gathered once."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from vertprep.core.check_ins import CheckIn
from vertprep.core.diary import PainEntry
from vertprep.core.model import ItemState, Profile
from vertprep.core.plan import CarePlan
from vertprep.plan.model import TeamPlan


@dataclass(frozen=True)
class ReportData:
    """Profile, steps, diary, check-ins and questions, the day it is printed, and the
    care team's plan the steps and warning signs come from (the built-in one unless
    given), as on the patient's screens and checklist."""

    printed_on: date
    profile: Profile = field(default_factory=Profile)
    states: dict[str, ItemState] = field(default_factory=dict)
    entries: tuple[PainEntry, ...] = ()
    check_ins: tuple[CheckIn, ...] = ()
    questions: str = ""
    team: TeamPlan | None = None

    @classmethod
    def from_store(cls, store, today: date) -> ReportData:
        from vertprep.plan.stored import stored_plan

        return cls(
            printed_on=today,
            profile=store.profile(),
            states=store.item_states(),
            entries=tuple(store.diary.entries()),
            check_ins=tuple(store.diary.check_ins()),
            questions=store.diary.doctor_questions(),
            team=stored_plan(store),
        )

    @classmethod
    def from_session(cls, session) -> ReportData:
        plan = session.plan()
        return cls(
            printed_on=session.today(),
            profile=session.profile,
            states={planned.item.id: planned.state for planned in plan.items},
            entries=tuple(session.pain_entries()),
            check_ins=tuple(session.check_ins()),
            questions=session.doctor_questions(),
            team=session.team_plan,
        )

    def plan(self) -> CarePlan:
        return CarePlan.build(self.profile, self.states, self.printed_on, self.team)

    def question_lines(self) -> list[str]:
        return [line.strip() for line in self.questions.splitlines() if line.strip()]
