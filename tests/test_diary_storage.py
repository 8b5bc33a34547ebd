"""The diary on disk: one entry per patient per day, and a schema-3 file upgraded."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from vertprep.core.check_ins import CheckIn, CheckInPoint
from vertprep.core.diary import PainEntry, Walking
from vertprep.storage import SCHEMA_VERSION, Store

DATA = Path(__file__).parent / "data"


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_an_entry_is_on_disk_when_the_call_returns(store, db_path):
    store.diary.put_entry(PainEntry(date(2026, 12, 1), 8, Walking.INDOORS, True, "bad night"))
    assert rows(db_path, "SELECT patient_id, day, score, walking, pain_medicine, note "
                "FROM pain_entry") == [(1, "2026-12-01", 8, "indoors", 1, "bad night")]  # fmt: skip
    store.diary.put_entry(PainEntry(date(2026, 12, 1), 6))
    assert store.diary.entries() == [PainEntry(date(2026, 12, 1), 6)]


def test_the_database_refuses_a_second_row_for_a_day_and_a_score_out_of_range(store, db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO pain_entry(day, score, updated_at) VALUES('2026-12-01', 5, 'now')")
    conn.commit()
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO pain_entry(day, score, updated_at) VALUES('2026-12-01', 6, 'now')"
        )
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO pain_entry(day, score, updated_at) VALUES('2026-12-02', 11, 'now')"
        )
    conn.close()


def test_check_ins_and_questions_round_trip(store):
    answer = CheckIn(
        CheckInPoint.WEEK_2, date(2026, 12, 24), 3, {"fever": True, "chest_pain": False},
        {"fever": "Fever of 38 °C (100.4 °F) or higher"},
    )  # fmt: skip
    store.diary.put_check_in(answer)
    assert store.diary.check_ins() == [answer]
    store.diary.set_doctor_questions("Can I lift my grandson?")
    assert store.diary.doctor_questions() == "Can I lift my grandson?"


@pytest.mark.parametrize("version", [3, 4])
def test_a_file_of_an_earlier_version_is_upgraded_with_nothing_lost(db_path, version):
    # Real files written by vertprep with schema 3 (before the reminder agent) and
    # schema 4 (the version before the diary), holding a bit of everything.
    db_path.parent.mkdir(parents=True)
    shutil.copy(DATA / f"schema{version}.sqlite3", db_path)
    assert rows(db_path, "PRAGMA user_version") == [(version,)]
    store = Store(db_path)
    try:
        assert store.profile().name == "Maria Keller"
        assert store.settings().language == "de"
        assert store.item_state("blood_tests").done_at == datetime(2026, 12, 1, 9, 15)
        assert store.item_state("blood_tests").note == "Dr. Weber, Labor 2"
        assert [r.text for r in store.own_reminders()] == ["Apotheke anrufen"]
        assert "procedure" in store.exported_events()
        assert store.reminder_states()
        assert store.diary.entries() == []
        store.diary.put_entry(PainEntry(date(2026, 12, 1), 8))
    finally:
        store.close()
    assert rows(db_path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert rows(db_path, "SELECT patient_id, score FROM pain_entry") == [(1, 8)]
    if version == 4:
        assert rows(db_path, "SELECT reminder_id FROM reminder_fired") == [
            ("own:1:due:2026-12-05T10:00",)
        ]


def test_a_second_check_in_on_another_day_keeps_the_first(store):
    first = CheckIn(CheckInPoint.WEEK_2, date(2026, 12, 24), 3, {"fever": True})
    again = CheckIn(CheckInPoint.WEEK_2, date(2026, 12, 27), 2, {"fever": False})
    corrected = CheckIn(CheckInPoint.WEEK_2, date(2026, 12, 27), 2, {"wound": True})
    for check_in in (first, again, corrected):
        store.diary.put_check_in(check_in)
    assert store.diary.check_ins() == [first, corrected]
