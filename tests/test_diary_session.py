"""The diary through the session: bad input refused with nothing changed, and undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.conftest import FIXED_NOW
from vertprep.core.diary import DiaryError, DiaryProblem, PainEntry, Walking
from vertprep.ui.diary_undo import DiaryEditor
from vertprep.ui.undo import tick_history

TODAY = FIXED_NOW.date()


def stored(store):
    return store.diary.entries()


def test_an_entry_is_saved_at_once_and_announced(session, store, qtbot):
    with qtbot.waitSignal(session.diary_changed):
        session.add_pain_entry(TODAY, 8, Walking.INDOORS, True, "  bad night ")
    assert stored(store) == [PainEntry(TODAY, 8, Walking.INDOORS, True, "bad night")]


@pytest.mark.parametrize(
    ("day", "score", "problem"),
    [
        (TODAY, None, DiaryProblem.NO_SCORE),
        (TODAY + timedelta(days=1), 5, DiaryProblem.FUTURE_DAY),
        (TODAY, 12, DiaryProblem.BAD_SCORE),
    ],
)
def test_bad_input_is_refused_and_nothing_changes(session, store, day, score, problem):
    session.add_pain_entry(TODAY - timedelta(days=1), 7)
    before = stored(store)
    with pytest.raises(DiaryError) as raised:
        session.add_pain_entry(day, score)
    assert raised.value.problem is problem
    assert stored(store) == before


def test_a_second_entry_the_same_day_is_refused(session, store):
    session.add_pain_entry(TODAY, 7)
    with pytest.raises(DiaryError) as raised:
        session.add_pain_entry(TODAY, 3)
    assert raised.value.problem is DiaryProblem.DAY_TAKEN
    assert stored(store) == [PainEntry(TODAY, 7)]


def test_an_entry_can_be_edited_and_moved_to_a_free_day(session, store):
    session.add_pain_entry(TODAY, 7)
    session.add_pain_entry(TODAY - timedelta(days=2), 6)
    session.update_pain_entry(TODAY, PainEntry(TODAY, 5, note="better"))
    assert session.entry_on(TODAY) == PainEntry(TODAY, 5, note="better")
    with pytest.raises(DiaryError):
        session.update_pain_entry(TODAY, PainEntry(TODAY - timedelta(days=2), 5))
    session.update_pain_entry(TODAY, PainEntry(TODAY - timedelta(days=1), 5))
    assert [e.day for e in stored(store)] == [TODAY - timedelta(days=2), TODAY - timedelta(days=1)]


def test_undo_takes_back_an_add_an_edit_and_a_delete(session, store):
    editor = DiaryEditor(session)
    history = tick_history(session)
    editor.add(TODAY, 8)
    editor.update(TODAY, PainEntry(TODAY, 4, Walking.SHORT_WALK))
    editor.delete(TODAY)
    assert stored(store) == []
    history.undo()
    assert stored(store) == [PainEntry(TODAY, 4, Walking.SHORT_WALK)]
    history.undo()
    assert stored(store) == [PainEntry(TODAY, 8)]
    history.undo()
    assert stored(store) == []
    history.stack.redo()
    assert stored(store) == [PainEntry(TODAY, 8)]


def test_a_refused_change_never_enters_the_undo_history(session):
    editor = DiaryEditor(session)
    with pytest.raises(DiaryError):
        editor.add(TODAY, None)
    assert not tick_history(session).stack.canUndo()


def test_a_check_in_score_becomes_the_day_s_entry(scheduled_session, store, clock):
    from vertprep.core.check_ins import CheckInPoint, Outcome

    session = scheduled_session
    clock.now = FIXED_NOW + timedelta(days=4)  # in the week before the procedure
    today = clock.now.date()
    assert session.due_check_ins() == [(CheckInPoint.BASELINE, date(2026, 12, 3))]
    session.add_pain_entry(today, 6, Walking.INDOORS)
    result = session.record_check_in(CheckInPoint.BASELINE, 8, {"fever": True})
    assert result is Outcome.CALL_TEAM_TODAY
    assert session.entry_on(today) == PainEntry(today, 8, Walking.INDOORS)
    [check_in] = store.diary.check_ins()
    assert check_in.flagged() == ["fever"] and check_in.answered_on == today
    assert session.due_check_ins() == []
