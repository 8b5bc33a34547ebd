"""One language of a printout: its texts, dates, direction and fonts.

A printout's language is chosen apart from the app's (a nurse working in English
prints in Chinese), so texts come from a :class:`~vertprep.i18n.catalog.Catalog`
and dates from that language's ``QLocale``, never from the app-wide translator.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontDatabase

from vertprep.i18n.catalog import Catalog, locale_for

# Fonts for each writing system, best first. A Latin font comes first, then the
# language's own: Latin letters and digits then come from the Latin font, which
# keeps them as plain characters when text is copied out of a PDF (shaped through
# a CJK font they may turn into glyph variants the PDF cannot map back to text),
# and every other character from the language's font. Naming the CJK family
# matters: left to fallback, Qt may pick the Japanese or Simplified shapes.
_LATIN = ("Noto Sans", "DejaVu Sans", "Liberation Sans", "Segoe UI", "Helvetica Neue", "Arial")
FAMILIES: dict[str, tuple[str, ...]] = {
    "zh_TW": (
        "Noto Sans CJK TC",
        "Source Han Sans TC",
        "Microsoft JhengHei",
        "PingFang TC",
        "Noto Sans CJK SC",
    ),
    "zh": ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC"),
    "ja": ("Noto Sans CJK JP", "Source Han Sans JP", "Yu Gothic", "Hiragino Sans"),
    "ko": ("Noto Sans CJK KR", "Source Han Sans KR", "Malgun Gothic", "Apple SD Gothic Neo"),
    # Not Naskh first: its lam-alef ligatures have no code point, so "الإجراء" would
    # copy out of the PDF as "ا جراء" (and be lost to search and screen readers).
    "ar": ("Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans", "Segoe UI", "Geeza Pro"),
}


def preferred_families(code: str) -> list[str]:
    """Installed font families for a language: the best Latin one, then its own."""
    wanted = FAMILIES.get(code) or FAMILIES.get(code.split("_")[0], ())
    installed = set(QFontDatabase.families())
    latin = [family for family in _LATIN if family in installed][:1]
    own = [family for family in wanted if family in installed and family not in latin]
    return latin + own


class PrintLanguage:
    """Texts, dates, direction and font of one printout language.

    A language listed before its translation is compiled prints the English
    texts with the language's own dates, digits and direction.
    """

    def __init__(self, code: str) -> None:
        self.code = code
        try:
            self._catalog: Catalog | None = Catalog(code)
        except FileNotFoundError:
            self._catalog = None
        # Dates as the app writes them in that language (the system's own way when
        # the system is of the same language).
        self.locale: QLocale = locale_for(code)
        # Looked up once, not for every cell of the printout (~3 ms a printout).
        self._families: list[str] | None = None

    @property
    def translated(self) -> bool:
        """Whether a translation was found (always true for the source language)."""
        return self._catalog is not None

    def tr(self, context: str, text: str) -> str:
        """``text`` (marked with ``QT_TRANSLATE_NOOP(context, ...)``) in this language."""
        return self._catalog.tr(context, text) if self._catalog is not None else text

    @property
    def right_to_left(self) -> bool:
        # What ``QLocale.textDirection()`` says, read from the language's own name
        # (Arabic: "العربية"): that call returns a ``Qt`` enum, and touching ``Qt``
        # creates its 93 enums, ~10 ms of a printout that otherwise never needs them.
        name = self.locale.nativeLanguageName()
        return bool(name) and unicodedata.bidirectional(name[0]) in ("R", "AL")

    def font(self, point_size: float) -> QFont:
        if self._families is None:
            self._families = preferred_families(self.code)
        font = QFont()
        if self._families:
            font.setFamilies(self._families)
        font.setPointSizeF(point_size)
        return font
