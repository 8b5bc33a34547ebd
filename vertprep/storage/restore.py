"""Restoring a backup into a data folder, after a dated safety copy of what is there.

A backup of everyone replaces the database file; a backup of one patient adds that
patient, or replaces the one the caller names, and leaves everyone else alone. A
leftover -wal or -shm file is never replayed over restored data: the current database
is checkpointed and those files removed before the new file takes its place.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from vertprep.storage.backup import (
    BackupError,
    BackupInfo,
    _install,
    _sidecars,
    check_backup,
    private_folder,
    write_backup,
)
from vertprep.storage.database import StorageError, open_database
from vertprep.storage.patients import patient_tables, unused_first_patient
from vertprep.storage.private_files import backups_folder

WORK_FOLDER = ".restore"


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the patients it brought back and where the safety copy is."""

    patient_ids: tuple[int, ...]
    safety_copy: Path | None


def safety_copy(db_path: Path, now: datetime | None = None) -> Path | None:
    """A dated copy of the current data in ``backups/`` before it is replaced."""
    if not db_path.is_file():
        return None
    stamp = (now or datetime.now()).strftime("%Y-%m-%d-%H%M%S")
    out = private_folder(backups_folder(db_path)) / f"before-restore-{stamp}.sqlite3"
    try:
        conn = open_database(db_path)
    except StorageError:
        # Data that cannot be opened is still kept, byte for byte, with its -wal.
        shutil.copyfile(db_path, out)
        for side in _sidecars(db_path):
            if side.exists():
                shutil.copyfile(side, out.with_name(out.name + side.name[len(db_path.name) :]))
        return out
    try:
        write_backup(conn, out)
    finally:
        conn.close()
    return out


def inspect(db_path: Path, backup: Path) -> BackupInfo:
    """Check a backup without restoring it (for asking before a restore)."""
    info, work = check_backup(backup, db_path.parent / WORK_FOLDER)
    _clean_work(work)
    return info


def _clean_work(work: Path) -> None:
    shutil.rmtree(work.parent, ignore_errors=True)


def _retire_old_database(db_path: Path) -> None:
    """Write back and close any -wal of the current file, then remove what is left."""
    if db_path.is_file():
        try:
            conn = sqlite3.connect(db_path, isolation_level=None)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
        except sqlite3.Error:
            pass  # the safety copy has it; the sidecars go anyway
    for side in _sidecars(db_path):
        side.unlink(missing_ok=True)


def restore_all(db_path: Path, backup: Path, now: datetime | None = None) -> RestoreResult:
    """Replace the whole database with ``backup``. The app must not have it open."""
    _info, work = check_backup(backup, db_path.parent / WORK_FOLDER)
    try:
        kept = safety_copy(db_path, now)
        _retire_old_database(db_path)
        _install(work, db_path)
    except OSError as error:
        raise BackupError(db_path, error.strerror or str(error)) from error
    finally:
        _clean_work(work)
    conn = open_database(db_path)
    try:
        ids = tuple(row[0] for row in conn.execute("SELECT id FROM patient ORDER BY id"))
    finally:
        conn.close()
    return RestoreResult(ids, kept)


_OWN_KEY = re.compile(r"^own:(\d+)(?=$|:)")


def _copyable_columns(source: sqlite3.Connection, table: str, target_columns: set[str]):
    """Columns to copy: shared by both files, without a table's own row id (new rows get
    new ids), and the reminder id kept aside to renumber the calendar keys."""
    info = source.execute(f'PRAGMA backup.table_info("{table}")').fetchall()
    own_id = [c[1] for c in info if c[5] == 1 and c[2].upper() == "INTEGER"]
    single_pk = own_id if sum(1 for c in info if c[5]) == 1 else []
    return [c[1] for c in info if c[1] in target_columns and c[1] not in single_pk], single_pk


def restore_patient(
    conn: sqlite3.Connection,
    db_path: Path,
    backup: Path,
    replace_id: int | None = None,
    now: datetime | None = None,
) -> RestoreResult:
    """Add the one patient of ``backup`` to the open database ``conn`` (as a new patient,
    or over ``replace_id``), in one transaction, after a safety copy. A new patient
    takes the place of a new folder's unused first patient (see
    :func:`~vertprep.storage.patients.unused_first_patient`): the patient's id tells."""
    info, work = check_backup(backup, db_path.parent / WORK_FOLDER)
    try:
        if info.single_patient is None and len(info.patient_names) != 1:
            raise BackupError(backup, "holds several patients: restore it as a whole")
        kept = safety_copy(db_path, now)
        conn.execute("ATTACH DATABASE ? AS backup", (str(work),))
        try:
            patient = _copy_patient(conn, replace_id)
        finally:
            conn.execute("DETACH DATABASE backup")
    except sqlite3.Error as error:
        raise BackupError(backup, str(error)) from error
    finally:
        _clean_work(work)
    return RestoreResult((patient,), kept)


def _copy_patient(conn: sqlite3.Connection, replace_id: int | None) -> int:
    source_id, name, created, archived = conn.execute(
        "SELECT id, name, created_at, archived_at FROM backup.patient ORDER BY id LIMIT 1"
    ).fetchone()
    with conn:
        conn.execute("BEGIN IMMEDIATE")
        if replace_id is None:  # judged under the write lock, as add_patients does
            replace_id = unused_first_patient(conn)
        if replace_id is not None:
            for table in patient_tables(conn):
                conn.execute(f'DELETE FROM main."{table}" WHERE patient_id = ?', (replace_id,))
            conn.execute(
                "UPDATE main.patient SET name = ?, archived_at = ? WHERE id = ?",
                (name, archived, replace_id),
            )
            target = replace_id
        else:
            cursor = conn.execute(
                "INSERT INTO main.patient(name, created_at, archived_at) VALUES(?, ?, ?)",
                (name, created, archived),
            )
            target = int(cursor.lastrowid)
        renumbered = _copy_rows(conn, source_id, target)
        _renumber_own_keys(conn, target, renumbered)
    return target


def _copy_rows(conn: sqlite3.Connection, source_id: int, target: int) -> dict[int, int]:
    """Copy every person's table; returns old -> new own reminder ids."""
    renumbered: dict[int, int] = {}
    backup_tables = {
        row[0] for row in conn.execute("SELECT name FROM backup.sqlite_master WHERE type='table'")
    }
    for table in patient_tables(conn):
        if table not in backup_tables:
            continue
        target_columns = {c[1] for c in conn.execute(f'PRAGMA main.table_info("{table}")')}
        columns, row_id = _copyable_columns(conn, table, target_columns)
        names = [c for c in columns if c != "patient_id"]
        listed = ", ".join(f'"{c}"' for c in names)
        if row_id:  # one by one, to learn each new id
            for row in conn.execute(
                f'SELECT "{row_id[0]}", {listed} FROM backup."{table}" WHERE patient_id = ?',
                (source_id,),
            ).fetchall():
                cursor = conn.execute(
                    f'INSERT INTO main."{table}"(patient_id, {listed}) '
                    f"VALUES(?, {', '.join('?' * len(names))})",
                    (target, *row[1:]),
                )
                if table == "own_reminder":
                    renumbered[int(row[0])] = int(cursor.lastrowid)
        else:
            # Calendar UIDs are unique in the file: beside its original, a restored
            # copy's events are left out, and its next export starts fresh ones.
            verb = "INSERT OR IGNORE" if table == "calendar_event" else "INSERT"
            conn.execute(
                f'{verb} INTO main."{table}"(patient_id, {listed}) '
                f'SELECT ?, {listed} FROM backup."{table}" WHERE patient_id = ?',
                (target, source_id),
            )
    return renumbered


def _renumber_own_keys(conn: sqlite3.Connection, patient: int, renumbered: dict[int, int]):
    """Dismissals and calendar events of own reminders name them by id ("own:3")."""
    for table, column in (("reminder_state", "reminder_id"), ("calendar_event", "event_key")):
        rows = conn.execute(
            f"SELECT {column} FROM main.{table} WHERE patient_id = ? AND {column} LIKE 'own:%'",
            (patient,),
        ).fetchall()
        # Two passes through a marked key, so that a new id never meets an old one.
        changed = []
        for (key,) in rows:
            match = _OWN_KEY.match(key)
            if match and int(match.group(1)) in renumbered:
                new_key = f"own:{renumbered[int(match.group(1))]}" + key[match.end() :]
                changed.append(new_key)
                conn.execute(
                    f"UPDATE main.{table} SET {column} = ? WHERE patient_id = ? AND {column} = ?",
                    ("\x00" + new_key, patient, key),
                )
        for new_key in changed:
            conn.execute(
                f"UPDATE main.{table} SET {column} = ? WHERE patient_id = ? AND {column} = ?",
                (new_key, patient, "\x00" + new_key),
            )
