"""The command line after being tortured from outside: a full disk never breaks a good
file, dates at the ends of the calendar, devices and folders as --out, names with
hidden characters, and one set of exit codes (0 done, 1 could not, 2 bad usage)."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from vertprep.cli import main
from vertprep.paths import database_path
from vertprep.storage import Store

DETAILS = ["--name", "Maria Keller", "--date", "2026-12-10", "--arrival", "08:30"]


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as stop:
        code = int(stop.code)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line(err: str) -> bool:
    return err.count("\n") == 1 and "Traceback" not in err


def vertprep_process(*args, limit_bytes: int | None = None, offscreen: bool = False):
    def limit():
        if limit_bytes is not None:
            # Writes past the limit fail with EFBIG, as they would on a full disk.
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DISPLAY", None)
    if offscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-m", "vertprep", *args],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
        preexec_fn=limit,
    )


# -- point 1: a full disk never replaces a good PDF with a broken one ------------------
def test_a_pdf_cut_short_leaves_the_old_file_byte_for_byte(tmp_path):
    out = tmp_path / "plan.pdf"
    assert vertprep_process("print", "--out", str(out), *DETAILS).returncode == 0
    good = out.read_bytes()
    assert good.rstrip().endswith(b"%%EOF")
    cut = vertprep_process("print", "--out", str(out), *DETAILS, limit_bytes=16 * 1024)
    err = cut.stderr.decode()
    assert cut.returncode == 1, err
    assert "Saved" not in cut.stdout.decode()
    assert err.count("\n") == 1 and "Traceback" not in err
    assert out.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]  # no temporary left


def test_an_unfinished_pdf_on_a_full_disk_says_the_disk_is_full(app, tmp_path, capsys, monkeypatch):
    from vertprep.printing import output

    out = tmp_path / "plan.pdf"
    out.write_bytes(b"%PDF-1.4 the good old plan\n%%EOF\n")
    monkeypatch.setattr(output, "PDF_END", b"a marker Qt never writes")
    monkeypatch.setattr(
        output.shutil, "disk_usage", lambda folder: type("U", (), {"free": 20 * 1024})()
    )
    code, stdout, err = run(["print", "--out", str(out), *DETAILS], capsys)
    assert code == 1 and "Saved" not in stdout
    assert "the disk is full" in err and one_line(err)
    assert out.read_bytes() == b"%PDF-1.4 the good old plan\n%%EOF\n"


# -- point 2: dates at the ends of the calendar ----------------------------------------
@pytest.mark.parametrize("command", ["print", "calendar"])
@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1999-12-31", "2100-01-01"])
def test_a_date_out_of_range_is_refused_in_one_line(command, day, tmp_path, capsys):
    out = tmp_path / ("plan.pdf" if command == "print" else "plan.ics")
    code, _out, err = run([command, "--out", str(out), "--date", day], capsys)
    assert code == 2 and "2000-01-01 to 2099-12-31" in err and one_line(err)
    assert not out.exists()


@pytest.mark.parametrize("day", ["2000-01-01", "2099-12-31"])
def test_every_date_computation_is_safe_at_the_bounds(app, day, tmp_path, capsys):
    assert run(["print", "--out", str(tmp_path / "p.pdf"), "--date", day], capsys)[0] == 0
    code, _out, err = run(["calendar", "--out", str(tmp_path / "p.ics"), "--date", day], capsys)
    assert code == 0, err


def test_a_stored_date_at_the_end_of_the_calendar_no_longer_bricks_the_app(data_dir):
    Store(database_path(data_dir)).close()
    conn = sqlite3.connect(database_path(data_dir))
    conn.execute("INSERT INTO profile(key, value) VALUES ('procedure_date', '9999-12-31')")
    conn.execute("INSERT INTO settings(key, value) VALUES ('onboarded', '1')")
    conn.commit()
    conn.close()
    env_args = ["--data-dir", str(data_dir), "--exit-after-start"]
    started = vertprep_process(*env_args, offscreen=True)
    assert started.returncode == 0, started.stderr.decode()
    assert b"Traceback" not in started.stderr


def test_the_procedure_date_field_takes_a_window_around_today_and_says_which(make_window, session):
    from vertprep.ui.widgets.details_form import DetailsForm

    window = make_window(session)  # a first start: the welcome screen's form
    form = window.findChild(DetailsForm)
    assert form is not None
    today = window.session.today()
    # The field keeps its minimum for "no date chosen": its first day is the popup's.
    first, last = form.date_edit.popup.first, form.date_edit.maximumDate()
    assert first >= date(today.year - 1, 1, 1)
    assert date(last.year(), last.month(), last.day()) <= date(today.year + 2, 12, 31)
    hint = form.date_hint.text()
    assert hint.startswith("A date from ") and str(today.year + 2) in hint


# -- point 7: folders that cannot be reached, names too long ------------------------------
def test_a_data_folder_name_too_long_is_a_clear_message(tmp_path):
    folder = tmp_path / ("x" * 300) / "data"
    started = vertprep_process(
        "--data-dir",
        str(folder),
        "--exit-after-start",
        offscreen=True,
    )
    err = started.stderr.decode()
    assert started.returncode == 1
    assert "not allowed to use this folder" in err and "Traceback" not in err


def test_print_into_a_name_too_long_is_one_line(app, tmp_path, capsys):
    out = tmp_path / ("x" * 300) / "plan.pdf"
    code, _out, err = run(["print", "--out", str(out), *DETAILS], capsys)
    assert code == 1 and "the name is too long" in err and one_line(err)


@pytest.mark.skipif(os.geteuid() == 0, reason="root enters every folder")
def test_a_folder_the_user_cannot_enter(tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0)
    try:
        started = vertprep_process(
            "--data-dir", str(locked / "data"), "--exit-after-start",
            offscreen=True,
        )  # fmt: skip
        assert started.returncode == 1 and b"Traceback" not in started.stderr
        code, _out, err = run(["print", "--out", str(locked / "p.pdf"), *DETAILS], capsys)
        assert code == 1 and one_line(err)
    finally:
        os.chmod(locked, 0o700)


# -- point 8: text that is not UTF-8 -------------------------------------------------------
def test_a_place_in_another_encoding_is_one_line(tmp_path):
    out = tmp_path / "plan.ics"
    done = vertprep_process(
        "calendar", "--out", str(out), "--date", "2026-12-10", "--place", b"H\xf4pital"
    )
    err = done.stderr.decode()
    assert done.returncode == 2 and "UTF-8" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


# -- point 10: only a regular file, or a new file in an existing folder --------------------
@pytest.mark.parametrize("command", ["print", "calendar"])
@pytest.mark.parametrize("target", ["/dev/null", "/dev/full", "{tmp}/missingdir/", "{tmp}/"])
def test_out_must_be_a_file(command, target, tmp_path, capsys):
    out = target.replace("{tmp}", str(tmp_path))
    if out.startswith("/dev/") and not (os.path.exists(out) and stat.S_ISCHR(os.stat(out).st_mode)):
        pytest.skip(f"{out} is not a device on this machine")
    before = sorted(tmp_path.iterdir())
    code, _out, err = run([command, "--out", out, "--date", "2026-12-10"], capsys)
    assert code == 2 and one_line(err)
    assert sorted(tmp_path.iterdir()) == before
    if out.startswith("/dev/"):
        assert stat.S_ISCHR(os.stat(out).st_mode)


# -- point 11: one behaviour and one set of exit codes --------------------------------------
@pytest.mark.parametrize("command", ["print", "calendar"])
def test_a_read_only_output_is_refused_the_same_way(command, tmp_path, capsys):
    out = tmp_path / "plan.out"
    out.write_text("keep me")
    os.chmod(out, 0o444)
    code, _out, err = run([command, "--out", str(out), "--date", "2026-12-10"], capsys)
    assert code == 1 and "read-only" in err and one_line(err)
    assert out.read_text() == "keep me"


@pytest.mark.parametrize("command", ["print", "calendar"])
def test_a_write_error_is_exit_1_for_both(command, capsys):
    code, _out, err = run([command, "--out", "/proc/vertprep-plan", "--date", "2026-12-10"], capsys)
    assert code == 1 and one_line(err)


def test_a_read_only_database_writes_no_calendar(scheduled_session, data_dir, tmp_path, capsys):
    scheduled_session.store.close()
    os.chmod(database_path(data_dir), 0o444)
    out = tmp_path / "plan.ics"
    code, _out, err = run(["calendar", "--data-dir", str(data_dir), "--out", str(out)], capsys)
    assert code == 1 and "read-only" in err and one_line(err)
    assert not out.exists()


@pytest.mark.parametrize("argv", [[], ["print"], ["calendar"]])
def test_help_documents_the_exit_codes(argv, capsys):
    code, out, _err = run([*argv, "--help"], capsys)
    assert code == 0
    text = " ".join(out.split())
    assert "exit status: 0 done; 1 could not do it" in text and "2 bad usage" in text


# -- point 12: only what the help promises -----------------------------------------------
@pytest.mark.parametrize(
    "extra",
    [
        ["--date", "20261210"],
        ["--date", "2026-W50-4"],
        ["--date", "2026-12-10T08:00"],
        ["--arrival", "8:5"],
        ["--arrival", "08:30:00"],
        ["--name", "\u200b\u200b\u200b"],
        ["--name", "\u202e\u2066"],
        ["--name", "\x07\x1b"],
    ],
)
def test_what_the_help_does_not_promise_is_refused(extra, tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    argv = ["print", "--out", str(out), "--date", "2026-12-10", *extra]
    code, _out, err = run(argv, capsys)
    assert code == 2 and one_line(err)
    assert not out.exists()


def test_names_and_places_are_cleaned_of_hidden_characters(app, tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    name = "Maria\u202e relleK\x1b[31m\u200b"
    code, _out, err = run(
        ["print", "--out", str(out), "--name", name, "--date", "2026-12-10"], capsys
    )
    assert code == 0, err
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    title = next(line for line in info.splitlines() if line.startswith("Title:"))
    assert "Maria relleK [31m" in title
    assert not any(ch in title for ch in "\u202e\x1b\u200b")
    ics = tmp_path / "plan.ics"
    place = "H\u00f4pital\u202e cantonal\x00"
    argv = ["calendar", "--out", str(ics), "--date", "2026-12-10", "--place", place]
    assert run(argv, capsys)[0] == 0
    text = ics.read_text(encoding="utf-8").replace("\r\n ", "")
    assert "H\u00f4pital cantonal" in text and "\u202e" not in text


def test_the_cleaned_path_helpers_never_touch_an_existing_file(tmp_path):
    from vertprep.commands.arguments import CommandError, output_file

    folder = tmp_path / "f"
    folder.mkdir()
    with pytest.raises(CommandError):
        output_file(str(folder))
    assert output_file(str(tmp_path / "new.pdf")) == Path(tmp_path / "new.pdf")
