"""What a screen reader hears: every control named in the current language, checklist
rows with their state and due date, and the day's timeline in order."""

from __future__ import annotations

import pytest
from a11y_support import accessible_text, describe, interactive_widgets
from i18n_support import settle
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible

from vertprep.i18n.catalog import load_translator
from vertprep.i18n.languages import LANGUAGES, SOURCE_LANGUAGE
from vertprep.i18n.plan_text import status_word
from vertprep.plan.builtin import builtin_plan


def _unnamed(window) -> list[str]:
    missing = []
    for screen in window.screens:
        window.show_screen(screen.screen_id)
        settle()
        for widget in interactive_widgets(window):
            if not accessible_text(widget).strip():
                missing.append(f"{screen.screen_id}: {describe(widget)}")
    return sorted(set(missing))


def _has_translation(code: str) -> bool:
    try:
        return load_translator(code) is not None
    except FileNotFoundError:
        return False


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_every_control_has_a_name_in_every_language(qtbot, window, languages, code):
    """Run in each shipped language; where its translation is there, the names must
    also be the translated ones (they change with the language)."""
    if code != SOURCE_LANGUAGE:
        assert _has_translation(code), f"{code} is listed but has no compiled translation"
        languages.set_language(code)
        qtbot.waitUntil(
            lambda: (
                window.step_list.accessibleName()
                == QCoreApplication.translate("MainWindow", "Steps")
            )
        )
    settle()
    assert _unnamed(window) == []
    # Names follow the language: each one equals its translation where there is one.
    checks = [
        (window.step_list, "MainWindow", "Steps"),
        (window.window_actions.view_settings.bar.larger_button, "TextSizeBar", "Larger text"),
        (window.navigation.undo_toast.undo_button, "UndoToast", "Undo"),
    ]
    for widget, context, source in checks:
        assert accessible_text(widget) == QCoreApplication.translate(context, source), source


def test_checklist_rows_say_their_state_and_due_date(qtbot, window, scheduled_session):
    window.show_screen("before")
    rows = window.screen("before").rows
    planned = {p.item.id: p for p in scheduled_session.plan().items}
    for item_id, row in rows.items():
        description = accessible_text(row.checkbox, QAccessible.Text.Description)
        assert accessible_text(row.checkbox) == row.title.text()
        assert row.due.text() and row.due.text() in description, item_id
        assert row.status.text() in description, item_id
        assert accessible_text(row.note).startswith("Note for:")
        # The state is said in words as well as by the colour of the row.
        if planned[item_id].status.value != "upcoming":
            assert row.status.isVisibleTo(row) and row.status.text()

    row = next(iter(rows.values()))
    qtbot.mouseClick(row.checkbox, Qt.MouseButton.LeftButton)
    description = accessible_text(row.checkbox, QAccessible.Text.Description)
    assert description.startswith("Done on")
    interface = QAccessible.queryAccessibleInterface(row.checkbox)
    assert interface.state().checked


def test_status_words_exist_for_every_status():
    from vertprep.core.plan import Status

    assert all(status_word(status) for status in Status)


def test_the_day_is_read_in_order(qtbot, window):
    window.show_screen("day")
    screen = window.screen("day")
    content = QAccessible.queryAccessibleInterface(screen.scroll.widget())
    children = [content.child(i) for i in range(content.childCount())]
    names = [child.text(QAccessible.Text.Name) for child in children]
    stage_names = [accessible_text(card) for card in screen.cards]
    # Each stage says its time and its title, and the stages come in the day's order.
    for card, stage, name in zip(screen.cards, builtin_plan().stages, stage_names, strict=True):
        assert stage.title.values["en"] in name
        assert card.time_label.text() in name
        assert accessible_text(card, QAccessible.Text.Description)
    positions = [names.index(name) for name in stage_names]
    assert positions == sorted(positions)
    # Reading order is also the order on screen, top to bottom.
    tops = [card.geometry().top() for card in screen.cards]
    assert tops == sorted(tops)


def test_a_bad_phone_number_is_said_on_the_field_itself(qtbot, window):
    window.show_screen("welcome")
    form = window.screen("welcome").form
    form.phone_edit.clear()
    qtbot.keyClicks(form.phone_edit, "call me")
    description = accessible_text(form.phone_edit, QAccessible.Text.Description)
    assert description == form.phone_error.text() != ""
    form.phone_edit.clear()
    qtbot.keyClicks(form.phone_edit, "+41 22 123")
    description = accessible_text(form.phone_edit, QAccessible.Text.Description)
    assert description != form.phone_error.text()
