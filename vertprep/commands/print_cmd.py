"""``vertprep print``: the plan as a PDF file, or straight to a printer, with no window.

For a nurse printing for a patient who has not installed the app, the details
come from ``--name``, ``--date``, ``--arrival``, ``--phone`` and ``--place``; without them, from
the stored data (``--data-dir``, or the usual data folder, as the app and
``vertprep calendar`` do). ``--blank`` prints a plan to fill in by hand. It works
with no display at all. A problem gets one line on standard error, the exit code of
:mod:`vertprep.commands.arguments`, and nothing is written or printed.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
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
    reading_data,
    stored_database,
    write_failure,
)
from vertprep.commands.plan_cmd import plan_argument, plan_or_exit

PROG = "vertprep print"
PARTS = ("all", "before", "day", "after")
PAPERS = ("a4", "letter", "legal")
# Digits with the usual separators: "+41 22 123 45 67", "(555) 123-4567 ext. 12".
PHONE = re.compile(r"^\+?[0-9 ()./\-]*[0-9][0-9 ()./\-]*(\s*(ext\.?|x)\s*[0-9]+)?$", re.IGNORECASE)


def phone_number(value: str) -> str:
    value = readable_text(value, "phone number")
    if len(value) > 40 or not PHONE.match(value):
        raise argparse.ArgumentTypeError(f"not a phone number: {value!r}")
    return value


def person_name(value: str) -> str:
    value = readable_text(value, "name")
    if len(value) > 100:
        raise argparse.ArgumentTypeError("the name must be 1 to 100 characters")
    return value


def place_name(value: str) -> str:
    value = " ".join(value.split())
    if not value or len(value) > 120:
        raise argparse.ArgumentTypeError("the hospital or clinic must be 1 to 120 characters")
    return value


def register(subparsers, add_common_options) -> None:
    from vertprep.cli import language_code

    parser = subparsers.add_parser(
        "print",
        help="print your plan to a PDF file or a printer, without opening the window",
        description="Print the plan: to a PDF file (--out) or to a printer (--printer), "
        "in any language, alone or beside a second one, personal or blank.",
        epilog=EXIT_CODES_HELP,
    )
    add_common_options(parser)
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--out", metavar="FILE", help="the PDF file to write")
    where.add_argument("--printer", metavar="NAME", help="send to this printer instead")
    where.add_argument("--list-printers", action="store_true", help="list the printers and stop")
    where.add_argument(
        "--out-dir", metavar="DIR", help="with --all: one PDF per active patient in DIR"
    )
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--patient", metavar="ID_OR_NAME", help="whose stored plan to print")
    who.add_argument("--all", action="store_true", help="every active patient (with --out-dir)")
    parser.add_argument(
        "--second-lang", metavar="CODE", type=language_code, help="a second language beside it"
    )
    parser.add_argument("--part", choices=PARTS, default="all", help="what to print")
    parser.add_argument("--blank", action="store_true", help="a plan to fill in by hand")
    parser.add_argument("--large-print", action="store_true", help="large text (16 pt)")
    parser.add_argument("--paper", choices=PAPERS, help="paper size (default: your locale's)")
    parser.add_argument("--name", type=person_name, metavar="NAME", help="the patient's name")
    parser.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="procedure date")
    parser.add_argument("--arrival", type=clock_time, metavar="HH:MM", help="arrival time")
    parser.add_argument("--phone", type=phone_number, metavar="NUMBER", help="care team phone")
    parser.add_argument("--place", type=place_name, metavar="TEXT", help="hospital or clinic")
    plan_argument(parser)
    parser.set_defaults(handler=run)


def _details_given(args: argparse.Namespace) -> bool:
    details = (args.name, args.date, args.arrival, args.phone, args.place)
    return any(value is not None for value in details)


def _check_request(args: argparse.Namespace) -> None:
    """Every check that needs no Qt, before anything is loaded or written."""
    if args.list_printers:
        return
    if args.all != (args.out_dir is not None):
        raise CommandError("--all and --out-dir go together: --all --out-dir DIR")
    if (args.patient is not None or args.all) and (args.blank or _details_given(args)):
        raise CommandError(
            "--patient and --all print stored plans: leave out --blank, --name, --date, "
            "--arrival and --phone"
        )
    if args.all:
        return
    if args.out is None and args.printer is None:
        raise CommandError("give --out FILE for a PDF, or --printer NAME")
    if args.blank and (_details_given(args) or args.data_dir):
        raise CommandError(
            "a blank plan has no personal data: leave out --name, --date, "
            "--arrival, --phone, --place and --data-dir"
        )
    if args.data_dir and _details_given(args):
        raise CommandError("use either --data-dir or --name/--date/--arrival/--phone/--place")
    if args.second_lang is not None and args.second_lang == args.lang:
        raise CommandError("--second-lang is the same language as --lang")
    if args.out is not None:
        output_file(args.out)


def _gui_application():
    """The Qt application printing needs (fonts); offscreen unless a platform is chosen."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        # Printing never needs a screen: this works with no display at all.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1] or ["vertprep"])
    if not isinstance(app, QGuiApplication):
        raise CommandError("printing needs a graphical Qt application")
    return app


def _plan_data(args: argparse.Namespace):
    """(data, stored language): from the command line when details are given, else
    from the stored data (``--data-dir`` or the usual folder) when there is any."""
    from vertprep.core.model import Profile
    from vertprep.printing.plan_data import PlanData

    today = datetime.now().astimezone().date()
    from_command_line = PlanData(
        today,
        Profile(args.date, args.arrival, args.name or "", args.phone or "", args.place or ""),
    )
    if args.blank or _details_given(args):
        return from_command_line, ""
    db = stored_database(args.data_dir)
    if db is None:
        if args.data_dir or args.patient is not None:
            folder = args.data_dir or "the usual data folder"
            raise CommandError(f"no vertprep data in {folder}", EXIT_ERROR)
        return from_command_line, ""  # no app data here: a plan with lines to fill in
    from vertprep.commands.patient_arg import choose_patient

    store = open_store(db)
    try:
        with reading_data():
            store.use_patient(choose_patient(store, args.patient), remember=False)
            return PlanData.from_store(store, today), store.settings().language
    finally:
        store.close()


def _options(args: argparse.Namespace, stored_language: str):
    from PySide6.QtCore import QLocale

    from vertprep.i18n.languages import SOURCE_LANGUAGE, canonical, match_system_language
    from vertprep.printing.options import Paper, Part, PrintOptions, default_paper

    language = (
        args.lang
        or canonical(stored_language or "")
        or match_system_language(QLocale.system().uiLanguages())
        or SOURCE_LANGUAGE
    )
    if args.second_lang == language:
        raise CommandError("--second-lang is the same language as the plan's")
    return PrintOptions(
        part=Part(args.part),
        language=language,
        second_language=args.second_lang,
        blank=args.blank,
        large_print=args.large_print,
        paper=Paper(args.paper) if args.paper else default_paper(),
    )


def _list_printers() -> int:
    from vertprep.printing.printers import default_printer_name, printer_names

    names = printer_names()
    if not names:
        print(f"{PROG}: no printers found", file=sys.stderr)
    default = default_printer_name()
    for name in names:
        print(f"{name} (default)" if name == default else name)
    return EXIT_OK


def _print(args: argparse.Namespace) -> int:
    from vertprep.printing import output

    team = plan_or_exit(args.plan, PROG)
    data, stored_language = _plan_data(args)
    if team is not None:
        data = dataclasses.replace(data, team=team)
    options = _options(args, stored_language)
    if args.printer is not None:
        from vertprep.printing import printers

        if args.printer not in printers.printer_names():
            raise CommandError(
                f"no printer named {args.printer!r}; see: vertprep print --list-printers"
            )
        try:
            result = printers.print_on(args.printer, options, data)
        except LookupError:
            raise CommandError(f"no printer named {args.printer!r}") from None
        print(f"Sent {result.page_count} pages to {args.printer}")
        return EXIT_OK
    out = output_file(args.out)
    result = output.write_pdf(out, options, data)
    print(f"Saved {result.page_count} pages to {out}")
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Handler of ``vertprep print``; returns the exit code."""
    try:
        _check_request(args)
    except CommandError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return error.exit_code
    # Qt is loaded only now, once the request is known to be sound; PySide first gets
    # the quicker look at each module imported after it (as a window start does).
    from vertprep.pyside_scan import quicken_pyside_scan

    quicken_pyside_scan()
    from vertprep.printing.render import PrintError

    try:
        app = _gui_application()  # noqa: F841  (kept alive while printing)
        if args.all:
            from vertprep.commands.print_batch import print_all

            return print_all(args, _options)
        return _list_printers() if args.list_printers else _print(args)
    except CommandError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return error.exit_code
    except OSError as error:
        print(f"{PROG}: error: {write_failure(Path(args.out or ''), error)}", file=sys.stderr)
        return EXIT_ERROR
    except PrintError as error:
        print(f"{PROG}: error: printing failed: {error}", file=sys.stderr)
        return EXIT_ERROR
