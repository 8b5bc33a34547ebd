"""``vertprep print --all --out-dir DIR``: one PDF per active patient, for the day's list.

File names are safe on every system (``0007-maria-keller.pdf``: the id keeps two
patients of the same name apart). On a terminal each patient gets a progress line.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import unicodedata
from datetime import datetime
from pathlib import Path

from vertprep.commands.arguments import (
    EXIT_ERROR,
    CommandError,
    open_store,
    reading_data,
    write_failure,
)

MAX_STEM = 60
UNSAFE = re.compile(r"[^\w]+", re.UNICODE)


def safe_file_name(patient_id: int, name: str) -> str:
    """``0007-maria-keller.pdf``: letters and digits of any script, no path or
    reserved characters, no leading dot, short enough for every file system."""
    text = unicodedata.normalize("NFKC", name).casefold()
    stem = UNSAFE.sub("-", text).strip("-_")[:MAX_STEM].strip("-_")
    return f"{patient_id:04d}-{stem}.pdf" if stem else f"{patient_id:04d}.pdf"


def _out_dir(value: str) -> Path:
    folder = Path(value).expanduser()
    if not folder.is_dir():
        raise CommandError(f"--out-dir is not a folder: {folder}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CommandError(f"cannot write in the folder {folder}", EXIT_ERROR)
    return folder


def print_all(args: argparse.Namespace, make_options) -> int:
    """Write every active patient's plan into ``args.out_dir``; returns the exit code.
    ``make_options(args, stored_language)`` gives the print options for one patient.
    Raises ``CommandError`` (no data, no folder, a PDF that cannot be written)."""
    from vertprep.commands.patient_arg import required_database
    from vertprep.printing import output
    from vertprep.printing.plan_data import PlanData

    folder = _out_dir(args.out_dir)
    store = open_store(required_database(args.data_dir))
    today = datetime.now().astimezone().date()
    on_terminal = sys.stdout.isatty()
    try:
        with reading_data():
            patients = store.patients.entries()
            for number, patient in enumerate(patients, start=1):
                store.use_patient(patient.id, remember=False)
                data = PlanData.from_store(store, today)
                options = make_options(args, store.settings().language)
                out = folder / safe_file_name(patient.id, patient.name)
                try:
                    result = output.write_pdf(out, options, data)
                except OSError as error:
                    raise write_failure(out, error) from None
                if on_terminal:
                    print(
                        f"[{number}/{len(patients)}] {patient.name or patient.id}: "
                        f"{result.page_count} pages, {out.name}",
                        flush=True,
                    )
    finally:
        store.close()
    print(f"Saved {len(patients)} plans to {folder}")
    return 0
