"""The care team's plan: steps, the day's stages, after-care, warning signs, contacts.

Every text a person reads is a :class:`Text`, which holds the words in each
language the plan provides; each element names the key of the source it rests on
(empty for the care team's own words). Timing is only what the team set: a step without days
is shown in order ("by your consultation", "before the procedure"), a stage
without minutes has no clock time.
"""

from __future__ import annotations

from dataclasses import field, replace
from datetime import time
from enum import Enum

from vertprep.core.record import Record

FORMAT_VERSION = 1
LANGUAGE_CODES = ("en", "zh_TW", "es", "fr", "de", "ar")
MAX_DAYS = 730  # two years either side of the procedure
MAX_STAGE_MINUTES = 24 * 60


class Phase(Enum):
    BEFORE = "before"
    AFTER = "after"


class When(Enum):
    """When a step is done, as the team sets it (only ``DAYS_*`` and ``WINDOW`` give dates)."""

    CONSULTATION = "consultation"  # by the first consultation
    BEFORE_PROCEDURE = "before_procedure"
    DAYS_BEFORE = "days_before"
    DAYS_AFTER = "days_after"
    WINDOW = "window"  # between two days after the procedure
    AS_ADVISED = "as_advised"  # no time: as the doctor advises


class AdviceGroup(Enum):
    """Where a piece of advice is shown: the About screen (what it is, how it is done,
    benefits, risks, what it does not do) or the After screen and printout."""

    ABOUT = "about"
    HOW = "how"
    BENEFITS = "benefits"
    RISKS = "risks"
    RECOVERY = "recovery"
    NEW_PAIN = "new_pain"
    BONE_HEALTH = "bone_health"
    LIMITS = "limits"  # what the procedure does not do


class Urgency(Enum):
    """The two groups of warning signs: who to call, and how fast."""

    EMERGENCY = "emergency"  # call the emergency number now
    CALL_TEAM = "call_team"  # call the care team the same day


class Text(Record):
    """Words in one or more languages (language code -> text)."""

    values: dict[str, str] = field(default_factory=dict)

    def in_language(self, code: str, fallback: str) -> tuple[str, str]:
        """``(text, language)``: in ``code`` if the plan has it, else the fallback."""
        for wanted in (code, fallback):
            if self.values.get(wanted):
                return self.values[wanted], wanted
        for language, text in self.values.items():
            if text:
                return text, language
        return "", fallback

    def with_language(self, code: str, text: str) -> Text:
        values = dict(self.values)
        if text.strip():
            values[code] = text.strip()
        else:
            values.pop(code, None)
        return replace(self, values=values)

    def __bool__(self) -> bool:
        return any(self.values.values())


class Step(Record):
    """One thing the patient does; progress is stored under ``id``, which never changes."""

    id: str
    phase: Phase
    title: Text
    explanation: Text
    when: When
    days: int | None = None  # DAYS_BEFORE / DAYS_AFTER; WINDOW: the first day
    last_day: int | None = None  # WINDOW: the last day after the procedure
    asks_for_instructions: bool = False
    source: str = ""


class Stage(Record):
    """One stage of the procedure day, at ``minutes`` after arrival if the team says so."""

    id: str
    title: Text
    text: Text
    minutes: int | None = None
    source: str = ""


class Advice(Record):
    """A piece of advice, shown where its group belongs (About, After, the printout)."""

    id: str
    group: AdviceGroup
    text: Text
    source: str = ""


class WarningSign(Record):
    """A sign to act on after the procedure, and how urgently (whom to call)."""

    id: str
    urgency: Urgency
    text: Text
    source: str = ""


class Contacts(Record):
    """The care team's contacts, as the team writes them (numbers are never translated)."""

    team_phone: str = ""
    emergency_number: str = ""
    hospital: str = ""
    department: str = ""
    address: str = ""
    hours: str = ""


CONTACT_KEYS = ("team_phone", "emergency_number", "hospital", "department", "address", "hours")
# The instructions that prepare for the day: shown with the steps before it, printed
# there, and put in the calendar's event for the day (the length of stay is not one).
PREPARATION_KEYS = ("fasting", "medicines", "blood_thinners", "diabetes")
INSTRUCTION_KEYS = (*PREPARATION_KEYS, "length_of_stay")


class Instructions(Record):
    """The team's own instructions; empty until the team writes them."""

    fasting: Text = field(default_factory=Text)
    medicines: Text = field(default_factory=Text)
    blood_thinners: Text = field(default_factory=Text)
    diabetes: Text = field(default_factory=Text)
    length_of_stay: Text = field(default_factory=Text)

    def given(self) -> list[tuple[str, Text]]:
        return [(key, getattr(self, key)) for key in INSTRUCTION_KEYS if getattr(self, key)]


class ReminderTimes(Record):
    """When the procedure's reminders ring: hours before arrival, and the evening before."""

    hours_before_arrival: int = 2
    evening_before: time = time(18, 0)


class TeamPlan(Record):
    """The whole plan of one care team, as read from (and written to) a plan file."""

    procedure: Text
    fallback_language: str = "en"
    contacts: Contacts = field(default_factory=Contacts)
    instructions: Instructions = field(default_factory=Instructions)
    reminders: ReminderTimes = field(default_factory=ReminderTimes)
    steps: tuple[Step, ...] = ()
    stages: tuple[Stage, ...] = ()
    advice: tuple[Advice, ...] = ()
    warning_signs: tuple[WarningSign, ...] = ()
    sources: dict[str, str] = field(default_factory=dict)

    # -- what the screens, printout, calendar and reminders read -----------------
    def phase(self, phase: Phase) -> list[Step]:
        return [step for step in self.steps if step.phase is phase]

    def step(self, step_id: str) -> Step | None:
        return next((step for step in self.steps if step.id == step_id), None)

    def advice_in(self, group: AdviceGroup) -> list[Advice]:
        return [item for item in self.advice if item.group is group]

    def warning_signs_by_urgency(self) -> dict[Urgency, list[WarningSign]]:
        """The warning signs in their two groups, most urgent first."""
        return {
            urgency: [sign for sign in self.warning_signs if sign.urgency is urgency]
            for urgency in Urgency
        }

    @property
    def team_phone(self) -> str:
        return self.contacts.team_phone

    @property
    def emergency_number(self) -> str:
        return self.contacts.emergency_number

    @property
    def timed(self) -> bool:
        """Whether the team gave any of the day's stage times."""
        return any(stage.minutes is not None for stage in self.stages)

    def texts(self) -> list[tuple[str, Text]]:
        """Every text of the plan with the key it sits under, in file order."""
        found = [("procedure.name", self.procedure)]
        found += [(f"instructions.{k}", t) for k, t in self.instructions.given()]
        for step in self.steps:
            found += [(f"steps.{step.id}.title", step.title)]
            found += [(f"steps.{step.id}.explanation", step.explanation)]
        for stage in self.stages:
            found += [(f"stages.{stage.id}.title", stage.title)]
            found += [(f"stages.{stage.id}.text", stage.text)]
        found += [(f"advice.{a.id}.text", a.text) for a in self.advice]
        found += [(f"warning_signs.{w.id}.text", w.text) for w in self.warning_signs]
        return found


def team_phone(plan: TeamPlan, patient_phone: str) -> str:
    """The number to call: what the patient entered, else the team's from the plan."""
    return patient_phone.strip() or plan.team_phone
