"""Check-ins: a reminder in the banner and the calendar opens a short check-in whose
"yes" to a warning sign says at once whom to call, with the number."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vertprep.core.check_ins import CheckInPoint
from vertprep.core.reminders import ReminderKind
from vertprep.ui.check_in_dialog import CheckInDialog

TWO_WEEKS_AFTER = datetime(2026, 12, 24, 10, 0)  # the procedure is on 10 December


def open_dialog(window, qtbot) -> CheckInDialog:
    banner = window.reminder_banner
    qtbot.waitUntil(lambda: banner.current is not None)
    qtbot.mouseClick(banner.check_in_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(CheckInDialog)
    qtbot.waitUntil(lambda: dialog.isVisible())
    return dialog


def test_the_check_in_reminder_opens_the_check_in(scheduled_session, make_window, clock, qtbot):
    clock.now = TWO_WEEKS_AFTER
    window = make_window(scheduled_session)
    kinds = [r.kind for r in window.reminder_banner.reminders]
    assert ReminderKind.CHECK_IN in kinds
    # The check-in comes first among equal reminders? Show it to test the button.
    check_in = next(r for r in window.reminder_banner.reminders if r.kind is ReminderKind.CHECK_IN)
    window.reminder_banner.set_reminders([check_in])
    assert "Pain check-in: Two weeks after" in window.reminder_banner.text.text()
    assert window.reminder_banner.check_in_button.isVisibleTo(window.reminder_banner)
    dialog = open_dialog(window, qtbot)
    assert dialog.point is CheckInPoint.WEEK_2
    assert "sends nothing to anyone" in dialog.privacy.text()
    assert "nobody watches" in dialog.privacy.text()
    dialog.close()


def test_no_score_no_next_step(scheduled_session, make_window, clock, qtbot):
    clock.now = TWO_WEEKS_AFTER
    dialog = CheckInDialog(scheduled_session, CheckInPoint.WEEK_2)
    dialog.show()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 0
    assert "Choose how strong your pain is" in dialog.score_error.text()
    assert scheduled_session.store.diary.check_ins() == []
    dialog.close()


def answer(dialog, qtbot, sign_id: str, yes: bool) -> None:
    question = next(q for q in dialog.questions if q.sign.id == sign_id)
    qtbot.mouseClick(question.yes if yes else question.no, Qt.MouseButton.LeftButton)


def test_a_same_day_sign_shows_the_team_s_phone_at_once(scheduled_session, clock, qtbot):
    clock.now = TWO_WEEKS_AFTER
    dialog = CheckInDialog(scheduled_session, CheckInPoint.WEEK_2)
    dialog.show()
    qtbot.mouseClick(dialog.scale.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    answer(dialog, qtbot, "chest_pain", False)
    assert not dialog.alert.isVisibleTo(dialog)
    answer(dialog, qtbot, "fever", True)
    assert dialog.alert.isVisibleTo(dialog)
    assert dialog.alert_title.text() == "Call your care team today"
    assert "+41 22 123 45 67" in dialog.alert_number.text()
    # Kept at once, even if the dialog were closed now.
    [stored] = scheduled_session.store.diary.check_ins()
    assert stored.flagged() == ["fever"] and stored.score == 3
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    assert "saved" in dialog.done_text.text()
    assert scheduled_session.due_check_ins() == []
    dialog.close()


def test_an_emergency_sign_shows_the_emergency_number_large(scheduled_session, clock, qtbot):
    clock.now = TWO_WEEKS_AFTER
    scheduled_session.update_profile(emergency_phone="144")
    dialog = CheckInDialog(scheduled_session, CheckInPoint.WEEK_2)
    dialog.show()
    qtbot.mouseClick(dialog.scale.buttons[6], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    answer(dialog, qtbot, "fever", True)
    answer(dialog, qtbot, "legs_arms", True)
    assert dialog.alert_title.text() == "Call the emergency number now"
    assert "144" in dialog.alert_number.text()
    assert dialog.alert_title.property("role") == "title"  # large
    big = dialog.alert_title.font().pointSizeF()
    assert big > QApplication.font().pointSizeF()
    dialog.close()


def test_without_a_stored_emergency_number_it_says_the_local_one(scheduled_session, clock, qtbot):
    clock.now = TWO_WEEKS_AFTER
    dialog = CheckInDialog(scheduled_session, CheckInPoint.WEEK_2)
    dialog.show()
    qtbot.mouseClick(dialog.scale.buttons[6], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    answer(dialog, qtbot, "chest_pain", True)
    assert dialog.alert_number.text() == "Your local emergency number"
    dialog.close()


def test_every_check_in_is_a_calendar_event_with_an_alarm(scheduled_session, tmp_path):
    path = tmp_path / "plan.ics"
    scheduled_session.export_calendar(path)
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\n ", "")
    for name in ("Before the procedure", "One day after", "Two weeks after", "One year after"):
        assert f"Pain check-in: {name}\n" in text
    events = text.split("BEGIN:VEVENT")[1:]
    check_ins = [e for e in events if "Pain check-in" in e]
    assert len(check_ins) == 8
    assert all("BEGIN:VALARM" in e for e in check_ins)
    assert any("DTSTART;VALUE=DATE:20261224" in e for e in check_ins)


def test_a_check_in_the_patient_starts_keeps_the_earlier_answers(scheduled_session, clock, qtbot):
    clock.now = TWO_WEEKS_AFTER
    scheduled_session.record_check_in(CheckInPoint.WEEK_2, 3, {"fever": True})
    clock.now = datetime(2026, 12, 27, 10, 0)
    dialog = CheckInDialog(scheduled_session, None)  # "Check in now" on the recovery screen
    dialog.show()
    assert dialog.heading.text() == "Check-in: Today"
    qtbot.mouseClick(dialog.scale.buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    answer(dialog, qtbot, "fever", False)
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    stored = scheduled_session.store.diary.check_ins()
    assert [(c.answered_on.day, c.score, c.flagged()) for c in stored] == [
        (24, 3, ["fever"]),
        (27, 2, []),
    ]
    dialog.close()


def test_assistive_technology_s_toggle_answers_and_chooses(scheduled_session, clock, qtbot):
    clock.now = TWO_WEEKS_AFTER
    dialog = CheckInDialog(scheduled_session, CheckInPoint.WEEK_2)
    dialog.show()
    dialog.scale.buttons[4].toggle()  # AT-SPI's Toggle: no click
    assert dialog.scale.score() == 4
    dialog.scale.buttons[4].toggle()  # toggled again: the score stays chosen
    assert dialog.scale.score() == 4 and dialog.scale.buttons[4].isChecked()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    next(q for q in dialog.questions if q.sign.id == "wound").yes.toggle()
    assert dialog.alert_title.text() == "Call your care team today"
    dialog.close()


def test_a_check_in_asks_the_care_team_s_own_signs_and_number(scheduled_session, clock, qtbot):
    """The team's plan, not the built-in one: a sign the team added is asked, and its
    "yes" gives the team's number from that plan."""
    import dataclasses

    from vertprep.plan.model import Text, Urgency, WarningSign

    team = scheduled_session.team_plan
    own_sign = WarningSign("wound_hot", Urgency.CALL_TEAM, Text({"en": "The wound feels hot"}))
    scheduled_session.use_team_plan(
        dataclasses.replace(
            team,
            warning_signs=(*team.warning_signs, own_sign),
            contacts=dataclasses.replace(team.contacts, team_phone="+41 22 999 88 77"),
        )
    )
    scheduled_session.update_profile(phone="")
    clock.now = TWO_WEEKS_AFTER
    dialog = CheckInDialog(scheduled_session, CheckInPoint.WEEK_2)
    dialog.show()
    qtbot.mouseClick(dialog.scale.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    question = next(q for q in dialog.questions if q.sign.id == "wound_hot")
    assert question.text.text() == "The wound feels hot"
    answer(dialog, qtbot, "wound_hot", True)
    assert dialog.alert_title.text() == "Call your care team today"
    assert "+41 22 999 88 77" in dialog.alert_number.text()
    [stored] = scheduled_session.store.diary.check_ins()
    assert stored.flagged() == ["wound_hot"]
    dialog.close()
