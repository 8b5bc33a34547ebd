"""Automatic dated copies in the data folder's ``backups/``: at most one a day, only when
something changed, keeping the last 7 days and the last 4 weeks."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

from vertprep.storage.private_files import backups_folder

KEEP_DAYS = 7
KEEP_WEEKS = 4
DAILY_NAME = re.compile(r"^vertprep-(\d{4}-\d{2}-\d{2})\.sqlite3$")


def daily_name(day: date) -> str:
    return f"vertprep-{day.isoformat()}.sqlite3"


def dated_copies(folder: Path) -> dict[date, Path]:
    """The automatic copies in ``folder`` by their day (others are left alone)."""
    copies = {}
    if folder.is_dir():
        for path in folder.iterdir():
            match = DAILY_NAME.match(path.name)
            if match:
                try:
                    copies[date.fromisoformat(match.group(1))] = path
                except ValueError:
                    continue
    return copies


def days_to_keep(days: list[date]) -> set[date]:
    """The newest 7 days, and the newest copy of each of the newest 4 weeks."""
    newest_first = sorted(set(days), reverse=True)
    keep = set(newest_first[:KEEP_DAYS])
    weeks: dict[tuple[int, int], date] = {}
    for day in newest_first:
        week = tuple(day.isocalendar())[:2]
        if week not in weeks and len(weeks) < KEEP_WEEKS:
            weeks[week] = day
    return keep | set(weeks.values())


def _last_change(db_path: Path) -> float:
    """When the data was last written: the file, or its -wal once it holds something
    (opening the database touches an empty -wal and the -shm; that is no change)."""
    wal = db_path.with_name(db_path.name + "-wal")
    files = [db_path] + ([wal] if wal.exists() and wal.stat().st_size > 0 else [])
    return max((f.stat().st_mtime for f in files if f.exists()), default=0.0)


def automatic_backup(conn: sqlite3.Connection, db_path: Path, today: date) -> Path | None:
    """Take today's copy if there is none yet and the data changed since the newest
    copy; then drop the copies no longer kept. Returns the new copy, if any."""
    folder = backups_folder(db_path)
    copies = dated_copies(folder)
    made = None
    newest = copies[max(copies)] if copies else None
    changed = newest is None or _last_change(db_path) > newest.stat().st_mtime
    if today not in copies and changed:
        # Only now: most starts and quits of a day have nothing to copy.
        from vertprep.storage.backup import private_folder, write_backup

        made = write_backup(conn, private_folder(folder) / daily_name(today))
        copies[today] = made
    keep = days_to_keep(list(copies))
    for day, path in copies.items():
        if day not in keep:
            path.unlink(missing_ok=True)
    return made
