"""The line icons take the theme's ink at every paint (a contrast change needs no new
icons), and each ink's picture is read from the SVG once, not at every repaint."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from vertprep.ui import icon_engine, theme
from vertprep.ui.icons import load_icon


def inks(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> set[str]:
    """The opaque colours of the icon drawn at 48 px."""
    image = icon.pixmap(QSize(48, 48), mode).toImage()
    found = set()
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() == 255:
                found.add(colour.name())
    return found


def test_the_ink_follows_the_theme_and_each_is_parsed_once(app, monkeypatch):
    made = []

    class CountingRenderer(icon_engine.QSvgRenderer):
        def __init__(self, *args) -> None:
            made.append(args)
            super().__init__(*args)

    monkeypatch.setattr(icon_engine, "QSvgRenderer", CountingRenderer)
    theme.set_theme_state(app, 100, False)
    icon = load_icon("print")
    assert inks(icon) == {theme.NORMAL.text}
    assert inks(icon) == {theme.NORMAL.text}
    assert len(made) == 1  # drawn twice, read once
    assert inks(icon, QIcon.Mode.Disabled) == {theme.NORMAL.border}
    theme.set_theme_state(app, 100, True)
    try:
        assert inks(icon) == {theme.HIGH_CONTRAST.text}
        assert len(made) == 3  # one picture per ink
    finally:
        theme.set_theme_state(app, 100, False)
    assert inks(icon) == {theme.NORMAL.text}
    assert len(made) == 3
