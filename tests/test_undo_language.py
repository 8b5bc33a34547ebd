"""The Undo bar follows a language switch, the step's title included."""

from __future__ import annotations

from i18n_support import switch
from PySide6.QtCore import Qt

from vertprep.i18n.catalog import Catalog
from vertprep.plan.builtin import builtin_plan


def test_undo_bar_speaks_the_new_language_after_a_switch(qtbot, window, languages):
    window.show_screen("before")
    row = window.current_screen().rows["blood_tests"]
    qtbot.mouseClick(row.checkbox, Qt.MouseButton.LeftButton)
    button = window.navigation.undo_toast.undo_button
    assert "Have the blood tests your team ordered" in button.accessibleDescription()

    switch(qtbot, languages, window, "de")
    german = Catalog("de")
    title = builtin_plan().step("blood_tests").title.values["de"]
    assert title != builtin_plan().step("blood_tests").title.values["en"]
    expected = german.tr("UndoToast", "Marked as done: {title}").format(title=title)
    assert expected in button.accessibleDescription()
