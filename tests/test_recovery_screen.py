"""The "Your recovery" screen: a person records pain with the big buttons, is told
clearly when something is missing, and takes an entry back with Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import FIXED_NOW
from vertprep.core.diary import PainEntry, Walking

TODAY = FIXED_NOW.date()


def recovery(window):
    window.show_screen("recovery")
    return window.screen("recovery")


def test_the_screen_is_in_the_step_list(window):
    titles = [window.step_list.item(i).text() for i in range(window.step_list.count())]
    assert "Your recovery" in titles


def test_saving_without_a_score_says_so_and_saves_nothing(window, store, qtbot):
    screen = recovery(window)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.error.isVisibleTo(screen)
    assert "from 0 to 10" in screen.error.text() and "Nothing was saved" in screen.error.text()
    assert store.diary.entries() == []


def test_a_day_s_entry_with_the_big_buttons_then_undo(window, store, qtbot):
    screen = recovery(window)
    qtbot.mouseClick(screen.scale.buttons[8], Qt.MouseButton.LeftButton)
    assert screen.scale.score() == 8 and screen.scale.buttons[8].text() == "\u27138"
    screen.walking.setCurrentIndex(2)  # only indoors
    screen.medicine.setCurrentIndex(1)  # yes
    qtbot.keyClicks(screen.note, "bad night")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert store.diary.entries() == [PainEntry(TODAY, 8, Walking.INDOORS, True, "bad night")]
    assert screen.table.rowCount() == 1 and screen.table.item(0, 1).text() == "8"
    assert "pain 8 out of 10" in screen.saved.text()
    assert screen.scale.score() is None  # the form is ready for the next day
    window.window_actions.undo_action.trigger()
    assert store.diary.entries() == []
    assert screen.table.rowCount() == 0


def test_a_second_entry_the_same_day_is_refused_on_screen(window, store, qtbot):
    screen = recovery(window)
    for score in (7, 3):
        qtbot.mouseClick(screen.scale.buttons[score], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert "already an entry for this day" in screen.error.text()
    assert store.diary.entries() == [PainEntry(TODAY, 7)]


def test_an_entry_is_changed_from_the_table(window, store, qtbot):
    window.session.add_pain_entry(TODAY, 7)
    screen = recovery(window)
    screen.table.selectRow(0)
    qtbot.mouseClick(screen.change_button, Qt.MouseButton.LeftButton)
    assert screen.scale.score() == 7
    qtbot.mouseClick(screen.scale.buttons[5], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert store.diary.entries() == [PainEntry(TODAY, 5)]


def test_the_scale_is_used_with_the_keyboard(window, store, qtbot):
    screen = recovery(window)
    screen.scale.buttons[0].setFocus()
    qtbot.keyClick(screen.scale, Qt.Key.Key_Right)
    qtbot.keyClick(screen.scale, Qt.Key.Key_Right)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Space)
    assert screen.scale.score() == 2


def test_questions_for_the_doctor_are_kept(window, store, qtbot):
    screen = recovery(window)
    screen.questions_card.edit.setPlainText("When may I drive?")
    screen.questions_card.save()
    assert store.diary.doctor_questions() == "When may I drive?"


def test_the_emergency_number_is_kept_in_the_profile(window, store, qtbot):
    screen = recovery(window)
    field = screen.check_in_card.emergency
    field.setText("144")
    field.editingFinished.emit()
    assert store.profile().emergency_phone == "144"


def test_a_hidden_recovery_screen_catches_up_when_shown(window, store, qtbot):
    screen = recovery(window)
    window.show_screen("before")
    window.session.add_pain_entry(TODAY, 4)
    assert screen.table.rowCount() == 0  # hidden: nothing rebuilt yet
    window.show_screen("recovery")
    assert screen.table.rowCount() == 1 and screen.table.item(0, 1).text() == "4"
