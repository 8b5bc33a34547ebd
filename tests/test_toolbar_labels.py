"""Toolbar buttons say what they do, without a menu's keyboard letter or "…"."""

from __future__ import annotations

import pytest
from i18n_support import switch
from PySide6.QtWidgets import QToolButton

from vertprep.ui.actions import button_label


@pytest.mark.parametrize(
    ("menu_text", "label"),
    [
        ("&Print…", "Print"),
        ("Export to &calendar…", "Export to calendar"),
        ("列印(&P)…", "列印"),
        ("匯出到行事曆（&C）", "匯出到行事曆"),
        ("R&&D", "R&D"),
    ],
)
def test_button_label_drops_the_keyboard_letter(menu_text, label):
    assert button_label(menu_text) == label


@pytest.mark.parametrize("code", ["en", "zh_TW", "de"])
def test_toolbar_buttons_in_every_language(qtbot, window, languages, code):
    switch(qtbot, languages, window, code)
    toolbar = window.window_actions.toolbar
    texts = [
        button.text()
        for button in toolbar.findChildren(QToolButton)
        if button.isVisibleTo(toolbar) and button.defaultAction() in toolbar.actions()
    ]
    assert len(texts) >= 2
    for text in texts:
        assert text, texts
        assert "&" not in text and "(" not in text and "…" not in text, texts
