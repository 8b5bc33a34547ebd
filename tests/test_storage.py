"""Storage: every action lands on disk at once, by stable id, with a schema version."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import date, datetime, time

import pytest

from vertprep.storage import SCHEMA_VERSION, NewerSchemaError, StorageError, Store
from vertprep.storage.database import MIGRATIONS


def raw_rows(path, sql):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_new_database_carries_the_schema_version(db_path):
    Store(db_path).close()
    assert raw_rows(db_path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]


def test_ticks_and_notes_are_stored_by_item_id(store, db_path):
    store.set_done("blood_tests", datetime(2026, 12, 1, 9, 30))
    store.set_note("medicines_review", "stop apixaban 2 days before")
    rows = raw_rows(db_path, "SELECT item_id, done_at, note FROM item_state ORDER BY item_id")
    assert rows == [
        ("blood_tests", "2026-12-01T09:30:00", ""),
        ("medicines_review", None, "stop apixaban 2 days before"),
    ]


def test_untick_keeps_the_note(store):
    store.set_note("fasting", "nothing after midnight")
    store.set_done("fasting", datetime(2026, 12, 9, 20, 0))
    store.set_done("fasting", None)
    state = store.item_state("fasting")
    assert not state.done
    assert state.note == "nothing after midnight"


def test_profile_and_settings_round_trip(db_path):
    first = Store(db_path)
    first.update_profile(procedure_date=date(2026, 12, 10), arrival_time=time(8, 30), name="Ana")
    first.update_settings(onboarded=True, text_scale=150)
    first.close()
    again = Store(db_path)
    profile = again.profile()
    assert (profile.procedure_date, profile.arrival_time, profile.name) == (
        date(2026, 12, 10),
        time(8, 30),
        "Ana",
    )
    assert again.settings().onboarded is True
    assert again.settings().text_scale == 150
    again.update_profile(procedure_date=None)
    assert again.profile().procedure_date is None
    again.close()


def test_a_damaged_value_falls_back_to_the_default(store, db_path):
    store.update_profile(procedure_date=date(2026, 12, 10))
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE profile SET value = 'not a date' WHERE key = 'procedure_date'")
    conn.close()
    assert store.profile().procedure_date is None


def test_newer_schema_is_refused_and_left_untouched(db_path):
    Store(db_path).close()
    conn = sqlite3.connect(db_path)  # the file stays in WAL mode, as vertprep leaves it
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    assert not db_path.with_name(db_path.name + "-wal").exists()
    before = db_path.read_bytes()
    folder_before = sorted(p.name for p in db_path.parent.iterdir())
    with pytest.raises(NewerSchemaError) as raised:
        Store(db_path)
    assert raised.value.found == SCHEMA_VERSION + 1
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == folder_before


def test_a_file_that_is_not_a_database_is_a_clear_error(db_path):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError):
        Store(db_path)
    assert db_path.read_bytes() == b"this is not sqlite" * 100


def test_an_old_schema_is_upgraded_and_keeps_progress(db_path):
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.executescript(MIGRATIONS[0])
    conn.execute(
        "INSERT INTO item_state(item_id, done_at, note, updated_at) "
        "VALUES('allergies', '2026-11-30T10:00:00', 'latex', '2026-11-30T10:00:00')"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    store = Store(db_path)
    assert store.item_state("allergies").note == "latex"
    assert store.own_reminders() == []
    store.close()
    assert raw_rows(db_path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]


KILLED_WRITER = """
import os, signal, sys
from datetime import datetime
from pathlib import Path
from vertprep.storage import Store
store = Store(Path(sys.argv[1]))
store.set_done("ride_home", datetime(2026, 12, 1, 11, 0))
store.set_note("ride_home", "my son Paul")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_killed_process_loses_nothing(db_path):
    result = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(db_path)], check=False)
    assert result.returncode == -signal.SIGKILL
    store = Store(db_path)
    state = store.item_state("ride_home")
    assert state.done_at == datetime(2026, 12, 1, 11, 0)
    assert state.note == "my son Paul"
    store.close()


def test_an_unwritable_folder_is_a_clear_error(tmp_path):
    if os.geteuid() == 0:
        blocker = tmp_path / "file"
        blocker.write_text("x")
        target = blocker / "sub" / "db.sqlite3"  # a file where a folder should be
    else:
        folder = tmp_path / "ro"
        folder.mkdir(mode=0o500)
        target = folder / "sub" / "db.sqlite3"
    with pytest.raises(StorageError):
        Store(target)
