"""The procedure day, stage by stage, with clock times that follow the arrival time.

The offsets are estimates for one treated vertebra, drawn from the CIRSE leaflet
(about an hour per vertebra; walking again 3–6 hours after). The app always says
the times are approximate and that the care team gives the real ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "DayTimeline"


@dataclass(frozen=True)
class Stage:
    """One stage of the procedure day, starting ``offset_minutes`` after arrival."""

    id: str
    title: str
    explanation: str
    offset_minutes: int


STAGES: tuple[Stage, ...] = (
    Stage(
        "arrival",
        QT_TRANSLATE_NOOP("DayTimeline", "Arrive at the hospital"),
        QT_TRANSLATE_NOOP(
            "DayTimeline",
            "Come at your arrival time with the adult who will take you home, and "
            "bring the things on your list.",
        ),
        0,
    ),
    Stage(
        "check_in",
        QT_TRANSLATE_NOOP("DayTimeline", "Check-in and drip"),
        QT_TRANSLATE_NOOP(
            "DayTimeline",
            "A nurse checks your details and puts a drip (a thin tube) into a vein in your arm.",
        ),
        15,
    ),
    Stage(
        "antibiotics",
        QT_TRANSLATE_NOOP("DayTimeline", "Antibiotics"),
        QT_TRANSLATE_NOOP(
            "DayTimeline",
            "Antibiotics are given through the drip, just before the cement, to prevent infection.",
        ),
        60,
    ),
    Stage(
        "anaesthesia",
        QT_TRANSLATE_NOOP("DayTimeline", "Anaesthesia"),
        QT_TRANSLATE_NOOP(
            "DayTimeline",
            "You receive the anaesthesia planned with the anaesthetist: local "
            "anaesthesia with medicine to relax you, or general anaesthesia.",
        ),
        65,
    ),
    Stage(
        "face_down",
        QT_TRANSLATE_NOOP("DayTimeline", "Lying face down"),
        QT_TRANSLATE_NOOP(
            "DayTimeline",
            "You lie on your stomach in a room with an X-ray machine, so the doctor "
            "can see the vertebra. Tell the team if you feel pain, numbness or "
            "tingling.",
        ),
        75,
    ),
    Stage(
        "cement",
        QT_TRANSLATE_NOOP("DayTimeline", "Needles and cement"),
        QT_TRANSLATE_NOOP(
            "DayTimeline",
            "Through one or two small cuts of 3 to 4 mm, the doctor places a needle in "
            "the broken vertebra and injects a few millilitres of cement, which "
            "hardens in minutes. This takes about an hour for each vertebra.",
        ),
        80,
    ),
    Stage(
        "rest",
        QT_TRANSLATE_NOOP("DayTimeline", "Rest on the ward"),
        QT_TRANSLATE_NOOP(
            "DayTimeline",
            "The needles are removed and you rest lying down on the ward for a few hours.",
        ),
        140,
    ),
    Stage(
        "first_walk",
        QT_TRANSLATE_NOOP("DayTimeline", "First walk"),
        QT_TRANSLATE_NOOP(
            "DayTimeline",
            "Three to six hours after the procedure, the pain should be eased and you "
            "should be able to walk again, with help the first time.",
        ),
        320,
    ),
    Stage(
        "home",
        QT_TRANSLATE_NOOP("DayTimeline", "Going home with an adult"),
        QT_TRANSLATE_NOOP(
            "DayTimeline",
            "Most people go home the same day, with an adult who stays with them. "
            "Some hospitals keep patients overnight: your care team decides.",
        ),
        380,
    ),
)


@dataclass(frozen=True)
class TimedStage:
    """A stage with its estimated start on the procedure day."""

    stage: Stage
    starts_at: datetime


def timed_stages(procedure_date: date, arrival: time) -> list[TimedStage]:
    """Each stage with its estimated start, counted from the arrival time."""
    start = datetime.combine(procedure_date, arrival)
    return [TimedStage(s, start + timedelta(minutes=s.offset_minutes)) for s in STAGES]


def current_stage_index(stages: list[TimedStage], now: datetime) -> int | None:
    """Index of the stage under way at ``now``, or ``None`` when not on that day."""
    if not stages or now.date() != stages[0].starts_at.date():
        return None
    current = None
    for index, timed in enumerate(stages):
        if timed.starts_at <= now:
            current = index
    return current
