"""The reminder agent covers every active patient of the data folder: each one's
reminders once, in their own language, with their name when there are several, and
a notification's buttons act for the patient it names."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from plan_support import clinic_plan

from tests.conftest import FixedClock
from tests.test_agent_shell import FakeBackend
from vertprep.agent.notices import DONE, SNOOZE
from vertprep.agent.service import ReminderAgent
from vertprep.core.model import Profile
from vertprep.plan.stored import store_plan
from vertprep.session import PatientSession
from vertprep.storage import Store

ZURICH = ZoneInfo("Europe/Zurich")
DUE = "item:blood_tests:due:2026-12-03"


def only_blood_tests_open(session: PatientSession) -> None:
    """The clinic's plan, procedure on 10 December, every step but the blood tests done."""
    store_plan(session.store, clinic_plan())
    session.update_profile(procedure_date=date(2026, 12, 10))
    for item in clinic_plan().steps:
        if item.id != "blood_tests":
            session.set_done(item.id, True, datetime(2026, 11, 20, 9, 0))
    session.dismiss_reminder("checkin:baseline:2026-12-03")


@pytest.fixture
def family(app, db_path):
    """Maria (German) and Jean (French) in one data folder; the agent opened on Maria."""
    clock = FixedClock(datetime(2026, 12, 3, 8, 0, tzinfo=ZURICH))
    store = Store(db_path)
    maria, jean = store.add_patients(
        [(Profile(None, None, "Maria Keller"), "de"), (Profile(None, None, "Jean Martin"), "fr")]
    )
    store.close()
    sessions = [PatientSession(Store(db_path, p), clock=clock) for p in (maria, jean)]
    for session in sessions:
        only_blood_tests_open(session)
    sessions[0].update_settings(background_reminders=True)
    sessions[1].store.close()
    backend = FakeBackend()
    agent = ReminderAgent(sessions[0], backend, lambda: None, db_path.parent)
    yield agent, backend, clock, maria, jean
    agent.shutdown()
    sessions[0].store.close()


def by_patient(notices):
    return {notice.patient_id: notice for notice in notices}


def test_each_patient_gets_their_reminder_once_in_their_language_with_their_name(family):
    agent, backend, clock, maria, jean = family
    agent.start()
    assert backend.notices == []
    clock.now = datetime(2026, 12, 3, 9, 0, tzinfo=ZURICH)
    agent.timer.timeout.emit()
    notices = by_patient(backend.notices)
    assert len(backend.notices) == 2 and set(notices) == {maria, jean}
    assert notices[maria].title == "Erinnerung von vertprep – für Maria Keller"
    assert notices[maria].body.startswith("Heute fällig: ")
    assert dict(notices[maria].actions)[DONE] == "Erledigt"
    assert notices[jean].title == "Rappel de vertprep – pour Jean Martin"
    assert notices[jean].reminder_ids == (DUE,)
    agent.timer.timeout.emit()  # the same moment again: nothing new for anyone
    assert len(backend.notices) == 2
    from vertprep.i18n.manager import LanguageManager

    assert LanguageManager.instance().current == "en"  # the agent's own language is back


def test_done_for_one_patient_ticks_theirs_and_the_other_is_still_reminded(family, db_path):
    agent, backend, clock, maria, jean = family
    clock.now = datetime(2026, 12, 3, 9, 0, tzinfo=ZURICH)
    agent.start()
    backend.action_invoked.emit(by_patient(backend.notices)[jean], DONE)
    check = Store(db_path, jean)
    assert check.item_state("blood_tests").done
    check.use_patient(maria, remember=False)
    assert not check.item_state("blood_tests").done
    check.close()
    clock.now = datetime(2026, 12, 3, 10, 0, tzinfo=ZURICH)  # the repeat an hour later
    agent.timer.timeout.emit()
    assert [n.patient_id for n in backend.notices[2:]] == [maria]
    backend.action_invoked.emit(backend.notices[-1], SNOOZE)
    clock.now = datetime(2026, 12, 4, 9, 0, tzinfo=ZURICH)
    agent.timer.timeout.emit()  # Maria snoozed until tomorrow: now; Jean's step is done
    assert [n.patient_id for n in backend.notices[3:]] == [maria]


def test_one_active_patient_has_no_name_in_the_title(family, db_path):
    agent, backend, clock, maria, jean = family
    store = Store(db_path)
    store.patients.set_archived(jean, True)
    store.close()
    clock.now = datetime(2026, 12, 3, 9, 0, tzinfo=ZURICH)
    agent.start()
    assert [(n.patient_id, n.title) for n in backend.notices] == [
        (maria, "Erinnerung von vertprep")
    ]


def test_a_patient_added_in_the_window_is_covered_without_a_restart(family, db_path):
    agent, backend, clock, maria, jean = family
    clock.now = datetime(2026, 12, 3, 9, 0, tzinfo=ZURICH)
    agent.start()
    window = PatientSession(Store(db_path), clock=clock)
    new = window.add_patient("Li Wei")
    window.switch_patient(new)
    only_blood_tests_open(window)
    window.store.close()
    clock.now = datetime(2026, 12, 3, 10, 0, tzinfo=ZURICH)  # everyone's repeat
    agent.timer.timeout.emit()
    notices = by_patient(backend.notices[2:])
    assert set(notices) == {maria, jean, new} and len(backend.notices) == 5
    assert notices[new].title == "vertprep reminder – for Li Wei"


def test_turned_off_for_any_patient_the_agent_stops(family, db_path, qtbot):
    agent, _backend, _clock, _maria, jean = family
    agent.start()
    window = PatientSession(Store(db_path, jean))
    window.update_settings(background_reminders=True)
    agent.data_changed()  # (the watch on the data folder would call it too)
    with qtbot.waitSignal(agent.stop_requested, timeout=5000):
        window.update_settings(background_reminders=False)
    window.store.close()


def test_uninstall_autostart_turns_it_off_for_every_patient(family, db_path, monkeypatch, tmp_path):
    from vertprep.cli import main

    _agent, _backend, _clock, maria, jean = family
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.setattr("sys.platform", "linux")
    store = Store(db_path, jean)
    store.update_settings(background_reminders=True)
    store.use_patient(jean)  # opened last: what the command used to turn off alone
    store.close()
    assert main(["--uninstall-autostart", "--data-dir", str(db_path.parent)]) == 0
    for patient in (maria, jean):
        store = Store(db_path, patient)
        assert store.settings().background_reminders is False
        store.close()
