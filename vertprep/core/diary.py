"""The pain diary: one entry a day, pain now on the 0–10 scale, and what it shows.

Plain Python: checks, the baseline (the usual pain before the procedure) and the
trend in numbers. The screens and the report say it in words.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from statistics import median

from vertprep.core.record import Record

SCORES = tuple(range(11))  # the 0–10 numeric rating scale
NOTE_MAX = 500


class Walking(Enum):
    """How far the patient walked today, in words from a short list."""

    NOT_AT_ALL = "none"
    INDOORS = "indoors"
    SHORT_WALK = "short"
    LONG_WALK = "long"


class PainEntry(Record):
    """One day of the diary; ``walking`` and ``pain_medicine`` are optional."""

    day: date
    score: int
    walking: Walking | None = None
    pain_medicine: bool | None = None
    note: str = ""


class DiaryProblem(Enum):
    """Why an entry cannot be saved; the UI says it in words."""

    NO_SCORE = "no_score"
    BAD_SCORE = "bad_score"
    FUTURE_DAY = "future_day"
    DAY_TAKEN = "day_taken"
    NOTE_TOO_LONG = "note_too_long"
    NO_ENTRY = "no_entry"


class DiaryError(ValueError):
    """An entry was refused; ``problem`` says why. Nothing was saved."""

    def __init__(self, problem: DiaryProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def check_entry(
    day: date,
    score: int | None,
    note: str,
    today: date,
    taken_days: set[date],
    original_day: date | None = None,
) -> DiaryProblem | None:
    """``None`` if the entry can be saved. ``original_day`` is the day of the entry
    being edited (it may keep its own day)."""
    if score is None:
        return DiaryProblem.NO_SCORE
    if isinstance(score, bool) or not isinstance(score, int) or score not in SCORES:
        return DiaryProblem.BAD_SCORE
    if day > today:
        return DiaryProblem.FUTURE_DAY
    if day in taken_days and day != original_day:
        return DiaryProblem.DAY_TAKEN
    if len(note.strip()) > NOTE_MAX:
        return DiaryProblem.NOTE_TOO_LONG
    return None


def before_procedure(entries: list[PainEntry], procedure_date: date | None) -> list[PainEntry]:
    """The entries that make the baseline: those before the procedure day."""
    if procedure_date is None:
        return []
    return [entry for entry in entries if entry.day < procedure_date]


def baseline(entries: list[PainEntry], procedure_date: date | None) -> float | None:
    """The usual pain before the procedure: the median of the entries before it."""
    scores = [entry.score for entry in before_procedure(entries, procedure_date)]
    return float(median(scores)) if scores else None


class Trend(Record):
    """Pain before the procedure and at the latest entry after it, for the words."""

    before: float | None
    latest: PainEntry | None
    days_after: int | None  # days from the procedure to the latest entry

    @property
    def change(self) -> float | None:
        """Points lower (positive) or higher (negative) than before."""
        if self.before is None or self.latest is None:
            return None
        return self.before - self.latest.score


def trend(entries: list[PainEntry], procedure_date: date | None) -> Trend:
    """The baseline and the latest entry on or after the procedure day."""
    before = baseline(entries, procedure_date)
    after = [e for e in entries if procedure_date is not None and e.day >= procedure_date]
    if not after:
        latest = max(entries, key=lambda e: e.day) if entries else None
        return Trend(before, latest if procedure_date is None else None, None)
    latest = max(after, key=lambda e: e.day)
    return Trend(before, latest, (latest.day - procedure_date).days)


def format_score(value: float) -> str:
    """A score or a median: "8", or "7.5" for a median between two scores."""
    return f"{value:g}"
