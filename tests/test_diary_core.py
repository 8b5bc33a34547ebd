"""The pain diary and check-ins as plain Python: checks, baseline, trend, schedule."""

from __future__ import annotations

from datetime import date

from vertprep.core.check_ins import (
    CheckInPoint,
    Outcome,
    add_months,
    due_check_ins,
    outcome,
    schedule,
)
from vertprep.core.diary import (
    DiaryProblem,
    PainEntry,
    baseline,
    check_entry,
    format_score,
    trend,
)
from vertprep.core.recovery_contacts import warning_signs

TODAY = date(2026, 12, 24)
PROCEDURE = date(2026, 12, 10)


def test_an_entry_needs_a_score_from_0_to_10_on_a_day_not_in_the_future():
    ok = check_entry(TODAY, 3, "", TODAY, set())
    assert ok is None
    assert check_entry(TODAY, None, "", TODAY, set()) is DiaryProblem.NO_SCORE
    assert check_entry(TODAY, 11, "", TODAY, set()) is DiaryProblem.BAD_SCORE
    assert check_entry(TODAY, -1, "", TODAY, set()) is DiaryProblem.BAD_SCORE
    assert check_entry(TODAY, True, "", TODAY, set()) is DiaryProblem.BAD_SCORE
    assert check_entry(date(2026, 12, 25), 3, "", TODAY, set()) is DiaryProblem.FUTURE_DAY
    assert check_entry(TODAY, 3, "x" * 501, TODAY, set()) is DiaryProblem.NOTE_TOO_LONG


def test_one_entry_a_day_but_an_entry_may_keep_its_own_day_when_edited():
    assert check_entry(TODAY, 3, "", TODAY, {TODAY}) is DiaryProblem.DAY_TAKEN
    assert check_entry(TODAY, 3, "", TODAY, {TODAY}, original_day=TODAY) is None


def test_the_baseline_is_the_median_of_the_entries_before_the_procedure():
    entries = [
        PainEntry(date(2026, 12, 3), 7),
        PainEntry(date(2026, 12, 5), 8),
        PainEntry(date(2026, 12, 8), 9),
        PainEntry(date(2026, 12, 10), 6),  # the procedure day is not "before"
    ]
    assert baseline(entries, PROCEDURE) == 8
    assert baseline(entries[:2], PROCEDURE) == 7.5
    assert format_score(7.5) == "7.5" and format_score(8.0) == "8"
    assert baseline(entries, None) is None


def test_the_trend_compares_the_baseline_with_the_latest_entry_after():
    entries = [PainEntry(date(2026, 12, 5), 8), PainEntry(date(2026, 12, 24), 3)]
    found = trend(entries, PROCEDURE)
    assert (found.before, found.latest.score, found.days_after, found.change) == (8, 3, 14, 5)
    assert trend(entries[:1], PROCEDURE).latest is None


def test_check_ins_at_the_trial_time_points():
    days = dict(schedule(PROCEDURE))
    assert days[CheckInPoint.BASELINE] == date(2026, 12, 3)
    assert days[CheckInPoint.DAY_1] == date(2026, 12, 11)
    assert days[CheckInPoint.WEEK_1] == date(2026, 12, 17)
    assert days[CheckInPoint.WEEK_2] == date(2026, 12, 24)
    assert days[CheckInPoint.MONTH_1] == date(2027, 1, 10)
    assert days[CheckInPoint.MONTH_3] == date(2027, 3, 10)
    assert days[CheckInPoint.MONTH_6] == date(2027, 6, 10)
    assert days[CheckInPoint.MONTH_12] == date(2027, 12, 10)
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert schedule(None) == []


def test_a_check_in_stays_open_until_the_next_one_and_goes_once_done():
    assert due_check_ins(PROCEDURE, set(), TODAY) == [(CheckInPoint.WEEK_2, TODAY)]
    assert due_check_ins(PROCEDURE, {CheckInPoint.WEEK_2}, TODAY) == []
    assert due_check_ins(PROCEDURE, set(), date(2026, 12, 9)) == [
        (CheckInPoint.BASELINE, date(2026, 12, 3))
    ]
    assert due_check_ins(PROCEDURE, set(), date(2026, 12, 10)) == []  # procedure day
    assert due_check_ins(PROCEDURE, set(), date(2026, 12, 2)) == []


def test_the_most_urgent_answer_decides_what_to_do():
    signs = warning_signs()
    emergency = next(s for s in signs if s.id == "chest_pain")
    same_day = next(s for s in signs if s.id == "fever")
    assert outcome({}, signs) is Outcome.NOTHING_URGENT
    assert outcome({same_day.id: True}, signs) is Outcome.CALL_TEAM_TODAY
    both = {same_day.id: True, emergency.id: True}
    assert outcome(both, signs) is Outcome.CALL_EMERGENCY
    assert outcome({emergency.id: False}, signs) is Outcome.NOTHING_URGENT
    assert len({s.id for s in signs}) == len(signs) == 7
