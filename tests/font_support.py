"""Which tests need fonts beyond Debian's default (DejaVu), and skipping them with a
clear reason where those fonts are missing.

DejaVu has no Chinese glyphs, and its Arabic has no shapes for the vowel marks the
Arabic translation uses, so text printed in them cannot be read back from the PDF.
The README says which packages bring the fonts; CI installs them for its first run
and leaves them out of its second (only DejaVu), where these tests are skipped.
"""

from __future__ import annotations

import pytest

# language -> (families that print it readably, the Debian package that has them)
SCRIPT_FONTS = {
    "zh_TW": (("Noto Sans CJK TC", "Source Han Sans TC"), "fonts-noto-cjk"),
    "ar": (("Noto Sans Arabic", "Noto Naskh Arabic"), "fonts-noto-core"),
}


def missing_fonts(*codes: str) -> list[str]:
    """For each language among ``codes`` without a font, the package that brings one."""
    from PySide6.QtGui import QFontDatabase

    installed = set(QFontDatabase.families())
    missing = []
    for code in codes:
        if code in SCRIPT_FONTS:
            families, package = SCRIPT_FONTS[code]
            if not installed.intersection(families):
                missing.append(f"{code}: {families[0]} ({package})")
    return missing


def require_fonts(*codes: str) -> None:
    """Skip the calling test unless every language among ``codes`` has its font.
    Needs the QApplication (the ``app`` or ``qapp`` fixture)."""
    missing = missing_fonts(*codes)
    if missing:
        pytest.skip("needs a font for " + ", ".join(missing))
