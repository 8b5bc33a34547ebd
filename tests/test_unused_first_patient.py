"""One rule, wherever it matters, for a new data folder's first patient: while it is
the only patient, has no name and nothing of its care stored (how the app looks, such
as the language or the window's place, does not count), an imported day list or a
restored backup of one patient takes its place instead of coming second to it. Once
anything of a patient's care is stored, nothing takes its place."""

from __future__ import annotations

from datetime import date

from cli_support import run

from vertprep.core.diary import PainEntry
from vertprep.storage import Store
from vertprep.storage.patients import unused_first_patient


def one_patient_backup(tmp_path, capsys):
    """Mei's plan, backed up on another computer."""
    other = tmp_path / "other"
    other.mkdir()
    store = Store(other / "vertprep.sqlite3")
    store.update_profile(name="Mei Keller", procedure_date=date(2026, 12, 17))
    store.set_note("fasting", "午夜後不進食")
    store.close()
    out = tmp_path / "mei.sqlite3"
    code, _out, err = run(["backup", "--patient", "1", "--out", out, "--data-dir", other], capsys)
    assert (code, err) == (0, "")
    return out


def a_folder_opened_once(db_path) -> Store:
    """A new folder where the window was opened and closed: a language chosen, the
    window's place kept, nothing else."""
    store = Store(db_path)
    store.update_settings(language="de", window_geometry="AdnQywAD", onboarded=True)
    return store


def names(db_path) -> list[str]:
    store = Store(db_path)
    try:
        return [p.name for p in store.patients.entries(include_archived=True)]
    finally:
        store.close()


def test_the_rule(db_path):
    store = a_folder_opened_once(db_path)
    assert unused_first_patient(store.connection) == 1
    store.diary.put_entry(PainEntry(date(2026, 12, 1), 6))
    assert unused_first_patient(store.connection) is None  # a diary is care
    store.close()
    fresh = Store(db_path.with_name("named.sqlite3"))
    fresh.update_profile(name="Hans Keller")
    assert unused_first_patient(fresh.connection) is None  # a name is someone
    fresh.close()


def test_the_window_s_restore_takes_the_unused_patient_s_place(session, tmp_path, capsys):
    session.update_settings(language="de", window_geometry="AdnQywAD", onboarded=True)
    backup = one_patient_backup(tmp_path, capsys)
    result = session.restore_one(backup, None)  # "Add as a new patient"
    assert result.patient_ids == (session.patient_id,)
    assert [p.name for p in session.patients.entries(include_archived=True)] == ["Mei Keller"]
    assert session.profile.name == "Mei Keller"  # shown at once
    assert session.item_state("fasting").note == "午夜後不進食"


def test_the_command_line_restore_takes_the_unused_patient_s_place(db_path, tmp_path, capsys):
    a_folder_opened_once(db_path).close()
    backup = one_patient_backup(tmp_path, capsys)
    code, out, err = run(["restore", backup], capsys)
    assert (code, err) == (0, "")
    assert "patient 1 (Mei Keller)" in out
    assert names(db_path) == ["Mei Keller"]


def test_a_patient_with_only_a_diary_is_not_replaced(db_path, tmp_path, capsys):
    store = Store(db_path)
    store.diary.put_entry(PainEntry(date(2026, 12, 1), 6))
    store.close()
    backup = one_patient_backup(tmp_path, capsys)
    code, _out, err = run(["restore", backup], capsys)
    assert (code, err) == (0, "")
    assert names(db_path) == ["", "Mei Keller"]
    kept = Store(db_path, 1)
    assert [e.score for e in kept.diary.entries()] == [6]
    kept.close()


def test_an_imported_day_list_takes_the_unused_patient_s_place(db_path, tmp_path, capsys):
    a_folder_opened_once(db_path).close()
    day = tmp_path / "today.csv"
    day.write_text("name,date,language\nAnn Muster,2026-12-10,fr\n", encoding="utf-8")
    code, _out, err = run(["patients", "import", day], capsys)
    assert (code, err) == (0, "")
    assert names(db_path) == ["Ann Muster"]
    store = Store(db_path, 1)
    assert store.settings().language == "fr"  # the list's language, over the folder's
    store.close()
