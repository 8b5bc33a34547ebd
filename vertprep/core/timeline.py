"""The procedure day: the plan's stages in order, with a clock time only where the
care team gave the minutes after arrival (and the patient entered the arrival time)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from vertprep.core.record import Record
from vertprep.plan.model import Stage, TeamPlan


class TimedStage(Record):
    """A stage with its estimated start on the procedure day, if the team timed it."""

    stage: Stage
    starts_at: datetime | None


def timed_stages(
    plan: TeamPlan, procedure_date: date | None, arrival: time | None
) -> list[TimedStage]:
    """Each stage, with its start counted from the arrival time where the team set one."""
    if procedure_date is None or arrival is None:
        return [TimedStage(stage, None) for stage in plan.stages]
    start = datetime.combine(procedure_date, arrival)
    return [
        TimedStage(
            stage, None if stage.minutes is None else start + timedelta(minutes=stage.minutes)
        )
        for stage in plan.stages
    ]


def current_stage_index(stages: list[TimedStage], now: datetime) -> int | None:
    """Index of the timed stage under way at ``now``; ``None`` when not on that day or
    when no stage has a time (nobody can say which stage is under way)."""
    timed = [(i, s.starts_at) for i, s in enumerate(stages) if s.starts_at is not None]
    if not timed or now.date() != timed[0][1].date():
        return None
    current = None
    for index, starts_at in timed:
        if starts_at <= now:
            current = index
    return current
