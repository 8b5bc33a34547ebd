"""``vertprep backup`` and ``vertprep restore``: one self-contained file, and back.

A backup is taken with SQLite's online backup API, so it is consistent even while the
app is open. A restore checks the file first and refuses it, changing nothing, when it
is not a vertprep backup, is damaged or comes from a newer version; before replacing
anything it keeps the current data as a dated safety copy in ``backups/``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vertprep.commands.arguments import (
    EXIT_CODES_HELP,
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    open_store,
)
from vertprep.commands.patient_arg import PatientChoiceError, choose_patient, required_database


def register(subparsers, add_common_options) -> None:
    backup = subparsers.add_parser(
        "backup",
        help="save all patients (or one) into one backup file",
        description="Save the stored data into one self-contained file, safe to take while "
        "vertprep is open. Restore it with: vertprep restore FILE",
        epilog=EXIT_CODES_HELP,
    )
    add_common_options(backup)
    backup.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")
    backup.add_argument("--patient", metavar="ID_OR_NAME", help="only this patient")
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser(
        "restore",
        help="bring back the data of a backup file",
        description="Check a backup file and restore it. A backup of everyone replaces "
        "the stored data; a backup of one patient adds that patient, or replaces the "
        "patient of the same name when you say so. The data there now is first kept "
        "as a dated safety copy in the data folder's backups/.",
        epilog=EXIT_CODES_HELP,
    )
    add_common_options(restore)
    restore.add_argument("file", metavar="FILE", help="the backup file")
    how = restore.add_mutually_exclusive_group()
    how.add_argument(
        "--replace", metavar="ID_OR_NAME", help="one patient's backup replaces this patient"
    )
    how.add_argument(
        "--as-new", action="store_true", help="one patient's backup is added as a new patient"
    )
    restore.set_defaults(handler=run_restore)


def _fail(prog: str, message: str, code: int = EXIT_USAGE) -> int:
    print(f"{prog}: error: {message}", file=sys.stderr)
    return code


def run_backup(args: argparse.Namespace) -> int:
    """Handler of ``vertprep backup``."""
    from vertprep.storage.backup import BackupError, write_backup

    prog = "vertprep backup"
    out = Path(args.out).expanduser()
    try:
        store = open_store(required_database(args.data_dir))
        try:
            patient = choose_patient(store, args.patient) if args.patient else None
            write_backup(store.connection, out, patient)
        finally:
            store.close()
    except CommandError as error:
        return _fail(prog, str(error), error.exit_code)
    except BackupError as error:
        return _fail(prog, f"cannot write the backup: {error}", EXIT_ERROR)
    who = f"patient {patient}" if patient else "all patients"
    print(f"Saved a backup of {who} to {out}")
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    """Handler of ``vertprep restore``."""
    from vertprep.paths import database_path, resolve_data_dir
    from vertprep.storage import StorageError
    from vertprep.storage.backup import BackupError

    prog = "vertprep restore"
    db = database_path(resolve_data_dir(args.data_dir))
    backup = Path(args.file).expanduser()
    try:
        return _restore(db, backup, args)
    except CommandError as error:
        return _fail(prog, str(error), error.exit_code)
    except BackupError as error:
        return _fail(prog, f"{error.path}: {error.reason}. Nothing was changed")
    except (OSError, StorageError) as error:
        return _fail(prog, f"cannot restore: {error}", EXIT_ERROR)


def _restore(db: Path, backup: Path, args: argparse.Namespace) -> int:
    """Restore while holding the data folder's lock: never under a running window."""
    from PySide6.QtCore import QLockFile

    from vertprep.single_instance import LOCK_NAME

    lock = None
    if db.parent.is_dir():
        lock = QLockFile(str(db.parent / LOCK_NAME))
        lock.setStaleLockTime(0)  # stale only when its process is gone
        if not lock.tryLock(0):
            raise CommandError(
                "vertprep is open for this data folder: quit it first, or use "
                "File › Restore in its window. Nothing was changed",
                EXIT_ERROR,
            )
    try:
        return _restore_unlocked(db, backup, args)
    finally:
        if lock is not None:
            lock.unlock()


def _restore_unlocked(db: Path, backup: Path, args: argparse.Namespace) -> int:
    from vertprep.storage import Store
    from vertprep.storage.restore import inspect, restore_all, restore_patient

    info = inspect(db, backup)
    single = info.single_patient is not None
    if not single:
        if args.replace or args.as_new:
            raise PatientChoiceError("--replace and --as-new are for a backup of one patient")
        result = restore_all(db, backup)
        print(f"Restored {len(result.patient_ids)} patients from {backup}")
    else:
        name = info.patient_names[0] if info.patient_names else ""
        db.parent.mkdir(parents=True, exist_ok=True)
        store = Store(db)
        try:
            replace = _patient_to_replace(store, name, args)
            result = restore_patient(store.connection, db, backup, replace)
        finally:
            store.close()
        verb = "Replaced" if replace is not None else "Added"
        print(f"{verb} patient {result.patient_ids[0]} ({name or 'no name'}) from {backup}")
    if result.safety_copy is not None:
        print(f"The data as it was is kept in {result.safety_copy}")
    return EXIT_OK


def _patient_to_replace(store, name: str, args: argparse.Namespace) -> int | None:
    """Which patient a one-patient backup replaces: as asked; else none (a new patient,
    which takes the place of a new folder's unused first patient), unless the same name
    is already here."""
    from vertprep.storage.patients import unused_first_patient

    if args.replace:
        return choose_patient(store, args.replace)
    if args.as_new:
        return None
    if unused_first_patient(store.connection) is not None:
        return None
    everyone = store.patients.entries(include_archived=True)
    wanted = " ".join(name.split()).casefold()
    same = [p for p in everyone if p.name.casefold() == wanted]
    if same:
        raise PatientChoiceError(
            f"a patient named {name or '(no name)'!r} is already here (id {same[0].id}): "
            f"add --replace {same[0].id} to replace them, or --as-new to add a copy"
        )
    return None
