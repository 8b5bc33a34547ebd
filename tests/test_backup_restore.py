"""Backup and restore: one self-contained file, checked before anything is replaced,
with a safety copy, and never undone by a leftover -wal or -shm file."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from datetime import date, datetime, time

import pytest
from cli_support import run

from vertprep.storage import SCHEMA_VERSION, Store


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def family(db_path):
    """A daughter's laptop: her father in German, her mother in Chinese at 200%."""
    store = Store(db_path)
    store.update_profile(name="Hans Keller", procedure_date=date(2026, 12, 10))
    store.update_settings(language="de", onboarded=True)
    store.set_done("blood_tests", datetime(2026, 12, 1, 9, 0))
    store.set_note("allergies", "Penicillin")
    store.add_own_reminder("Prolia fragen", date(2026, 12, 3), time(10, 0))
    mother = store.patients.add("Mei Keller")
    store.use_patient(mother)
    store.update_profile(procedure_date=date(2026, 12, 17), arrival_time=time(7, 45))
    store.update_settings(language="zh_TW", text_scale=200, onboarded=True)
    store.set_done("ride_home", datetime(2026, 12, 1, 11, 0))
    store.set_note("fasting", "午夜後不進食")
    store.add_own_reminder("打電話給藥房", date(2026, 12, 5))
    return store, mother


def assert_family(db_path, mother):
    store = Store(db_path, patient_id=1)
    try:
        assert store.profile().name == "Hans Keller"
        assert store.settings().language == "de"
        assert store.item_state("blood_tests").done_at == datetime(2026, 12, 1, 9, 0)
        assert store.item_state("allergies").note == "Penicillin"
        assert [r.text for r in store.own_reminders()] == ["Prolia fragen"]
        store.use_patient(mother)
        assert store.profile().name == "Mei Keller"
        assert store.profile().arrival_time == time(7, 45)
        assert (store.settings().language, store.settings().text_scale) == ("zh_TW", 200)
        assert store.item_state("ride_home").done
        assert store.item_state("fasting").note == "午夜後不進食"
        assert [r.text for r in store.own_reminders()] == ["打電話給藥房"]
    finally:
        store.close()


def test_backup_delete_restore_brings_back_both_patients(db_path, data_dir, tmp_path, capsys):
    store, mother = family(db_path)
    out = tmp_path / "family.vertprep-backup"
    # Taken while the store is still open with its changes in the -wal.
    assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0
    code, stdout, err = run(["backup", "--out", out], capsys)
    assert (code, err) == (0, "")
    assert "all patients" in stdout
    store.close()
    assert mode(out) == 0o600
    assert not out.with_name(out.name + "-wal").exists()
    shutil.rmtree(data_dir)

    code, stdout, err = run(["restore", out], capsys)
    assert (code, err) == (0, "")
    assert "Restored 2 patients" in stdout
    assert_family(db_path, mother)


def test_the_backup_is_one_file_readable_alone(db_path, tmp_path, capsys):
    store, _mother = family(db_path)
    out = tmp_path / "b.sqlite3"
    run(["backup", "--out", out], capsys)
    store.close()
    conn = sqlite3.connect(out)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    assert conn.execute("SELECT COUNT(*) FROM patient").fetchone() == (2,)
    conn.close()


def test_a_backup_taken_by_another_process_during_a_session_is_consistent(db_path, tmp_path):
    import subprocess
    import sys

    store, _mother = family(db_path)
    for day in range(1, 28):  # a session keeps writing
        store.set_note("medicines_review", f"note {day}")
    out = tmp_path / "during.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "vertprep", "backup", "--data-dir", db_path.parent, "--out", out],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    store.set_note("medicines_review", "after the backup")
    store.close()
    conn = sqlite3.connect(out)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    notes = conn.execute(
        "SELECT note FROM item_state WHERE item_id = 'medicines_review'"
    ).fetchall()
    assert notes == [("note 27",)]
    conn.close()


def test_a_restore_keeps_a_dated_safety_copy(db_path, tmp_path, capsys):
    store, _mother = family(db_path)
    out = tmp_path / "b.sqlite3"
    run(["backup", "--out", out], capsys)
    store.use_patient(1)
    store.set_note("allergies", "changed after the backup")
    store.close()
    code, stdout, _err = run(["restore", out], capsys)
    assert code == 0
    copies = list((db_path.parent / "backups").glob("before-restore-*.sqlite3"))
    assert len(copies) == 1 and str(copies[0]) in stdout
    assert mode(copies[0]) == 0o600 and mode(copies[0].parent) == 0o700
    conn = sqlite3.connect(copies[0])
    assert conn.execute(
        "SELECT note FROM item_state WHERE patient_id = 1 AND item_id = 'allergies'"
    ).fetchone() == ("changed after the backup",)
    conn.close()
    restored = Store(db_path, 1)
    try:
        assert restored.item_state("allergies").note == "Penicillin"
    finally:
        restored.close()  # Python 3.13 reports an unclosed database


def test_a_leftover_wal_never_undoes_a_restore(db_path, data_dir, tmp_path, capsys):
    """Another patient's -wal left beside the data must not be replayed over it."""
    store, mother = family(db_path)
    out = tmp_path / "family.sqlite3"
    run(["backup", "--out", out], capsys)
    store.close()
    # Another person's data, its last changes still in a -wal file.
    other_dir = tmp_path / "other"
    other = Store(other_dir / "vertprep.sqlite3")
    other.update_profile(name="Somebody Else")
    other.set_note("allergies", "latex")
    keep_open = sqlite3.connect(other_dir / "vertprep.sqlite3")
    keep_open.execute("PRAGMA wal_autocheckpoint=0")
    wal = other_dir / "vertprep.sqlite3-wal"
    shutil.copyfile(other_dir / "vertprep.sqlite3", db_path)
    shutil.copyfile(wal, db_path.with_name(db_path.name + "-wal"))
    shm = other_dir / "vertprep.sqlite3-shm"
    shutil.copyfile(shm, db_path.with_name(db_path.name + "-shm"))
    keep_open.close()
    other.close()

    code, _out, err = run(["restore", out], capsys)
    assert (code, err) == (0, "")
    assert_family(db_path, mother)
    reopened = Store(db_path)
    names = [p.name for p in reopened.patients.summaries()]
    reopened.close()
    assert names == ["Hans Keller", "Mei Keller"]


def test_one_patients_backup_adds_or_replaces_only_that_patient(db_path, tmp_path, capsys):
    store, mother = family(db_path)
    out = tmp_path / "mei.sqlite3"
    code, stdout, _err = run(["backup", "--patient", "Mei", "--out", out], capsys)
    assert code == 0 and f"patient {mother}" in stdout
    conn = sqlite3.connect(out)
    assert conn.execute("SELECT name FROM patient").fetchall() == [("Mei Keller",)]
    assert conn.execute(
        "SELECT COUNT(*) FROM item_state WHERE patient_id <> ?", (mother,)
    ).fetchone() == (0,)
    assert b"Hans" not in out.read_bytes()  # nothing of the father left in free pages
    conn.close()
    store.set_note("fasting", "changed")
    store.use_patient(1)
    store.set_note("allergies", "father's note, kept")
    store.close()

    before = db_path.read_bytes()
    code, _out, err = run(["restore", out], capsys)
    assert code == 2 and "already here" in err and "--replace" in err
    assert db_path.read_bytes() == before

    code, stdout, err = run(["restore", out, "--replace", "Mei Keller"], capsys)
    assert (code, err) == (0, "")
    assert "Replaced patient" in stdout
    check = Store(db_path, mother)
    assert check.item_state("fasting").note == "午夜後不進食"
    assert [r.text for r in check.own_reminders()] == ["打電話給藥房"]
    check.use_patient(1)
    assert check.item_state("allergies").note == "father's note, kept"
    check.close()

    code, stdout, _err = run(["restore", out, "--as-new"], capsys)
    assert code == 0 and "Added patient" in stdout
    check = Store(db_path)
    assert [p.name for p in check.patients.summaries()] == [
        "Hans Keller",
        "Mei Keller",
        "Mei Keller",
    ]
    check.close()


def test_one_patients_backup_into_a_new_folder(db_path, data_dir, tmp_path, capsys):
    store, mother = family(db_path)
    out = tmp_path / "mei.sqlite3"
    run(["backup", "--patient", str(mother), "--out", out], capsys)
    store.close()
    shutil.rmtree(data_dir)
    code, _out, err = run(["restore", out], capsys)
    assert (code, err) == (0, "")
    check = Store(db_path)
    assert [p.name for p in check.patients.summaries()] == ["Mei Keller"]
    assert check.item_state("ride_home").done
    check.close()


def _truncated(tmp_path, good):
    bad = tmp_path / "truncated.sqlite3"
    bad.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    return bad


def _not_sqlite(tmp_path, good):
    bad = tmp_path / "notes.txt"
    bad.write_text("my notes\n" * 200)
    return bad


def _newer(tmp_path, good):
    bad = tmp_path / "newer.sqlite3"
    shutil.copyfile(good, bad)
    conn = sqlite3.connect(bad)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    return bad


def _other_program(tmp_path, good):
    bad = tmp_path / "places.sqlite"
    conn = sqlite3.connect(bad)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    return bad


def _damaged(tmp_path, good):
    bad = tmp_path / "damaged.sqlite3"
    data = bytearray(good.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page * 2, page * 4):  # scribble over two pages of the tables
        data[offset] = 0x5A
    bad.write_bytes(bytes(data))
    return bad


@pytest.mark.parametrize(
    ("make_bad", "reason"),
    [
        (_truncated, "incomplete"),
        (_not_sqlite, "not a vertprep backup"),
        (_newer, "newer vertprep"),
        (_other_program, "not a vertprep backup"),
        (_damaged, "damaged"),
    ],
)
def test_a_bad_backup_is_refused_and_the_data_left_untouched(
    make_bad, reason, db_path, tmp_path, capsys
):
    store, _mother = family(db_path)
    good = tmp_path / "good.sqlite3"
    run(["backup", "--out", good], capsys)
    store.close()
    bad = make_bad(tmp_path, good)
    bad_bytes = bad.read_bytes()
    folder = {p.name: p.read_bytes() for p in db_path.parent.iterdir() if p.is_file()}
    code, stdout, err = run(["restore", bad], capsys)
    assert code == 2
    assert reason in err and "Nothing was changed" in err
    assert stdout == ""
    assert {p.name: p.read_bytes() for p in db_path.parent.iterdir() if p.is_file()} == folder
    assert not (db_path.parent / "backups").exists()
    assert not (db_path.parent / ".restore").exists()
    assert bad.read_bytes() == bad_bytes
    assert sorted(p.name for p in bad.parent.iterdir() if p.name.startswith(bad.name)) == [bad.name]


def test_an_older_data_file_restores_and_is_brought_up_to_date(db_path, capsys):
    from pathlib import Path

    fixture = Path(__file__).parent / "fixtures" / "schema3.sqlite3"
    code, _out, err = run(["restore", fixture], capsys)
    assert (code, err) == (0, "")
    store = Store(db_path)
    assert store.profile().name == "Maria Keller"
    assert store.item_state("blood_tests").note == "INR checked"
    store.close()


def test_backup_refuses_an_ambiguous_or_unknown_patient(db_path, tmp_path, capsys):
    store, _mother = family(db_path)
    store.close()
    out = tmp_path / "x.sqlite3"
    code, _out, err = run(["backup", "--patient", "Keller", "--out", out], capsys)
    assert code == 2
    assert "1 Hans Keller" in err and "Mei Keller" in err
    code, _out, err = run(["backup", "--patient", "Nobody", "--out", out], capsys)
    assert code == 2 and "no patient 'Nobody'" in err
    assert not out.exists()


def test_restore_is_refused_while_the_app_has_the_folder_open(db_path, tmp_path, capsys):
    from PySide6.QtCore import QLockFile

    from vertprep.single_instance import LOCK_NAME

    store, _mother = family(db_path)
    out = tmp_path / "b.sqlite3"
    run(["backup", "--out", out], capsys)  # a backup is fine while the app runs
    store.close()
    running = QLockFile(str(db_path.parent / LOCK_NAME))  # as the open window holds it
    assert running.tryLock(0)
    before = db_path.read_bytes()
    code, _out, err = run(["restore", out], capsys)
    running.unlock()
    assert code == 1 and "vertprep is open for this data folder" in err
    assert db_path.read_bytes() == before
    code, _out, err = run(["restore", out], capsys)
    assert (code, err) == (0, "")


def test_the_pain_diary_follows_its_patient_in_backup_delete_and_restore(db_path, tmp_path, capsys):
    """Tables others add with a patient_id column (issue 13's diary) need no listing."""
    from vertprep.core.diary import PainEntry

    store, mother = family(db_path)
    store.diary.put_entry(PainEntry(date(2026, 12, 2), 6, note="mother's back"))
    store.use_patient(1)
    store.diary.put_entry(PainEntry(date(2026, 12, 2), 3))
    out = tmp_path / "mei.sqlite3"
    store.close()
    run(["backup", "--patient", str(mother), "--out", out], capsys)
    store = Store(db_path, 1)
    store.patients.delete(mother)
    assert [e.score for e in store.diary.entries()] == [3]  # the father's diary stays
    assert store.connection.execute(
        "SELECT COUNT(*) FROM pain_entry WHERE patient_id = ?", (mother,)
    ).fetchone() == (0,)
    store.close()
    code, _stdout, err = run(["restore", out], capsys)
    assert (code, err) == (0, ""), err
    restored = Store(db_path)
    back = next(p.id for p in restored.patients.summaries() if p.name == "Mei Keller")
    restored.use_patient(back)
    assert [(e.score, e.note) for e in restored.diary.entries()] == [(6, "mother's back")]
    restored.close()
