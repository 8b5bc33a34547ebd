"""Opening the SQLite file, its schema version and its migrations."""

from __future__ import annotations

import errno
import os
import re
import sqlite3
import stat
import time
from pathlib import Path

from vertprep.storage.private_files import (
    create_private_file,
    make_private,
    own_files,
    prepare_folder,
)

# Each entry upgrades the schema from its index to index + 1. Append, never edit.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE profile (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE item_state (
        item_id TEXT PRIMARY KEY,
        done_at TEXT,
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    );
    """,
    """
    CREATE TABLE own_reminder (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        text TEXT NOT NULL,
        day TEXT NOT NULL,
        at TEXT
    );
    CREATE TABLE reminder_state (
        reminder_id TEXT PRIMARY KEY,
        dismissed_at TEXT,
        snoozed_until TEXT
    );
    """,
    # What the last calendar export wrote, so the next one updates the same events.
    """
    CREATE TABLE calendar_event (
        event_key TEXT PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        sequence INTEGER NOT NULL,
        fingerprint TEXT NOT NULL,
        ical TEXT NOT NULL,
        exported_at TEXT NOT NULL
    );
    """,
    # The moments the reminder agent has announced, so none is announced twice:
    # not after a restart, not by a second agent (see vertprep/agent/moments.py).
    """
    CREATE TABLE reminder_fired (
        patient_id INTEGER NOT NULL DEFAULT 1,
        reminder_id TEXT NOT NULL,
        moment TEXT NOT NULL,
        fired_at TEXT NOT NULL,
        PRIMARY KEY (patient_id, reminder_id, moment)
    );
    """,
    # The pain diary (one entry per patient per day), the check-ins' answers, and
    # the patient's questions for the follow-up visit.
    """
    CREATE TABLE pain_entry (
        patient_id INTEGER NOT NULL DEFAULT 1,
        day TEXT NOT NULL,
        score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
        walking TEXT,
        pain_medicine INTEGER,
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (patient_id, day)
    );
    CREATE TABLE check_in (
        patient_id INTEGER NOT NULL DEFAULT 1,
        point TEXT NOT NULL,
        answered_on TEXT NOT NULL,
        score INTEGER CHECK (score BETWEEN 0 AND 10),
        answers TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (patient_id, point, answered_on)
    );
    CREATE TABLE doctor_questions (
        patient_id INTEGER NOT NULL DEFAULT 1 PRIMARY KEY,
        text TEXT NOT NULL DEFAULT ''
    );
    """,
    # Several patients: every row that belongs to a person carries the patient's id,
    # and the one patient there was becomes patient 1. The name moves to the patient
    # row (one place); settings are the person's own (language, text size, contrast).
    # Tables keyed by (patient, key) are WITHOUT ROWID: one b-tree, and a list of
    # 10,000 patients reads each one's date and ticks from it directly.
    """
    CREATE TABLE patient (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL DEFAULT '',
        archived_at TEXT
    );
    INSERT INTO patient(id, name, created_at) VALUES (
        1,
        COALESCE((SELECT value FROM profile WHERE key = 'name'), ''),
        strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')
    );
    CREATE TABLE app_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);

    CREATE TABLE profile_v4 (
        patient_id INTEGER NOT NULL DEFAULT 1 REFERENCES patient(id),
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (patient_id, key)
    ) WITHOUT ROWID;
    INSERT INTO profile_v4(patient_id, key, value)
        SELECT 1, key, value FROM profile WHERE key <> 'name';
    DROP TABLE profile;
    ALTER TABLE profile_v4 RENAME TO profile;

    CREATE TABLE settings_v4 (
        patient_id INTEGER NOT NULL DEFAULT 1 REFERENCES patient(id),
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (patient_id, key)
    ) WITHOUT ROWID;
    INSERT INTO settings_v4(patient_id, key, value) SELECT 1, key, value FROM settings;
    DROP TABLE settings;
    ALTER TABLE settings_v4 RENAME TO settings;

    CREATE TABLE item_state_v4 (
        patient_id INTEGER NOT NULL DEFAULT 1 REFERENCES patient(id),
        item_id TEXT NOT NULL,
        done_at TEXT,
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (patient_id, item_id)
    ) WITHOUT ROWID;
    INSERT INTO item_state_v4(patient_id, item_id, done_at, note, updated_at)
        SELECT 1, item_id, done_at, note, updated_at FROM item_state;
    DROP TABLE item_state;
    ALTER TABLE item_state_v4 RENAME TO item_state;

    CREATE TABLE own_reminder_v4 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        patient_id INTEGER NOT NULL DEFAULT 1 REFERENCES patient(id),
        text TEXT NOT NULL,
        day TEXT NOT NULL,
        at TEXT
    );
    INSERT INTO own_reminder_v4(id, patient_id, text, day, at)
        SELECT id, 1, text, day, at FROM own_reminder;
    DROP TABLE own_reminder;
    ALTER TABLE own_reminder_v4 RENAME TO own_reminder;
    CREATE INDEX own_reminder_patient ON own_reminder(patient_id);

    CREATE TABLE reminder_state_v4 (
        patient_id INTEGER NOT NULL DEFAULT 1 REFERENCES patient(id),
        reminder_id TEXT NOT NULL,
        dismissed_at TEXT,
        snoozed_until TEXT,
        PRIMARY KEY (patient_id, reminder_id)
    ) WITHOUT ROWID;
    INSERT INTO reminder_state_v4(patient_id, reminder_id, dismissed_at, snoozed_until)
        SELECT 1, reminder_id, dismissed_at, snoozed_until FROM reminder_state;
    DROP TABLE reminder_state;
    ALTER TABLE reminder_state_v4 RENAME TO reminder_state;

    CREATE TABLE calendar_event_v4 (
        patient_id INTEGER NOT NULL DEFAULT 1 REFERENCES patient(id),
        event_key TEXT NOT NULL,
        uid TEXT NOT NULL UNIQUE,
        sequence INTEGER NOT NULL,
        fingerprint TEXT NOT NULL,
        ical TEXT NOT NULL,
        exported_at TEXT NOT NULL,
        PRIMARY KEY (patient_id, event_key)
    ) WITHOUT ROWID;
    INSERT INTO calendar_event_v4
        SELECT 1, event_key, uid, sequence, fingerprint, ical, exported_at FROM calendar_event;
    DROP TABLE calendar_event;
    ALTER TABLE calendar_event_v4 RENAME TO calendar_event;
    """,
    # The care team's plan a patient imported, as the plan file's text (one per patient).
    """
    CREATE TABLE team_plan (
        patient_id INTEGER NOT NULL DEFAULT 1 PRIMARY KEY,
        plan_text TEXT NOT NULL,
        file_name TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


# Why the data cannot be used, so that the message says what is true.
READ_ONLY, BUSY, DISK_FULL, NO_ACCESS, OTHER = (
    "read_only",
    "busy",
    "disk_full",
    "no_access",
    "other",
)
# How long a write waits for another program that holds the database (the default,
# 5 s, froze the window); the write then fails with BUSY.
BUSY_TIMEOUT_S = 1.5


class StorageError(Exception):
    """The data file cannot be opened or written; ``str()`` names the file, ``kind``
    says why (``READ_ONLY``, ``BUSY``, ``DISK_FULL``, ``NO_ACCESS`` or ``OTHER``)."""

    def __init__(self, path: Path, reason: str, kind: str = OTHER) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.kind = kind


def error_kind(error: BaseException) -> str:
    """Which of the kinds of :class:`StorageError` an ``OSError`` or SQLite error is."""
    if isinstance(error, OSError):
        if error.errno in (errno.EROFS,):
            return READ_ONLY
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return DISK_FULL
        if error.errno in (errno.EACCES, errno.EPERM, errno.ENAMETOOLONG, errno.ENOTDIR):
            return NO_ACCESS
        return OTHER
    text = str(error).lower()
    if "readonly" in text or "read-only" in text:
        return READ_ONLY
    if "locked" in text or "busy" in text:
        return BUSY
    if "full" in text:
        return DISK_FULL
    return OTHER


def storage_error(path: Path, error: BaseException) -> StorageError:
    return StorageError(path, str(error), error_kind(error))


def storable(text: str) -> str:
    """``text`` with any lone surrogate (which UTF-8 cannot hold) replaced by U+FFFD."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def commit(
    conn: sqlite3.Connection, path: Path, statements: list[tuple[str, tuple]]
) -> sqlite3.Cursor | None:
    """Run ``statements`` in one transaction and commit before returning; the last cursor.

    Every write of the app goes through here, so each one is whole or not at all, a
    text that UTF-8 cannot hold is stored with U+FFFD, and an SQLite error becomes a
    :class:`StorageError` that says what kind of trouble it is.
    """
    cursor = None
    try:
        with conn:
            conn.execute("BEGIN")
            for sql, params in statements:
                clean = tuple(storable(p) if isinstance(p, str) else p for p in params)
                cursor = conn.execute(sql, clean)
    except sqlite3.Error as error:
        raise storage_error(path, error) from error
    return cursor


class NewerSchemaError(StorageError):
    """The data file was written by a newer vertprep; it is left untouched."""

    def __init__(self, path: Path, found: int) -> None:
        super().__init__(path, f"schema version {found} is newer than {SCHEMA_VERSION}")
        self.found = found


SQLITE_MAGIC = b"SQLite format 3\x00"
USER_VERSION_OFFSET = 60  # the "user version" field of the SQLite file header


def _existing_version(path: Path) -> int:
    """Read the schema version from the file header, opening nothing for writing.

    Even a read-only SQLite connection may create -wal/-shm files beside a WAL
    database; reading the header bytes leaves the folder exactly as it was.
    """
    try:
        with path.open("rb") as stream:
            header = stream.read(100)
    except OSError as error:
        raise storage_error(path, error) from error
    if len(header) == 0:
        return 0  # an empty file: SQLite treats it as a new database
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise StorageError(path, "not a vertprep data file")
    return int.from_bytes(header[USER_VERSION_OFFSET : USER_VERSION_OFFSET + 4], "big")


def _check_writable(path: Path) -> None:
    """A file marked read-only (or that this user may not write) is said to be so at
    start, rather than every change failing later."""
    if not path.exists():
        return
    if not os.stat(path).st_mode & stat.S_IWUSR or not os.access(path, os.W_OK):
        raise StorageError(path, "the file is read-only", READ_ONLY)


def open_database(path: Path) -> sqlite3.Connection:
    """Open (or create) the database at ``path`` and bring its schema up to date.

    A file written by a newer version raises :class:`NewerSchemaError` before
    anything is written to it. The folder and files are made owner-only.
    """
    try:
        prepare_folder(path.parent, path.name)
        if path.exists():
            found = _existing_version(path)
            if found > SCHEMA_VERSION:
                raise NewerSchemaError(path, found)
        _check_writable(path)
        create_private_file(path)  # 0600 from the start; SQLite gives -wal/-shm its mode
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
    except (OSError, sqlite3.Error) as error:
        raise storage_error(path, error) from error
    # Some steps (changing the journal mode, WAL recovery) answer "locked" at once,
    # without waiting: when several starts race, try again until the busy time is up.
    deadline = time.monotonic() + 2 * BUSY_TIMEOUT_S
    while True:
        try:
            _prepare(conn, path)
            return conn
        except sqlite3.OperationalError as error:
            if error_kind(error) == BUSY and time.monotonic() < deadline:
                time.sleep(0.05)
                continue
            conn.close()
            raise storage_error(path, error) from error
        except (OSError, sqlite3.Error, StorageError) as error:
            conn.close()
            if isinstance(error, StorageError):
                raise
            raise storage_error(path, error) from error


def _prepare(conn: sqlite3.Connection, path: Path) -> None:
    # WAL keeps each commit to one short append. With synchronous=NORMAL a commit
    # survives the app being closed or killed; only a power cut can lose the
    # last moments, and the file stays consistent. FULL cost ~8 ms a tick here.
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    _migrate(conn, path)
    _check_intact(conn, path)
    for own in own_files(path.parent, path.name):
        make_private(own)


_TABLE_CHANGE = re.compile(
    r"CREATE TABLE (?:IF NOT EXISTS )?(?P<created>\w+)"
    r"|DROP TABLE (?:IF EXISTS )?(?P<dropped>\w+)"
    r"|ALTER TABLE (?P<renamed>\w+) RENAME TO (?P<to>\w+)",
    re.I,
)


def _expected_tables() -> set[str]:
    """Every table the migrations leave: created, not dropped, under its last name (a
    table rebuilt with a new key is created as ``x_v5`` and renamed to ``x``)."""
    tables: set[str] = set()
    for migration in MIGRATIONS:
        for change in _TABLE_CHANGE.finditer(migration):
            if change["created"]:
                tables.add(change["created"])
            elif change["dropped"]:
                tables.discard(change["dropped"])
            else:
                tables.discard(change["renamed"])
                tables.add(change["to"])
    return tables


def _check_intact(conn: sqlite3.Connection, path: Path) -> None:
    """A damaged file is said to be damaged at start, not by every later read.
    ``quick_check`` reads the file once (milliseconds for a patient's data)."""
    if conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
        raise StorageError(path, "the file is damaged")
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not _expected_tables() <= tables:
        raise StorageError(path, "the file is damaged: tables are missing")


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the schema up to date in one ``BEGIN IMMEDIATE`` transaction.

    The version is read inside the transaction, so two starts at the same moment
    cannot both create the tables: the second waits, then finds them made. It also
    tells at start whether the file can be written (read-only, another program).
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            # Only reachable when a newer version's change still sits in the WAL.
            raise NewerSchemaError(path, version)
        for target in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[target - 1].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {target:d}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
