"""The acceptance story of the pain diary (issue 13).

A patient records a baseline of 8, has the procedure, records 3 at two weeks,
answers a check-in with a same-day warning sign and sees the team's phone, prints
the report in Chinese and English; the PDF's text holds both scores, the flagged
sign with its date and the chart, drawn as vector graphics, not an image.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from tests.print_helpers import pdf_text
from vertprep.core.check_ins import CheckInPoint
from vertprep.ui.check_in_dialog import CheckInDialog

BASELINE_DAY = datetime(2026, 12, 5, 9, 0)  # the procedure is on 10 December
TWO_WEEKS_AFTER = datetime(2026, 12, 24, 10, 0)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def record(window, qtbot, score: int) -> None:
    screen = window.screen("recovery")
    window.show_screen("recovery")
    screen.reset_form()
    qtbot.mouseClick(screen.scale.buttons[score], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert not screen.error.isVisibleTo(screen), screen.error.text()


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "vertprep", *args], capture_output=True, text=True, check=False
    )


def test_baseline_procedure_two_weeks_check_in_and_a_bilingual_report(
    scheduled_session, make_window, clock, qtbot, data_dir, tmp_path
):
    session = scheduled_session
    clock.now = BASELINE_DAY
    window = make_window(session)
    record(window, qtbot, 8)

    clock.now = TWO_WEEKS_AFTER
    window.screen("recovery").refresh()
    record(window, qtbot, 3)
    assert [e.score for e in session.pain_entries()] == [8, 3]

    # The check-in of week two: pain 3, and a fever (a same-day sign).
    assert session.due_check_ins() == [(CheckInPoint.WEEK_2, TWO_WEEKS_AFTER.date())]
    dialog = CheckInDialog(session, CheckInPoint.WEEK_2, window)
    dialog.show()
    qtbot.mouseClick(dialog.scale.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    fever = next(q for q in dialog.questions if q.sign.id == "fever")
    qtbot.mouseClick(fever.yes, Qt.MouseButton.LeftButton)
    assert dialog.alert_title.text() == "Call your care team today"
    assert "+41 22 123 45 67" in dialog.alert_number.text()
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    dialog.close()
    window.close()

    # The report, in Chinese beside English, from the command line with no display.
    # Without a Chinese font the page is laid out (and read back) otherwise.
    from font_support import require_fonts

    require_fonts("zh_TW")
    out = tmp_path / "report.pdf"
    result = run_cli("report", "--out", str(out), "--lang", "zh_TW", "--second-lang", "en")
    assert result.returncode == 0, result.stderr
    flat = " ".join(pdf_text(out).split())
    assert "Report for my follow-up visit" in flat
    assert "我的回診報告" in flat  # the Chinese column's title
    assert "Pain before the procedure (median; days written down: 1): 8 out of 10" in flat
    assert "Pain now (Thursday, 24 December 2026): 3 out of 10" in flat
    assert "手術前的疼痛" in flat and "現在的疼痛" in flat
    assert "Thursday, 24 December 2026 (Two weeks after): Fever of 38 °C (100.4 °F) or higher" in (
        flat
    )
    # The chart: its labels are text in the PDF, and nothing in the PDF is a picture.
    assert "Usual pain before: 8" in flat and "Procedure" in flat
    images = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout
    assert len(images.strip().splitlines()) == 2  # the header lines only: no image

    # The diary as CSV for the patient's own records.
    csv_out = tmp_path / "diary.csv"
    result = run_cli("diary", "export", "--out", str(csv_out))
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(csv_out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows == [
        ["date", "pain_0_to_10", "walking", "pain_medicine", "note"],
        ["2026-12-05", "8", "", "", ""],
        ["2026-12-24", "3", "", "", ""],
    ]


def test_the_report_is_offered_in_the_print_dialog(scheduled_session, make_window, qtbot):
    scheduled_session.add_pain_entry(scheduled_session.today(), 6)
    window = make_window(scheduled_session)
    window.window_actions.report_action.trigger()
    dialog = window.window_actions.print_dialog
    qtbot.waitUntil(lambda: dialog.last_result is not None)
    assert dialog.report_chosen()
    assert dialog.part_combo.currentText() == "Report for my follow-up visit"
    assert not dialog.blank_check.isEnabled()
    assert dialog.default_pdf_name() == "Report for my follow-up visit.pdf"
    dialog.close()


def test_report_and_export_refuse_bad_requests_with_one_line(tmp_path, data_dir):
    result = run_cli("report", "--out", str(tmp_path / "missing" / "r.pdf"))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    result = run_cli("report", "--out", str(tmp_path / "r.pdf"), "--lang", "xx")
    assert result.returncode == 2 and "unknown language" in result.stderr
    result = run_cli("diary", "export", "--out", str(tmp_path / "d.csv"))
    assert result.returncode == 2 and "no vertprep data" in result.stderr
    assert not (tmp_path / "d.csv").exists() and not (tmp_path / "r.pdf").exists()
