"""The patients in one data folder: listing, adding, renaming, archiving, deleting.

Every table that holds a person's data has a ``patient_id`` column; this module finds
those tables from the schema itself, so a table added later (a care plan, a pain
diary) is deleted, backed up and restored with its patient without being listed here.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time
from pathlib import Path
from typing import NamedTuple

from vertprep.core.date_limits import EARLIEST, LATEST, within_limits
from vertprep.storage.database import commit

# How many checklist items are ticked, and the profile fields a list shows, for every
# patient in one pass: 10,000 patients are listed in a few milliseconds.
_SUMMARY_SQL = """
    SELECT p.id, p.name, p.archived_at IS NOT NULL,
        (SELECT value FROM profile WHERE patient_id = p.id AND key = 'procedure_date'),
        (SELECT value FROM profile WHERE patient_id = p.id AND key = 'arrival_time'),
        (SELECT COUNT(*) FROM item_state WHERE patient_id = p.id AND done_at IS NOT NULL)
    FROM patient AS p
"""


# The same list as text, checked by SQLite itself: a date that is not a real one (or
# out of range) or a damaged time lists as empty, as the store reads it. For the
# command line, which prints 10,000 lines without making 10,000 objects.
_LISTING_SQL = f"""
    SELECT CAST(p.id AS TEXT), p.name,
        (SELECT CASE WHEN date(value) IS value
                      AND value BETWEEN '{EARLIEST.isoformat()}' AND '{LATEST.isoformat()}'
                     THEN value ELSE '' END
         FROM profile WHERE patient_id = p.id AND key = 'procedure_date'),
        (SELECT CASE WHEN time(value) IS value || ':00' THEN value ELSE '' END
         FROM profile WHERE patient_id = p.id AND key = 'arrival_time'),
        CAST((SELECT COUNT(*) FROM item_state
              WHERE patient_id = p.id AND done_at IS NOT NULL) AS TEXT)
    FROM patient AS p
"""


class PatientSummary(NamedTuple):
    """One line of the patients list: who, when, and how many steps are done (a named
    tuple: 10,000 of them are made in a few milliseconds)."""

    id: int
    name: str
    archived: bool = False
    procedure_date: date | None = None
    arrival_time: time | None = None
    steps_done: int = 0


class AmbiguousPatientError(LookupError):
    """A name matched more than one patient; ``matches`` lists them all."""

    def __init__(self, query: str, matches: list[PatientSummary]) -> None:
        super().__init__(query)
        self.query = query
        self.matches = matches


class UnknownPatientError(LookupError):
    """No patient has this id or name."""


def normalized_name(name: str) -> str:
    """A name as stored: inner runs of spaces made one, no spaces around it."""
    return " ".join(name.split())


def _parse(kind, raw: str | None):
    if not raw:
        return None
    try:
        value = kind.fromisoformat(raw)
    except (TypeError, ValueError):
        return None  # a damaged value lists as empty, as the store reads it
    return value if kind is time or within_limits(value) else None


def _summary(row: tuple) -> PatientSummary:
    patient_id, name, archived, day, arrival, done = row
    return PatientSummary(
        patient_id, name, bool(archived), _parse(date, day), _parse(time, arrival), done
    )


def patient_tables(conn: sqlite3.Connection) -> list[str]:
    """Every table holding a person's rows: those with a ``patient_id`` column."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'patient' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return [
        name
        for name in names
        if any(column[1] == "patient_id" for column in conn.execute(f'PRAGMA table_info("{name}")'))
    ]


# How a new data folder looks and feels (language, text size, the window's place) is
# not a patient's care: a folder whose only patient has nothing else is still unused.
LOOK_AND_FEEL_TABLES = frozenset({"settings"})


def unused_first_patient(conn: sqlite3.Connection) -> int | None:
    """The one patient of a new data folder while it is unused: the only patient
    (archived ones count), with no name and nothing of their care stored. An import or
    a restored backup of one patient takes its place instead of coming second to it."""
    rows = conn.execute("SELECT id, name FROM main.patient LIMIT 2").fetchall()
    if len(rows) != 1 or rows[0][1]:
        return None
    only = rows[0][0]
    for table in patient_tables(conn):
        if table in LOOK_AND_FEEL_TABLES:
            continue
        query = f'SELECT 1 FROM main."{table}" WHERE patient_id = ? LIMIT 1'
        if conn.execute(query, (only,)).fetchone():
            return None
    return only


class PatientRegistry:
    """The ``patient`` table of one open database. Each change commits at once."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._path = path

    def _write(self, statements: list[tuple[str, tuple]]) -> sqlite3.Cursor:
        return commit(self._conn, self._path, statements)

    # -- reading ------------------------------------------------------------------
    def summaries(self, include_archived: bool = False) -> list[PatientSummary]:
        """Patients by name (then id), the archived ones only when asked."""
        where = "" if include_archived else " WHERE p.archived_at IS NULL"
        rows = self._conn.execute(
            _SUMMARY_SQL + where + " ORDER BY p.name COLLATE NOCASE, p.id"
        ).fetchall()
        return [_summary(row) for row in rows]

    def listing(self, include_archived: bool = False) -> list[tuple[str, ...]]:
        """(id, name, date, arrival, steps done) as text, by name: what
        ``vertprep patients list`` prints ("" for a missing or damaged value)."""
        where = "" if include_archived else " WHERE p.archived_at IS NULL"
        rows = self._conn.execute(
            _LISTING_SQL + where + " ORDER BY p.name COLLATE NOCASE, p.id"
        ).fetchall()
        return [tuple(cell or "" for cell in row) for row in rows]

    def entries(self, include_archived: bool = False) -> list[PatientSummary]:
        """Patients by name with only id, name and archived filled in: one light query
        for a list that reads the rest (:meth:`summary`) for the rows it shows."""
        where = "" if include_archived else " WHERE archived_at IS NULL"
        rows = self._conn.execute(
            "SELECT id, name, archived_at IS NOT NULL FROM patient"
            + where
            + " ORDER BY name COLLATE NOCASE, id"
        ).fetchall()
        return [PatientSummary(int(row[0]), row[1], bool(row[2])) for row in rows]

    def summary(self, patient_id: int) -> PatientSummary | None:
        row = self._conn.execute(_SUMMARY_SQL + " WHERE p.id = ?", (patient_id,)).fetchone()
        return _summary(row) if row else None

    def name(self, patient_id: int) -> str:
        row = self._conn.execute("SELECT name FROM patient WHERE id = ?", (patient_id,)).fetchone()
        return row[0] if row else ""

    def exists(self, patient_id: int) -> bool:
        return (
            self._conn.execute("SELECT 1 FROM patient WHERE id = ?", (patient_id,)).fetchone()
            is not None
        )

    def active_count(self) -> int:
        return int(
            self._conn.execute("SELECT COUNT(*) FROM patient WHERE archived_at IS NULL").fetchone()[
                0
            ]
        )

    def first_active(self) -> int | None:
        row = self._conn.execute(
            "SELECT id FROM patient WHERE archived_at IS NULL ORDER BY id LIMIT 1"
        ).fetchone()
        return int(row[0]) if row else None

    def find(self, query: str, include_archived: bool = True) -> PatientSummary:
        """The one patient with this id, or this name (ignoring case), or whose name
        contains it. Raises :class:`UnknownPatientError` or :class:`AmbiguousPatientError`."""
        query = normalized_name(query)
        if query.isdigit():
            found = self.summary(int(query))
            if found is None or (found.archived and not include_archived):
                raise UnknownPatientError(query)
            return found
        everyone = self.summaries(include_archived)
        wanted = query.casefold()
        exact = [p for p in everyone if p.name.casefold() == wanted]
        matches = exact or [p for p in everyone if wanted and wanted in p.name.casefold()]
        if not matches:
            raise UnknownPatientError(query)
        if len(matches) > 1:
            raise AmbiguousPatientError(query, matches)
        return matches[0]

    # -- changes --------------------------------------------------------------------
    def add(self, name: str = "") -> int:
        """A new, empty patient; returns the id."""
        stamp = datetime.now().astimezone().isoformat(timespec="seconds")
        cursor = self._write(
            [("INSERT INTO patient(name, created_at) VALUES(?, ?)", (normalized_name(name), stamp))]
        )
        return int(cursor.lastrowid)

    def rename(self, patient_id: int, name: str) -> None:
        self._write(
            [("UPDATE patient SET name = ? WHERE id = ?", (normalized_name(name), patient_id))]
        )

    def set_archived(self, patient_id: int, archived: bool) -> None:
        """Archived patients are hidden from lists and batch printing, and kept."""
        stamp = datetime.now().astimezone().isoformat(timespec="seconds") if archived else None
        self._write([("UPDATE patient SET archived_at = ? WHERE id = ?", (stamp, patient_id))])

    def delete(self, patient_id: int) -> None:
        """The patient and every row of theirs, in every table, in one transaction."""
        statements = [
            (f'DELETE FROM "{table}" WHERE patient_id = ?', (patient_id,))
            for table in patient_tables(self._conn)
        ]
        statements.append(("DELETE FROM patient WHERE id = ?", (patient_id,)))
        self._write(statements)
