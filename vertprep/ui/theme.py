"""Colours, text sizes and target sizes: the one place they are decided.

The style sheet template is ``resources/styles/theme.qss``; ``{{name}}`` fields in
it are filled from the palette and the sizes below. Widgets take their pixel sizes
from here too, so that the whole app grows with the text size.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLayout, QScrollArea, QWidget

from vertprep.resources import read_text, resource_path
from vertprep.ui.widgets.labels import WrappedLabel, forget_heights

BASE_POINT_SIZE = 13  # body text; larger than a typical desktop app on purpose
MIN_SCALE, MAX_SCALE, SCALE_STEP = 100, 200, 25
SCALES = tuple(range(MIN_SCALE, MAX_SCALE + 1, SCALE_STEP))
MIN_TARGET_PX = 44  # smallest button or checkbox, at normal size
SPACING_PX = 12  # between blocks of a screen
SMALL_SPACING_PX = 6  # between lines of one block
SCREEN_MARGINS = QMargins(24, 20, 24, 24)
# A screen narrower than this (a small window) gives its side margins to the text, so
# a long word (German compounds, in a wide font such as DejaVu) still fits.
NARROW_SCREEN_PX = 560
NARROW_SCREEN_MARGINS = QMargins(8, 20, 8, 24)
CARD_MARGINS = QMargins(12, 10, 12, 12)
BAR_MARGINS = QMargins(16, 8, 16, 12)
ICON_PX = 24  # toolbar icons at normal size
STEP_ICON_PX = 28  # icons of the step list at normal size
STEP_LIST_WIDTH_PX = (200, 320)  # narrowest and widest step list
STEP_LIST_SHARE = 0.3  # of the window's width, at most
# From this text size on, the step list shows icons (names on hover and for screen
# readers), the bars are compact: on a laptop the screens keep half the window.
COMPACT_FROM_SCALE = 175
INDICATOR_PX = 28  # the tick box of a checkbox at normal size
SCROLLBAR_PX = 18  # wide enough to grab, at normal size
# Text sizes of label roles and the like, relative to the body text.
FONT_FACTORS = {"title": 1.6, "heading": 1.25, "large": 1.4, "caption": 0.92}

# WCAG 2 contrast ratios the themes must reach for text (1.4.3 / 1.4.6) and for
# focus outlines and borders against what surrounds them (1.4.11).
NORMAL_TEXT_RATIO = 4.5
HIGH_CONTRAST_TEXT_RATIO = 7.0
OUTLINE_RATIO = 3.0

_SCALE_PROPERTY = "vertprepTextScale"
_CONTRAST_PROPERTY = "vertprepHighContrast"


@dataclass(frozen=True)
class Palette:
    """The colours of one theme; every text colour is checked against its background."""

    window: str
    surface: str
    text: str
    muted: str
    placeholder: str
    accent: str
    accent_text: str
    primary_bg: str
    primary_text: str
    overdue: str
    due: str
    done: str
    alert_bg: str
    alert_border: str
    border: str
    focus: str  # the thick outline of the focused control
    focus_bg: str  # the fill of a focused button, checkbox or step
    focus_text: str
    highlight_bg: str


NORMAL = Palette(
    window="#f2f4f7",
    surface="#ffffff",
    text="#1b2a38",
    muted="#3d4a57",
    placeholder="#56616c",
    accent="#1d5a85",
    accent_text="#ffffff",
    primary_bg="#1d5a85",
    primary_text="#ffffff",
    overdue="#9e1c23",
    due="#6e4400",
    done="#23602a",
    alert_bg="#fcefef",
    alert_border="#9e1c23",
    border="#77838f",
    focus="#0b0c0c",
    focus_bg="#ffd21f",
    focus_text="#0b0c0c",
    highlight_bg="#fff3c4",
)

# Yellow and cyan on black. Primary buttons look like the others here, so that
# the cyan fill of the focused control is the only thing that stands out.
HIGH_CONTRAST = Palette(
    window="#000000",
    surface="#000000",
    text="#ffffff",
    muted="#ffffff",
    placeholder="#c4c4c4",
    accent="#ffff00",
    accent_text="#000000",
    primary_bg="#000000",
    primary_text="#ffff00",
    overdue="#ffb3b3",
    due="#ffff00",
    done="#a6ffa6",
    alert_bg="#000000",
    alert_border="#ffb3b3",
    border="#808080",  # grey, so that the cyan focus outline stands out from it
    focus="#00ffff",
    focus_bg="#00ffff",
    focus_text="#000000",
    highlight_bg="#262200",
)

# Every (text colour, background) pair the style sheet draws. The contrast tests
# check each one against NORMAL_TEXT_RATIO or HIGH_CONTRAST_TEXT_RATIO.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "window"),
    ("text", "surface"),
    ("text", "highlight_bg"),
    ("text", "alert_bg"),
    ("muted", "window"),
    ("muted", "surface"),
    ("muted", "highlight_bg"),
    ("placeholder", "surface"),
    ("accent", "surface"),  # buttons, and "Now" on a plain card
    ("accent", "window"),  # tool buttons on the toolbar
    ("accent_text", "accent"),  # the current step, selected menu items
    ("primary_text", "primary_bg"),
    ("focus_text", "focus_bg"),
    ("overdue", "window"),  # error messages
    ("overdue", "surface"),
    ("overdue", "alert_bg"),
    ("overdue", "highlight_bg"),
    ("due", "surface"),
    ("due", "highlight_bg"),  # "Now" on the current stage of the day
    ("done", "surface"),
    ("done", "highlight_bg"),
)
# Outlines and borders that must stand out from what is around them.
OUTLINE_PAIRS: tuple[tuple[str, str], ...] = (
    ("focus", "window"),
    ("focus", "surface"),
    ("focus", "highlight_bg"),
    ("focus", "alert_bg"),
    ("focus", "border"),  # a focused field against its own unfocused border
    ("border", "surface"),  # the edge of a text field or tick box
    ("alert_border", "alert_bg"),
    ("accent", "surface"),  # the edge of a button
    ("done", "surface"),  # the progress bar
)


def palette_for(high_contrast: bool) -> Palette:
    return HIGH_CONTRAST if high_contrast else NORMAL


# -- contrast (WCAG 2.x definitions) ---------------------------------------------
def relative_luminance(colour: str) -> float:
    """The relative luminance of an sRGB colour such as ``"#1d5a85"``."""
    digits = colour.lstrip("#")
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """From 1 (same luminance) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


# -- sizes ------------------------------------------------------------------------
def clamp_scale(scale: int) -> int:
    return max(MIN_SCALE, min(MAX_SCALE, int(scale)))


def larger_scale(scale: int) -> int:
    return clamp_scale(scale + SCALE_STEP)


def smaller_scale(scale: int) -> int:
    return clamp_scale(scale - SCALE_STEP)


def point_size(scale: int, factor: float = 1.0) -> int:
    """A text size in points for the given text scale (percent)."""
    return max(1, round(BASE_POINT_SIZE * factor * clamp_scale(scale) / 100))


def scaled_px(px: int, scale: int | None = None) -> int:
    """A size in pixels at normal text size, grown with the (current) text scale."""
    return round(px * clamp_scale(current_scale() if scale is None else scale) / 100)


def current_scale() -> int:
    """The text scale applied to the running app (100 before any is applied)."""
    app = QGuiApplication.instance()
    value = app.property(_SCALE_PROPERTY) if app is not None else None
    return clamp_scale(value) if value else MIN_SCALE


def is_compact() -> bool:
    """Whether the window saves room for the screens (large text sizes)."""
    return current_scale() >= COMPACT_FROM_SCALE


def is_high_contrast() -> bool:
    app = QGuiApplication.instance()
    return bool(app is not None and app.property(_CONTRAST_PROPERTY))


def current_palette() -> Palette:
    return palette_for(is_high_contrast())


# -- applying ---------------------------------------------------------------------
def style_sheet(scale: int = 100, high_contrast: bool = False) -> str:
    palette = palette_for(high_contrast)
    fields: dict[str, object] = dataclasses.asdict(palette)
    fields.update(
        body_pt=point_size(scale),
        title_pt=point_size(scale, FONT_FACTORS["title"]),
        heading_pt=point_size(scale, FONT_FACTORS["heading"]),
        large_pt=point_size(scale, FONT_FACTORS["large"]),
        small_pt=point_size(scale, FONT_FACTORS["caption"]),
        # Targets need not grow with the text: the text makes them larger by itself,
        # and at twice the size every pixel of height counts.
        target_px=MIN_TARGET_PX,
        # The buttons of date and time fields, and their arrows, also grow half as fast.
        field_button_px=scaled_px(MIN_TARGET_PX, (scale + 100) // 2),
        time_buttons_px=2 * scaled_px(MIN_TARGET_PX, (scale + 100) // 2) + 4,
        arrow_px=scaled_px(22, (scale + 100) // 2),
        # Tick boxes and scroll bars grow half as fast as the text: clearer and
        # easier to hit, without crowding the screen.
        indicator_px=scaled_px(INDICATOR_PX, (scale + 100) // 2),
        scrollbar_px=scaled_px(SCROLLBAR_PX, (scale + 100) // 2),
        spacing_px=SPACING_PX,
        focus_px=4 if high_contrast else 3,
        # On black, a colour alone does not make the warning signs stand out: a heavier frame.
        alert_border_px=6 if high_contrast else 3,
        # At large text sizes the menu titles sit closer: the whole row must fit.
        menu_item_px=6 if scale >= COMPACT_FROM_SCALE else 12,
    )
    # Drawn marks in the theme's text colour: a tick, and arrows for date and time fields.
    variant = "high_contrast" if high_contrast else "normal"
    for name in ("tick", "arrow_up", "arrow_down"):
        fields[f"{name}_image"] = resource_path(f"styles/{name}_{variant}.svg")
    text = read_text("styles/theme.qss")
    for name, value in fields.items():
        text = text.replace("{{" + name + "}}", str(value))
    return text


def qt_palette(palette: Palette) -> QPalette:
    """The same colours as a QPalette, for what the style sheet does not reach
    (placeholders, tooltips, calendar pop-ups, message boxes)."""
    roles = QPalette.ColorRole
    result = QPalette()
    for role, colour in (
        (roles.Window, palette.window),
        (roles.WindowText, palette.text),
        (roles.Base, palette.surface),
        (roles.AlternateBase, palette.window),
        (roles.Text, palette.text),
        (roles.Button, palette.surface),
        (roles.ButtonText, palette.text),
        (roles.Highlight, palette.accent),
        (roles.HighlightedText, palette.accent_text),
        (roles.PlaceholderText, palette.placeholder),
        (roles.ToolTipBase, palette.surface),
        (roles.ToolTipText, palette.text),
        (roles.Link, palette.accent),
        (roles.LinkVisited, palette.accent),
        (roles.Mid, palette.border),
        (roles.Dark, palette.border),
    ):
        result.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(palette.muted))
    return result


def system_prefers_high_contrast() -> bool:
    """Whether the desktop asks for high contrast or a dark scheme (when Qt knows)."""

    hints = QGuiApplication.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return True
    return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def wants_high_contrast(chosen: bool, high_contrast: bool) -> bool:
    """The person's own choice wins; until they make one, the system's setting does."""
    return high_contrast if chosen else system_prefers_high_contrast()


def set_theme_state(app: QApplication, scale: int = 100, high_contrast: bool = False) -> None:
    """Record the text scale and contrast, and set the application font and palette
    (what dialogs, tooltips and anything outside a styled part take)."""
    scale = clamp_scale(scale)
    app.setProperty(_SCALE_PROPERTY, scale)
    app.setProperty(_CONTRAST_PROPERTY, bool(high_contrast))
    font = QFont(app.font())
    font.setPointSize(point_size(scale))
    if font != app.font():
        app.setFont(font)
    palette = qt_palette(palette_for(high_contrast))
    if palette != app.palette():
        app.setPalette(palette)


def apply_theme(app: QApplication, scale: int = 100, high_contrast: bool = False) -> None:
    """Set the application font, palette and style sheet for a text scale and contrast:
    for widgets on their own. The main window styles only its parts in view instead
    (see :func:`restyle`), which is what makes a change of text size answer at once."""
    set_theme_state(app, scale, high_contrast)
    sheet = current_style_sheet()
    if app.styleSheet() != sheet:
        # Going from one style sheet straight to another unpolishes every widget
        # against the old one first, which takes seconds in a full window; through
        # an empty sheet it takes a fraction of that.
        app.setStyleSheet("")
        app.setStyleSheet(sheet)
        for window in app.topLevelWidgets():
            forget_heights(window)


@functools.cache
def _cached_style_sheet(scale: int, high_contrast: bool) -> str:
    return style_sheet(scale, high_contrast)


def current_style_sheet() -> str:
    """The style sheet for the text scale and contrast in use."""
    return _cached_style_sheet(current_scale(), is_high_contrast())


def restyle(root: QWidget) -> bool:
    """Give ``root`` (a part of the window, with everything in it) the current style
    sheet, if it has another; returns whether it changed. Restyling costs time for
    every widget inside, so hidden screens are restyled when shown, not before."""
    sheet = current_style_sheet()
    if root.styleSheet() == sheet:
        return False
    # Listed once: going through a long page's widgets from Python costs milliseconds.
    widgets = [root, *root.findChildren(QWidget)]
    with content_size_held([widget for widget in widgets if isinstance(widget, QScrollArea)]):
        # Straight from one sheet to the next: for a part of the window this is faster
        # than through an empty sheet (measured: 166 against 248 ms for a long
        # checklist, and 94 against 83 ms once the rest below was in place), unlike
        # for the application's sheet. (Qt polishes every widget inside twice either
        # way: once under each of the part's children, then under the part itself.)
        root.setStyleSheet(sheet)
        for widget in widgets:
            if isinstance(widget, WrappedLabel):
                widget.recheck_heights()  # padded differently: measured again
        _drop_layout_hints(root)
    return True


def scroll_areas(root: QWidget) -> list[QScrollArea]:
    """The scrolling pages in ``root`` (``root`` too, if it is one)."""
    found = root.findChildren(QScrollArea)
    return [root, *found] if isinstance(root, QScrollArea) else found


@contextlib.contextmanager
def content_size_held(areas: Iterable[QScrollArea]) -> Iterator[None]:
    """The scrolling pages ``areas`` keep their content's size while the block runs,
    and fit it to their width once at the end.

    A page that fits its content to its width lays the whole content out again
    each time it or its scroll bar is restyled: with a long checklist, a third of a
    restyle. The scroll position stays where it was (in pixels), as before."""
    held = [area for area in areas if area.widgetResizable()]
    for area in held:
        area.setWidgetResizable(False)
    try:
        yield
    finally:
        for area in held:
            area.setWidgetResizable(True)


def _drop_layout_hints(root: QWidget) -> None:
    """Make every layout inside ``root`` measure its widgets again.

    A widget's new sheet invalidates the layout it sits in, but not the layouts
    around that one: a row's inner column of labels, and the page's record of the
    row's size, keep the sizes measured under the old sheet until Qt lays the row out
    again (after the page was already laid out with them). The page would then lay
    out its rows twice, at two preferred widths per label, the first time with stale
    sizes."""
    for layout in root.findChildren(QLayout):  # nested ones too: they are children
        layout.invalidate()
        owner = layout.parent()
        if isinstance(owner, QWidget):
            owner.updateGeometry()  # the layout around it measures it again
