"""Several patients in the window: whose plan is open, switching, the Patients dialog,
and a family's story from ticks to backup, deleted folder and restore."""

from __future__ import annotations

import shutil

from i18n_support import settle
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from vertprep.session import PatientSession
from vertprep.storage import Store
from vertprep.ui import theme
from vertprep.ui.patients_dialog import PatientsDialog, ask_whose_plan_at_start
from vertprep.ui.widgets.question import Question

TITLE = "vertprep: getting ready for vertebroplasty"


def tick(qtbot, window, item_id):
    window.show_screen("before")
    qtbot.mouseClick(window.current_screen().rows[item_id].checkbox, Qt.MouseButton.LeftButton)


def dialog_for(qtbot, session, **kwargs) -> PatientsDialog:
    dialog = PatientsDialog(session, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_one_patient_looks_as_before(window):
    assert window.windowTitle() == TITLE
    assert not window.patient_banner.isVisible()


def test_with_two_patients_the_title_and_every_screen_say_whose_plan(window, qtbot):
    window.session.add_patient("Tom Keller")
    qtbot.waitUntil(window.patient_banner.isVisible)
    assert window.windowTitle() == f"Maria Keller: {TITLE}"
    assert window.patient_banner.label.text() == "Plan of Maria Keller"
    for screen_id in ("overview", "before", "after", "help"):
        window.show_screen(screen_id)
        # The banner sits above the stack of screens, in view on each of them.
        assert window.patient_banner.isVisible()
        assert window.patient_banner.geometry().bottom() <= window.stack.geometry().top()


def test_the_dialog_lists_searches_and_switches(window, qtbot, languages):
    session = window.session
    tick(qtbot, window, "blood_tests")
    son = session.add_patient("Tom Keller")
    session.add_patient("Anna Stone")
    dialog = dialog_for(qtbot, session)
    dialog.show()
    assert dialog.filter.rowCount() == 3
    qtbot.keyClicks(dialog.search, "kell")
    assert dialog.filter.rowCount() == 2
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "TOM")
    assert dialog.filter.rowCount() == 1
    assert dialog.selected_id() == son
    assert dialog.view.currentIndex().data().startswith("Tom Keller\n")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert session.patient_id == son
    # Tom is new: the welcome screen, nothing ticked, his name everywhere.
    assert window.current_screen().screen_id == "welcome"
    assert window.windowTitle() == f"Tom Keller: {TITLE}"
    window.show_screen("before")  # a hidden screen catches up when shown
    assert not window.current_screen().rows["blood_tests"].checkbox.isChecked()
    assert not window.window_actions.undo_action.isEnabled()  # no undo into Maria's plan


def test_language_text_size_and_contrast_follow_the_person(window, qtbot, languages):
    session = window.session
    mother = session.patient_id
    window.window_actions.view_settings.set_scale(200)
    languages.choose("zh_TW", session)
    son = session.add_patient("Tom")
    session.switch_patient(son)
    settle()
    assert languages.current == "en"
    assert theme.current_scale() == 100
    session.switch_patient(mother)
    settle()
    assert languages.current == "zh_TW"
    assert theme.current_scale() == 200
    assert window.windowTitle().startswith("Maria Keller")
    window.window_actions.view_settings.set_scale(100)


def test_deleting_asks_with_the_name_and_never_the_open_plan(window, qtbot, monkeypatch):
    session = window.session
    son = session.add_patient("Tom Keller")
    dialog = dialog_for(qtbot, session)
    dialog.select(session.patient_id)
    assert not dialog.delete_button.isEnabled()
    assert not dialog.archive_button.isEnabled()
    dialog.select(son)
    asked = []

    def answer(question, confirm: bool):
        asked.append(question.text_label.text())
        buttons = [b for b in question.answer_buttons if b.text() == "Delete Tom Keller"]
        assert len(buttons) == 1
        assert not buttons[0].isDefault()  # Enter cancels
        if confirm:
            buttons[0].click()
        else:
            question.reject()
        return 0

    monkeypatch.setattr(Question, "exec", lambda question: answer(question, False))
    dialog.delete_selected()
    assert session.patients.exists(son)
    monkeypatch.setattr(Question, "exec", lambda question: answer(question, True))
    dialog.delete_selected()
    assert not session.patients.exists(son)
    assert "Delete Tom Keller and everything stored" in asked[0]
    assert dialog.filter.rowCount() == 1


def test_archived_patients_are_hidden_and_kept(window, qtbot):
    session = window.session
    son = session.add_patient("Tom Keller")
    dialog = dialog_for(qtbot, session)
    dialog.select(son)
    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    assert dialog.filter.rowCount() == 1
    dialog.show_archived.setChecked(True)
    assert dialog.filter.rowCount() == 2
    dialog.select(son)
    assert dialog.archive_button.text() == "Bring &back"
    assert not dialog.open_button.isEnabled()
    assert "Archived" in dialog.view.currentIndex().data()


def test_add_and_rename_in_the_dialog(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    session = window.session
    dialog = dialog_for(qtbot, session)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  Tom   Keller ", True))
    dialog.add_patient()
    assert [p.name for p in session.patients.summaries()] == ["Maria Keller", "Tom Keller"]
    assert dialog.view.currentIndex().data().startswith("Tom Keller")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Thomas Keller", True))
    dialog.rename_selected()
    assert [p.name for p in session.patients.summaries()][1] == "Thomas Keller"
    informed = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: informed.append(a[2]))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("   ", True))
    dialog.add_patient()
    assert informed == ["Please enter a name (1 to 100 letters)."]
    assert len(session.patients.summaries()) == 2


def test_the_app_asks_whose_plan_at_start(session, qtbot):
    session.update_profile(name="Maria Keller")
    son = session.add_patient("Tom Keller")
    session.switch_patient(1)

    def choose():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PatientsDialog)
        assert dialog.heading.text() == "Whose plan do you want to open?"
        dialog.select(son)
        dialog.open_button.click()

    QTimer.singleShot(0, choose)
    ask_whose_plan_at_start(session)
    assert session.patient_id == son


def test_a_family_story_ticks_backup_folder_gone_restore(
    make_window, session, clock, db_path, data_dir, tmp_path, qtbot, languages, capsys
):
    """A daughter adds her father and her mother; each ticks steps in their language;
    a backup is made; the data folder is deleted; restore brings back both."""
    from cli_support import run

    window = make_window(session)
    father = session.patient_id
    session.update_profile(name="Hans Keller")
    session.update_settings(onboarded=True)
    languages.choose("de", session)
    tick(qtbot, window, "blood_tests")
    mother = session.add_patient("Mei Keller")
    session.switch_patient(mother)
    session.update_settings(onboarded=True)
    languages.choose("zh_TW", session)
    tick(qtbot, window, "ride_home")
    session.set_note("fasting", "午夜後不進食")
    session.add_own_reminder("打電話給藥房", clock().date())

    out = tmp_path / "family.sqlite3"
    code, _out, err = run(["backup", "--out", out], capsys)  # while the app is open
    assert (code, err) == (0, "")
    window.close()  # (the store fixture closes the old connection at the end)
    shutil.rmtree(data_dir)

    code, _out, err = run(["restore", out], capsys)
    assert (code, err) == (0, "")
    store = Store(db_path)
    again = PatientSession(store, clock=clock)
    assert again.patient_id == mother  # the plan that was open last
    assert again.item_state("ride_home").done
    assert again.item_state("fasting").note == "午夜後不進食"
    assert [r.text for r in again.own_reminders()] == ["打電話給藥房"]
    assert again.settings.language == "zh_TW"
    again.switch_patient(father)
    assert again.item_state("blood_tests").done
    assert not again.item_state("ride_home").done
    assert again.settings.language == "de"
    store.close()


def test_restore_in_the_window_refuses_a_bad_file_and_changes_nothing(
    window, tmp_path, monkeypatch, db_path
):
    from PySide6.QtWidgets import QFileDialog

    bad = tmp_path / "holiday.jpg"
    bad.write_bytes(b"\xff\xd8\xff" + b"x" * 500)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    before = window.session.store.item_states()
    window.window_actions.patient_actions.restore()
    assert len(warned) == 1
    assert warned[0].startswith("This file is not a vertprep backup.")
    assert "Nothing was changed." in warned[0]
    assert window.session.store.item_states() == before
    assert not (db_path.parent / "backups").exists()


def test_back_up_and_restore_everyone_from_the_window(window, tmp_path, monkeypatch, qtbot):
    from PySide6.QtWidgets import QFileDialog

    session = window.session
    tick(qtbot, window, "blood_tests")
    out = tmp_path / "backup.sqlite3"
    from vertprep.ui import file_dialog

    monkeypatch.setattr(file_dialog, "ask_save_path", lambda *a, **k: str(out))
    informed = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: informed.append(a[2]))
    window.window_actions.patient_actions.back_up()
    assert out.is_file() and str(out) in informed[0]
    tick(qtbot, window, "ride_home")  # after the backup
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(
        Question,
        "exec",
        lambda question: next(
            b for b in question.answer_buttons if b.text() == "Replace all the data"
        ).click(),
    )
    window.window_actions.patient_actions.restore()
    assert informed[-1].startswith("The backup is restored.")
    assert "before-restore-" in informed[-1]
    window.show_screen("before")
    rows = window.current_screen().rows
    assert rows["blood_tests"].checkbox.isChecked()
    assert not rows["ride_home"].checkbox.isChecked()
    assert session.store.item_state("ride_home").done is False
    assert QCoreApplication.translate("MainWindow", TITLE) == window.windowTitle()


def test_every_screen_shows_the_new_persons_data_after_a_switch(window, qtbot):
    """Nothing of the last person is left on screen: details, ticks, notes, reminders."""
    session = window.session
    for screen in window.screens:  # every screen built, showing Maria
        assert screen is not None
    session.set_note("fasting", "Maria: nothing after midnight")
    session.add_own_reminder("Maria's pharmacy", session.today())
    form = window.screen("welcome").form
    assert form.phone_edit.text() == "+41 22 123 45 67"
    son = session.add_patient("Tom Keller")
    session.switch_patient(son)
    assert form.name_edit.text() == "Tom Keller"
    assert form.phone_edit.text() == ""
    assert form.no_date.isChecked()
    window.show_screen("before")
    rows = window.current_screen().rows
    assert rows["fasting"].note.toPlainText() == ""
    assert not rows["blood_tests"].checkbox.isChecked()
    from i18n_support import shown_texts

    window.show_screen("reminders")
    settle()
    texts = " ".join(text for _where, text in shown_texts(window))
    assert "Maria" not in texts
    # Typing in the form now changes Tom's details, and only his.
    form.name_edit.setFocus()
    qtbot.keyClicks(form.name_edit, "as")
    assert session.patients.name(son) == "Tom Kelleras"
    assert session.patients.name(1) == "Maria Keller"


def test_restoring_one_patient_asks_add_or_replace(window, tmp_path, monkeypatch, qtbot):
    from PySide6.QtWidgets import QFileDialog

    from vertprep.storage.backup import write_backup

    session = window.session
    session.set_note("fasting", "as the team said")
    out = write_backup(session.store.connection, tmp_path / "maria.sqlite3", session.patient_id)
    session.set_note("fasting", "changed later")
    son = session.add_patient("Tom Keller")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    asked = []

    def choose(label):
        def answer(question):
            asked.append((question.text_label.text(), [b.text() for b in question.answer_buttons]))
            next(b for b in question.answer_buttons if b.text() == label).click()

        return answer

    monkeypatch.setattr(Question, "exec", choose("Replace Maria Keller"))
    window.window_actions.patient_actions.restore()
    assert "Maria Keller is already on this computer." in asked[0][0]
    assert "Add as a new patient" in asked[0][1]
    window.show_screen("before")
    rows = window.current_screen().rows
    assert rows["fasting"].note.toPlainText() == "as the team said"
    assert session.patients.exists(son)
    monkeypatch.setattr(Question, "exec", choose("Add as a new patient"))
    window.window_actions.patient_actions.restore()
    names = [p.name for p in session.patients.summaries()]
    assert names == ["Maria Keller", "Maria Keller", "Tom Keller"]
    assert window.patient_banner.isVisible()
