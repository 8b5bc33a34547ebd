"""The pieces of a printout: small runs of rich text that are never split across pages.

A :class:`Piece` is one heading, one checklist item, one stage of the day, the
warning-signs box... Every language produces the same pieces under the same
keys, so a bilingual printout can put them side by side, item by item.
"""

from __future__ import annotations

import unicodedata
from enum import Enum

from vertprep.core.record import Record
from vertprep.i18n.bidi import isolate, phone_number


class Kind(Enum):
    """How a piece is set apart on the page."""

    TEXT = "text"
    TITLE = "title"
    HEADING = "heading"
    ITEM = "item"
    NOTE = "note"  # the care-team note: a bar at its side
    ALERT = "alert"  # the warning signs: a heavy frame that stands out


# Space above a piece, in body-text lines, by kind; none at the top of a page.
SPACE_BEFORE = {
    Kind.TEXT: 0.35,
    Kind.TITLE: 0.0,
    Kind.HEADING: 1.3,
    Kind.ITEM: 0.7,
    Kind.NOTE: 0.6,
    Kind.ALERT: 0.8,
}


class Gutter(Enum):
    """The narrow column before an item's text."""

    NONE = "none"
    BOX = "box"  # a square to tick
    TIME = "time"  # a clock time on the day's timeline


class Piece(Record):
    """Rich text for one language, plus how it sits on the page."""

    key: str
    body: str
    kind: Kind = Kind.TEXT
    gutter: Gutter = Gutter.NONE
    gutter_html: str = ""
    # A heading stays on the same page as what follows it.
    keep_with_next: bool = False
    # Empty ruled lines below the text, to write on by hand.
    write_lines: int = 0


# What ``html.escape`` replaces, without importing ``html`` (and its 2,000 entities).
_ESCAPED = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def esc(text: str) -> str:
    """Plain text (a name, a note) made safe for rich text, line breaks kept."""
    return text.translate(_ESCAPED).replace("\n", "<br/>")


def direction_of(text: str) -> str | None:
    """ "rtl" or "ltr" from the first letter with a direction, like HTML's dir="auto".

    For what the patient typed: a note in English in an Arabic plan reads left to right.
    """
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return None


def paragraph(
    text_html: str, *, size: float | None = None, bold: bool = False, direction: str | None = None
) -> str:
    # A line with a field to fill in by hand gets room above it for the handwriting.
    above = 14 if BLANK_SHORT in text_html else 0
    style = [f"margin-top:{above}px", "margin-bottom:4px"]
    if size is not None:
        style.append(f"font-size:{size:g}pt")
    if bold:
        style.append("font-weight:bold")
    attributes = f' dir="{direction}"' if direction else ""
    return f'<p{attributes} style="{";".join(style)}">{text_html}</p>'


def user_text(text: str) -> str:
    """A paragraph of the patient's own words, in their own direction."""
    return paragraph(esc(text), direction=direction_of(text))


def isolated(text: str, *, left_to_right: bool = False) -> str:
    """The patient's text kept whole inside a sentence of another direction.

    A phone number in an Arabic sentence would otherwise show its groups in
    reverse order ("67 45 123 22 41+"): it is isolated left to right. A name is
    isolated in its own first-strong direction.
    """
    return isolate(esc(text), left_to_right=left_to_right)


def phone_html(text: str) -> str:
    """A phone number kept whole: in its own order, and never broken across lines."""
    return phone_number(esc(text))


def bullets(texts_html: list[str]) -> str:
    items = "".join(f'<li style="margin-bottom:3px">{text}</li>' for text in texts_html)
    return f'<ul style="margin-top:2px;margin-bottom:2px;-qt-list-indent:1">{items}</ul>'


OPEN_BOX = "\u2610"  # ☐ a square to tick
TICKED_BOX = "\u2611"  # ☑
TICK = "\u2713"  # ✓

# Written-in lines for a blank field: long enough to write a date or a name.
BLANK_FIELD = "_" * 28
BLANK_SHORT = "_" * 9
