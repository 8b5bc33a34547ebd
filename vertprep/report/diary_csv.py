"""The pain diary as a CSV file, for patients who keep their own records.

One row per entry, ISO dates, a header row in English with stable values
(``walking``: none, indoors, short, long; ``pain_medicine``: yes, no or empty),
UTF-8 with a byte-order mark so spreadsheet programs read every language.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

from vertprep.core.diary import PainEntry

COLUMNS = ("date", "pain_0_to_10", "walking", "pain_medicine", "note")


def diary_rows(entries: list[PainEntry]) -> list[tuple[str, ...]]:
    rows = []
    for entry in sorted(entries, key=lambda e: e.day):
        medicine = "" if entry.pain_medicine is None else ("yes" if entry.pain_medicine else "no")
        rows.append(
            (
                entry.day.isoformat(),
                str(entry.score),
                entry.walking.value if entry.walking else "",
                medicine,
                entry.note,
            )
        )
    return rows


def diary_csv(entries: list[PainEntry]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(diary_rows(entries))
    return out.getvalue()


def write_diary_csv(path: Path, entries: list[PainEntry]) -> int:
    """Write the whole file or nothing; returns the number of entries written."""
    path = Path(path)
    data = diary_csv(entries).encode("utf-8-sig")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(entries)
