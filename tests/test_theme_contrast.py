"""The theme's colours, measured: WCAG contrast ratios of every text and outline pair,
in the normal theme (4.5:1) and in high contrast (7:1)."""

from __future__ import annotations

import dataclasses
import re

import pytest

from vertprep.ui import theme

THEMES = {"normal": (theme.NORMAL, theme.NORMAL_TEXT_RATIO), "high contrast": (
    theme.HIGH_CONTRAST, theme.HIGH_CONTRAST_TEXT_RATIO)}  # fmt: skip
FIELD = re.compile(r"\{\{(\w+)\}\}")


def _ratio(palette: theme.Palette, first: str, second: str) -> float:
    return theme.contrast_ratio(getattr(palette, first), getattr(palette, second))


def test_contrast_ratio_follows_the_wcag_formula():
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    # Known values: WCAG's own example grey, and the order of the colours does not matter.
    assert theme.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert theme.contrast_ratio("#ffffff", "#767676") == theme.contrast_ratio("#767676", "#ffffff")


@pytest.mark.parametrize("name", THEMES)
def test_every_text_colour_on_its_background_reaches_the_ratio(name):
    palette, needed = THEMES[name]
    measured = {f"{fg} on {bg}": round(_ratio(palette, fg, bg), 2) for fg, bg in theme.TEXT_PAIRS}
    too_low = {pair: ratio for pair, ratio in measured.items() if ratio < needed}
    assert too_low == {}, f"{name}: below {needed}:1"


@pytest.mark.parametrize("name", THEMES)
def test_status_colours_are_readable_on_every_card(name):
    palette, needed = THEMES[name]
    for status in ("overdue", "due", "done"):
        for card in ("surface", "highlight_bg", "window"):
            assert _ratio(palette, status, card) >= needed, (status, card)


@pytest.mark.parametrize("name", THEMES)
def test_focus_outline_and_edges_stand_out(name):
    palette, _ = THEMES[name]
    too_low = {
        f"{first} against {second}": round(_ratio(palette, first, second), 2)
        for first, second in theme.OUTLINE_PAIRS
        if _ratio(palette, first, second) < theme.OUTLINE_RATIO
    }
    assert too_low == {}


def test_high_contrast_focus_outline_is_as_strong_as_its_text():
    palette = theme.HIGH_CONTRAST
    for around in ("window", "surface", "highlight_bg", "alert_bg"):
        assert _ratio(palette, "focus", around) >= theme.HIGH_CONTRAST_TEXT_RATIO, around


def test_a_focused_control_changes_strongly_in_high_contrast():
    # Focus fills a control with cyan on black: not just a change of hue.
    palette = theme.HIGH_CONTRAST
    assert _ratio(palette, "focus_bg", "surface") >= theme.HIGH_CONTRAST_TEXT_RATIO
    assert _ratio(palette, "focus_bg", "primary_bg") >= theme.HIGH_CONTRAST_TEXT_RATIO


@pytest.mark.parametrize("high_contrast", [False, True])
def test_every_text_colour_of_the_style_sheet_is_measured(app, high_contrast):
    """A colour used for text in theme.qss but missing from TEXT_PAIRS would go
    unchecked: every ``color:`` field must be one the pairs measure."""
    template = theme.style_sheet(100, high_contrast)
    palette = theme.palette_for(high_contrast)
    measured_fg = {getattr(palette, fg) for fg, _ in theme.TEXT_PAIRS}
    # The disabled look is the one exception: WCAG does not ask contrast of it.
    disabled = {palette.border}
    used = set(re.findall(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", template))
    assert used, "no text colours found: the pattern no longer matches the style sheet"
    assert used - measured_fg - disabled == set()


@pytest.mark.parametrize("high_contrast", [False, True])
def test_style_sheet_has_every_field_filled(app, high_contrast):
    for scale in theme.SCALES:
        assert FIELD.findall(theme.style_sheet(scale, high_contrast)) == []


def test_every_palette_colour_is_used_and_measured():
    fields = {field.name for field in dataclasses.fields(theme.Palette)}
    in_pairs = {name for pair in theme.TEXT_PAIRS + theme.OUTLINE_PAIRS for name in pair}
    # Colours that are neither text nor an edge: the alert box's fill is measured
    # through the text on it; none is left out by accident.
    assert fields - in_pairs == set()


@pytest.mark.parametrize("high_contrast", [False, True])
def test_qt_palette_placeholder_and_tooltips_are_readable(high_contrast):
    from PySide6.QtGui import QPalette

    palette = theme.qt_palette(theme.palette_for(high_contrast))
    needed = theme.HIGH_CONTRAST_TEXT_RATIO if high_contrast else theme.NORMAL_TEXT_RATIO
    roles = QPalette.ColorRole
    for fg, bg in (
        (roles.PlaceholderText, roles.Base),
        (roles.Text, roles.Base),
        (roles.WindowText, roles.Window),
        (roles.ToolTipText, roles.ToolTipBase),
        (roles.HighlightedText, roles.Highlight),
    ):
        ratio = theme.contrast_ratio(palette.color(fg).name(), palette.color(bg).name())
        assert ratio >= needed, (fg, bg, ratio)


def test_focus_outline_is_thick_and_thicker_in_high_contrast(app):
    def outline(high_contrast: bool) -> int:
        sheet = theme.style_sheet(100, high_contrast)
        rule = re.search(r"QPushButton:focus, QToolButton:focus \{[^}]*\}", sheet).group(0)
        return int(re.search(r"border: (\d+)px solid", rule).group(1))

    assert outline(False) >= 3
    assert outline(True) > outline(False)


def test_text_sizes_reach_twice_normal_from_a_large_base():
    # 12 pt is already larger than a typical desktop app's body text.
    assert theme.BASE_POINT_SIZE >= 12
    assert theme.MIN_SCALE == 100 and theme.MAX_SCALE >= 200
    assert theme.point_size(200) == 2 * theme.point_size(100)
    assert theme.clamp_scale(400) == theme.MAX_SCALE
    assert theme.clamp_scale(10) == theme.MIN_SCALE
    assert theme.larger_scale(theme.MAX_SCALE) == theme.MAX_SCALE
    assert theme.smaller_scale(theme.MIN_SCALE) == theme.MIN_SCALE
