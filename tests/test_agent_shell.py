"""The reminder agent's Qt shell and the window's side of it, offscreen, with a fake
clock and a fake notifier: the timer to the next moment, answers from a notification,
a tick in the window reaching the agent, the opt-in, and the data file's migration."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from plan_support import clinic_plan
from PySide6.QtCore import QObject, Signal

from tests.conftest import FixedClock
from vertprep.agent.lock import agent_lock, agent_running
from vertprep.agent.notices import DONE, OPEN, SNOOZE
from vertprep.agent.service import LONGEST_SLEEP, ReminderAgent
from vertprep.i18n.manager import LanguageManager
from vertprep.plan.stored import store_plan
from vertprep.session import PatientSession
from vertprep.storage import SCHEMA_VERSION, Store
from vertprep.storage.database import MIGRATIONS

ZURICH = ZoneInfo("Europe/Zurich")


class FakeBackend(QObject):
    """Keeps the notices it was asked to show; a test presses their buttons."""

    action_invoked = Signal(object, str)
    failed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.notices = []

    def show(self, notice) -> None:
        self.notices.append(notice)


@pytest.fixture
def agent_setup(app, db_path, qtbot):
    clock = FixedClock(datetime(2026, 12, 3, 8, 0, tzinfo=ZURICH))
    store = Store(db_path)
    store_plan(store, clinic_plan())  # the clinic's plan gives the steps their days
    session = PatientSession(store, clock=clock)
    session.update_profile(procedure_date=date(2026, 12, 10))
    for item in clinic_plan().steps:
        if item.id != "blood_tests":
            session.set_done(item.id, True, datetime(2026, 11, 20, 9, 0))
    # The pain check-in of the week before opens today too; these tests follow one step.
    session.dismiss_reminder("checkin:baseline:2026-12-03")
    session.update_settings(background_reminders=True)
    backend = FakeBackend()
    opened = []
    agent = ReminderAgent(session, backend, lambda: opened.append(True), db_path.parent)
    yield agent, backend, clock, opened
    agent.shutdown()
    session.store.close()


def test_the_agent_sleeps_until_the_next_moment_then_announces_it(agent_setup):
    agent, backend, clock, _opened = agent_setup
    agent.start()
    assert backend.notices == []
    assert agent.next_wake == datetime(2026, 12, 3, 9, 0)
    assert agent.timer.isSingleShot() and agent.timer.interval() == 3_600_000
    clock.now = datetime(2026, 12, 3, 9, 0, tzinfo=ZURICH)
    agent.timer.timeout.emit()
    assert [n.reminder_ids for n in backend.notices] == [("item:blood_tests:due:2026-12-03",)]
    notice = backend.notices[0]
    assert notice.title == "vertprep reminder"
    assert notice.body.startswith("Due today: ")
    assert [key for key, _label in notice.actions] == [DONE, SNOOZE, OPEN]
    assert agent.next_wake == datetime(2026, 12, 3, 10, 0)


def test_a_long_wait_is_cut_into_hours(agent_setup):
    agent, _backend, clock, _opened = agent_setup
    clock.now = datetime(2026, 12, 3, 10, 30, tzinfo=ZURICH)
    agent.start()  # next: tomorrow 09:00, 22 h 30 away
    assert agent.next_wake == datetime(2026, 12, 4, 9, 0)
    assert agent.timer.interval() == LONGEST_SLEEP.total_seconds() * 1000


def test_done_from_the_notification_ticks_the_step_and_stops_the_repeats(agent_setup):
    agent, backend, clock, opened = agent_setup
    clock.now = datetime(2026, 12, 3, 9, 0, tzinfo=ZURICH)
    agent.start()
    backend.action_invoked.emit(backend.notices[0], DONE)
    assert agent.session.store.item_state("blood_tests").done
    clock.now = datetime(2026, 12, 3, 10, 0, tzinfo=ZURICH)
    agent.wake()
    assert len(backend.notices) == 1
    backend.action_invoked.emit(backend.notices[0], OPEN)
    assert opened == [True]


def test_snooze_from_the_notification_waits_until_the_next_morning(agent_setup):
    agent, backend, clock, _opened = agent_setup
    clock.now = datetime(2026, 12, 3, 9, 0, tzinfo=ZURICH)
    agent.start()
    backend.action_invoked.emit(backend.notices[0], SNOOZE)
    clock.now = datetime(2026, 12, 3, 10, 0, tzinfo=ZURICH)
    agent.wake()
    assert len(backend.notices) == 1
    clock.now = datetime(2026, 12, 4, 9, 0, tzinfo=ZURICH)
    agent.wake()
    assert backend.notices[-1].reminder_ids == ("item:blood_tests:overdue:2026-12-03",)


def test_a_tick_in_the_window_reaches_the_agent_through_the_data_folder(
    agent_setup, db_path, qtbot
):
    agent, backend, clock, _opened = agent_setup
    clock.now = datetime(2026, 12, 3, 9, 0, tzinfo=ZURICH)
    agent.start()
    window_session = PatientSession(Store(db_path), clock=clock)
    with qtbot.waitSignal(agent.session.plan_changed, timeout=5000):
        window_session.set_done("blood_tests", True)
    assert agent.session.item_state("blood_tests").done
    clock.now = datetime(2026, 12, 3, 10, 0, tzinfo=ZURICH)
    agent.timer.timeout.emit()
    assert len(backend.notices) == 1
    # Turning background reminders off in the window stops the agent.
    with qtbot.waitSignal(agent.stop_requested, timeout=5000):
        window_session.update_settings(background_reminders=False)
    window_session.store.close()


def test_the_notice_speaks_the_patients_language(agent_setup):
    agent, backend, clock, _opened = agent_setup
    languages = LanguageManager.instance()
    languages.set_language("de")
    try:
        clock.now = datetime(2026, 12, 5, 12, 0, tzinfo=ZURICH)
        agent.start()
        notice = backend.notices[0]
        assert notice.title == "Während vertprep geschlossen war: eine Erinnerung"
        assert notice.body.startswith("Überfällig: ")
        assert dict(notice.actions)[DONE] == "Erledigt"
    finally:
        languages.set_language("en")


def test_one_agent_per_data_folder_and_the_window_leaves_notifications_to_it(data_dir):
    data_dir.mkdir(parents=True)
    assert not agent_running(data_dir)
    held = agent_lock(data_dir)
    assert held.tryLock(0)
    second = agent_lock(data_dir)
    assert not second.tryLock(0)
    assert agent_running(data_dir)
    held.unlock()
    assert not agent_running(data_dir)


def test_the_reminders_table_is_added_to_a_file_of_the_older_version(db_path):
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    for script in MIGRATIONS[:3]:
        conn.executescript(script)
    conn.execute(
        "INSERT INTO reminder_state(reminder_id, dismissed_at) "
        "VALUES('item:allergies:due:2026-12-07', '2026-12-07T10:00:00')"
    )
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    store = Store(db_path)
    assert "item:allergies:due:2026-12-07" in store.reminder_states()
    moment = datetime(2026, 12, 7, 9, 0)
    assert store.claim_reminder_moments([("x", moment)], moment) == [("x", moment)]
    assert store.claim_reminder_moments([("x", moment)], moment) == []
    store.close()
    check = sqlite3.connect(db_path)
    assert check.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    check.close()


def test_notify_send_shows_the_buttons_and_reports_the_one_pressed(app, qtbot, tmp_path):
    from vertprep.agent.backends import NotifySendBackend
    from vertprep.agent.notices import Notice

    program = tmp_path / "notify-send"
    program.write_text('#!/bin/sh\nprintf "%s\\n" "$@" > "$0.args"\necho snooze\n')
    program.chmod(0o755)
    backend = NotifySendBackend(str(program), icon="/icons/vertprep.png")
    notice = Notice(
        "vertprep reminder",
        "Due today: Blood tests",
        ((DONE, "Done"), (SNOOZE, "Remind me tomorrow"), (OPEN, "Open vertprep")),
        ("item:blood_tests:due:2026-12-03",),
        "blood_tests",
    )
    with qtbot.waitSignal(backend.action_invoked, timeout=5000) as answer:
        backend.show(notice)
    assert answer.args == [notice, SNOOZE]
    assert (tmp_path / "notify-send.args").read_text().splitlines() == [
        "--app-name=vertprep",
        "--urgency=normal",
        "--expire-time=0",
        "--icon=/icons/vertprep.png",
        "--action=done=Done",
        "--action=snooze=Remind me tomorrow",
        "--action=default=Open vertprep",
        "--",
        "vertprep reminder",
        "Due today: Blood tests",
    ]


def test_waking_from_sleep_announces_what_fell_due_meanwhile_at_once(agent_setup):
    agent, backend, clock, _opened = agent_setup
    agent.start()
    clock.now = datetime(2026, 12, 3, 9, 40, tzinfo=ZURICH)
    agent.system_events.sleeping(True)  # going to sleep: nothing to do
    assert backend.notices == []
    agent.system_events.sleeping(False)  # woken: the timer knows nothing of it
    assert backend.notices[0].reminder_ids == ("item:blood_tests:due:2026-12-03",)
    assert agent.next_wake == datetime(2026, 12, 3, 10, 0)


def test_a_notification_that_fails_is_recorded_for_the_window(agent_setup, qtbot, tmp_path):
    from vertprep.agent.backends import NotifySendBackend
    from vertprep.agent.notices import Notice

    agent, _backend, clock, _opened = agent_setup
    program = tmp_path / "notify-send"
    program.write_text("#!/bin/sh\necho 'GDBus.Error: no service' >&2\nexit 1\n")
    program.chmod(0o755)
    failing = NotifySendBackend(str(program))
    failing.failed.connect(agent.could_not_show)
    agent.backend = failing
    clock.now = datetime(2026, 12, 3, 9, 0, tzinfo=ZURICH)
    with qtbot.waitSignal(failing.failed, timeout=5000):
        agent.wake()
    assert agent.session.store.settings().notifications_unavailable is True
    missing = NotifySendBackend(str(tmp_path / "not-installed"))
    notice = Notice("vertprep reminder", "Due today: Blood tests", (), ("id",))
    with qtbot.waitSignal(missing.failed, timeout=5000) as failure:
        missing.show(notice)
    assert failure.args == [notice]
