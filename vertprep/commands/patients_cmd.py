"""``vertprep patients list|add|import``: the nurse's desk, with no window.

``list`` shows id, name, procedure date, arrival time and steps done; ``add`` prints the
new patient's id; ``import`` takes the day's list as a CSV file (see
:mod:`vertprep.commands.patient_csv`) and imports all of it, or with ``--skip-bad``
every good row, reporting each bad row by its line number.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from vertprep.commands.arguments import (
    EXIT_CODES_HELP,
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    clock_time,
    iso_date,
)
from vertprep.commands.patient_csv import COLUMNS, check_name, check_place

PROG = "vertprep patients"
LIST_COLUMNS = ("id", "name", "date", "arrival", "steps_done")


def register(subparsers, add_common_options) -> None:
    from vertprep.commands.print_cmd import phone_number

    parser = subparsers.add_parser(
        "patients",
        help="list, add or import patients (several people on one computer)",
        description="The patients stored in this data folder.",
        epilog=EXIT_CODES_HELP,
    )
    add_common_options(parser)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="id, name, procedure date, arrival, steps done")
    add_common_options(listing)
    listing.add_argument("--format", choices=("table", "csv"), default="table")
    listing.add_argument("--archived", action="store_true", help="also the archived ones")
    listing.set_defaults(handler=run_list)

    add = actions.add_parser("add", help="add a patient and print the new id")
    add_common_options(add)
    add.add_argument("--name", required=True, type=check_name, metavar="NAME")
    add.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="procedure date")
    add.add_argument("--arrival", type=clock_time, metavar="HH:MM", help="arrival time")
    add.add_argument("--phone", type=phone_number, metavar="NUMBER", help="care team phone")
    add.add_argument("--place", type=check_place, metavar="TEXT", help="hospital")
    add.set_defaults(handler=run_add)  # its --lang is the patient's language

    imports = actions.add_parser(
        "import",
        help="add the day's patients from a CSV file",
        description="Add patients from a CSV file whose first line names the columns: "
        + ", ".join(COLUMNS)
        + " (only name is required; date YYYY-MM-DD, arrival HH:MM, language one of the "
        "app's codes). A bad row is reported by its line number and nothing is imported, "
        "unless --skip-bad.",
    )
    add_common_options(imports)
    imports.add_argument("file", metavar="FILE.csv")
    imports.add_argument("--skip-bad", action="store_true", help="import the good rows anyway")
    imports.set_defaults(handler=run_import)


def _open_store(args: argparse.Namespace, create: bool):
    """The store of the data folder; ``None`` when there is none and ``create`` is false."""
    from vertprep.commands.arguments import open_store, stored_database
    from vertprep.paths import database_path, resolve_data_dir

    db = stored_database(args.data_dir)
    if db is None and not create:
        return None
    return open_store(db or database_path(resolve_data_dir(args.data_dir)))


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return code


def run_list(args: argparse.Namespace) -> int:
    """Handler of ``vertprep patients list``."""
    try:
        store = _open_store(args, create=False)
    except CommandError as error:
        return _fail(str(error), error.exit_code)
    if store is None:
        rows = []
    else:
        try:
            rows = store.patients.listing(include_archived=args.archived)
        finally:
            store.close()
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(LIST_COLUMNS)
        writer.writerows(rows)
    else:
        _print_table([("id", "name", "date", "arrival", "done"), *rows])
    return EXIT_OK


def _print_table(rows: list[tuple[str, ...]]) -> None:
    """Columns as wide as their longest cell; numbers to the right."""
    widths = [max(map(len, column)) for column in zip(*rows, strict=True)]
    first, name, day, arrival, done = widths
    line = f"{{:>{first}}}  {{:<{name}}}  {{:<{day}}}  {{:<{arrival}}}  {{:>{done}}}"
    sys.stdout.write("\n".join(line.format(*row).rstrip() for row in rows) + "\n")


def run_add(args: argparse.Namespace) -> int:
    """Handler of ``vertprep patients add``: prints the new id."""
    from vertprep.core.model import Profile
    from vertprep.storage import StorageError

    profile = Profile(args.date, args.arrival, args.name, args.phone or "", args.place or "")
    try:
        store = _open_store(args, create=True)
        try:
            (new_id,) = store.add_patients([(profile, args.lang or "")])
        finally:
            store.close()
    except CommandError as error:
        return _fail(str(error), error.exit_code)
    except StorageError as error:
        return _fail(f"cannot save: {error}", EXIT_ERROR)
    print(new_id)
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    """Handler of ``vertprep patients import``."""
    from vertprep.commands.patient_csv import PatientListError, read_patient_list
    from vertprep.storage import StorageError

    try:
        good, bad = read_patient_list(Path(args.file).expanduser())
    except PatientListError as error:
        return _fail(str(error))
    for row in bad:
        print(f"{args.file}: line {row.line}: {row.reason}", file=sys.stderr)
    if bad and not args.skip_bad:
        return _fail(
            f"{len(bad)} bad rows: nothing was imported (fix them, or use --skip-bad "
            "to import the other rows)"
        )
    try:
        store = _open_store(args, create=True)
        try:
            ids = store.add_patients([(row.profile, row.language) for row in good])
        finally:
            store.close()
    except CommandError as error:
        return _fail(str(error), error.exit_code)
    except StorageError as error:
        return _fail(f"cannot save: {error}", EXIT_ERROR)
    skipped = f"; skipped {len(bad)} bad rows (lines {', '.join(str(b.line) for b in bad)})"
    print(f"Imported {len(ids)} patients" + (skipped if bad else ""))
    return EXIT_OK
