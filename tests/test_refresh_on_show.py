"""Only what is shown is refreshed: a change repaints the screen in view, a hidden
screen catches up when it is shown, and a keystroke in a note refreshes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame

from vertprep.i18n.manager import LanguageManager


@pytest.fixture
def refreshes(window, monkeypatch):
    """Counts the refreshes of every screen (all built, as once the window is idle)."""
    counts = {}
    for screen in window.screens:
        counts[screen.screen_id] = 0

        def counted(screen=screen, original=screen.refresh):
            counts[screen.screen_id] += 1
            original()

        monkeypatch.setattr(screen, "refresh", counted)
    return counts


def tick(qtbot, window, item_id: str) -> None:
    row = window.screen("before").rows[item_id]
    qtbot.mouseClick(row.checkbox, Qt.MouseButton.LeftButton)


def test_a_tick_refreshes_only_the_screen_shown(qtbot, window, refreshes):
    window.show_screen("before")
    tick(qtbot, window, "blood_tests")
    assert refreshes["before"] == 1
    assert {k: v for k, v in refreshes.items() if k != "before"} == dict.fromkeys(
        [k for k in refreshes if k != "before"], 0
    )
    assert window.screen("overview").is_stale and window.screen("after").is_stale
    # Nothing on the own reminders screen depends on the plan.
    assert not window.screen("reminders").is_stale


def summaries(overview) -> set[str]:
    return {
        frame.objectName() for frame in overview.findChildren(QFrame) if frame.isVisibleTo(overview)
    }


def test_a_hidden_screen_shows_the_change_when_shown(qtbot, window):
    overview = window.screen("overview")
    window.show_screen("overview")
    # 1 December, the procedure on the 10th: the consultation (due 26 November) is overdue.
    assert "summary_consult_radiologist" in summaries(overview)
    window.show_screen("before")
    tick(qtbot, window, "consult_radiologist")
    assert overview.is_stale
    window.show_screen("overview")
    assert not overview.is_stale
    assert "summary_consult_radiologist" not in summaries(overview)


def test_the_progress_follows_a_tick_at_once(qtbot, window):
    window.show_screen("before")
    done = window.session.plan().done_count
    tick(qtbot, window, "blood_tests")
    assert window.navigation.progress_bar.value() == done + 1


def test_a_keystroke_in_a_note_refreshes_no_screen(qtbot, window, refreshes, monkeypatch):
    window.show_screen("before")
    row = window.screen("before").rows["blood_tests"]
    retranslated = []
    for other in window.screen("before").rows.values():
        monkeypatch.setattr(other, "retranslate_ui", lambda r=other: retranslated.append(r))
    row.note.setFocus()
    qtbot.keyClicks(row.note, "Dr Weber")
    assert window.session.store.item_state("blood_tests").note == "Dr Weber"
    assert refreshes == dict.fromkeys(refreshes, 0)
    assert retranslated == []
    assert not any(screen.is_stale for screen in window.screens)


def test_a_language_switch_reaches_a_hidden_screen_when_shown(qtbot, window):
    day = window.screen("day")
    window.show_screen("overview")
    LanguageManager.instance().set_language("de")
    try:
        qtbot.waitUntil(lambda: window.current_screen().title.text() == "Übersicht")
        assert day.is_stale and day.title.text() == "The day of the procedure"
        window.show_screen("day")
        assert day.title.text() == "Der Tag des Eingriffs"
        assert "Dezember" in day.summary.text()
        assert not day.is_stale
    finally:
        LanguageManager.instance().set_language("en")


def test_a_new_own_reminder_reaches_the_hidden_overview(qtbot, window):
    window.show_screen("reminders")
    reminder = window.session.add_own_reminder("Call the pharmacy", date(2026, 12, 5))
    overview = window.screen("overview")
    assert overview.is_stale
    window.show_screen("overview")
    line = overview.findChild(type(overview.title), f"overviewOwn_{reminder.id}")
    assert line is not None and line.text().endswith(": Call the pharmacy")
