"""Dates and times in the current language, through ``QLocale`` (set by the language)."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def long_date(day: date, locale: QLocale | None = None) -> str:
    """E.g. "Monday 14 December 2026" in the current language."""
    return _locale(locale).toString(
        QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
    )


def clock_time(moment: time | datetime, locale: QLocale | None = None) -> str:
    """A clock time such as 09:30 (or 9:30 AM where the language writes it so)."""
    return _locale(locale).toString(
        QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat
    )


def number(value: int, locale: QLocale | None = None) -> str:
    """A whole number in the language's own digits (Arabic-Indic in Arabic), as its
    dates are written: one number system on a screen."""
    return _locale(locale).toString(int(value))


def score(value: float, locale: QLocale | None = None) -> str:
    """A pain score or a median in the language's digits: "8", "7.5" ("٧٫٥" in Arabic)."""
    if value == int(value):
        return number(int(value), locale)
    return _locale(locale).toString(float(value), "f", 1)


def date_field_format(locale: QLocale | None = None) -> str:
    """The language's long date without the weekday ("10 December 2026", "2026年12月10日"),
    for a date field: clear, and narrow enough for a small window."""
    long_format = _locale(locale).dateFormat(QLocale.FormatType.LongFormat)
    return re.sub(r"[,،]?\s*dddd[,،]?\s*", " ", long_format).strip()


def chart_date_format(locale: QLocale | None = None, with_year: bool = False) -> str:
    """A short date for a chart's axis: "24 December", "12月24日"; with the year when
    the chart spans more than one year."""
    full = date_field_format(locale)
    if with_year:
        return full
    return re.sub(r"[\s,.،/-]*y+[年\s,.،/-]*", " ", full).strip()


def chart_date(day: date, locale: QLocale | None = None, with_year: bool = False) -> str:
    return _locale(locale).toString(
        QDate(day.year, day.month, day.day), chart_date_format(locale, with_year)
    )
