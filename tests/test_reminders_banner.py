"""The banner above every screen, desktop notifications, dismissals across a restart."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon

from vertprep.i18n.formatting import clock_time, long_date
from vertprep.session import PatientSession
from vertprep.storage import Store
from vertprep.ui.notifier import CHECK_INTERVAL_MS, Notifier
from vertprep.ui.theme import MIN_TARGET_PX

# The patient's care team gave days and times: the steps have dates.
pytestmark = pytest.mark.usefixtures("clinic_plan_stored")

OVERDUE_MRI = "item:spine_imaging:overdue:2026-11-30"
OVERDUE_RADIOLOGIST = "item:consult_radiologist:overdue:2026-11-26"


@pytest.fixture
def notifier_with_tray(scheduled_session):
    """A notifier with a fake tray, stopped after the test."""
    made = Notifier(scheduled_session, FakeTray())
    yield made
    made.stop()


class FakeTray:
    """Records the notifications a real tray would show."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def showMessage(self, title, text, icon, msecs) -> None:
        self.messages.append((title, text))


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_overdue_step_shows_a_banner_with_the_word_overdue(window):
    banner = window.reminder_banner
    assert banner.isVisible()
    assert banner.status.text() == "Overdue"
    assert banner.status.property("status") == "overdue"
    assert "See the interventional radiologist" in banner.text.text()
    assert long_date(date(2026, 11, 26)) in banner.text.text()
    assert banner.counter.text() == "Reminder 1 of 2"
    for button in (banner.dismiss_button, banner.snooze_button):
        assert button.isVisible() and button.height() >= MIN_TARGET_PX
        assert button.text()


def test_the_banner_stays_above_every_screen(window, qtbot):
    for screen in window.screens:
        window.show_screen(screen.screen_id)
        assert window.reminder_banner.isVisible()
        banner_bottom = window.reminder_banner.mapTo(
            window, window.reminder_banner.rect().bottomLeft()
        )
        assert banner_bottom.y() <= window.stack.mapTo(window, window.stack.rect().topLeft()).y()


def test_dismissed_reminders_never_come_back_even_after_a_restart(
    window, qtbot, make_window, db_path, clock
):
    banner = window.reminder_banner
    click(qtbot, banner.dismiss_button)
    assert banner.current.id == OVERDUE_MRI
    assert banner.counter.isHidden()  # the last one: no "1 of 1"
    click(qtbot, banner.dismiss_button)
    assert banner.isHidden()
    states = window.session.store.reminder_states()
    assert states[OVERDUE_RADIOLOGIST][0] is not None
    assert states[OVERDUE_MRI][0] is not None
    window.close()

    store = Store(db_path)  # a restart: a new store, session and window on the same file
    try:
        restarted = make_window(PatientSession(store, clock=clock))
        assert restarted.reminder_banner.isHidden()
        clock.now = datetime(2026, 12, 5, 9, 0)  # days later, still never again
        restarted.notifier.check()
        ids = [r.id for r in restarted.reminder_banner.reminders]
        assert OVERDUE_RADIOLOGIST not in ids and OVERDUE_MRI not in ids
        assert "item:blood_tests:overdue:2026-12-03" in ids  # a new one does come
    finally:
        store.close()


def test_remind_me_tomorrow_hides_it_until_the_next_day(window, qtbot, clock):
    banner = window.reminder_banner
    click(qtbot, banner.snooze_button)
    click(qtbot, banner.snooze_button)
    assert banner.isHidden()
    clock.now = datetime(2026, 12, 1, 23, 59)
    window.notifier.check()  # what the timer does each minute
    assert banner.isHidden()
    clock.now = datetime(2026, 12, 2, 0, 0)
    window.notifier.check()
    assert [r.id for r in banner.reminders] == [OVERDUE_RADIOLOGIST, OVERDUE_MRI]
    assert banner.isVisible()


def test_the_notifier_checks_every_minute_while_the_window_is_open(window):
    assert window.notifier.timer.isActive()
    assert window.notifier.timer.interval() == CHECK_INTERVAL_MS == 60_000
    window.close()
    assert not window.notifier.timer.isActive()


def test_a_new_day_refreshes_the_screens(window, qtbot, clock):
    overview = window.screen("overview")
    assert overview.countdown.text() == "Your procedure is in 9 days."
    clock.now = datetime(2026, 12, 9, 8, 0)
    with qtbot.waitSignal(window.session.plan_changed):
        window.notifier.check()
    assert overview.countdown.text() == "Your procedure is tomorrow."
    assert "procedure:tomorrow:2026-12-10" in [r.id for r in window.reminder_banner.reminders]


def test_the_procedure_tomorrow_is_announced(window, clock):
    clock.now = datetime(2026, 12, 9, 8, 0)
    window.notifier.check()
    banner = window.reminder_banner
    for _ in range(10):
        if banner.current.id == "procedure:tomorrow:2026-12-10":
            break
        window.session.dismiss_reminder(banner.current.id)
    assert banner.status.text() == "Tomorrow"
    assert banner.text.text().startswith("Your procedure is tomorrow,")
    assert "Arrive at" in banner.text.text()


def test_without_a_tray_only_the_banner_reminds_and_nothing_is_logged(window):
    # Offscreen has no system tray: no icon is made, and no Qt warning (which would fail).
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    assert window.notifier.tray is None
    assert window.reminder_banner.isVisible()


def test_a_tray_gets_one_notification_per_new_reminder(
    notifier_with_tray, scheduled_session, clock
):
    notifier, tray = notifier_with_tray, notifier_with_tray.tray
    notifier.start()
    assert len(tray.messages) == 1
    title, text = tray.messages[0]
    assert title == "vertprep: 2 reminders"
    assert text.startswith("Overdue: See the interventional radiologist")
    notifier.check()  # a minute later: nothing new, nothing shown again
    assert len(tray.messages) == 1

    scheduled_session.add_own_reminder("Call the pharmacy", date(2026, 12, 1), time(9, 0))
    nine = clock_time(time(9, 0))
    assert tray.messages[-1] == (
        "vertprep reminder",
        f"Due today: Call the pharmacy (today at {nine})",
    )
    assert len(tray.messages) == 2

    scheduled_session.dismiss_reminder(OVERDUE_MRI)
    clock.now = datetime(2026, 12, 1, 10, 1)
    notifier.check()
    assert len(tray.messages) == 2


def test_a_snoozed_reminder_is_notified_again_when_it_returns(
    notifier_with_tray, scheduled_session, clock
):
    notifier, tray = notifier_with_tray, notifier_with_tray.tray
    notifier.start()
    scheduled_session.snooze_reminder(OVERDUE_MRI)
    clock.now = datetime(2026, 12, 2, 0, 0)
    notifier.check()  # a new day: the screens refresh, then the check runs again
    assert any("Have a spine MRI" in text for _title, text in tray.messages[1:])


def test_large_text_in_a_narrow_space_stacks_the_buttons(scheduled_session, app, qtbot):
    from layout_checks import clipped_widgets

    from vertprep.ui.reminder_banner import ReminderBanner
    from vertprep.ui.theme import apply_theme

    apply_theme(app, 200)
    try:
        banner = ReminderBanner(scheduled_session)
        qtbot.addWidget(banner)
        banner.set_reminders(scheduled_session.active_reminders())
        banner.ensurePolished()  # sizes with the large text
        both = banner.dismiss_button.sizeHint().width() + banner.snooze_button.sizeHint().width()
        banner.resize(both + 200, 400)  # room for both side by side
        banner.show()
        qtbot.waitExposed(banner)
        qtbot.waitUntil(lambda: banner.snooze_button.y() == banner.dismiss_button.y())
        # A narrow window at double text size: room for the longer button only.
        banner.resize(banner.snooze_button.sizeHint().width() + 60, 600)
        qtbot.waitUntil(lambda: banner.snooze_button.y() > banner.dismiss_button.y())
        qtbot.waitUntil(lambda: not clipped_widgets(banner))
        assert banner.dismiss_button.height() >= MIN_TARGET_PX
    finally:
        apply_theme(app)
