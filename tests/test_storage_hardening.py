"""The store survives what was done to it from outside: damaged values, other users,
two starts at once, a read-only file, another program holding the data."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import threading
from datetime import date, datetime

import pytest

from vertprep.core.model import OwnReminder
from vertprep.storage import SCHEMA_VERSION, StorageError, Store, database
from vertprep.storage.database import BUSY, READ_ONLY


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def damage(db_path, sql: str) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute(sql)
    conn.commit()
    conn.close()


# -- point 3: one damaged value stops nothing else ------------------------------------
@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE item_state SET done_at = 'yesterday'",
        "UPDATE item_state SET done_at = '9999-12-31T23:59:59'",
        "UPDATE own_reminder SET day = 'someday'",
        "UPDATE own_reminder SET at = '25:99'",
        "UPDATE reminder_state SET dismissed_at = 'never'",
        "UPDATE reminder_state SET snoozed_until = X'00ff'",
        "UPDATE profile SET value = '9999-12-31' WHERE key = 'procedure_date'",
        "UPDATE calendar_event SET sequence = 'many'",
    ],
)
def test_a_damaged_value_counts_as_missing_for_its_row_only(store, db_path, sql, caplog):
    store.update_profile(procedure_date=date(2026, 12, 10), name="Maria Keller")
    store.set_done("blood_tests", datetime(2026, 12, 1, 9, 0))
    store.set_done("mri", datetime(2026, 12, 1, 9, 5))
    store.set_note("blood_tests", "Dr Weber said fine")
    store.add_own_reminder("call the pharmacy", date(2026, 12, 3))
    store.set_reminder_state("due:mri", datetime(2026, 12, 1, 10, 0), None)
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO calendar_event(event_key, uid, sequence, fingerprint, ical, exported_at) "
        "VALUES ('procedure', 'u1', 1, 'f', 'x', '2026-12-01')"
    )
    conn.commit()
    conn.close()
    damage(db_path, sql + (" WHERE item_id = 'blood_tests'" if "item_state" in sql else ""))

    with caplog.at_level(logging.WARNING, logger="vertprep"):
        reopened = Store(db_path)
        states = reopened.item_states()
        reminders = reopened.own_reminders()
        dismissed = reopened.reminder_states()
        profile = reopened.profile()
        reopened.exported_events()
        reopened.close()
    assert states["blood_tests"].note == "Dr Weber said fine"  # the rest of the row
    assert states["mri"].done  # other rows untouched
    assert profile.name == "Maria Keller"
    if "item_state" in sql:
        assert not states["blood_tests"].done
    if "SET day" in sql:
        assert reminders == []
    if "SET at" in sql:
        assert reminders[0].at is None and reminders[0].text == "call the pharmacy"
    if "dismissed_at" in sql or "snoozed" in sql:
        assert dismissed["due:mri"][1] is None
    if "procedure_date" in sql:
        assert profile.procedure_date is None
    logged = caplog.text
    assert "damaged" in logged
    # Where, never what: no personal data in the log.
    assert "yesterday" not in logged and "Maria" not in logged and "pharmacy" not in logged


def test_the_window_print_and_calendar_work_with_damaged_values(
    make_window, app, store, clock, db_path, tmp_path, capsys
):
    from vertprep.cli import main
    from vertprep.session import PatientSession

    store.update_profile(procedure_date=date(2026, 12, 10))
    store.update_settings(onboarded=True)
    store.set_done("blood_tests", datetime(2026, 12, 1, 9, 0))
    store.add_own_reminder("call the pharmacy", date(2026, 12, 3))
    damage(db_path, "UPDATE item_state SET done_at = 'yesterday'")
    damage(db_path, "UPDATE own_reminder SET day = '10/12/2026'")
    window = make_window(PatientSession(store, clock=clock))
    window.show_screen("before")
    assert not window.current_screen().rows["blood_tests"].checkbox.isChecked()
    folder = str(db_path.parent)
    assert main(["print", "--data-dir", folder, "--out", str(tmp_path / "p.pdf")]) == 0
    assert main(["calendar", "--data-dir", folder, "--out", str(tmp_path / "p.ics")]) == 0
    assert "Traceback" not in capsys.readouterr().err


# -- point 4: owner-only, whatever the umask ---------------------------------------
def test_a_new_data_folder_is_owner_only(data_dir, db_path):
    old = os.umask(0o002)
    try:
        opened = Store(db_path)
        opened.set_note("mri", "x")  # the WAL and its index exist now
    finally:
        os.umask(old)
    assert mode(data_dir) == 0o700
    files = sorted(p.name for p in data_dir.iterdir())
    assert "vertprep.sqlite3-wal" in files
    for path in data_dir.iterdir():
        assert mode(path) == 0o600, path.name
    opened.close()


def test_an_older_install_is_made_owner_only_at_start(data_dir, db_path):
    Store(db_path).close()
    os.chmod(data_dir, 0o755)
    os.chmod(db_path, 0o644)
    (data_dir / "errors.log").write_text("old\n")
    os.chmod(data_dir / "errors.log", 0o644)
    other = data_dir / "someone-elses.txt"  # not vertprep's: left alone
    other.write_text("x")
    os.chmod(other, 0o644)
    Store(db_path).close()
    assert mode(data_dir) == 0o700
    assert mode(db_path) == 0o600
    assert mode(data_dir / "errors.log") == 0o600
    assert mode(other) == 0o644


def test_the_error_log_is_created_owner_only(data_dir, app, monkeypatch):
    import sys

    from vertprep.ui.crash import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    data_dir.mkdir()
    old = os.umask(0o022)
    try:
        install_excepthook(data_dir, interactive=False)
        sys.excepthook(ValueError, ValueError("boom"), None)
    finally:
        os.umask(old)
    assert mode(data_dir / "errors.log") == 0o600


# -- point 6: racing first starts ----------------------------------------------------
class _RacingConnection(sqlite3.Connection):
    """Lets a second start run completely the first time this one reads the schema
    version outside a transaction: the moment two real starts race."""

    raced = False

    def execute(self, sql, *args):
        racing = sql.startswith("PRAGMA user_version") and not self.in_transaction
        if racing and not _RacingConnection.raced:
            _RacingConnection.raced = True
            database.open_database(self.racing_path).close()
        return super().execute(sql, *args)


def test_a_start_racing_another_one_does_not_create_the_tables_twice(db_path, monkeypatch):
    connect = sqlite3.connect

    def racing_connect(path, *args, **kwargs):
        if _RacingConnection.raced:
            return connect(path, *args, **kwargs)
        conn = connect(path, *args, factory=_RacingConnection, **kwargs)
        conn.racing_path = path
        return conn

    monkeypatch.setattr(database.sqlite3, "connect", racing_connect)
    monkeypatch.setattr(_RacingConnection, "raced", False)
    opened = database.open_database(db_path)
    assert opened.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    opened.close()


def test_many_first_starts_at_once_all_open_the_data(tmp_path):
    for round_number in range(5):
        path = tmp_path / f"round{round_number}" / "vertprep.sqlite3"
        barrier = threading.Barrier(6)
        failures = []

        def start(path=path, barrier=barrier, failures=failures):
            barrier.wait()
            try:
                database.open_database(path).close()
            except StorageError as error:
                failures.append(str(error))

        threads = [threading.Thread(target=start) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert failures == []


# -- point 8: text UTF-8 cannot hold --------------------------------------------------
def test_a_note_with_a_lone_surrogate_is_kept_readable(store):
    store.set_note("mri", "ask about \udc80 this")
    store.add_own_reminder("call \ud800", date(2026, 12, 3))
    assert store.item_state("mri").note == "ask about \ufffd this"
    assert store.own_reminders()[0].text == "call \ufffd"
    reminder = store.own_reminders()[0]
    store.update_own_reminder(OwnReminder(reminder.id, "x \udfff", reminder.day))
    assert store.own_reminders()[0].text == "x \ufffd"


def test_diary_texts_and_patient_names_with_a_lone_surrogate_are_kept_readable(store):
    """The diary and the patient list write through the same commit as ticks and notes."""
    from vertprep.core.diary import PainEntry

    store.diary.put_entry(PainEntry(date(2026, 12, 3), 4, note="walked \udc80 far"))
    store.diary.set_doctor_questions("why \ud800?")
    patient_id = store.patients.add("Ana \udfff")
    assert store.diary.entries()[0].note == "walked \ufffd far"
    assert store.diary.doctor_questions() == "why \ufffd?"
    assert store.patients.summary(patient_id).name == "Ana \ufffd"


# -- point 9: say what is true, at start ---------------------------------------------
def test_a_read_only_data_file_is_said_to_be_read_only_at_start(db_path):
    Store(db_path).close()
    os.chmod(db_path, 0o444)
    with pytest.raises(StorageError) as raised:
        Store(db_path)
    assert raised.value.kind == READ_ONLY


def test_another_program_holding_the_data_is_said_so_at_start(db_path, monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 0.2)
    Store(db_path).close()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError) as raised:
            Store(db_path)
        assert raised.value.kind == BUSY
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_write_blocked_by_another_program_says_so(store, db_path, monkeypatch):
    other = sqlite3.connect(db_path, isolation_level=None, timeout=0.1)
    store._conn.execute("PRAGMA busy_timeout = 100")
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError) as raised:
            store.set_note("mri", "x")
        assert raised.value.kind == BUSY
    finally:
        other.execute("ROLLBACK")
        other.close()


@pytest.mark.parametrize(
    ("kind", "words"),
    [(READ_ONLY, "read-only"), (BUSY, "another program is using your data")],
)
def test_the_start_and_save_messages_say_what_is_true(
    data_dir, db_path, monkeypatch, app, kind, words
):
    import sys

    from PySide6.QtWidgets import QMessageBox

    from vertprep.app import _storage_message
    from vertprep.ui.crash import install_excepthook

    error = StorageError(db_path, "x", kind)
    assert words.lower() in _storage_message(error).lower()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    data_dir.mkdir()
    install_excepthook(data_dir)
    sys.excepthook(StorageError, error, None)
    assert words in shown[0]
    assert "disk is not full" not in shown[0]


@pytest.mark.parametrize("damage_kind", ["missing table", "malformed page"])
def test_a_damaged_file_is_said_to_be_damaged_at_start(db_path, damage_kind):
    opened = Store(db_path)
    for number in range(200):  # a few pages of data
        opened.set_note(f"item{number}", "x" * 200)
    opened.close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if damage_kind == "missing table":
        conn.execute("DROP TABLE own_reminder")
        conn.commit()
    conn.close()
    if damage_kind == "malformed page":
        size = db_path.stat().st_size
        with open(db_path, "r+b") as stream:
            for page_start in range(4096, size, 4096):  # every page but the header's
                stream.seek(page_start)
                stream.write(b"\xff" * 64)
    with pytest.raises(StorageError) as raised:
        Store(db_path)
    assert "damaged" in str(raised.value)
