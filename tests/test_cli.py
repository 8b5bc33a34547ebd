"""The command line: --help and --version without a display, start-up, bad values."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

from vertprep import __version__
from vertprep.paths import DATABASE_NAME
from vertprep.storage import SCHEMA_VERSION


def run_vertprep(*args: str, display: bool = False) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    if display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    else:
        env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-m", "vertprep", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_version_needs_no_display():
    result = run_vertprep("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"vertprep {__version__}"


def test_help_needs_no_display():
    result = run_vertprep("--help")
    assert result.returncode == 0
    assert "--data-dir" in result.stdout
    assert "--lang" in result.stdout


def test_unknown_language_is_one_line_listing_the_known_ones():
    result = run_vertprep("--lang", "xx")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "unknown language 'xx'" in lines[0]
    assert "en" in lines[0]


def test_the_app_starts_against_a_data_folder(tmp_path):
    folder = tmp_path / "patient"
    result = run_vertprep("--data-dir", str(folder), "--exit-after-start", display=True)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (folder / DATABASE_NAME).exists()


def test_a_newer_database_is_refused_untouched(tmp_path):
    folder = tmp_path / "patient"
    folder.mkdir()
    path = folder / DATABASE_NAME
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    result = run_vertprep("--data-dir", str(folder), "--exit-after-start", display=True)
    assert result.returncode == 1
    assert "newer version of vertprep" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == [DATABASE_NAME]


def test_the_gui_shows_the_refusal_in_a_dialog(tmp_path, monkeypatch, qapp):
    from PySide6.QtWidgets import QMessageBox

    from vertprep.cli import main

    folder = tmp_path / "patient"
    folder.mkdir()
    conn = sqlite3.connect(folder / DATABASE_NAME)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("CREATE TABLE future (x)")
    conn.commit()
    conn.close()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    assert main(["--data-dir", str(folder)]) == 1
    assert len(shown) == 1
    assert "newer version of vertprep" in shown[0]


def test_a_data_folder_that_cannot_be_used_is_a_clear_error(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = run_vertprep("--data-dir", str(blocker), "--exit-after-start", display=True)
    assert result.returncode == 1
    assert "cannot open or save your data" in result.stderr
    assert "Traceback" not in result.stderr
