"""``vertprep calendar``: save the plan as an .ics file, without opening the window.

Either from the stored data (``--data-dir``, or the usual data folder), or for a
patient with no stored data from ``--date`` (and ``--arrival``, ``--place``). Bad
values get one line on standard error, exit code 2, and no file is written.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from vertprep.commands.arguments import clock_time, iso_date

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
PROG = "vertprep calendar"


class CalendarCommandError(Exception):
    """A problem with the request, explained in one line; nothing has been written."""


def register(subparsers, add_common_options) -> None:
    parser = subparsers.add_parser(
        "calendar",
        help="save your plan as a calendar file (.ics) with reminders",
        description="Save your plan as a calendar file (.ics): every step, the procedure, "
        "the follow-up window, bone-health reviews and your own reminders, with alarms.",
    )
    add_common_options(parser)
    parser.add_argument("--out", required=True, metavar="FILE", help="the .ics file to write")
    parser.add_argument(
        "--date", type=iso_date, metavar="YYYY-MM-DD", help="procedure date (no stored data)"
    )
    parser.add_argument("--arrival", type=clock_time, metavar="HH:MM", help="arrival time")
    parser.add_argument("--place", metavar="TEXT", help="hospital or clinic")
    parser.add_argument("--patient", metavar="ID_OR_NAME", help="whose stored plan to export")
    parser.set_defaults(handler=run)


def _check_out(value: str) -> Path:
    out = Path(value).expanduser()
    if out.is_dir():
        raise CalendarCommandError(f"--out is a folder, not a file: {out}")
    if not out.parent.is_dir():
        raise CalendarCommandError(f"the folder for --out does not exist: {out.parent}")
    return out


def _check_combination(args: argparse.Namespace) -> None:
    if args.date is not None and (args.data_dir or args.patient is not None):
        raise CalendarCommandError("use either --date or --data-dir/--patient, not both")
    if args.date is None and (args.arrival is not None or args.place is not None):
        raise CalendarCommandError("--arrival and --place need --date")
    if args.place is not None and not args.place.strip():
        raise CalendarCommandError("--place is empty")


def _catalog(code: str):
    from vertprep.i18n.catalog import Catalog

    try:
        return Catalog(code)
    except FileNotFoundError:
        raise CalendarCommandError(f"the translation for {code!r} is missing") from None


def _export(args: argparse.Namespace, out: Path) -> int:
    # Qt (QtCore only) and the storage are loaded here, not when the parser is built.
    from vertprep import resources
    from vertprep.calendar_export import export_calendar
    from vertprep.commands.patient_arg import PatientChoiceError, choose_patient
    from vertprep.core.model import Profile
    from vertprep.core.plan import CarePlan
    from vertprep.i18n.languages import SOURCE_LANGUAGE
    from vertprep.paths import database_path, resolve_data_dir
    from vertprep.storage import StorageError, Store

    resources.ensure_loaded()
    now = datetime.now().astimezone()
    if args.date is not None:
        profile = Profile(args.date, args.arrival, place=(args.place or "").strip())
        plan = CarePlan.build(profile, {}, now.date())
        catalog = _catalog(args.lang or SOURCE_LANGUAGE)
        return len(export_calendar(out, profile, plan, [], catalog, now).records)

    db = database_path(resolve_data_dir(args.data_dir))
    if not db.is_file():
        raise CalendarCommandError(
            f"no vertprep data in {db.parent}; give --data-dir, or --date for a new plan"
        )
    try:
        store = Store(db)
    except StorageError as error:
        raise CalendarCommandError(f"cannot open the data: {error}") from None
    try:
        try:
            store.use_patient(choose_patient(store, args.patient), remember=False)
        except PatientChoiceError as error:
            raise CalendarCommandError(str(error)) from None
        profile = store.profile()
        if profile.procedure_date is None and not store.own_reminders():
            raise CalendarCommandError(
                "no procedure date is stored yet: enter it in the app, or use --date"
            )
        plan = CarePlan.build(profile, store.item_states(), now.date())
        catalog = _catalog(args.lang or store.settings().language or SOURCE_LANGUAGE)
        built = export_calendar(out, profile, plan, store.own_reminders(), catalog, now, store)
        return len(built.records)
    finally:
        store.close()


def run(args: argparse.Namespace) -> int:
    """Handler of ``vertprep calendar``; returns the exit code."""
    from vertprep.calendar_export import NothingToExportError
    from vertprep.storage import StorageError

    try:
        _check_combination(args)
        out = _check_out(args.out)
        count = _export(args, out)
    except CalendarCommandError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except NothingToExportError:
        print(f"{PROG}: error: nothing to export yet", file=sys.stderr)
        return EXIT_USAGE
    except (OSError, StorageError) as error:
        print(f"{PROG}: error: cannot write {args.out}: {error}", file=sys.stderr)
        return EXIT_ERROR
    print(f"Saved {count} events to {out}")
    return EXIT_OK
