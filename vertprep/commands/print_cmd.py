"""``vertprep print``: the plan as a PDF file, or straight to a printer, with no window.

For a nurse printing for a patient who has not installed the app, the details
come from ``--name``, ``--date``, ``--arrival`` and ``--phone``; without them, from
the stored data (``--data-dir``, or the usual data folder, as the app and
``vertprep calendar`` do). ``--blank`` prints a plan to fill in by hand. It works
with no display at all. A bad value gets one line on standard error, exit code 2,
and nothing is written or printed.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from datetime import datetime
from pathlib import Path

from vertprep.commands.arguments import clock_time, iso_date

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
PROG = "vertprep print"
PARTS = ("all", "before", "day", "after")
PAPERS = ("a4", "letter", "legal")
# Digits with the usual separators: "+41 22 123 45 67", "(555) 123-4567 ext. 12".
PHONE = re.compile(r"^\+?[0-9 ()./\-]*[0-9][0-9 ()./\-]*(\s*(ext\.?|x)\s*[0-9]+)?$", re.IGNORECASE)


class PrintCommandError(Exception):
    """A problem with the request, explained in one line; nothing has been written."""


def phone_number(value: str) -> str:
    value = value.strip()
    if len(value) > 40 or not PHONE.match(value):
        raise argparse.ArgumentTypeError(f"not a phone number: {value!r}")
    return value


def person_name(value: str) -> str:
    value = " ".join(value.split())
    if not value or len(value) > 100:
        raise argparse.ArgumentTypeError("the name must be 1 to 100 characters")
    return value


def register(subparsers, add_common_options) -> None:
    from vertprep.cli import language_code

    parser = subparsers.add_parser(
        "print",
        help="print your plan to a PDF file or a printer, without opening the window",
        description="Print the plan: to a PDF file (--out) or to a printer (--printer), "
        "in any language, alone or beside a second one, personal or blank.",
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
    parser.set_defaults(handler=run)


def _details_given(args: argparse.Namespace) -> bool:
    return any(value is not None for value in (args.name, args.date, args.arrival, args.phone))


def _check_request(args: argparse.Namespace) -> None:
    """Every check that needs no Qt, before anything is loaded or written."""
    if args.list_printers:
        return
    if args.all != (args.out_dir is not None):
        raise PrintCommandError("--all and --out-dir go together: --all --out-dir DIR")
    stored_only = args.patient is not None or args.all
    if stored_only and (args.blank or _details_given(args)):
        raise PrintCommandError(
            "--patient and --all print stored plans: leave out --blank, --name, --date, "
            "--arrival and --phone"
        )
    if args.all:
        return
    if args.out is None and args.printer is None:
        raise PrintCommandError("give --out FILE for a PDF, or --printer NAME")
    if args.blank and (_details_given(args) or args.data_dir):
        raise PrintCommandError(
            "a blank plan has no personal data: leave out --name, --date, "
            "--arrival, --phone and --data-dir"
        )
    if args.data_dir and _details_given(args):
        raise PrintCommandError("use either --data-dir or --name/--date/--arrival/--phone")
    if args.second_lang is not None and args.second_lang == args.lang:
        raise PrintCommandError("--second-lang is the same language as --lang")
    if args.out is not None:
        out = Path(args.out).expanduser()
        if out.is_dir():
            raise PrintCommandError(f"--out is a folder, not a file: {out}")
        if not out.parent.is_dir():
            raise PrintCommandError(f"the folder for --out does not exist: {out.parent}")
        if not os.access(out.parent, os.W_OK):
            raise PrintCommandError(f"cannot write in the folder {out.parent}")
        if out.exists() and not os.access(out, os.W_OK):
            raise PrintCommandError(f"cannot write {out}")


def _gui_application():
    """The Qt application printing needs (fonts); offscreen unless a platform is chosen."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        # Printing never needs a screen: this works with no display at all.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1] or ["vertprep"])
    if not isinstance(app, QGuiApplication):
        raise PrintCommandError("printing needs a graphical Qt application")
    return app


def _plan_data(args: argparse.Namespace):
    """(data, stored language): from the command line when details are given, else
    from the stored data (``--data-dir`` or the usual folder) when there is any."""
    from vertprep.commands.patient_arg import PatientChoiceError, choose_patient
    from vertprep.core.model import Profile
    from vertprep.paths import database_path, resolve_data_dir
    from vertprep.printing.plan_data import PlanData
    from vertprep.storage import StorageError, Store

    today = datetime.now().astimezone().date()
    from_command_line = PlanData(
        today, Profile(args.date, args.arrival, args.name or "", args.phone or "")
    )
    if args.blank or _details_given(args):
        return from_command_line, ""
    db = database_path(resolve_data_dir(args.data_dir))
    if not db.is_file():
        if args.data_dir or args.patient is not None:
            raise PrintCommandError(f"no vertprep data in {db.parent}")
        return from_command_line, ""  # no app data here: a plan with lines to fill in
    try:
        store = Store(db)
    except StorageError as error:
        raise PrintCommandError(f"cannot open the data: {error}") from None
    try:
        store.use_patient(choose_patient(store, args.patient), remember=False)
        return PlanData.from_store(store, today), store.settings().language
    except PatientChoiceError as error:
        raise PrintCommandError(str(error)) from None
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
        raise PrintCommandError("--second-lang is the same language as the plan's")
    return PrintOptions(
        part=Part(args.part),
        language=language,
        second_language=args.second_lang,
        blank=args.blank,
        large_print=args.large_print,
        paper=Paper(args.paper) if args.paper else default_paper(),
    )


def _list_printers() -> int:
    from vertprep.printing.output import default_printer_name, printer_names

    names = printer_names()
    if not names:
        print(f"{PROG}: no printers found", file=sys.stderr)
    default = default_printer_name()
    for name in names:
        print(f"{name} (default)" if name == default else name)
    return EXIT_OK


def _print(args: argparse.Namespace) -> int:
    from vertprep.printing import output

    data, stored_language = _plan_data(args)
    options = _options(args, stored_language)
    if args.printer is not None:
        if args.printer not in output.printer_names():
            raise PrintCommandError(
                f"no printer named {args.printer!r}; see: vertprep print --list-printers"
            )
        try:
            result = output.print_on(args.printer, options, data)
        except LookupError:
            raise PrintCommandError(f"no printer named {args.printer!r}") from None
        print(f"Sent {result.page_count} pages to {args.printer}")
        return EXIT_OK
    out = Path(args.out).expanduser()
    result = output.write_pdf(out, options, data)
    print(f"Saved {result.page_count} pages to {out}")
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Handler of ``vertprep print``; returns the exit code."""
    try:
        _check_request(args)
    except PrintCommandError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    # Qt is loaded only now, once the request is known to be sound.
    from vertprep.printing.render import PrintError

    try:
        app = _gui_application()  # noqa: F841  (kept alive while printing)
        if args.all:
            from vertprep.commands.print_batch import print_all

            return print_all(args, _options)
        return _list_printers() if args.list_printers else _print(args)
    except PrintCommandError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:
        reason = error.strerror or str(error)
        print(f"{PROG}: error: cannot write {args.out}: {reason}", file=sys.stderr)
        return EXIT_USAGE
    except PrintError as error:
        print(f"{PROG}: error: printing failed: {error}", file=sys.stderr)
        return EXIT_ERROR
