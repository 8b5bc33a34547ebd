"""Every language is complete and usable: no missing, unfinished or obsolete message,
placeholders kept, a glossary, and the compiled translation reaching the app.

These fail while a translation is in progress: that is what they are for.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from i18n_support import TRANSLATIONS, placeholders, read_ts, ts_path

from vertprep.i18n.languages import LANGUAGES, SOURCE_LANGUAGE

TRANSLATED = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
# The medical words that must be said the same way throughout a language.
GLOSSARY_TERMS = (
    "vertebroplasty",
    "vertebra",
    "fracture",
    "osteoporosis",
    "bone cement",
    "interventional radiologist",
    "anaesthetist",
    "MRI",
    "bone scan",
    "blood thinner",
    "drip",
    "ward",
    "care team",
    "follow-up consultation",
    "warning signs",
)


def test_languages_in_menu_order_with_their_own_names():
    assert LANGUAGES == {
        "en": "English",
        "zh_TW": "繁體中文",
        "es": "Español",
        "fr": "Français",
        "de": "Deutsch",
        "ar": "العربية",
    }


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_is_translated(code):
    messages = read_ts(ts_path(code))
    assert messages
    untranslated = [
        f"{m.context}: {m.source!r}"
        for m in messages
        if m.kind == "unfinished" or not m.translation
    ]
    assert untranslated == [], f"{len(untranslated)} of {len(messages)} not translated"


@pytest.mark.parametrize("code", TRANSLATED)
def test_no_obsolete_messages(code):
    obsolete = [
        f"{m.context}: {m.source!r}"
        for m in read_ts(ts_path(code))
        if m.kind in {"obsolete", "vanished"}
    ]
    assert obsolete == [], "run: python translations/update.py"


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_the_placeholders(code):
    # A lost or renamed {placeholder} would raise KeyError in .format() at run time.
    wrong = [
        f"{m.context}: {m.source!r} -> {m.translation!r}"
        for m in read_ts(ts_path(code))
        if m.translation and placeholders(m.translation) != placeholders(m.source)
    ]
    assert wrong == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_ts_file_declares_its_language(code):
    text = ts_path(code).read_text(encoding="utf-8")
    assert f'language="{code}"' in text
    assert 'sourcelanguage="en"' in text


@pytest.mark.parametrize("code", TRANSLATED)
def test_glossary_names_every_key_term(code):
    path = TRANSLATIONS / f"glossary_{code}.md"
    assert path.exists()
    rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("|")]
    terms = {row.split("|")[1].strip().lower() for row in rows}
    assert {term.lower() for term in GLOSSARY_TERMS} <= terms
    # Each term has a translation filled in.
    for row in rows[2:]:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert len(cells) >= 2 and cells[1], row


@pytest.mark.parametrize("code", TRANSLATED)
def test_compiled_translation_reaches_the_app(app, code):
    from PySide6.QtCore import QCoreApplication

    from vertprep.i18n.catalog import Catalog, translation_path

    assert Path(translation_path(code)).is_file()
    catalog = Catalog(code)
    finished = [m for m in read_ts(ts_path(code)) if m.translation and m.kind != "unfinished"]
    assert finished, "no finished translation yet"
    for message in finished:
        assert catalog.tr(message.context, message.source) == message.translation
    assert QCoreApplication.translate("MainWindow", "Steps") == "Steps"  # app untouched
