"""Automatic copies in backups/: one a day when something changed, 7 days and 4 weeks."""

from __future__ import annotations

import os
import stat
from datetime import date, datetime, timedelta

from vertprep.storage import Store
from vertprep.storage.auto_backup import automatic_backup, daily_name, days_to_keep


def test_seven_days_and_four_weeks_are_kept():
    today = date(2026, 12, 1)  # a Tuesday
    days = [today - timedelta(days=n) for n in range(60)]
    kept = sorted(days_to_keep(days), reverse=True)
    assert kept[:7] == days[:7]
    # The newest copy of each of the last 4 calendar weeks (as restic's --keep-weekly
    # counts: the two newest weeks are among the 7 days already).
    assert kept[7:] == [date(2026, 11, 22), date(2026, 11, 15)]


def test_one_copy_a_day_only_when_something_changed(db_path):
    store = Store(db_path)
    store.set_done("blood_tests", datetime(2026, 12, 1, 9, 0))
    day = date(2026, 12, 1)
    made = automatic_backup(store.connection, db_path, day)
    assert made is not None and made.name == daily_name(day)
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    store.set_note("blood_tests", "later the same day")
    assert automatic_backup(store.connection, db_path, day) is None  # once a day
    # The next day: no change since the last copy, so no new copy.
    store.close()
    store = Store(db_path)
    later = made.stat().st_mtime + 5
    for path in db_path.parent.iterdir():
        if path.is_file():
            os.utime(path, (later - 10, later - 10))
    os.utime(made, (later, later))
    assert automatic_backup(store.connection, db_path, day + timedelta(days=1)) is None
    store.set_note("blood_tests", "a change")
    os.utime(made, (later - 20, later - 20))
    assert automatic_backup(store.connection, db_path, day + timedelta(days=2)) is not None
    store.close()


def test_old_copies_are_dropped(db_path):
    store = Store(db_path)
    folder = db_path.parent / "backups"
    folder.mkdir()
    start = date(2026, 10, 1)
    for n in range(60):
        (folder / daily_name(start + timedelta(days=n))).write_bytes(b"old copy")
    (folder / "before-restore-2026-10-01-101010.sqlite3").write_bytes(b"kept")
    store.set_done("fasting", datetime(2026, 12, 1, 9, 0))
    automatic_backup(store.connection, db_path, date(2026, 12, 1))
    store.close()
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 1 + 7 + 2
    assert "before-restore-2026-10-01-101010.sqlite3" in names  # not an automatic copy
    assert daily_name(date(2026, 12, 1)) in names
