"""The hospital the patient entered is shown where they look for it (issue 14): the
overview, the day screen, the printout and `vertprep print --place`."""

from __future__ import annotations

from cli_support import run
from print_helpers import pdf_text

from vertprep.cli import main

PLACE = "St Mary's Hospital, Paddington"


def test_the_place_is_on_the_overview_and_the_day(window):
    window.session.update_profile(place=PLACE)
    for screen_id, name in (("overview", "placeLine"), ("day", "dayPlace")):
        window.show_screen(screen_id)
        line = window.current_screen().place_line
        assert line.objectName() == name
        assert line.isVisible()
        assert line.text() == f"Hospital or clinic: {PLACE}"


def test_no_place_no_line(window):
    window.show_screen("overview")
    assert window.current_screen().place_line.isHidden()


def test_the_place_is_on_the_printout(app, tmp_path, window):
    from vertprep.printing.options import PrintOptions
    from vertprep.printing.output import write_pdf
    from vertprep.printing.plan_data import PlanData

    window.session.update_profile(place=PLACE)
    path = tmp_path / "plan.pdf"
    write_pdf(path, PrintOptions(), PlanData.from_session(window.session))
    assert f"Hospital or clinic: {PLACE}" in " ".join(pdf_text(path).split())


def test_print_takes_place_on_the_command_line(app, tmp_path):
    out = tmp_path / "plan.pdf"
    code = main(["print", "--out", str(out), "--date", "2026-12-10", "--place", PLACE])
    assert code == 0
    assert PLACE in " ".join(pdf_text(out).split())


def test_an_empty_place_is_refused(app, tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    code, _, err = run(["print", "--out", out, "--place", "   "], capsys)
    assert code == 2 and not out.exists()
    assert "argument --place: the hospital or clinic must be 1 to 120 characters" in err
