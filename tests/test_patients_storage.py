"""Several patients in one data folder: the schema-3 file migrates, and each patient's
rows stay their own."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime, time
from pathlib import Path

import pytest

from vertprep.core.model import ExportedEvent
from vertprep.storage import SCHEMA_VERSION, Store
from vertprep.storage.patients import AmbiguousPatientError, UnknownPatientError, patient_tables

FIXTURE = Path(__file__).parent / "fixtures" / "schema3.sqlite3"


def test_a_schema_3_file_migrates_with_everything_under_patient_1(db_path):
    """The fixture was written by vertprep's own store at schema 3 (before patients)."""
    db_path.parent.mkdir(parents=True)
    shutil.copyfile(FIXTURE, db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone() == (3,)
    conn.close()

    store = Store(db_path)
    assert store.patient_id == 1
    assert [(p.id, p.name) for p in store.patients.summaries()] == [(1, "Maria Keller")]
    profile = store.profile()
    assert profile.procedure_date == date(2026, 12, 10)
    assert profile.arrival_time == time(8, 30)
    assert (profile.name, profile.phone, profile.place) == (
        "Maria Keller",
        "+41 22 123 45 67",
        "Hôpital Cantonal",
    )
    settings = store.settings()
    assert (settings.onboarded, settings.language, settings.text_scale) == (True, "de", 150)
    assert settings.high_contrast and settings.contrast_chosen
    states = store.item_states()
    assert states["blood_tests"].done_at == datetime(2026, 11, 30, 9, 15)
    assert states["blood_tests"].note == "INR checked"
    assert states["ride_home"].done
    assert states["medicines_review"].note == "stop apixaban as the team said"
    assert not states["medicines_review"].done
    reminders = store.own_reminders()
    # Ids are kept: the calendar's "own:3" event still names the same reminder.
    assert [(r.id, r.text, r.day, r.at) for r in reminders] == [
        (2, "Call the pharmacy", date(2026, 12, 5), None),
        (3, "Bring the MRI disc", date(2026, 12, 9), time(18, 0)),
    ]
    assert store.reminder_states() == {
        "item:blood_tests:due": (datetime(2026, 12, 1, 10, 0), None),
        "own:2": (None, datetime(2026, 12, 2, 9, 0)),
    }
    events = store.exported_events()
    assert events["procedure"].uid == "11111111-2222-4333-8444-555555555555"
    assert events["procedure"].sequence == 1
    assert events["own:3"].ical.startswith("BEGIN:VEVENT")
    # A new reminder does not take a deleted one's id (and so its calendar event).
    assert store.add_own_reminder("New", date(2026, 12, 6)).id == 4
    store.close()

    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # The name lives on the patient row only.
    assert conn.execute("SELECT COUNT(*) FROM profile WHERE key = 'name'").fetchone() == (0,)
    for table in ("profile", "settings", "item_state", "own_reminder", "reminder_state"):
        assert conn.execute(f"SELECT DISTINCT patient_id FROM {table}").fetchall() == [(1,)]
    conn.close()


def test_every_persons_table_carries_the_patient_id(store):
    assert set(patient_tables(store.connection)) >= {
        "profile",
        "settings",
        "item_state",
        "own_reminder",
        "reminder_state",
        "calendar_event",
    }
    assert "app_setting" not in patient_tables(store.connection)


def test_a_new_data_folder_has_one_empty_patient(store):
    assert [(p.id, p.name) for p in store.patients.summaries()] == [(1, "")]
    assert store.patient_id == 1


def test_each_patient_sees_only_their_own_rows(store):
    store.update_profile(name="Li Wei", procedure_date=date(2026, 12, 10))
    store.update_settings(language="zh_TW", text_scale=200)
    store.set_done("blood_tests", datetime(2026, 12, 1, 9, 0))
    store.set_note("allergies", "penicillin")
    store.add_own_reminder("Ask about Prolia", date(2026, 12, 3))
    store.set_reminder_state("item:allergies:due", datetime(2026, 12, 1, 9, 0), None)
    store.record_exported_events([ExportedEvent("procedure", "uid-1", 0, "f", "ical")])

    son = store.patients.add("Tom Wei")
    store.use_patient(son)
    assert store.profile().name == "Tom Wei"
    assert store.profile().procedure_date is None
    assert store.settings().language == "" and store.settings().text_scale == 100
    assert store.item_states() == {}
    assert store.own_reminders() == []
    assert store.reminder_states() == {}
    assert store.exported_events() == {}
    store.set_done("blood_tests", datetime(2026, 12, 1, 11, 0))
    store.update_settings(language="en")

    store.use_patient(1)
    assert store.item_state("blood_tests").done_at == datetime(2026, 12, 1, 9, 0)
    assert store.settings().language == "zh_TW"
    summaries = {p.name: p for p in store.patients.summaries()}
    assert summaries["Li Wei"].steps_done == 1
    assert summaries["Li Wei"].procedure_date == date(2026, 12, 10)
    assert summaries["Tom Wei"].steps_done == 1


def test_the_store_reopens_the_last_patient(db_path):
    first = Store(db_path)
    second = first.patients.add("Second")
    first.use_patient(second)
    first.close()
    again = Store(db_path)
    assert again.patient_id == second
    again.patients.set_archived(second, True)
    again.close()
    reopened = Store(db_path)
    assert reopened.patient_id == 1  # an archived patient is not opened by itself
    reopened.close()


def test_deleting_a_patient_removes_every_row_of_theirs_only(store):
    other = store.patients.add("Other")
    store.use_patient(other)
    store.set_done("blood_tests", datetime(2026, 12, 1, 9, 0))
    store.add_own_reminder("Theirs", date(2026, 12, 3))
    store.update_profile(phone="123")
    store.use_patient(1)
    store.set_done("blood_tests", datetime(2026, 12, 1, 10, 0))
    store.patients.delete(other)
    conn = store.connection
    for table in patient_tables(conn):
        assert conn.execute(
            f"SELECT COUNT(*) FROM {table} WHERE patient_id = ?", (other,)
        ).fetchone() == (0,)
    assert store.item_state("blood_tests").done
    assert not store.patients.exists(other)


def test_find_by_id_name_or_part_of_a_name(store):
    store.update_profile(name="Maria Keller")
    anna = store.patients.add("Anna Keller")
    store.patients.add("Bob Stone")
    assert store.patients.find("1").name == "Maria Keller"
    assert store.patients.find("  maria   KELLER ").id == 1
    assert store.patients.find("Anna").id == anna
    with pytest.raises(AmbiguousPatientError) as raised:
        store.patients.find("Keller")
    assert sorted(p.name for p in raised.value.matches) == ["Anna Keller", "Maria Keller"]
    with pytest.raises(UnknownPatientError):
        store.patients.find("Zoe")
    with pytest.raises(UnknownPatientError):
        store.patients.find("99")


def test_the_session_switches_patients_and_tells_the_screens(session, qtbot):
    session.update_profile(name="Mother")
    session.update_settings(language="zh_TW", text_scale=200)
    session.set_done("blood_tests", True)
    son = session.add_patient("Son")
    with qtbot.waitSignals(
        [session.patient_switched, session.settings_changed, session.plan_changed]
    ):
        session.switch_patient(son)
    assert session.patient_id == son
    assert session.profile.name == "Son"
    assert session.settings.language == "" and session.settings.text_scale == 100
    assert not session.item_state("blood_tests").done
    session.switch_patient(1)
    assert session.item_state("blood_tests").done
    assert session.settings.text_scale == 200
    with pytest.raises(ValueError):
        session.delete_patient(1)  # never the plan that is open
    session.delete_patient(son)
    assert [p.name for p in session.patients.summaries()] == ["Mother"]
