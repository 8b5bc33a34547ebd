"""Colours, text sizes and target sizes: the one place they are decided.

The style sheet template is ``resources/styles/theme.qss``; ``{{name}}`` fields in
it are filled from the palette and the sizes below.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from vertprep.resources import read_text

BASE_POINT_SIZE = 13  # body text; larger than a typical desktop app on purpose
MIN_SCALE, MAX_SCALE, SCALE_STEP = 100, 200, 25
MIN_TARGET_PX = 44  # smallest button or checkbox row, at normal size
SPACING_PX = 12


@dataclass(frozen=True)
class Palette:
    """The colours of one theme; every text colour is checked against its background."""

    window: str
    surface: str
    text: str
    muted: str
    accent: str
    accent_text: str
    overdue: str
    due: str
    done: str
    alert_bg: str
    alert_border: str
    border: str
    focus: str
    highlight_bg: str


NORMAL = Palette(
    window="#f2f4f7",
    surface="#ffffff",
    text="#1b2a38",
    muted="#3d4a57",
    accent="#1d5a85",
    accent_text="#ffffff",
    overdue="#9e1c23",
    due="#6e4400",
    done="#23602a",
    alert_bg="#fcefef",
    alert_border="#9e1c23",
    border="#8c99a6",
    focus="#c25e00",
    highlight_bg="#fff3c4",
)

HIGH_CONTRAST = Palette(
    window="#000000",
    surface="#000000",
    text="#ffffff",
    muted="#ffffff",
    accent="#ffff00",
    accent_text="#000000",
    overdue="#ffb3b3",
    due="#ffff00",
    done="#a6ffa6",
    alert_bg="#000000",
    alert_border="#ffb3b3",
    border="#ffffff",
    focus="#00ffff",
    highlight_bg="#332f00",
)


def clamp_scale(scale: int) -> int:
    return max(MIN_SCALE, min(MAX_SCALE, int(scale)))


def point_size(scale: int, factor: float = 1.0) -> int:
    """A text size in points for the given text scale (percent)."""
    return max(1, round(BASE_POINT_SIZE * factor * clamp_scale(scale) / 100))


def style_sheet(scale: int = 100, high_contrast: bool = False) -> str:
    palette = HIGH_CONTRAST if high_contrast else NORMAL
    fields = dataclasses.asdict(palette)
    fields.update(
        body_pt=point_size(scale),
        small_pt=point_size(scale, 0.92),
        heading_pt=point_size(scale, 1.25),
        title_pt=point_size(scale, 1.6),
        target_px=MIN_TARGET_PX * clamp_scale(scale) // 100,
        indicator_px=28 * clamp_scale(scale) // 100,
        spacing_px=SPACING_PX,
        focus_px=3 if not high_contrast else 4,
    )
    text = read_text("styles/theme.qss")
    for name, value in fields.items():
        text = text.replace("{{" + name + "}}", str(value))
    return text


def apply_theme(app: QApplication, scale: int = 100, high_contrast: bool = False) -> None:
    """Set the application font and style sheet for a text scale and contrast."""
    font = QFont(app.font())
    font.setPointSize(point_size(scale))
    app.setFont(font)
    app.setStyleSheet(style_sheet(scale, high_contrast))
