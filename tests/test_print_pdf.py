"""The printed plan on paper: what it holds, blank or personal, and how it is laid out."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace

import pytest
from plan_support import clinic_plan
from print_helpers import (
    DONE_AT,
    NAME,
    NOTE,
    PHONE,
    PROCEDURE_DATE,
    REMINDER,
    missing,
    pdf_info,
    pdf_page_count,
    pdf_text,
    pdf_words,
    sample_data,
)
from PySide6.QtCore import QLocale

from vertprep.core.model import ItemState
from vertprep.i18n.formatting import long_date
from vertprep.plan.model import Phase
from vertprep.printing.options import Paper, Part, PrintOptions, TypeScale, default_paper

TICKED, OPEN, TICK = "\u2611", "\u2610", "\u2713"


def write(tmp_path, options=None, data=None, name="plan.pdf"):
    from vertprep.printing.output import write_pdf

    path = tmp_path / name
    return path, write_pdf(path, options or PrintOptions(), data or sample_data())


def test_the_header_names_the_patient_procedure_team_and_print_date(app, tmp_path):
    path, _result = write(tmp_path)
    first = pdf_text(path, 1)
    for phrase in (
        f"Name: {NAME}",
        "Procedure date: Thursday, 10 December 2026",
        "Arrival time: 08:30",
        f"Care team phone: {PHONE}",
        "Printed on Tuesday, 1 December 2026",
        "Your care team decides what is right for you",
    ):
        assert missing(first, phrase, "en") == [], phrase
    assert pdf_info(path)["Title"] == f"Your vertebroplasty plan \u2013 {NAME}"


def test_every_page_says_page_n_of_m_and_who_decides(app, tmp_path):
    path, result = write(tmp_path)
    assert result.page_count >= 2
    for page in range(1, result.page_count + 1):
        text = pdf_text(path, page)
        assert f"Page {page} of {result.page_count}" in text
        assert "This plan informs you; your care team decides what is right for you." in text


def test_done_items_carry_their_tick_and_date_and_open_ones_an_empty_square(app, tmp_path):
    path, _result = write(tmp_path)
    text = pdf_text(path)
    done = [i for i, s in sample_data().states.items() if s.done]
    assert text.count(TICKED) == len(done) == 2
    assert text.count(OPEN) == len(clinic_plan().steps) - len(done) + 1  # and one own reminder
    page_one = pdf_text(path, 1)
    assert "See the interventional radiologist" in page_one
    assert f"{TICK} Done on {long_date(DONE_AT.date())}" in page_one
    assert "Do this by Thursday, 26 November 2026" in page_one


def test_the_patients_note_and_the_care_team_box_are_printed(app, tmp_path):
    path, _result = write(tmp_path)
    text = pdf_text(path)
    assert missing(text, NOTE, "en") == []
    assert "What your care team told you to do:" in text
    assert "Warning signs" in text
    assert f"Your care team: {PHONE}" in text
    assert "Between Thursday, 17 December 2026 and Thursday, 7 January 2027" in text


def test_a_blank_plan_holds_no_personal_data(app, tmp_path):
    path, result = write(tmp_path, PrintOptions(blank=True))
    text = pdf_text(path)
    for private in (NAME, PHONE, NOTE, REMINDER, long_date(PROCEDURE_DATE)):
        assert missing(text, private, "en") != [], f"{private!r} is on the blank plan"
    assert "Keller" not in text and "123 45 67" not in text and "apixaban two" not in text
    assert TICKED not in text and TICK not in text
    assert text.count(OPEN) == len(clinic_plan().steps)
    assert "Name: ____" in text and "Do this by: ____" in text
    assert NAME not in pdf_info(path)["Title"]
    assert result.page_count >= 2


def test_only_the_chosen_part_is_printed(app, tmp_path):
    texts, pages = {}, {}
    for part in Part:
        path, result = write(tmp_path, PrintOptions(part=part), name=f"{part.value}.pdf")
        texts[part], pages[part] = pdf_text(path), result.page_count
        assert pdf_page_count(path) == result.page_count
    before, day, after = texts[Part.BEFORE], texts[Part.DAY], texts[Part.AFTER]
    assert "Have a spine MRI, or a bone scan" in before and "Warning signs" not in before
    assert "Needles and cement" in day and "Have a spine MRI" not in day
    assert "Warning signs" in after and "Needles and cement" not in after
    assert "Follow-up consultation" in after and "Have a spine MRI" not in after
    # The own reminder (3 December, before the procedure) goes with the Before part.
    assert REMINDER in before and REMINDER not in day and REMINDER not in after
    assert REMINDER in texts[Part.ALL]
    # Sane page counts: every part is shorter than the whole plan, and no page is wasted.
    for part in (Part.BEFORE, Part.DAY, Part.AFTER):
        assert 1 <= pages[part] < pages[Part.ALL]
    assert pages[Part.ALL] <= pages[Part.BEFORE] + pages[Part.DAY] + pages[Part.AFTER]
    assert 3 <= pages[Part.ALL] <= 10


def test_large_print_and_a_second_language_take_more_pages(app, tmp_path):
    normal = write(tmp_path, name="normal.pdf")[1].page_count
    large = write(tmp_path, PrintOptions(large_print=True), name="large.pdf")[1].page_count
    both = write(tmp_path, PrintOptions(second_language="ar"), name="bi.pdf")[1].page_count
    assert normal < large <= 3 * normal
    assert normal < both <= 3 * normal


def test_large_print_body_text_is_at_least_14_points(app, tmp_path):
    from vertprep.printing.blocks import build_blocks, plan_writers

    assert TypeScale.for_options(True).body >= 14
    options = PrintOptions(large_print=True)
    html = "".join(
        cell for b in build_blocks(plan_writers(sample_data(), options)) for cell, _ in b.cells
    )
    sizes = [float(size) for size in re.findall(r"font-size:([\d.]+)pt", html)]
    assert sizes and min(sizes) >= 14
    # On paper: every word's box is at least 14 points high (normal print has smaller ones).
    path, _result = write(tmp_path, options)
    assert min(w["y1"] - w["y0"] for w in pdf_words(path)) >= 14
    small, _ = write(tmp_path, name="normal.pdf")
    assert min(w["y1"] - w["y0"] for w in pdf_words(small)) < 14


@pytest.mark.parametrize("paper", list(Paper))
@pytest.mark.parametrize("large_print", [False, True])
def test_no_item_is_split_and_nothing_is_cut_at_a_page_edge(app, tmp_path, paper, large_print):
    from vertprep.printing.output import MARGINS_MM

    options = PrintOptions(paper=paper, large_print=large_print, second_language="zh_TW")
    path, result = write(tmp_path, options)
    seen = {}
    for number, page in enumerate(result.pages):
        for placed in page:
            assert placed.key not in seen, (
                f"{placed.key} is on pages {seen[placed.key]} and {number}"
            )
            seen[placed.key] = number
            assert (placed.start, placed.end) == (0.0, placed.height), f"{placed.key} is cut"
            assert placed.top + placed.height <= result.page_height + 0.5
    assert {f"item:{item.id}" for item in clinic_plan().steps} <= set(seen)
    mm = 72 / 25.4
    words = pdf_words(path)
    assert words
    for word in words:
        assert word["x0"] >= MARGINS_MM.left() * mm - 1, word
        assert word["x1"] <= word["page_width"] - MARGINS_MM.right() * mm + 1, word
        assert word["y0"] >= MARGINS_MM.top() * mm - 1, word
        assert word["y1"] <= word["page_height"] - MARGINS_MM.bottom() * mm + 1, word


def test_a_note_longer_than_a_page_is_cut_between_lines_and_nothing_is_lost(app, tmp_path):
    lines = [f"Line {n} of the instructions" for n in range(1, 121)]
    data = sample_data()
    data = replace(data, states={**data.states, "fasting": ItemState(None, "\n".join(lines))})
    path, result = write(tmp_path, PrintOptions(part=Part.BEFORE), data)
    pages_with_it = [
        n for n, page in enumerate(result.pages) if any(p.key == "item:fasting" for p in page)
    ]
    assert len(pages_with_it) >= 2
    text = pdf_text(path)
    for line in lines:
        assert text.count(line + "\n") == 1, line
    # The other items are whole, each on one page.
    for item in clinic_plan().phase(Phase.BEFORE):
        if item.id != "fasting":
            assert sum(p.key == f"item:{item.id}" for page in result.pages for p in page) == 1


def test_paper_follows_the_locale_and_can_be_changed(app, tmp_path):
    assert default_paper(QLocale("en_US")) is Paper.LETTER
    assert default_paper(QLocale("de_CH")) is Paper.A4
    assert default_paper(QLocale("zh_TW")) is Paper.A4
    letter, _ = write(tmp_path, PrintOptions(paper=Paper.LETTER), name="letter.pdf")
    a4, _ = write(tmp_path, PrintOptions(paper=Paper.A4), name="a4.pdf")
    assert pdf_info(letter)["Page size"] == "612 x 792 pts (letter)"
    assert pdf_info(a4)["Page size"] == "595 x 842 pts (A4)"


def test_the_plan_is_vector_text_not_pictures(app, tmp_path):
    path, _result = write(tmp_path)
    images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True)
    assert images.returncode == 0
    assert len(images.stdout.strip().splitlines()) == 2  # the header lines only


def test_a_failed_pdf_leaves_no_file(app, tmp_path):
    from vertprep.printing.output import write_pdf

    with pytest.raises(OSError):
        write_pdf(tmp_path / "missing" / "plan.pdf", PrintOptions(), sample_data())
    assert list(tmp_path.iterdir()) == []


def test_an_item_without_a_date_gets_a_line_to_write_it_on(app, tmp_path):
    data = replace(sample_data(), profile=replace(sample_data().profile, procedure_date=None))
    path, _result = write(tmp_path, PrintOptions(part=Part.BEFORE), data)
    text = pdf_text(path)
    assert text.count("Do this by: ____") == len(clinic_plan().phase(Phase.BEFORE))
    assert "Procedure date: ____" in text
    assert clinic_plan().step("fasting").title.values["en"] in text


@pytest.mark.benchmark
def test_benchmark_time_to_make_a_pdf(app, tmp_path):
    import time

    for options in (PrintOptions(), PrintOptions(large_print=True, second_language="zh_TW")):
        start = time.perf_counter()
        _path, result = write(tmp_path, options)
        elapsed = time.perf_counter() - start
        print(f"\n{options}: {result.page_count} pages in {elapsed:.3f} s")
