"""A nurse sets up her clinic's plan on the Care team screen and saves it; a patient
opens it, sees the clinic's step in German and the clinic's times, and a plan file
with mistakes is refused with every problem located, nothing changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest
from cli_support import run
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from vertprep.plan.model import Phase
from vertprep.plan.reader import read_plan_file
from vertprep.plan.writer import write_plan_text
from vertprep.ui import file_dialog

PHONE = "+41 22 555 01 02"
FASTING_EN = "Nothing to eat after midnight. Clear water until 06:00."
FASTING_DE = "Ab Mitternacht nichts essen. Klares Wasser bis 06:00 Uhr."
STEP_EN, STEP_DE = "Book a parking space", "Einen Parkplatz reservieren"
ONLY_EN = "Bring your walking frame"


class Messages:
    """Records the message boxes instead of showing them."""

    def __init__(self, monkeypatch) -> None:
        self.shown: list[tuple[str, str]] = []
        for kind in ("information", "warning"):
            monkeypatch.setattr(
                QMessageBox,
                kind,
                lambda _p, _t, text, *a, kind=kind: self.shown.append((kind, text)),
            )


def nurse_makes_the_plan(qtbot, window, monkeypatch, target):
    """The nurse's afternoon: contacts, fasting rule, stage times, her own steps."""
    window.window_actions.edit_plan_action.trigger()
    dialog = window.window_actions.care_team_dialog
    qtbot.waitExposed(dialog)
    english = dialog.language_box.findData("en")
    dialog.language_box.setCurrentIndex(english)
    dialog.language_box.activated.emit(english)
    dialog.contact_fields["team_phone"].setText(PHONE)
    dialog.contact_fields["team_phone"].textEdited.emit(PHONE)
    dialog.instruction_fields["fasting"].setPlainText(FASTING_EN)
    # Stage times from arrival: the cement 80 minutes after, going home after 6 hours.
    for stage_id, minutes in (("arrival", 0), ("cement", 80), ("home", 360)):
        ticked, spin = dialog.day.rows[stage_id]
        ticked.box.setChecked(True)
        spin.setValue(minutes)
    # Her own step, in English, then in German; another one in English only.
    qtbot.mouseClick(dialog.steps.add_before, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.steps.title, STEP_EN)
    new_id = dialog.steps._current_id()
    qtbot.mouseClick(dialog.steps.add_before, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.steps.title, ONLY_EN)
    german = dialog.language_box.findData("de")
    dialog.language_box.setCurrentIndex(german)
    dialog.language_box.activated.emit(german)
    dialog.instruction_fields["fasting"].setPlainText(FASTING_DE)
    dialog.steps.list.setCurrentRow([s.id for s in dialog.plan.steps].index(new_id))
    qtbot.keyClicks(dialog.steps.title, STEP_DE)
    # The clinic does not use the "what to bring" step.
    dialog.steps.list.setCurrentRow([s.id for s in dialog.plan.steps].index("what_to_bring"))
    qtbot.mouseClick(dialog.steps.remove, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(file_dialog, "ask_save_path", lambda *a: str(target))
    assert dialog.save_to_file() == target
    return dialog, new_id


def test_a_nurses_plan_round_trips_and_a_patient_sees_it_in_german(
    qtbot, make_window, session, monkeypatch, tmp_path, capsys, clock
):
    messages = Messages(monkeypatch)
    nurse_window = make_window(session)
    target = tmp_path / "clinic.toml"
    dialog, new_id = nurse_makes_the_plan(qtbot, nurse_window, monkeypatch, target)
    assert "The plan is saved" in messages.shown[-1][1]

    # What she saved is what she made, and it passes the check unchanged.
    saved = read_plan_file(target)
    assert saved == dialog.plan
    assert saved.contacts.team_phone == PHONE
    assert saved.instructions.fasting.values == {"en": FASTING_EN, "de": FASTING_DE}
    assert new_id == "team_book_a_parking_space"  # made from her title
    assert saved.step(new_id).title.values == {"en": STEP_EN, "de": STEP_DE}
    assert saved.step("what_to_bring") is None
    assert run(["plan", "check", str(target)], capsys)[0] == 0

    # A patient's computer: import, export, and the file is byte for byte the same.
    patient_dir = tmp_path / "patient"
    assert run(["plan", "import", str(target), "--data-dir", str(patient_dir)], capsys)[0] == 0
    exported = tmp_path / "exported.toml"
    argv = ["plan", "export", "--out", str(exported), "--data-dir", str(patient_dir)]
    assert run(argv, capsys)[0] == 0
    assert exported.read_text(encoding="utf-8") == target.read_text(encoding="utf-8")


def test_a_patient_opens_the_clinics_plan_and_keeps_what_she_ticked(
    qtbot, make_window, scheduled_session, monkeypatch, tmp_path, languages
):
    from vertprep.plan.builtin import builtin_plan
    from vertprep.plan.editing import add_step, with_instruction, with_stage_minutes, with_step

    # The clinic's file: her own step in English and German, one in English only.
    plan = builtin_plan()
    step = add_step(plan, Phase.BEFORE, "en", STEP_EN, "")
    step = replace(step, title=step.title.with_language("de", STEP_DE))
    plan = with_step(plan, step)
    plan = with_step(plan, add_step(plan, Phase.BEFORE, "en", ONLY_EN, ""))
    plan = with_instruction(plan, "fasting", "de", FASTING_DE)
    plan = with_instruction(plan, "fasting", "en", FASTING_EN)
    plan = with_stage_minutes(with_stage_minutes(plan, "arrival", 0), "cement", 80)
    target = tmp_path / "clinic.toml"
    target.write_text(write_plan_text(plan), encoding="utf-8")

    scheduled_session.set_done("blood_tests", True)
    window = make_window(scheduled_session)
    messages = Messages(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    window.window_actions.open_plan_action.trigger()
    assert "now in use" in messages.shown[-1][1]
    assert scheduled_session.item_state("blood_tests").done  # kept, by step id

    from i18n_support import switch

    switch(qtbot, languages, window, "de")
    window.show_screen("before")
    before = window.current_screen()
    assert before.rows[step.id].title.text() == STEP_DE
    assert not before.rows[step.id].origin.isVisibleTo(before)
    only_english = before.rows[plan.phase(Phase.BEFORE)[-1].id]
    assert only_english.title.text() == ONLY_EN  # the team's words, as written
    assert only_english.origin.text() == "Ihr Behandlungsteam hat dies auf English geschrieben."
    assert before.findChild(type(before.title), "instruction_fasting").text() == FASTING_DE
    window.show_screen("day")
    day = window.current_screen()
    times = {card.objectName(): card.time_label.text() for card in day.cards}
    assert times["stage_cement"] == "etwa 09:50"  # 08:30 + 80 minutes
    assert times["stage_rest"] == ""  # the clinic gave no time for it: none is made up


def test_a_bad_plan_file_is_refused_in_the_patients_language_and_changes_nothing(
    qtbot, make_window, scheduled_session, monkeypatch, tmp_path, languages
):
    from i18n_support import switch

    bad = tmp_path / "bad.toml"
    text = write_plan_text(__import__("plan_support").clinic_plan())
    text = text.replace("team_phone =", "team_phnoe =").replace("minutes = 80", "minutes = 9000")
    bad.write_text(text, encoding="utf-8")
    window = make_window(scheduled_session)
    switch(qtbot, languages, window, "de")
    messages = Messages(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    before = scheduled_session.store.team_plan_text()
    window.window_actions.open_plan_action.trigger()
    kind, message = messages.shown[-1]
    assert kind == "warning"
    assert "contacts.team_phnoe: unbekannter Schlüssel" in message
    assert "9000 liegt außerhalb des Bereichs: von 0 bis 1440" in message
    assert "Zeile " in message
    assert scheduled_session.store.team_plan_text() == before


def test_the_printout_in_chinese_follows_the_clinics_plan_without_importing_it(
    app, tmp_path, capsys, data_dir
):
    from font_support import require_fonts
    from plan_support import clinic_plan
    from print_helpers import pdf_text

    from vertprep.i18n.formatting import clock_time
    from vertprep.i18n.manager import locale_for
    from vertprep.plan.editing import with_contacts

    require_fonts("zh_TW")  # reads Chinese back out of the PDF
    plan = with_contacts(clinic_plan(), team_phone=PHONE, hospital="City Hospital")
    target = tmp_path / "clinic.toml"
    target.write_text(write_plan_text(plan), encoding="utf-8")
    out = tmp_path / "plan.pdf"
    argv = ["print", "--out", str(out), "--lang", "zh_TW", "--date", "2026-12-10"]
    argv += ["--arrival", "08:30", "--plan", str(target)]
    code, _stdout, err = run(argv, capsys)
    assert (code, err) == (0, "")
    text = pdf_text(out)
    assert PHONE in text and "City Hospital" in text
    cement = clock_time(time(9, 50), locale_for("zh_TW"))  # 80 minutes after 08:30
    assert cement in text
    assert clinic_plan().step("blood_tests").title.values["zh_TW"] in text
    assert not data_dir.exists()  # used, not imported


def test_the_built_in_plan_prints_no_clock_time(app, tmp_path, capsys):
    from print_helpers import pdf_text

    out = tmp_path / "plan.pdf"
    argv = ["print", "--out", str(out), "--date", "2026-12-10", "--arrival", "08:30"]
    assert run(argv, capsys)[0] == 0
    text = pdf_text(out)
    assert "The stages come in this order" in text
    assert "It is not done to prevent fractures" in text
    assert "By your consultation" in text and "Before the procedure" in text
    # Only the arrival time the patient gave: no stage has a time of its own.
    assert [t for t in ("09:", "10:", "11:", "12:", "13:", "14:") if t in text] == []


def test_plan_check_lists_every_problem_and_import_changes_nothing(tmp_path, capsys, qapp):
    from plan_support import clinic_plan

    bad = tmp_path / "bad.toml"
    text = write_plan_text(clinic_plan()).replace("format = 1", "format = 1\nformt = 2")
    text = text.replace('id = "blood_tests"', 'id = "spine_imaging"')
    bad.write_text(text, encoding="utf-8")
    code, _out, err = run(["plan", "check", str(bad)], capsys)
    assert code == 2
    lines = err.splitlines()
    assert lines[0] == f"{bad}:6: formt: unknown key (a typing mistake?); known here: " + (
        "format, fallback_language, procedure, contacts, instructions, reminders, sources, "
        "steps, stages, advice, warning_signs"
    )
    assert any(": steps[4].id: the id 'spine_imaging' is used twice" in line for line in lines)
    assert len(lines) == 2
    folder = tmp_path / "patient"
    assert run(["plan", "import", str(bad), "--data-dir", str(folder)], capsys)[0] == 2
    assert not folder.exists()
    (tmp_path / "new.toml").write_text("format = 99\n", encoding="utf-8")
    code, _out, err = run(["plan", "check", str(tmp_path / "new.toml")], capsys)
    assert code == 2 and "newer than this vertprep reads (1)" in err
    (tmp_path / "nottoml.toml").write_text("[[steps]\n", encoding="utf-8")
    code, _out, err = run(["plan", "check", str(tmp_path / "nottoml.toml")], capsys)
    assert code == 2 and ":1: this is not a TOML file" in err


def test_an_older_data_file_gains_the_plan_table_and_keeps_progress(db_path):
    import sqlite3

    from vertprep.storage import SCHEMA_VERSION, Store
    from vertprep.storage.database import MIGRATIONS

    # A real file of the version before the care team's plan (the last migration).
    previous = len(MIGRATIONS) - 1
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    for script in MIGRATIONS[:previous]:
        conn.executescript(script)
    conn.execute(
        "INSERT INTO item_state(item_id, done_at, note, updated_at) "
        "VALUES('bone_review_3m', '2026-11-30T10:00:00', 'DEXA booked', '2026-11-30T10:00:00')"
    )
    conn.execute(f"PRAGMA user_version = {previous}")
    conn.commit()
    conn.close()
    store = Store(db_path)
    assert store.team_plan_text() is None  # the built-in plan until one is imported
    store.set_team_plan_text("format = 1\n", "clinic.toml")
    assert store.team_plan_text() == "format = 1\n"
    # A step no plan has any more keeps its record.
    assert store.item_state("bone_review_3m").note == "DEXA booked"
    store.close()
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    columns = {row[1]: row for row in conn.execute("PRAGMA table_info(team_plan)")}
    assert columns["patient_id"][3] == 1 and columns["patient_id"][4] == "1"  # NOT NULL DEFAULT 1
    conn.close()


def test_plan_texts_are_stretched_by_the_pseudo_translation(app, monkeypatch):
    from vertprep.i18n import pseudo
    from vertprep.i18n.plan_words import words
    from vertprep.plan.builtin import builtin_plan

    title = builtin_plan().step("blood_tests").title
    plain = words(title, builtin_plan())
    monkeypatch.setenv(pseudo.PSEUDO_ENV, "1")
    assert words(title, builtin_plan()) == pseudo.stretch(plain) != plain


@pytest.fixture
def large_text(app):
    """Text at 200% for one test, and back to 100% after it, whatever happens."""
    from vertprep.ui.theme import apply_theme

    apply_theme(app, 200, False)
    yield
    apply_theme(app, 100, False)


@pytest.mark.parametrize("code", ["de", "ar"])
def test_the_care_team_screen_fits_at_200_percent(
    qtbot, make_window, session, languages, large_text, code
):
    from i18n_support import settle, switch
    from layout_checks import clipped_widgets, overlapping_widgets, sideways_scrolling

    window = make_window(session)
    switch(qtbot, languages, window, code)
    window.window_actions.edit_plan_action.trigger()
    dialog = window.window_actions.care_team_dialog
    qtbot.waitExposed(dialog)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        settle()
        problems = clipped_widgets(dialog) + sideways_scrolling(dialog)
        problems += overlapping_widgets(dialog)
        assert problems == [], dialog.tabs.tabText(index)
    dialog.close()


def test_export_on_a_fresh_folder_writes_the_built_in_plan(tmp_path, capsys, qapp):
    from vertprep.plan.builtin import builtin_plan_text

    out, folder = tmp_path / "plan.toml", tmp_path / "fresh"
    assert run(["plan", "export", "--out", str(out), "--data-dir", str(folder)], capsys)[0] == 0
    assert out.read_text(encoding="utf-8") == builtin_plan_text()
    assert not folder.exists()  # exporting makes no data folder


def test_a_nurse_uses_her_plan_for_the_patient_at_the_desk(
    qtbot, make_window, scheduled_session, monkeypatch
):
    messages = Messages(monkeypatch)
    scheduled_session.update_profile(phone="")  # the patient wrote no number
    window = make_window(scheduled_session)
    window.window_actions.edit_plan_action.trigger()
    dialog = window.window_actions.care_team_dialog
    dialog.contact_fields["emergency_number"].setText("144")
    dialog.contact_fields["emergency_number"].textEdited.emit("144")
    dialog.contact_fields["team_phone"].setText(PHONE)
    dialog.contact_fields["team_phone"].textEdited.emit(PHONE)
    assert dialog.use_for_patient()
    assert "now follow this plan" in messages.shown[-1][1]
    window.show_screen("after")
    box = window.current_screen().warning_box
    assert box.phone.text() == f"Your care team: {PHONE}"
    assert box.emergency_number.text() == "Emergency number: 144"
    # Stored: a restart shows the same.
    assert read_plan_text_of(scheduled_session).contacts.team_phone == PHONE


def read_plan_text_of(session):
    from vertprep.plan.reader import read_plan_text

    return read_plan_text(session.store.team_plan_text())


def test_each_patient_keeps_the_plan_of_their_own_care_team(store, qapp):
    from plan_support import clinic_plan

    from vertprep.core.model import Profile
    from vertprep.plan.builtin import builtin_plan
    from vertprep.plan.stored import store_plan, stored_plan

    first = store.patient_id
    store.update_profile(name="Maria Keller")  # the first patient is in use
    (second,) = store.add_patients([(Profile(name="Paul Weber"), "en")])
    store_plan(store, clinic_plan(), "clinic.toml")  # for the patient in use
    assert stored_plan(store) == clinic_plan()
    store.use_patient(second)
    assert stored_plan(store) == builtin_plan()  # the other patient: untouched
    store.use_patient(first)
    assert stored_plan(store) == clinic_plan()
