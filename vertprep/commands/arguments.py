"""Argument types shared by the sub-commands: a bad value is one line, no traceback."""

from __future__ import annotations

import argparse
from datetime import date, datetime, time


def iso_date(value: str) -> date:
    """``--date``: a real calendar date written YYYY-MM-DD."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def clock_time(value: str) -> time:
    """``--arrival``: a 24-hour clock time written HH:MM."""
    try:
        return datetime.strptime(value, "%H:%M").time()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a time (HH:MM, 24-hour): {value!r}") from None
