"""``vertprep print``: PDFs from the command line, with no display, and one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from font_support import require_fonts
from print_helpers import NAME, PHONE, missing, pdf_page_count, pdf_text

from vertprep.cli import main
from vertprep.i18n.languages import LANGUAGES

DETAILS = ["--name", NAME, "--date", "2026-12-10", "--arrival", "08:30", "--phone", PHONE]


def run_print(*arguments: str) -> int:
    return main(["print", *arguments])


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_a_personal_plan_in_every_language(app, tmp_path, capsys, code):
    require_fonts(code)
    from vertprep.i18n.formatting import long_date
    from vertprep.printing.language import PrintLanguage

    out = tmp_path / f"plan-{code}.pdf"
    assert run_print("--out", str(out), "--lang", code, *DETAILS) == 0
    assert f"to {out}" in capsys.readouterr().out
    text = pdf_text(out)
    lang = PrintLanguage(code)
    from datetime import date

    for phrase in (NAME, PHONE, long_date(date(2026, 12, 10), lang.locale)):
        assert missing(text, phrase, code) == []
    assert missing(text, lang.tr("PrintedPlan", "Before the procedure"), code) == []


def test_blank_large_print_bilingual_and_parts(app, tmp_path):
    require_fonts("zh_TW")
    normal, large, both, day, blank = (tmp_path / f"{n}.pdf" for n in range(5))
    assert run_print("--out", str(normal), *DETAILS) == 0
    assert run_print("--out", str(large), "--large-print", *DETAILS) == 0
    assert run_print("--out", str(both), "--lang", "en", "--second-lang", "zh_TW", *DETAILS) == 0
    assert run_print("--out", str(day), "--part", "day", *DETAILS) == 0
    assert run_print("--out", str(blank), "--blank", "--paper", "letter") == 0
    pages = {path: pdf_page_count(path) for path in (normal, large, both, day)}
    assert pages[day] < pages[normal] < pages[large]
    assert pages[normal] < pages[both]
    assert "08:30" in pdf_text(day) and "Before the procedure" not in pdf_text(day)
    blank_text = pdf_text(blank)
    assert "Keller" not in blank_text and "Name: ____" in blank_text
    assert "2026年12月10日" in pdf_text(both).replace("\n", "").replace(" ", "")


def test_a_plan_from_stored_data(app, tmp_path, store, capsys):
    require_fonts("zh_TW")
    from datetime import date, datetime

    folder = store.path.parent
    store.update_profile(procedure_date=date(2026, 12, 10), name="Chen Mei", phone="0912 345 678")
    store.update_settings(language="zh_TW")
    store.set_done("blood_tests", datetime(2026, 12, 2, 10, 0))
    out = tmp_path / "stored.pdf"
    assert run_print("--data-dir", str(folder), "--out", str(out)) == 0
    text = pdf_text(out)
    assert "Chen Mei" in text and "0912 345 678" in text
    assert "\u2611" in text  # the done item's tick
    assert "2026年12月2日" in text.replace(" ", "")  # the patient's language, from the data


@pytest.mark.parametrize("batch", [False, True])
def test_stored_data_that_cannot_be_read_is_one_line_exit_1(
    app, tmp_path, store, capsys, monkeypatch, batch
):
    from vertprep.storage import StorageError
    from vertprep.storage.store import Store

    def unreadable(self):
        raise StorageError(self.path, "database disk image is malformed")

    monkeypatch.setattr(Store, "item_states", unreadable)
    folder = store.path.parent
    out = tmp_path / "out"
    out.mkdir()
    where = ["--all", "--out-dir", str(out)] if batch else ["--out", str(out / "plan.pdf")]
    assert run_print("--data-dir", str(folder), *where) == 1
    err = capsys.readouterr().err
    reason = f"cannot read the data: {store.path}: database disk image is malformed"
    assert err == f"vertprep print: error: {reason}\n"
    assert list(out.iterdir()) == []


def test_an_arrival_time_past_the_day_is_refused(app, tmp_path, capsys):
    from cli_support import run

    for bad in ("24:00", "23:60", "8:30"):
        code, _, err = run(["print", "--out", tmp_path / "plan.pdf", "--arrival", bad], capsys)
        assert code == 2
        assert f"not a time (HH:MM, 24-hour): '{bad}'" in err
    assert not (tmp_path / "plan.pdf").exists()


def test_it_works_with_no_display_at_all(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    out = tmp_path / "plan.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "vertprep", "print", "--out", str(out), "--lang", "ar", *DETAILS],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert missing(pdf_text(out), NAME, "ar") == []
    listing = subprocess.run(
        [sys.executable, "-m", "vertprep", "print", "--list-printers"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert listing.returncode == 0
    assert "Traceback" not in listing.stderr


BAD_VALUES = {
    "date that does not exist": ["--date", "2026-02-30"],
    "date in another format": ["--date", "10.12.2026"],
    "time that does not exist": ["--arrival", "25:61"],
    "unknown language": ["--lang", "xx"],
    "unknown second language": ["--second-lang", "tlh"],
    "the same language twice": ["--lang", "en", "--second-lang", "en"],
    "unknown part": ["--part", "everything"],
    "unknown paper": ["--paper", "a3"],
    "not a phone number": ["--phone", "call me"],
    "empty name": ["--name", "  "],
    "blank with a name": ["--blank", "--name", "X"],
    "stored data and details": ["--data-dir", "{tmp}", "--name", "X"],
    "no stored data": ["--data-dir", "{tmp}/nothing-here"],
}


def exit_code(*arguments: str) -> int:
    """The exit code, whether argparse exits (a bad value) or the handler returns."""
    try:
        return run_print(*arguments)
    except SystemExit as stop:
        return int(stop.code)


@pytest.mark.parametrize("arguments", list(BAD_VALUES.values()), ids=list(BAD_VALUES))
def test_a_bad_value_gets_one_line_and_writes_nothing(app, tmp_path, capsys, arguments):
    folder = tmp_path / "out"
    folder.mkdir()
    arguments = [a.replace("{tmp}", str(tmp_path)) for a in arguments]
    # Exit 2 for a bad command line, 1 for a sound one that could not be done.
    expected = 1 if any("nothing-here" in a for a in arguments) else 2
    assert exit_code("--out", str(folder / "plan.pdf"), *arguments) == expected
    assert list(folder.iterdir()) == []
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.startswith("vertprep print: error: ")
    assert "Traceback" not in error


@pytest.mark.parametrize(
    ("where", "code"),
    [
        ("missing-folder/plan.pdf", 2),
        ("a-file/plan.pdf", 2),
        ("is-a-folder", 2),
        ("/proc/vertprep-plan.pdf", 1),  # a sound request that cannot be done
    ],
)
def test_an_unwritable_path_is_refused(app, tmp_path, capsys, where, code):
    (tmp_path / "a-file").write_text("not a folder")
    (tmp_path / "is-a-folder").mkdir()
    before = sorted(p.name for p in tmp_path.iterdir())
    out = where if where.startswith("/") else str(tmp_path / where)
    assert run_print("--out", out, *DETAILS) == code
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "Traceback" not in error
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert not Path(out).is_file()


def test_a_printer_that_does_not_exist_is_an_error(app, tmp_path, capsys):
    assert run_print("--printer", "no-such-printer-here", *DETAILS) == 2
    error = capsys.readouterr().err
    assert error == (
        "vertprep print: error: no printer named 'no-such-printer-here'; "
        "see: vertprep print --list-printers\n"
    )


def test_list_printers_names_the_system_printers(app, capsys, monkeypatch):
    from vertprep.printing import printers

    monkeypatch.setattr(printers.QPrinterInfo, "availablePrinterNames", lambda: ["Ward 3", "Desk"])
    monkeypatch.setattr(printers.QPrinterInfo, "defaultPrinterName", lambda: "Ward 3")
    assert run_print("--list-printers") == 0
    assert capsys.readouterr().out == "Ward 3 (default)\nDesk\n"
