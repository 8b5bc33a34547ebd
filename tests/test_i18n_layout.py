"""No text is cut off in any language, nor with every text half as long again
(pseudo-translation), at the default window size and in a narrow window."""

from __future__ import annotations

import pytest
from i18n_support import settle, switch
from layout_checks import clipped_widgets, sideways_scrolling
from PySide6.QtCore import QCoreApplication

from vertprep.i18n import pseudo
from vertprep.i18n.languages import LANGUAGES
from vertprep.ui.main_window import DEFAULT_SIZE

NARROW_WIDTH = 700
WIDTHS = (DEFAULT_SIZE.width(), NARROW_WIDTH)


def _walk(qtbot, window) -> list[str]:
    """Every screen at both widths: what is clipped or scrolls sideways, and where."""
    problems = []
    for width in WIDTHS:
        window.resize(width, DEFAULT_SIZE.height())
        qtbot.waitUntil(lambda w=width: window.width() == w)
        for screen in window.screens:
            window.show_screen(screen.screen_id)
            settle()
            found = clipped_widgets(window) + sideways_scrolling(window)
            problems += [f"{width}px {screen.screen_id}: {p}" for p in found]
    return problems


def test_pseudo_translation_clips_nothing(qtbot, window, languages, monkeypatch):
    monkeypatch.setenv(pseudo.PSEUDO_ENV, "1")
    switch(qtbot, languages, window, "en")
    title = "vertprep: getting ready for vertebroplasty"
    # Pseudo mode is on: every text is stretched, Qt's too.
    assert window.windowTitle() == pseudo.stretch(title)
    assert window.screen("overview").title.text() == pseudo.stretch("Overview")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == pseudo.stretch("Cancel")
    assert _walk(qtbot, window) == []


def test_pseudo_translation_on_the_welcome_screen_of_a_first_start(
    qtbot, make_window, session, languages, monkeypatch
):
    # First start: no date yet, the welcome screen with its language choice and form.
    monkeypatch.setenv(pseudo.PSEUDO_ENV, "1")
    window = make_window(session)
    switch(qtbot, languages, window, "de")
    assert _walk(qtbot, window) == []


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_no_language_clips_text(qtbot, window, languages, code):
    switch(qtbot, languages, window, code)
    assert _walk(qtbot, window) == []
