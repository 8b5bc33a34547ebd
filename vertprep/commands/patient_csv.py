"""Reading the day's patient list from a CSV file, row by row, with a reason for each bad one.

Columns (a header line names them, in any order; only ``name`` is required):
``name``, ``date`` (YYYY-MM-DD), ``arrival`` (HH:MM, 24-hour), ``phone`` (the care
team's), ``place`` (hospital or clinic), ``language`` (en, zh_TW, es, fr, de, ar).
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from vertprep.cli import language_code
from vertprep.commands.arguments import clock_time, iso_date
from vertprep.core.model import Profile
from vertprep.core.record import Record

COLUMNS = ("name", "date", "arrival", "phone", "place", "language")
MAX_NAME, MAX_PLACE = 100, 200


class PatientListError(Exception):
    """The file cannot be read as a patient list at all (one line says why)."""


class ListedPatient(Record):
    """One good row: the patient's details and language, and its line in the file."""

    line: int
    profile: Profile
    language: str


class BadRow(Record):
    line: int
    reason: str


def check_name(value: str) -> str:
    name = " ".join(value.split())
    if not name or len(name) > MAX_NAME:
        raise argparse.ArgumentTypeError(f"the name must be 1 to {MAX_NAME} characters")
    return name


def check_place(value: str) -> str:
    place = " ".join(value.split())
    if len(place) > MAX_PLACE:
        raise argparse.ArgumentTypeError(f"the place is longer than {MAX_PLACE} characters")
    return place


def _row(line: int, fields: dict[str, str]) -> ListedPatient:
    from vertprep.commands.print_cmd import phone_number

    def value(column, check):
        raw = (fields.get(column) or "").strip()
        return check(raw) if raw else None

    name = check_name(fields.get("name") or "")
    profile = Profile(
        procedure_date=value("date", iso_date),
        arrival_time=value("arrival", clock_time),
        name=name,
        phone=value("phone", phone_number) or "",
        place=value("place", check_place) or "",
    )
    return ListedPatient(line, profile, value("language", language_code) or "")


def read_patient_list(path: Path) -> tuple[list[ListedPatient], list[BadRow]]:
    """The good rows and the bad ones (by line number; the header is line 1)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise PatientListError(f"{path} is not a UTF-8 text file") from None
    except OSError as error:
        raise PatientListError(f"cannot read {path}: {error.strerror or error}") from None
    reader = csv.reader(text.splitlines())
    header = [column.strip().lower() for column in next(reader, [])]
    if "name" not in header:
        raise PatientListError(f"the first line must name the columns: {', '.join(COLUMNS)}")
    unknown = [column for column in header if column not in COLUMNS]
    if unknown:
        raise PatientListError(
            f"unknown column {unknown[0]!r}; the columns are: {', '.join(COLUMNS)}"
        )
    good, bad = [], []
    for line, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue  # a blank line
        if len(cells) > len(header):
            bad.append(BadRow(line, f"{len(cells)} fields where the header has {len(header)}"))
            continue
        try:
            good.append(_row(line, dict(zip(header, cells, strict=False))))
        except argparse.ArgumentTypeError as error:
            bad.append(BadRow(line, str(error)))
    return good, bad
