"""One number system per language (issue 14): in Arabic, counts, temperatures and
dates all in the language's own digits, on screen and on paper; key names on the
Help screen in the person's language."""

from __future__ import annotations

import re
from datetime import date

import pytest
from i18n_support import settle, switch
from PySide6.QtWidgets import QLabel

from vertprep.i18n.formatting import number

WESTERN_DIGIT = re.compile(r"[0-9]")


def shown_labels(screen) -> list[str]:
    return [label.text() for label in screen.findChildren(QLabel) if label.isVisibleTo(screen)]


@pytest.mark.parametrize(
    "screen_id", ["overview", "about", "before", "day", "after", "recovery", "reminders"]
)
def test_arabic_screens_use_one_number_system(qtbot, window, languages, screen_id):
    window.session.add_own_reminder("call the pharmacy", date(2026, 12, 3))
    switch(qtbot, languages, window, "ar")
    window.show_screen(screen_id)
    settle()
    phone = window.session.profile.phone
    mixed = [
        text
        for text in shown_labels(window.current_screen())
        # (The phone number as the patient typed it, kept whole with no-break spaces.)
        if WESTERN_DIGIT.search(text.replace("\u00a0", " ").replace(phone, ""))
    ]
    assert mixed == []


def test_the_progress_counts_in_arabic_digits(qtbot, window, languages):
    switch(qtbot, languages, window, "ar")
    text = window.navigation.progress_label.text()
    steps = len(window.session.team_plan.steps)  # the built-in plan's, e.g. 12
    assert number(steps) in text and number(steps) != str(steps)
    assert not WESTERN_DIGIT.search(text)


@pytest.mark.parametrize(("code", "space"), [("ar", "مفتاح المسافة"), ("de", "Leertaste")])
def test_the_help_screen_names_the_keys_in_the_language(qtbot, window, languages, code, space):
    switch(qtbot, languages, window, code)
    window.show_screen("help")
    settle()
    texts = "\n".join(shown_labels(window.current_screen()))
    assert space in texts
    assert "Space" not in texts and "\nEnter" not in texts


def test_the_arabic_printout_uses_one_number_system(app, tmp_path, window):
    from print_helpers import pdf_text

    from vertprep.printing.options import Part, PrintOptions
    from vertprep.printing.output import write_pdf
    from vertprep.printing.plan_data import PlanData

    path = tmp_path / "after.pdf"
    data = PlanData.from_session(window.session)
    write_pdf(path, PrintOptions(language="ar", part=Part.AFTER), data)
    text = pdf_text(path).replace(window.session.profile.phone, "")
    # (The fever's temperature was written 38 in Western digits beside Arabic dates.)
    assert "٣٨" in text
    assert [line for line in text.splitlines() if WESTERN_DIGIT.search(line)] == []
