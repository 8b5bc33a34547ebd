"""The nurse's desk from the command line: patients list/add/import, and printing or
exporting for one patient or for all."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time

import pytest
from cli_support import run

from vertprep.commands.print_batch import safe_file_name
from vertprep.storage import Store


def day_list(tmp_path, bad_lines=()):
    """A 30-row CSV (lines 2..31), with bad values on the given lines."""
    rows = ["name,date,arrival,phone,place,language"]
    for n in range(30):
        line = n + 2
        date_text = "2026-02-30" if line in bad_lines else f"2026-12-{n % 28 + 1:02d}"
        rows.append(
            f'Patient {n:02d},{date_text},0{n % 3 + 7}:30,+41 22 123 45 67,"Ward 3, Bed {n}",de'
        )
    path = tmp_path / "today.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_add_prints_the_new_id_and_list_shows_it(data_dir, capsys, db_path):
    code, out, err = run(
        ["patients", "add", "--name", "Maria Keller", "--date", "2026-12-10",
         "--arrival", "08:30", "--phone", "+41 22 123 45 67", "--place", "HUG", "--lang", "de"],
        capsys,
    )  # fmt: skip
    assert (code, out, err) == (0, "1\n", "")
    code, out, _err = run(["patients", "add", "--name", "Li Wei"], capsys)
    assert out == "2\n"
    store = Store(db_path, 1)
    assert store.profile().place == "HUG"
    assert store.settings().language == "de"
    store.set_done("blood_tests", datetime(2026, 12, 1, 9, 0))
    store.close()

    code, out, _err = run(["patients", "list"], capsys)
    lines = out.splitlines()
    assert lines[0].split() == ["id", "name", "date", "arrival", "done"]
    assert lines[1].split() == ["2", "Li", "Wei", "0"]
    assert lines[2].split() == ["1", "Maria", "Keller", "2026-12-10", "08:30", "1"]
    code, out, _err = run(["patients", "list", "--format", "csv"], capsys)
    assert list(csv.reader(io.StringIO(out))) == [
        ["id", "name", "date", "arrival", "steps_done"],
        ["2", "Li Wei", "", "", "0"],
        ["1", "Maria Keller", "2026-12-10", "08:30", "1"],
    ]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--name", ""], "1 to 100 characters"),
        (["--name", "A", "--date", "2026-02-30"], "not a date"),
        (["--name", "A", "--arrival", "25:00"], "not a time"),
        (["--name", "A", "--phone", "call me"], "not a phone number"),
        (["--name", "A", "--lang", "xx"], "unknown language"),
    ],
)
def test_add_refuses_bad_values_and_stores_nothing(extra, message, data_dir, capsys):
    code, out, err = run(["patients", "add", *extra], capsys)
    assert code == 2 and message in err and out == ""
    assert not data_dir.exists()


def test_a_day_list_with_bad_rows_is_refused_by_line(tmp_path, data_dir, capsys):
    csv_file = day_list(tmp_path, bad_lines=(5, 19))
    code, out, err = run(["patients", "import", csv_file], capsys)
    assert code == 2
    assert f"{csv_file}: line 5: not a date" in err
    assert f"{csv_file}: line 19: not a date" in err
    assert "nothing was imported" in err
    assert out == ""
    code, out, _err = run(["patients", "list", "--format", "csv"], capsys)
    assert out.count("\n") <= 2  # no patients beyond the empty first one (or none)

    code, out, err = run(["patients", "import", csv_file, "--skip-bad"], capsys)
    assert code == 0
    assert "Imported 28 patients; skipped 2 bad rows (lines 5, 19)" in out
    code, out, _err = run(["patients", "list", "--format", "csv"], capsys)
    rows = list(csv.reader(io.StringIO(out)))[1:]
    assert len(rows) == 28
    assert rows[0] == ["1", "Patient 00", "2026-12-01", "07:30", "0"]


def test_a_clean_day_list_is_imported_whole(tmp_path, db_path, capsys):
    code, out, _err = run(["patients", "import", day_list(tmp_path)], capsys)
    assert (code, out) == (0, "Imported 30 patients\n")
    store = Store(db_path, 30)
    assert store.profile().place == "Ward 3, Bed 29"
    assert store.profile().arrival_time == time(9, 30)
    store.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("date,arrival\n2026-12-10,08:30\n", "first line must name the columns"),
        ("name,colour\nAnn,blue\n", "unknown column 'colour'"),
        (b"name\n\xff\xfe bad\n", "not a UTF-8 text file"),
    ],
)
def test_a_file_that_is_no_patient_list(content, message, tmp_path, data_dir, capsys):
    path = tmp_path / "list.csv"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    code, _out, err = run(["patients", "import", path], capsys)
    assert code == 2 and message in err
    assert not data_dir.exists()


def test_safe_file_names():
    assert safe_file_name(7, "Maria Keller") == "0007-maria-keller.pdf"
    assert safe_file_name(8, "../../etc/passwd") == "0008-etc-passwd.pdf"
    assert safe_file_name(9, "  ") == "0009.pdf"
    assert safe_file_name(10, "陳美玲") == "0010-陳美玲.pdf"
    assert safe_file_name(11, "CON") == "0011-con.pdf"  # the id comes first: never reserved
    assert len(safe_file_name(12, "x" * 300)) <= 4 + 1 + 60 + 4


def test_print_all_writes_one_pdf_per_active_patient(app, tmp_path, db_path, capsys):
    from vertprep.core.model import Profile

    store = Store(db_path)
    ids = store.add_patients(
        [
            (Profile(date(2026, 12, 10), time(8, 30), "Maria Keller"), "de"),
            (Profile(date(2026, 12, 11), None, "../Li/Wei"), "zh_TW"),
            (Profile(None, None, "Archived One"), ""),
        ]
    )
    store.patients.set_archived(ids[2], True)
    store.close()
    folder = tmp_path / "plans"
    folder.mkdir()
    code, out, err = run(["print", "--all", "--out-dir", folder], capsys)
    assert (code, err) == (0, "")
    assert "Saved 2 plans" in out
    assert sorted(p.name for p in folder.iterdir()) == ["0001-maria-keller.pdf", "0002-li-wei.pdf"]
    from print_helpers import pdf_text

    assert "Maria Keller" in pdf_text(folder / "0001-maria-keller.pdf")
    assert "Ihr Plan" in pdf_text(folder / "0001-maria-keller.pdf")  # her language


def test_a_name_that_fits_two_patients_is_refused_with_both(app, tmp_path, db_path, capsys):
    from vertprep.core.model import Profile

    store = Store(db_path)
    store.add_patients(
        [(Profile(date(2026, 12, 10), None, "Anna Keller"), ""),
         (Profile(date(2026, 12, 11), None, "Maria Keller"), "")]
    )  # fmt: skip
    store.close()
    out = tmp_path / "plan.pdf"
    for command in (["print", "--out", out], ["calendar", "--out", tmp_path / "p.ics"]):
        code, _out, err = run([*command, "--patient", "keller"], capsys)
        assert code == 2
        assert "1 Anna Keller" in err and "2 Maria Keller" in err
    code, _out, err = run(["print", "--out", out], capsys)
    assert code == 2 and "2 patients are stored here" in err
    assert not out.exists()
    code, _stdout, err = run(["print", "--out", out, "--patient", "Maria"], capsys)
    assert (code, err) == (0, "")
    from print_helpers import pdf_text

    assert "Maria Keller" in pdf_text(out)
    code, _stdout, err = run(["calendar", "--out", tmp_path / "m.ics", "--patient", "2"], capsys)
    assert (code, err) == (0, "")


def two_kellers_with_diaries(db_path):
    """Anna (1, pain 7) and Maria Keller (2, German, pain 3), each with her own diary."""
    from vertprep.core.diary import PainEntry
    from vertprep.core.model import Profile

    store = Store(db_path)
    ids = store.add_patients(
        [(Profile(date(2026, 12, 10), None, "Anna Keller"), ""),
         (Profile(date(2026, 12, 11), None, "Maria Keller"), "de")]
    )  # fmt: skip
    for patient_id, score in zip(ids, (7, 3), strict=True):
        store.use_patient(patient_id, remember=False)
        store.diary.put_entry(PainEntry(date(2026, 12, 1), score))
    store.close()


def test_diary_export_takes_patient_like_print(tmp_path, db_path, capsys):
    two_kellers_with_diaries(db_path)
    out = tmp_path / "diary.csv"
    code, _out, err = run(["diary", "export", "--out", out, "--patient", "keller"], capsys)
    assert code == 2 and "1 Anna Keller" in err and "2 Maria Keller" in err
    assert err.count("\n") == 1
    code, _out, err = run(["diary", "export", "--out", out], capsys)
    assert code == 2 and "2 patients are stored here" in err and err.count("\n") == 1
    code, _out, err = run(["diary", "export", "--out", out, "--patient", "Nobody"], capsys)
    assert code == 2 and "no patient 'Nobody'" in err
    assert not out.exists()
    code, _out, err = run(["diary", "export", "--out", out, "--patient", "maria"], capsys)
    assert (code, err) == (0, "")
    assert out.read_text(encoding="utf-8-sig").splitlines()[1] == "2026-12-01,3,,,"
    code, _out, err = run(["diary", "export", "--out", out, "--patient", "1"], capsys)
    assert (code, err) == (0, "")
    assert out.read_text(encoding="utf-8-sig").splitlines()[1] == "2026-12-01,7,,,"


def test_report_takes_patient_in_their_own_language(app, tmp_path, db_path, capsys):
    two_kellers_with_diaries(db_path)
    out = tmp_path / "report.pdf"
    code, _out, err = run(["report", "--out", out, "--patient", "keller"], capsys)
    assert code == 2 and "1 Anna Keller" in err and "2 Maria Keller" in err
    code, _out, err = run(["report", "--out", out], capsys)
    assert code == 2 and "2 patients are stored here" in err
    assert not out.exists()
    code, _out, err = run(["report", "--out", out, "--patient", "Maria"], capsys)
    assert (code, err) == (0, "")
    from print_helpers import pdf_text

    text = pdf_text(out)
    assert "Maria Keller" in text and "Anna Keller" not in text
    assert "Nachsorge" in text  # Maria's own language, German


def test_report_of_the_only_active_patient_needs_no_patient(app, tmp_path, db_path, capsys):
    two_kellers_with_diaries(db_path)
    store = Store(db_path)
    store.patients.set_archived(1, True)
    store.close()
    out = tmp_path / "report.pdf"
    code, _out, err = run(["report", "--out", out], capsys)
    assert (code, err) == (0, "")
    from print_helpers import pdf_text

    assert "Maria Keller" in pdf_text(out)
