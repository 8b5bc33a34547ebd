"""The reminder agent's decisions, with a fake clock and a fake notifier: when a
reminder is announced, how it repeats, what stops it, gaps, restarts, two agents,
and changes of time zone or clock."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from plan_support import clinic_plan

from tests.conftest import FixedClock
from vertprep.agent.engine import ReminderEngine
from vertprep.agent.moments import first_moment, latest_moment, next_moment
from vertprep.plan.stored import store_plan
from vertprep.session import PatientSession
from vertprep.storage import Store

PROCEDURE = date(2026, 12, 10)
BLOOD_DUE = date(2026, 12, 3)  # blood tests: a week before
ZURICH = ZoneInfo("Europe/Zurich")
NEW_YORK = ZoneInfo("America/New_York")


class FakeNotifier:
    """Collects what would have been shown."""

    def __init__(self) -> None:
        self.shown = []

    def announce(self, announcement) -> None:
        self.shown.append(announcement)

    def ids(self, index: int = -1) -> list[str]:
        return [r.id for r in self.shown[index].reminders]


@pytest.fixture
def agent_clock() -> FixedClock:
    return FixedClock(datetime(2026, 12, 3, 8, 0, tzinfo=ZURICH))


_OPENED: list[Store] = []


@pytest.fixture(autouse=True)
def _close_agent_stores():
    """Close what make_agent opened (Python 3.13 warns about an unclosed database)."""
    yield
    while _OPENED:
        _OPENED.pop().close()


def make_agent(db_path, clock, only_open="blood_tests"):
    """A session and engine on the data file; every step but ``only_open`` is done."""
    store = Store(db_path)
    _OPENED.append(store)
    if store.team_plan_text() is None:  # the clinic's plan gives the steps their days
        store_plan(store, clinic_plan())
    session = PatientSession(store, clock=clock)
    if session.profile.procedure_date is None:
        session.update_profile(procedure_date=PROCEDURE)
        for item in clinic_plan().steps:
            if item.id != only_open:
                session.set_done(item.id, True, datetime(2026, 11, 20, 9, 0))
        # The pain check-in of the week before opens on 3 December too; these tests
        # follow one step.
        session.dismiss_reminder("checkin:baseline:2026-12-03")
    notifier = FakeNotifier()
    return session, ReminderEngine(session, notifier), notifier


def test_a_reminder_fires_once_at_its_moment_when_the_agent_started_earlier(
    app, db_path, agent_clock
):
    _session, engine, notifier = make_agent(db_path, agent_clock)
    assert engine.announce_due() is None  # 08:00: the step is due today, not yet announced
    assert engine.next_wake() == datetime(2026, 12, 3, 9, 0)
    agent_clock.now = datetime(2026, 12, 3, 9, 0, tzinfo=ZURICH)
    engine.announce_due()
    assert notifier.ids() == ["item:blood_tests:due:2026-12-03"]
    assert notifier.shown[0].missed is False
    agent_clock.now = datetime(2026, 12, 3, 9, 0, 30, tzinfo=ZURICH)
    assert engine.announce_due() is None  # the same moment, looked at again
    assert len(notifier.shown) == 1


def test_it_repeats_after_an_hour_then_next_morning_until_ticked(app, db_path, agent_clock):
    session, engine, notifier = make_agent(db_path, agent_clock)
    fired_at = []
    moments = [(3, 9, 0), (3, 10, 0), (4, 9, 0), (4, 10, 0), (5, 9, 0)]
    for day, hour, minute in moments:
        agent_clock.now = datetime(2026, 12, day, hour, minute, tzinfo=ZURICH)
        if engine.announce_due():
            fired_at.append((day, hour))
        assert engine.next_wake() > agent_clock.now.replace(tzinfo=None)
    assert fired_at == [(3, 9), (3, 10), (4, 9), (4, 10), (5, 9)]
    assert notifier.ids(2) == ["item:blood_tests:overdue:2026-12-03"]
    session.set_done("blood_tests", True)
    agent_clock.now = datetime(2026, 12, 6, 9, 0, tzinfo=ZURICH)
    assert engine.announce_due() is None


def test_a_tick_in_the_window_stops_it_in_the_agent(app, db_path, agent_clock):
    session, engine, notifier = make_agent(db_path, agent_clock)
    agent_clock.now = datetime(2026, 12, 3, 9, 0, tzinfo=ZURICH)
    engine.announce_due()
    window_session = PatientSession(Store(db_path), clock=agent_clock)
    window_session.set_done("blood_tests", True)
    assert session.reload_if_changed_elsewhere() is True
    assert session.reload_if_changed_elsewhere() is False  # nothing new since
    agent_clock.now = datetime(2026, 12, 3, 10, 0, tzinfo=ZURICH)
    assert engine.announce_due() is None
    assert len(notifier.shown) == 1
    window_session.store.close()


def test_dismissed_or_snoozed_in_the_window_it_stops_or_waits(app, db_path, agent_clock):
    session, engine, _notifier = make_agent(db_path, agent_clock)
    agent_clock.now = datetime(2026, 12, 3, 9, 0, tzinfo=ZURICH)
    engine.announce_due()
    session.snooze_reminder("item:blood_tests:due:2026-12-03")
    agent_clock.now = datetime(2026, 12, 3, 10, 0, tzinfo=ZURICH)
    assert engine.announce_due() is None  # snoozed until tomorrow
    agent_clock.now = datetime(2026, 12, 4, 9, 0, tzinfo=ZURICH)
    assert engine.announce_due() is not None  # next morning, now overdue
    session.dismiss_reminder("item:blood_tests:overdue:2026-12-03")
    for day in (4, 5, 6):
        agent_clock.now = datetime(2026, 12, day, 10, 0, tzinfo=ZURICH)
        assert engine.announce_due() is None


def test_missed_reminders_arrive_together_once_after_a_gap(app, db_path, agent_clock):
    session, engine, notifier = make_agent(db_path, agent_clock)
    session.add_own_reminder("Call the pharmacy", date(2026, 12, 3), time(14, 0))
    session.add_own_reminder("Ask about Prolia", date(2026, 12, 4))
    session.store.close()
    # The computer was off from 3 December 08:00 until 5 December 12:00.
    agent_clock.now = datetime(2026, 12, 5, 12, 0, tzinfo=ZURICH)
    session, engine, notifier = make_agent(db_path, agent_clock)
    engine.announce_due()
    assert len(notifier.shown) == 1
    assert notifier.shown[0].missed is True
    assert sorted(notifier.ids()) == [
        "item:blood_tests:overdue:2026-12-03",
        "own:1:due:2026-12-03T14:00",
        "own:2:due:2026-12-04",
    ]
    assert engine.announce_due() is None
    assert engine.next_wake() == datetime(2026, 12, 6, 9, 0)


def test_a_restart_or_a_second_agent_never_announces_a_moment_twice(app, db_path, agent_clock):
    agent_clock.now = datetime(2026, 12, 3, 9, 0, tzinfo=ZURICH)
    first_session, first, first_notifier = make_agent(db_path, agent_clock)
    second_session, second, second_notifier = make_agent(db_path, agent_clock)
    first.announce_due()
    second.announce_due()
    first_session.store.close()
    _restarted_session, restarted, restarted_notifier = make_agent(db_path, agent_clock)
    restarted.announce_due()
    assert len(first_notifier.shown) + len(second_notifier.shown) == 1
    assert restarted_notifier.shown == []
    second_session.store.close()


def test_a_time_zone_change_moves_the_next_reminder_with_the_wall_clock(app, db_path, agent_clock):
    session, engine, notifier = make_agent(db_path, agent_clock)
    session.add_own_reminder("Call the pharmacy", date(2026, 12, 3), time(15, 0))
    agent_clock.now = datetime(2026, 12, 3, 10, 30, tzinfo=ZURICH)
    engine.announce_due()  # the blood tests at 09:00 and 10:00 are caught up
    assert engine.next_wake() == datetime(2026, 12, 3, 15, 0)  # 4 h 30 from now
    # The patient flies to New York: the same instant is 04:30 there.
    agent_clock.now = agent_clock.now.astimezone(NEW_YORK)
    assert engine.announce_due() is None  # nothing old comes back in a burst
    assert engine.next_wake() == datetime(2026, 12, 3, 9, 0)
    agent_clock.now = datetime(2026, 12, 3, 9, 0, tzinfo=NEW_YORK)
    assert engine.announce_due() is None  # 09:00 was announced already (in Zurich)
    agent_clock.now = datetime(2026, 12, 3, 15, 0, tzinfo=NEW_YORK)
    assert notifier.ids(-1) != ["own:1:due:2026-12-03T15:00"]
    engine.announce_due()
    assert notifier.ids(-1) == ["own:1:due:2026-12-03T15:00"]


def test_a_clock_set_back_announces_nothing_again(app, db_path, agent_clock):
    _session, engine, notifier = make_agent(db_path, agent_clock)
    agent_clock.now = datetime(2026, 12, 4, 10, 0, tzinfo=ZURICH)
    engine.announce_due()
    agent_clock.now = datetime(2026, 12, 4, 9, 30, tzinfo=ZURICH)  # an hour back
    assert engine.announce_due() is None
    assert len(notifier.shown) == 1


def test_moments_of_an_own_reminder_with_a_time():
    from vertprep.core.model import OwnReminder
    from vertprep.core.reminders import Reminder as R
    from vertprep.core.reminders import ReminderKind, Urgency, own_reminder_id

    own = OwnReminder(7, "Call", date(2026, 12, 3), time(19, 30))
    reminder = R(own_reminder_id(own), ReminderKind.OWN, Urgency.DUE_TODAY, own.day, own=own)
    assert first_moment(reminder) == datetime(2026, 12, 3, 19, 30)
    assert latest_moment(reminder, datetime(2026, 12, 3, 19, 29)) is None
    assert next_moment(reminder, datetime(2026, 12, 3, 19, 30)) == datetime(2026, 12, 3, 20, 30)
    assert next_moment(reminder, datetime(2026, 12, 3, 20, 30)) == datetime(2026, 12, 4, 9, 0)
    assert latest_moment(reminder, datetime(2026, 12, 9, 8, 0)) == datetime(2026, 12, 8, 9, 0)
