"""``vertprep report`` and ``vertprep diary export``: the follow-up report as a PDF and
the pain diary as CSV, from the stored data, with no window and no display.

A bad value gets one line on standard error, exit code 2, and no file.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from pathlib import Path

from vertprep.commands.arguments import CommandError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class ReportCommandError(Exception):
    """A problem with the request, explained in one line; nothing has been written."""


def register(subparsers, add_common_options) -> None:
    from vertprep.cli import language_code
    from vertprep.commands.print_cmd import PAPERS

    report = subparsers.add_parser(
        "report",
        help="write the report for your follow-up visit as a PDF",
        description="Write the report for the follow-up visit: pain before and now, the "
        "chart, warning signs answered yes, steps done, notes and questions for the "
        "doctor; alone or beside a second language.",
    )
    add_common_options(report)
    report.add_argument("--out", required=True, metavar="FILE", help="the PDF file to write")
    report.add_argument(
        "--second-lang", metavar="CODE", type=language_code, help="a second language beside it"
    )
    report.add_argument("--large-print", action="store_true", help="large text (16 pt)")
    report.add_argument("--paper", choices=PAPERS, help="paper size (default: your locale's)")
    report.add_argument("--patient", metavar="ID_OR_NAME", help="whose report to write")
    report.set_defaults(handler=run_report)

    diary = subparsers.add_parser(
        "diary", help="the pain diary", description="Work with the pain diary."
    )
    actions = diary.add_subparsers(dest="diary_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help="save the pain diary as a CSV file",
        description="Save the pain diary as a CSV file: one row per day, ISO dates.",
    )
    add_common_options(export)
    export.add_argument("--out", required=True, metavar="FILE", help="the CSV file to write")
    export.add_argument("--patient", metavar="ID_OR_NAME", help="whose pain diary to save")
    export.set_defaults(handler=run_diary_export)


def _check_out(value: str, prog: str) -> Path:
    out = Path(value).expanduser()
    if out.is_dir():
        raise ReportCommandError(f"--out is a folder, not a file: {out}")
    if not out.parent.is_dir():
        raise ReportCommandError(f"the folder for --out does not exist: {out.parent}")
    if not os.access(out.parent, os.W_OK):
        raise ReportCommandError(f"cannot write in the folder {out.parent}")
    return out


def _open_store(args: argparse.Namespace):
    """The store, opened on the patient ``--patient`` names (or the only active one)."""
    from vertprep.commands.patient_arg import choose_patient
    from vertprep.paths import database_path, resolve_data_dir
    from vertprep.storage import StorageError, Store

    db = database_path(resolve_data_dir(args.data_dir))
    if not db.is_file():
        raise ReportCommandError(f"no vertprep data in {db.parent}")
    try:
        store = Store(db)
    except StorageError as error:
        raise ReportCommandError(f"cannot open the data: {error}") from None
    try:
        store.use_patient(choose_patient(store, args.patient), remember=False)
    except BaseException:
        store.close()
        raise
    return store


def _report(args: argparse.Namespace, out: Path) -> int:
    from PySide6.QtCore import QLocale

    from vertprep import resources
    from vertprep.commands.print_cmd import _gui_application
    from vertprep.i18n.languages import SOURCE_LANGUAGE, canonical, match_system_language
    from vertprep.printing.options import Paper, PrintOptions, default_paper
    from vertprep.report.data import ReportData
    from vertprep.report.render import write_report_pdf

    app = _gui_application()  # noqa: F841  (fonts; kept alive while printing)
    resources.ensure_loaded()
    store = _open_store(args)
    try:
        data = ReportData.from_store(store, datetime.now().astimezone().date())
        stored = store.settings().language
    finally:
        store.close()
    language = (
        args.lang
        or canonical(stored or "")
        or match_system_language(QLocale.system().uiLanguages())
        or SOURCE_LANGUAGE
    )
    if args.second_lang == language:
        raise ReportCommandError("--second-lang is the same language as the report's")
    options = PrintOptions(
        language=language,
        second_language=args.second_lang,
        large_print=args.large_print,
        paper=Paper(args.paper) if args.paper else default_paper(),
    )
    return write_report_pdf(out, options, data).page_count


def run_report(args: argparse.Namespace) -> int:
    """Handler of ``vertprep report``; returns the exit code."""
    prog = "vertprep report"
    from vertprep.printing.render import PrintError
    from vertprep.storage import StorageError

    try:
        if args.second_lang is not None and args.second_lang == args.lang:
            raise ReportCommandError("--second-lang is the same language as --lang")
        out = _check_out(args.out, prog)
        pages = _report(args, out)
    except ReportCommandError as error:
        print(f"{prog}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except CommandError as error:  # --patient: no such patient, or a name that fits several
        print(f"{prog}: error: {error}", file=sys.stderr)
        return error.exit_code
    except (OSError, StorageError) as error:
        print(f"{prog}: error: cannot write {args.out}: {error}", file=sys.stderr)
        return EXIT_ERROR
    except PrintError as error:
        print(f"{prog}: error: printing failed: {error}", file=sys.stderr)
        return EXIT_ERROR
    print(f"Saved {pages} pages to {out}")
    return EXIT_OK


def run_diary_export(args: argparse.Namespace) -> int:
    """Handler of ``vertprep diary export``; returns the exit code."""
    prog = "vertprep diary export"
    from vertprep.report.diary_csv import write_diary_csv
    from vertprep.storage import StorageError

    try:
        out = _check_out(args.out, prog)
        store = _open_store(args)
        try:
            count = write_diary_csv(out, store.diary.entries())
        finally:
            store.close()
    except ReportCommandError as error:
        print(f"{prog}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except CommandError as error:  # --patient: no such patient, or a name that fits several
        print(f"{prog}: error: {error}", file=sys.stderr)
        return error.exit_code
    except (OSError, StorageError) as error:
        print(f"{prog}: error: cannot write {args.out}: {error}", file=sys.stderr)
        return EXIT_ERROR
    print(f"Saved {count} diary entries to {out}")
    return EXIT_OK
