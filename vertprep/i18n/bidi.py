"""Keeping numbers, phone numbers, dates and names whole inside text of the other
direction, on screen and on paper.

A phone number in an Arabic sentence would otherwise show its groups in reverse
order ("0000 7946 20 44+" for +44 20 7946 0000): it is isolated left to right.
Other values (a date, a name) are isolated in their own first-strong direction.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
NO_BREAK_SPACE = "\u00a0"


def isolate(text: str, *, left_to_right: bool = False) -> str:
    """``text`` as one unit of its own direction (left to right if asked)."""
    return f"{LRI if left_to_right else FSI}{text}{PDI}"


def phone_number(phone: str) -> str:
    """A phone number kept whole: left to right, and never broken across lines."""
    return isolate(phone.replace(" ", NO_BREAK_SPACE), left_to_right=True)


def app_is_right_to_left() -> bool:
    # Not through ``Qt.LayoutDirection``: touching ``Qt`` creates its 93 enums, which
    # a printout (that never needs them) would pay for.
    return QGuiApplication.isRightToLeft()


def on_screen(text: str, *, left_to_right: bool = False) -> str:
    """A value for a sentence on screen: isolated while the app reads right to left
    (left-to-right text needs nothing, and stays plain for copying)."""
    return isolate(text, left_to_right=left_to_right) if app_is_right_to_left() else text


def phone_on_screen(phone: str) -> str:
    return phone_number(phone) if app_is_right_to_left() else phone
