"""Argument types and checks shared by the sub-commands: a bad value is one line, no
traceback, and the same rule in ``print`` and ``calendar``.

Exit codes of every vertprep command (said in ``--help`` and the README):
0 done, 1 could not do it (a file that cannot be written, a full disk, data that
cannot be read), 2 bad usage (an unknown option, a bad value or combination).
"""

from __future__ import annotations

import argparse
import errno
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, time
from pathlib import Path

from vertprep.core.date_limits import EARLIEST, LATEST

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
EXIT_CODES_HELP = (
    "exit status: 0 done; 1 could not do it (a file that cannot be written, a full "
    "disk, data that cannot be read); 2 bad usage (an unknown option, a bad value)"
)
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
CLOCK = re.compile(r"\d{2}:\d{2}")
# Characters that change the direction of the text around them or are invisible:
# they could make a name read differently on paper than it was typed.
INVISIBLE = set("\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad")
BIDI_CONTROLS = set("\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class CommandError(Exception):
    """A request that cannot be carried out, in one line; nothing has been written.
    ``exit_code`` is ``EXIT_USAGE`` for a bad command line, else ``EXIT_ERROR``."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def iso_date(value: str) -> date:
    """``--date``: a real calendar date written YYYY-MM-DD, between 2000 and 2099."""
    try:
        if not ISO_DATE.fullmatch(value):
            raise ValueError(value)
        day = date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None
    if not EARLIEST <= day <= LATEST:
        raise argparse.ArgumentTypeError(
            f"the date must be from {EARLIEST.isoformat()} to {LATEST.isoformat()}: {value!r}"
        )
    return day


def clock_time(value: str) -> time:
    """``--arrival``: a 24-hour clock time written HH:MM."""
    try:
        if not CLOCK.fullmatch(value):
            raise ValueError(value)
        hours, minutes = value.split(":")
        return time(int(hours), int(minutes))  # ValueError past 23:59
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a time (HH:MM, 24-hour): {value!r}") from None


def readable_text(value: str, what: str) -> str:
    """A name or place as it will be printed: decoded, without control, invisible or
    direction-changing characters, spaces collapsed; refused when nothing is left."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        # Bytes that are not UTF-8 reach Python as lone surrogates: guessing their
        # encoding could print a wrong name.
        raise argparse.ArgumentTypeError(
            f"the {what} is not written in UTF-8 (the terminal's encoding may be wrong)"
        ) from None
    kept = []
    for char in value:
        if char in INVISIBLE or char in BIDI_CONTROLS:
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp"):
            kept.append(" " if category != "Cf" else "")
            continue
        kept.append(char)
    cleaned = " ".join("".join(kept).split())
    if not any(not ch.isspace() for ch in cleaned):
        raise argparse.ArgumentTypeError(f"the {what} has nothing visible in it")
    return cleaned


def _os_reason(error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if error.errno == errno.EROFS:
        return "the disk is read-only"
    if error.errno == errno.ENAMETOOLONG:
        return "the name is too long"
    return error.strerror or str(error)


def write_failure(out: Path, error: OSError) -> CommandError:
    """The one-line message for a file that could not be written (exit code 1)."""
    return CommandError(f"cannot write {out}: {_os_reason(error)}", EXIT_ERROR)


def output_file(value: str) -> Path:
    """Check ``--out`` before anything is done: an existing regular file that can be
    written, or a new file in an existing folder that can be written. Never a
    folder, a device or a pipe (root could replace /dev/null with a file)."""
    if value.endswith(("/", os.sep)) or value in ("", ".", ".."):
        raise CommandError(f"--out must name a file, not a folder: {value}")
    out = Path(value).expanduser()
    try:
        try:
            info = os.stat(out)
        except (FileNotFoundError, NotADirectoryError):
            info = None
        folder = out.parent
        if info is not None and stat.S_ISDIR(info.st_mode):
            raise CommandError(f"--out is a folder, not a file: {out}")
        if info is not None and not stat.S_ISREG(info.st_mode):
            raise CommandError(f"--out is not a regular file: {out}")
        if not folder.is_dir():
            raise CommandError(f"the folder for --out does not exist: {folder}")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise CommandError(f"cannot write in the folder {folder}", EXIT_ERROR)
        if info is not None and (not info.st_mode & stat.S_IWUSR or not os.access(out, os.W_OK)):
            raise CommandError(f"cannot write {out}: the file is read-only", EXIT_ERROR)
    except OSError as error:
        # A folder on the way that this user cannot enter, a name too long.
        raise write_failure(out, error) from None
    return out


def stored_database(data_dir: str | None) -> Path | None:
    """The data file of ``--data-dir`` (or the usual folder) if there is one."""
    from vertprep.paths import database_path, resolve_data_dir

    db = database_path(resolve_data_dir(data_dir))
    try:
        return db if db.is_file() else None
    except OSError as error:  # a folder on the way that this user cannot enter
        raise CommandError(f"cannot read {db.parent}: {_os_reason(error)}", EXIT_ERROR) from None


def open_store(db: Path):
    """The store of ``db``, or a one-line ``CommandError`` (exit code 1)."""
    from vertprep.storage import StorageError, Store

    try:
        return Store(db)
    except StorageError as error:
        raise CommandError(f"cannot open the data: {error}", EXIT_ERROR) from None


@contextmanager
def reading_data() -> Iterator[None]:
    """Stored data that cannot be read is a one-line ``CommandError`` (exit code 1).
    The storage modules are imported only here, by commands that open a store."""
    from vertprep.storage import StorageError

    try:
        yield
    except StorageError as error:
        raise CommandError(f"cannot read the data: {error}", EXIT_ERROR) from None
