"""``vertprep calendar``: save the plan as an .ics file, without opening the window.

Either from the stored data (``--data-dir``, or the usual data folder), or for a
patient with no stored data from ``--date`` (and ``--arrival``, ``--place``). The
patient's notes go in only with ``--with-notes``. A problem gets one line on
standard error, the exit code of :mod:`vertprep.commands.arguments`, and no file.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from vertprep.commands.arguments import (
    EXIT_CODES_HELP,
    EXIT_ERROR,
    EXIT_OK,
    CommandError,
    clock_time,
    iso_date,
    open_store,
    output_file,
    readable_text,
    stored_database,
    write_failure,
)
from vertprep.commands.plan_cmd import plan_argument, plan_or_exit

PROG = "vertprep calendar"


def place_text(value: str) -> str:
    return readable_text(value, "place")


def register(subparsers, add_common_options) -> None:
    parser = subparsers.add_parser(
        "calendar",
        help="save your plan as a calendar file (.ics) with reminders",
        description="Save your plan as a calendar file (.ics): every step, the procedure, "
        "the follow-up window, bone-health reviews and your own reminders, with alarms. "
        "Your notes stay out of it unless you add --with-notes: a calendar is often "
        "copied to a calendar service on the internet.",
        epilog=EXIT_CODES_HELP,
    )
    add_common_options(parser)
    parser.add_argument("--out", required=True, metavar="FILE", help="the .ics file to write")
    parser.add_argument(
        "--date", type=iso_date, metavar="YYYY-MM-DD", help="procedure date (no stored data)"
    )
    parser.add_argument("--arrival", type=clock_time, metavar="HH:MM", help="arrival time")
    parser.add_argument("--place", type=place_text, metavar="TEXT", help="hospital or clinic")
    parser.add_argument(
        "--with-notes", action="store_true", help="put your notes in the events too"
    )
    parser.add_argument("--patient", metavar="ID_OR_NAME", help="whose stored plan to export")
    plan_argument(parser)
    parser.set_defaults(handler=run)


def _check_combination(args: argparse.Namespace) -> None:
    if args.date is not None and (args.data_dir or args.patient is not None):
        raise CommandError("use either --date or --data-dir/--patient, not both")
    if args.date is None and (args.arrival is not None or args.place is not None):
        raise CommandError("--arrival and --place need --date")


def _catalog(code: str):
    from vertprep.i18n.catalog import Catalog

    try:
        return Catalog(code)
    except FileNotFoundError:
        raise CommandError(f"the translation for {code!r} is missing", EXIT_ERROR) from None


def _export(args: argparse.Namespace, out: Path) -> int:
    # Qt (QtCore only) and the storage are loaded here, not when the parser is built.
    from vertprep import resources
    from vertprep.calendar_export import export_calendar
    from vertprep.commands.patient_arg import choose_patient
    from vertprep.core.model import Profile
    from vertprep.core.plan import CarePlan
    from vertprep.i18n.languages import SOURCE_LANGUAGE
    from vertprep.plan.stored import stored_plan

    resources.ensure_loaded()
    team = plan_or_exit(args.plan, PROG)
    now = datetime.now().astimezone()
    if args.date is not None:
        profile = Profile(args.date, args.arrival, place=(args.place or "").strip())
        plan = CarePlan.build(profile, {}, now.date(), team)
        catalog = _catalog(args.lang or SOURCE_LANGUAGE)
        return len(export_calendar(out, profile, plan, [], catalog, now).records)

    db = stored_database(args.data_dir)
    if db is None:
        folder = Path(args.data_dir) if args.data_dir else "the usual data folder"
        raise CommandError(
            f"no vertprep data in {folder}; give --data-dir, or --date for a new plan",
            EXIT_ERROR,
        )
    store = open_store(db)
    try:
        store.use_patient(choose_patient(store, args.patient), remember=False)
        profile = store.profile()
        if profile.procedure_date is None and not store.own_reminders():
            raise CommandError(
                "no procedure date is stored yet: enter it in the app, or use --date",
                EXIT_ERROR,
            )
        team = team or stored_plan(store)
        plan = CarePlan.build(profile, store.item_states(), now.date(), team)
        catalog = _catalog(args.lang or store.settings().language or SOURCE_LANGUAGE)
        own = store.own_reminders()
        built = export_calendar(
            out, profile, plan, own, catalog, now, store, with_notes=args.with_notes
        )
        return len(built.records)
    finally:
        store.close()


def run(args: argparse.Namespace) -> int:
    """Handler of ``vertprep calendar``; returns the exit code."""
    from vertprep.calendar_export import NothingToExportError
    from vertprep.storage import StorageError

    out = None
    try:
        _check_combination(args)
        out = output_file(args.out)
        count = _export(args, out)
    except CommandError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return error.exit_code
    except NothingToExportError:
        print(f"{PROG}: error: nothing to export yet", file=sys.stderr)
        return EXIT_ERROR
    except OSError as error:
        print(f"{PROG}: error: {write_failure(out or Path(args.out), error)}", file=sys.stderr)
        return EXIT_ERROR
    except StorageError as error:
        # The file is written; only remembering it for the next export failed.
        print(f"{PROG}: error: saved {out}, but could not record it: {error}", file=sys.stderr)
        return EXIT_ERROR
    print(f"Saved {count} events to {out}")
    return EXIT_OK
