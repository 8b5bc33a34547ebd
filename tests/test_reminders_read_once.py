"""The session reads the own reminders and their dismissals once and keeps them (a tick
works the reminders out again): whatever changes them, here or in another process, is
in the next answer, and a tick reads neither from the database."""

from __future__ import annotations

from conftest import FIXED_NOW

from vertprep.core.model import OwnReminder
from vertprep.core.reminders import ReminderKind
from vertprep.storage import Store

TODAY = FIXED_NOW.date()


def own_texts(session) -> list[str]:
    return [r.own.text for r in session.active_reminders() if r.kind is ReminderKind.OWN]


def test_changes_made_here_are_in_the_next_answer(scheduled_session):
    session = scheduled_session
    assert own_texts(session) == []  # read (and kept) before any change
    first = session.add_own_reminder("Call the pharmacy", TODAY)
    assert own_texts(session) == ["Call the pharmacy"]
    session.update_own_reminder(OwnReminder(first.id, "Call the clinic", first.day))
    assert own_texts(session) == ["Call the clinic"]
    session.add_own_reminder("Buy a pill box", TODAY)
    assert sorted(own_texts(session)) == ["Buy a pill box", "Call the clinic"]

    reminders = {r.own.text: r for r in session.active_reminders() if r.own}
    session.dismiss_reminder(reminders["Call the clinic"].id)
    assert own_texts(session) == ["Buy a pill box"]
    session.snooze_reminder(reminders["Buy a pill box"].id)
    assert own_texts(session) == []

    later = session.add_own_reminder("Walk", TODAY)
    assert own_texts(session) == ["Walk"]
    session.delete_own_reminder(later.id)
    assert own_texts(session) == []
    assert [r.text for r in session.own_reminders()] == ["Call the clinic", "Buy a pill box"]


def test_a_list_handed_out_cannot_change_what_is_kept(scheduled_session):
    session = scheduled_session
    session.add_own_reminder("Call the pharmacy", TODAY)
    session.own_reminders().clear()
    session.reminder_states().clear()
    assert own_texts(session) == ["Call the pharmacy"]


def test_another_process_changes_come_with_the_reload(scheduled_session, db_path):
    session = scheduled_session
    assert own_texts(session) == []
    other = Store(db_path)  # as the reminder agent or the command line, another connection
    try:
        added = other.add_own_reminder("Ask about the dressing", TODAY)
        assert session.reload_if_changed_elsewhere()
        assert own_texts(session) == ["Ask about the dressing"]
        reminder = next(r for r in session.active_reminders() if r.own)
        other.set_reminder_state(reminder.id, FIXED_NOW, None)  # dismissed in the agent
        assert session.reload_if_changed_elsewhere()
        assert own_texts(session) == []
        other.delete_own_reminder(added.id)
        assert session.reload_if_changed_elsewhere()
        assert session.own_reminders() == []
    finally:
        other.close()


def test_another_patient_has_their_own_reminders(scheduled_session):
    session = scheduled_session
    session.add_own_reminder("Maria's reminder", TODAY)
    assert own_texts(session) == ["Maria's reminder"]
    other = session.add_patient("Jean Dupont")
    session.switch_patient(other)
    assert own_texts(session) == []
    session.add_own_reminder("Jean's reminder", TODAY)
    assert own_texts(session) == ["Jean's reminder"]


def test_a_tick_reads_no_reminders_from_the_database(scheduled_session, monkeypatch):
    session = scheduled_session
    session.add_own_reminder("Call the pharmacy", TODAY)
    session.active_reminders()
    reads = []
    for name in ("own_reminders", "reminder_states"):
        original = getattr(session.store, name)
        monkeypatch.setattr(
            session.store,
            name,
            lambda original=original, name=name: reads.append(name) or original(),
        )
    session.set_done("blood_tests", True)
    assert own_texts(session) == ["Call the pharmacy"]
    assert reads == []
