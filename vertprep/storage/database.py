"""Opening the SQLite file, its schema version and its migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

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
        PRIMARY KEY (patient_id, point)
    );
    CREATE TABLE doctor_questions (
        patient_id INTEGER NOT NULL DEFAULT 1 PRIMARY KEY,
        text TEXT NOT NULL DEFAULT ''
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class StorageError(Exception):
    """The data file cannot be opened or written; ``str()`` names the file."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


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
        raise StorageError(path, str(error)) from error
    if len(header) == 0:
        return 0  # an empty file: SQLite treats it as a new database
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise StorageError(path, "not a vertprep data file")
    return int.from_bytes(header[USER_VERSION_OFFSET : USER_VERSION_OFFSET + 4], "big")


def open_database(path: Path) -> sqlite3.Connection:
    """Open (or create) the database at ``path`` and bring its schema up to date.

    A file written by a newer version raises :class:`NewerSchemaError` before
    anything is written to it.
    """
    if path.exists():
        found = _existing_version(path)
        if found > SCHEMA_VERSION:
            raise NewerSchemaError(path, found)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None)
        # WAL keeps each commit to one short append. With synchronous=NORMAL a commit
        # survives the app being closed or killed; only a power cut can lose the
        # last moments, and the file stays consistent. FULL cost ~8 ms a tick here.
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        found = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if found > SCHEMA_VERSION:
            # Only reachable when a newer version's change still sits in the WAL.
            conn.close()
            raise NewerSchemaError(path, found)
        _migrate(conn)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(path, str(error)) from error
    return conn


def _migrate(conn: sqlite3.Connection) -> None:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for target in range(version + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[target - 1].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {target:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
