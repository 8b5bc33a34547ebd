"""The printout as a patient reads it (issue 14): the same words as the screen
("about 12:50"), phone numbers never broken across lines, the warning signs on the
first page, and no last page that is nearly all white."""

from __future__ import annotations

import pytest
from print_helpers import PHONE, normalise, pdf_page_count, pdf_text, pdf_words, sample_data

from vertprep.printing.options import PrintOptions
from vertprep.printing.paginate import MIN_LAST_PAGE_FILL, Flow, paginate


def write(tmp_path, options, name="plan.pdf"):
    from vertprep.printing.output import write_pdf

    path = tmp_path / name
    write_pdf(path, options, sample_data())
    return path


def test_estimated_times_say_about_as_on_the_screen(app, tmp_path):
    text = " ".join(pdf_text(write(tmp_path, PrintOptions())).split())
    assert "about 08:30 Arrive at the hospital" in text
    assert "about 12:50" in text or "about 13:" in text


@pytest.mark.parametrize(("first", "second"), [("en", "de"), ("de", "en"), ("ar", "en")])
def test_the_phone_number_is_never_broken_across_lines(app, tmp_path, first, second):
    path = write(tmp_path, PrintOptions(language=first, second_language=second))
    words = pdf_words(path)
    digits = PHONE.replace(" ", "")
    lines = {}
    for word in words:
        key = (word["page"], round(word["y0"]))
        lines.setdefault(key, []).append(word)
    broken = []
    for line in lines.values():
        text = normalise("".join(w["text"] for w in sorted(line, key=lambda w: w["x0"])))
        if "123" in text and digits not in text:
            broken.append(text)
    assert broken == []


@pytest.mark.parametrize("second", [None, "de", "ar"])
def test_the_warning_signs_are_on_the_first_page(app, tmp_path, second):
    path = write(tmp_path, PrintOptions(language="en", second_language=second))
    first_page = " ".join(pdf_text(path, 1).split())
    assert "Warning signs" in first_page
    assert "Call your emergency number" in first_page
    # ... and only there: the After part does not repeat them.
    assert " ".join(pdf_text(path).split()).count("Call your emergency number now") == 1


def test_printing_only_the_after_part_keeps_its_warning_signs(app, tmp_path):
    from vertprep.printing.options import Part

    path = write(tmp_path, PrintOptions(part=Part.AFTER))
    assert "Warning signs" in pdf_text(path)


def test_a_nearly_empty_last_page_is_balanced_with_the_one_before():
    flows = [Flow(35), Flow(35), Flow(25), Flow(10)]
    pages = paginate(flows, lambda _n: 100.0)
    placed = [[p.index for p in page] for page in pages]
    # Not [[0, 1, 2], [3]]: a last page of one small block and white.
    assert len(placed) == 2 and len(placed[-1]) > 1


def test_balancing_never_parts_a_heading_from_its_item_or_adds_a_page():
    flows = [Flow(45), Flow(10, keep_with_next=True), Flow(40), Flow(20)]
    pages = [[p.index for p in page] for page in paginate(flows, lambda _n: 100.0)]
    assert len(pages) == 2
    for page in pages:
        assert flows[page[-1]].keep_with_next is False or page[-1] == len(flows) - 1


def test_a_last_page_full_enough_is_left_alone():
    flows = [Flow(60), Flow(30), Flow(50)]
    pages = [[p.index for p in page] for page in paginate(flows, lambda _n: 100.0)]
    assert pages == [[0, 1], [2]]
    assert MIN_LAST_PAGE_FILL <= 50 / 100


def test_the_english_plan_ends_on_a_page_that_is_not_nearly_empty(app, tmp_path):
    from vertprep.printing.output import write_pdf

    path = tmp_path / "plan.pdf"
    result = write_pdf(path, PrintOptions(), sample_data())
    assert pdf_page_count(path) == result.page_count
    last_words = [w for w in pdf_words(path) if w["page"] == result.page_count]
    body = [w for w in last_words if w["text"] not in ("Page",)]
    lowest = max(w["y1"] for w in body if "inform" not in w["text"])
    assert len(body) > 60  # more than a heading and five bullets
    assert lowest > 0
