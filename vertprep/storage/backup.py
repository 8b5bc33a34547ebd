"""Backups: one self-contained file, written with SQLite's online backup API, and checked
before anything is restored from it.

The online backup copies a consistent snapshot even while the app (or another process)
is writing, including what still sits in the -wal file. The copy is then made a plain
single-file database (journal mode DELETE), so nothing beside it is ever needed.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from vertprep.storage.database import SCHEMA_VERSION, SQLITE_MAGIC, open_database
from vertprep.storage.patients import patient_tables
from vertprep.storage.private_files import FILE_MODE as PRIVATE_FILE
from vertprep.storage.private_files import FOLDER_MODE as PRIVATE_FOLDER

BACKUP_OF = "backup_of"  # app setting in a backup: "all", or the one patient's id
BACKUP_MADE_AT = "backup_made_at"
# Tables every vertprep data file has had since schema 1.
VERTPREP_TABLES = {"profile", "settings", "item_state"}


class BackupError(Exception):
    """A backup cannot be written, or a file cannot be restored; ``reason`` says why."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NotABackupError(BackupError):
    """The file is not a vertprep backup (not SQLite, or another program's database)."""


class DamagedBackupError(BackupError):
    """The file is cut short or its integrity check fails."""


class NewerBackupError(BackupError):
    """The backup was made by a newer vertprep than this one."""


@dataclass(frozen=True)
class BackupInfo:
    """What a checked backup holds."""

    path: Path
    schema_version: int
    patient_names: tuple[str, ...]
    #: The one patient's id in the backup, or ``None`` for a backup of everyone.
    single_patient: int | None


def private_folder(folder: Path) -> Path:
    """Make ``folder`` (and parents) and keep it to its owner."""
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    os.chmod(folder, PRIVATE_FOLDER)
    return folder


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _temporary_beside(target: Path, suffix: str) -> Path:
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    os.close(handle)
    os.chmod(name, PRIVATE_FILE)
    return Path(name)


def _install(temp: Path, target: Path) -> None:
    """Move a finished database file into place: flushed, owner-only, all at once."""
    with temp.open("rb+") as stream:
        os.fsync(stream.fileno())
    os.chmod(temp, PRIVATE_FILE)
    os.replace(temp, target)


def _drop_other_patients(conn: sqlite3.Connection, keep: int) -> None:
    with conn:
        conn.execute("BEGIN")
        for table in patient_tables(conn):
            conn.execute(f'DELETE FROM "{table}" WHERE patient_id <> ?', (keep,))
        conn.execute("DELETE FROM patient WHERE id <> ?", (keep,))
        conn.execute("DELETE FROM app_setting WHERE key <> ?", (BACKUP_OF,))


def write_backup(source: sqlite3.Connection, out: Path, patient_id: int | None = None) -> Path:
    """Copy the open database ``source`` to ``out`` (all patients, or one), atomically.

    Raises :class:`BackupError` (the message names the file); ``out`` is then unchanged.
    """
    out = Path(out)
    if out.is_dir():
        raise BackupError(out, "is a folder, not a file")
    if not out.parent.is_dir():
        raise BackupError(out, f"the folder {out.parent} does not exist")
    try:
        temp = _temporary_beside(out, ".part")
    except OSError as error:
        raise BackupError(out, error.strerror or str(error)) from error
    try:
        copy = sqlite3.connect(temp, isolation_level=None)
        try:
            source.backup(copy)  # one step: a consistent snapshot, -wal included
            copy.execute("PRAGMA journal_mode=DELETE")
            if patient_id is not None:
                _drop_other_patients(copy, patient_id)
            stamp = datetime.now().astimezone().isoformat(timespec="seconds")
            for key, value in ((BACKUP_OF, str(patient_id or "all")), (BACKUP_MADE_AT, stamp)):
                copy.execute(
                    "INSERT INTO app_setting(key, value) VALUES(?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )
            if patient_id is not None:
                copy.execute("VACUUM")  # no other patient's data left in free pages
        finally:
            copy.close()
        _install(temp, out)
    except (OSError, sqlite3.Error) as error:
        temp.unlink(missing_ok=True)
        reason = getattr(error, "strerror", None) or str(error)
        raise BackupError(out, reason) from error
    return out


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(100)
    except OSError as error:
        raise BackupError(path, error.strerror or str(error)) from error


def _size_in_header(header: bytes) -> int:
    """The file size the SQLite header promises (0 when it does not say)."""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count is valid only when written by the same change as the header.
    return page_size * pages if header[24:28] == header[92:96] else 0


def check_backup(path: Path, work_folder: Path) -> tuple[BackupInfo, Path]:
    """Check ``path`` and return what it holds and a private working copy brought up to
    this version's schema, in ``work_folder``. The file itself is only read.

    Raises :class:`NotABackupError`, :class:`DamagedBackupError` or
    :class:`NewerBackupError`; the caller then changes nothing.
    """
    path = Path(path)
    if not path.is_file():
        raise BackupError(path, "no such file")
    header = _read_header(path)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotABackupError(path, "not a vertprep backup")
    version = int.from_bytes(header[60:64], "big")
    if _size_in_header(header) > path.stat().st_size:
        raise DamagedBackupError(path, "the file is incomplete (cut short)")
    if version > SCHEMA_VERSION:
        raise NewerBackupError(path, f"made by a newer vertprep (schema {version})")
    # Work on a copy so that not even a -shm file appears beside the original.
    work = private_folder(work_folder) / "checked.sqlite3"
    for leftover in [work, *_sidecars(work)]:
        leftover.unlink(missing_ok=True)
    shutil.copyfile(path, work)
    os.chmod(work, PRIVATE_FILE)
    try:
        info = _inspect(path, work, version)
    except BaseException:
        shutil.rmtree(work.parent, ignore_errors=True)
        raise
    return info, work


def _inspect(original: Path, work: Path, version: int) -> BackupInfo:
    try:
        conn = sqlite3.connect(f"file:{work}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise DamagedBackupError(original, f"the file is damaged ({error})") from error
    if result != "ok":
        raise DamagedBackupError(original, "the file is damaged (integrity check failed)")
    if version < 1 or not tables >= VERTPREP_TABLES:
        raise NotABackupError(original, "not a vertprep backup")
    try:
        conn = open_database(work)  # an older backup is brought up to this version
    except Exception as error:
        raise DamagedBackupError(original, f"cannot be read: {error}") from error
    try:
        names = tuple(row[0] for row in conn.execute("SELECT name FROM patient ORDER BY id"))
        row = conn.execute("SELECT value FROM app_setting WHERE key = ?", (BACKUP_OF,)).fetchone()
        single = int(row[0]) if row and row[0].isdigit() else None
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    return BackupInfo(original, version, names, single)
