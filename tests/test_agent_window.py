"""The window's side of background reminders: the opt-in at first start and on the
reminders screen, what the agent reported, and no notification shown twice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from vertprep.agent.lock import agent_lock
from vertprep.ui.notifier import Notifier

# The patient's care team gave days and times: the steps have dates.
pytestmark = pytest.mark.usefixtures("clinic_plan_stored")


@pytest.fixture
def started(agents_started):
    """Agents the window would have started (none is started for real in tests)."""
    return agents_started


def entry(tmp_path):
    return tmp_path / "xdg-config" / "autostart" / "vertprep-reminders.desktop"


def test_first_start_asks_and_ticking_installs_and_starts_the_agent(
    make_window, session, qtbot, tmp_path, data_dir, started
):
    window = make_window(session)
    card = window.screen("welcome").background_reminders
    assert card.check_row.text() == "Remind me even when vertprep is closed"
    assert not card.check.isChecked()
    qtbot.mouseClick(card.check, Qt.MouseButton.LeftButton)
    assert entry(tmp_path).exists()
    assert f"--data-dir {data_dir.resolve()}" in entry(tmp_path).read_text(encoding="utf-8")
    assert session.store.settings().background_reminders is True
    assert started == [data_dir]
    # The same choice on the reminders screen, already ticked; unticking removes it.
    window.show_screen("reminders")
    settings_card = window.screen("reminders").background_reminders
    assert settings_card.check.isChecked()
    qtbot.mouseClick(settings_card.check, Qt.MouseButton.LeftButton)
    assert not entry(tmp_path).exists()
    assert session.store.settings().background_reminders is False
    assert not card.check.isChecked()


def test_a_login_entry_that_cannot_be_written_is_said_and_nothing_changes(
    make_window, session, qtbot, tmp_path, started
):
    (tmp_path / "xdg-config").write_text("a file where a folder should be")
    window = make_window(session)
    card = window.screen("reminders").background_reminders
    window.show_screen("reminders")
    qtbot.mouseClick(card.check, Qt.MouseButton.LeftButton)
    assert not card.check.isChecked()
    assert card.problem.isVisible()
    assert "Nothing was changed" in card.problem.text()
    assert session.store.settings().background_reminders is False
    assert started == []


def test_no_notifications_possible_is_said_with_the_calendar_as_the_way_out(
    make_window, scheduled_session, qtbot
):
    window = make_window(scheduled_session)
    window.show_screen("reminders")
    card = window.screen("reminders").background_reminders
    assert not card.problem.isVisible()
    scheduled_session.update_settings(notifications_unavailable=True)  # as the agent does
    assert card.problem.isVisible()
    assert "calendar" in card.problem.text()
    assert card.export_button.isVisible()


def test_the_window_leaves_desktop_notifications_to_a_running_agent(
    window, scheduled_session, data_dir
):
    class FakeTray:
        def __init__(self):
            self.messages = []

        def showMessage(self, title, text, icon, msecs):
            self.messages.append(title)

    tray = FakeTray()
    lock = agent_lock(data_dir)
    assert lock.tryLock(0)
    try:
        Notifier(scheduled_session, tray).check()
        assert tray.messages == []
    finally:
        lock.unlock()
    Notifier(scheduled_session, tray).check()
    assert tray.messages != []


def test_turning_it_on_does_not_repeat_at_once_what_the_banner_shows(
    window, scheduled_session, qtbot, started
):
    from vertprep.agent.engine import ReminderEngine

    assert window.reminder_banner.isVisible()  # two overdue steps on 1 December
    window.show_screen("reminders")
    card = window.screen("reminders").background_reminders
    qtbot.mouseClick(card.check, Qt.MouseButton.LeftButton)
    assert ReminderEngine(scheduled_session).announce_due() is None  # nothing to announce
