"""What goes on paper: which part, which languages, blank or personal, text size, paper."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from vertprep.core.record import Record
from vertprep.i18n.languages import SOURCE_LANGUAGE


class Part(Enum):
    """The part of the plan to print."""

    ALL = "all"
    BEFORE = "before"
    DAY = "day"
    AFTER = "after"


class Paper(Enum):
    """Paper sizes offered; A4 or Letter by default, following the locale.

    Nothing smaller than Letter: on A5 the warning signs of a bilingual plan in
    large print no longer fit on one page.
    """

    A4 = "a4"
    LETTER = "letter"
    LEGAL = "legal"

    def page_size(self) -> QPageSize:
        ids = {
            Paper.A4: QPageSize.PageSizeId.A4,
            Paper.LETTER: QPageSize.PageSizeId.Letter,
            Paper.LEGAL: QPageSize.PageSizeId.Legal,
        }
        return QPageSize(ids[self])

    @classmethod
    def from_page_size(cls, size: QPageSize) -> Paper | None:
        """The choice matching a printer's page size, or ``None`` for another size."""
        return next((paper for paper in cls if paper.page_size().isEquivalentTo(size)), None)


# Where Letter is the usual office paper; everywhere else uses A4.
LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.PuertoRico,
    }
)


def default_paper(locale: QLocale | None = None) -> Paper:
    """A4, or Letter where the locale's country uses it (the system locale by default).

    The paper lies in the printer's tray where the user is, so this follows the
    system's locale, not the language chosen for the printout.
    """
    locale = QLocale.system() if locale is None else locale
    return Paper.LETTER if locale.territory() in LETTER_TERRITORIES else Paper.A4


class TypeScale(Record):
    """Text sizes in points. Large print keeps body text at 14 pt or more."""

    body: float
    small: float
    heading: float
    title: float
    box: float

    @classmethod
    def for_options(cls, large_print: bool) -> TypeScale:
        if large_print:
            return cls(body=16, small=14, heading=20, title=25, box=24)
        return cls(body=12, small=10, heading=15.5, title=19, box=18)


class PrintOptions(Record):
    """Everything the person chooses in the preview or on the command line."""

    part: Part = Part.ALL
    language: str = SOURCE_LANGUAGE
    # A second language printed beside the first, item by item; ``None`` for one.
    second_language: str | None = None
    # A plan to fill in by hand: no personal data at all.
    blank: bool = False
    large_print: bool = False
    paper: Paper = Paper.A4

    @property
    def bilingual(self) -> bool:
        return self.second_language is not None and self.second_language != self.language

    @property
    def type_scale(self) -> TypeScale:
        return TypeScale.for_options(self.large_print)
