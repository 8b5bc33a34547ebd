"""The printed plan in every language: its text read back from the PDF with pdftotext.

Headings are checked against the catalog's translation of the English heading, so
these tests hold before a translation is complete and become stricter as it lands.
Dates, times and page numbers are in the print language's own way whatever the
state of the translation, so Chinese and Arabic script is always on the page.
"""

from __future__ import annotations

import subprocess

import pytest
from font_support import require_fonts
from print_helpers import (
    ARRIVAL,
    NAME,
    NOTE,
    PHONE,
    PROCEDURE_DATE,
    REMINDER,
    missing,
    normalise,
    pdf_page_count,
    pdf_text,
    sample_data,
)

from vertprep.i18n.formatting import clock_time, long_date
from vertprep.i18n.languages import LANGUAGES
from vertprep.plan.builtin import builtin_plan
from vertprep.printing.options import PrintOptions

HEADINGS = (
    "Your vertebroplasty plan",
    "Before the procedure",
    "The day of the procedure",
    "After the procedure",
    "Your own reminders",
)
# Shared with the After screen: one translation each (vertprep/i18n/plan_labels.py).
SHARED_HEADINGS = ("Warning signs", "Follow-up")


def write(tmp_path, options, data=None, name="plan.pdf"):
    from vertprep.printing.output import write_pdf

    path = tmp_path / name
    result = write_pdf(path, options, data or sample_data())
    return path, result


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_the_whole_plan_reads_back_in_every_language(app, tmp_path, code):
    require_fonts(code)
    from vertprep.printing.language import PrintLanguage

    lang = PrintLanguage(code)
    path, result = write(tmp_path, PrintOptions(language=code))
    text = pdf_text(path)
    expected = [lang.tr("PrintedPlan", heading) for heading in HEADINGS]
    expected += [lang.tr("PlanLabels", heading) for heading in SHARED_HEADINGS]
    expected += [item.title.values[code] for item in builtin_plan().steps]
    expected += [stage.title.values[code] for stage in builtin_plan().stages]
    expected += [
        NAME,
        PHONE,
        NOTE,
        REMINDER,
        long_date(PROCEDURE_DATE, lang.locale),
        clock_time(ARRIVAL, lang.locale),
    ]
    for phrase in expected:
        assert missing(text, phrase, code) == [], f"{code}: {phrase!r} not in the PDF"
    assert pdf_page_count(path) == result.page_count
    last = pdf_text(path, result.page_count)
    footer = lang.tr("PrintedPlan", "Page {page} of {pages}").format(
        page=lang.locale.toString(result.page_count), pages=lang.locale.toString(result.page_count)
    )
    assert missing(last, footer, code) == []


@pytest.mark.parametrize(("code", "script_font"), [("zh_TW", "CJK"), ("ar", "Arabic")])
def test_chinese_and_arabic_are_set_in_fonts_of_their_script(app, tmp_path, code, script_font):
    require_fonts(code)
    path, _result = write(tmp_path, PrintOptions(language=code))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert script_font in fonts, (
        f"no {script_font} font embedded (CI: apt-get install fonts-noto-*)"
    )
    # Every font is embedded, so the PDF prints the same on any computer.
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all(row[-5] == "yes" for row in rows)


def test_chinese_dates_and_headings_are_in_chinese_characters(app, tmp_path):
    require_fonts("zh_TW")
    from vertprep.printing.language import PrintLanguage

    path, _result = write(tmp_path, PrintOptions(language="zh_TW"))
    text = pdf_text(path, 1)
    assert "年" in text and "月" in text  # the procedure date, 2026年12月10日
    lang = PrintLanguage("zh_TW")
    heading = lang.tr("PrintedPlan", "Before the procedure")
    if heading != "Before the procedure":  # once the translation is there
        assert heading in text.replace("\n", "")


def test_arabic_is_laid_out_right_to_left(app, tmp_path):
    from print_helpers import pdf_words

    def boxes(path):
        return [w for w in pdf_words(path) if w["text"] in ("\u2610", "\u2611")]

    arabic = boxes(write(tmp_path, PrintOptions(language="ar"), name="ar.pdf")[0])
    english = boxes(write(tmp_path, PrintOptions(language="en"), name="en.pdf")[0])
    # The squares to tick sit at the start of each line: right in Arabic, left in English.
    assert arabic and english
    assert all(w["x0"] > w["page_width"] / 2 for w in arabic)
    assert all(w["x1"] < w["page_width"] / 2 for w in english)


@pytest.mark.parametrize(("first", "second"), [("zh_TW", "en"), ("en", "ar"), ("ar", "en")])
def test_a_bilingual_plan_puts_both_languages_side_by_side(app, tmp_path, first, second):
    require_fonts(first, second)
    from vertprep.printing.language import PrintLanguage

    path, _result = write(tmp_path, PrintOptions(language=first, second_language=second))
    width, height = 595, 842  # A4 in points
    halves = {
        "left": pdf_text(path, 1, crop=(0, 0, width // 2, height)),
        "right": pdf_text(path, 1, crop=(width // 2, 0, width - width // 2, height)),
    }
    # The patient's language comes first in its reading direction.
    first_side = "right" if PrintLanguage(first).right_to_left else "left"
    second_side = "left" if first_side == "right" else "right"
    for code, side in ((first, first_side), (second, second_side)):
        lang = PrintLanguage(code)
        for phrase in (
            lang.tr("PrintedPlan", "Your vertebroplasty plan"),
            # The warning signs are on the first page, in both languages.
            lang.tr("PlanLabels", "Call your emergency number now if you have:"),
            # The first warning sign, from the plan, on the first page too.
            builtin_plan().warning_signs[0].text.values[code],
        ):
            assert missing(halves[side], phrase, code) == [], f"{code} {phrase!r} on the {side}"


def test_a_language_without_its_translation_prints_english_with_its_own_dates(
    app, tmp_path, monkeypatch
):
    import vertprep.printing.language as language

    def no_translation(code):
        raise FileNotFoundError(code)

    monkeypatch.setattr(language, "Catalog", no_translation)
    lang = language.PrintLanguage("de")
    assert not lang.translated
    path, _result = write(tmp_path, PrintOptions(language="de"))
    text = pdf_text(path)
    assert missing(text, "Before the procedure", "de") == []
    assert missing(text, long_date(PROCEDURE_DATE, lang.locale), "de") == []
    assert "Dezember" in text


def phone_lines(path) -> list[str]:
    """Each line with the phone number, read from left to right as the eye does."""
    from print_helpers import pdf_words

    words = pdf_words(path)
    lines = []
    for anchor in (w for w in words if w["text"] == "123"):
        line = [
            w
            for w in words
            if w["page"] == anchor["page"]
            and anchor["y0"] <= (w["y0"] + w["y1"]) / 2 <= anchor["y1"]
        ]
        lines.append(normalise("".join(w["text"] for w in sorted(line, key=lambda w: w["x0"]))))
    return lines


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_the_phone_number_reads_in_its_own_order_in_every_language(app, tmp_path, code):
    """In a right-to-left sentence the groups of "+41 22 123 45 67" must not be
    reversed: a wrong number in the warning box could send a call astray."""
    path, _result = write(tmp_path, PrintOptions(language=code))
    lines = phone_lines(path)
    assert len(lines) >= 2  # the header and the warning signs
    for shown in lines:
        assert "+41221234567" in shown, f"{code}: the phone number runs backwards: {shown}"


def test_the_phone_number_is_kept_whole_even_where_a_translation_does_not(
    app, tmp_path, monkeypatch
):
    import vertprep.printing.content_after as content_after
    import vertprep.printing.language as language
    from vertprep.printing.pieces import esc

    unmarked = {
        "Care team phone: {phone}": "هاتف الفريق الطبي: {phone}",
        "Your care team: {phone}": "فريقك الطبي: {phone}",
    }
    original = language.PrintLanguage.tr
    monkeypatch.setattr(
        language.PrintLanguage,
        "tr",
        lambda self, context, text: unmarked.get(text) or original(self, context, text),
    )
    path, _result = write(tmp_path, PrintOptions(language="ar"), name="isolated.pdf")
    assert all("+41221234567" in shown for shown in phone_lines(path))
    # Without the isolation the groups come out backwards: the check above can fail.
    monkeypatch.setattr(content_after, "phone_html", esc)
    path, _result = write(tmp_path, PrintOptions(language="ar"), name="plain.pdf")
    assert any("+41221234567" not in shown for shown in phone_lines(path))


@pytest.mark.parametrize(
    "typed",
    ['Dr <b>Meier</b> & "Partner"', "l'hôpital\nétage 2", "&amp; already", "no markup"],
)
def test_typed_text_is_escaped_as_html_escape_does(typed):
    import html

    from vertprep.printing.pieces import esc

    assert esc(typed) == html.escape(typed).replace("\n", "<br/>")
