"""Which language vertprep starts in, --lang, and the pseudo-translation stretch."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication

from vertprep.cli import build_parser, main
from vertprep.i18n import pseudo
from vertprep.i18n.languages import canonical, initial_language, match_system_language


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        (["de-AT", "de", "en-GB"], "de"),
        (["fr-CA"], "fr"),
        (["es-419", "es"], "es"),
        (["ar-EG"], "ar"),
        (["zh-Hant-TW", "zh-TW"], "zh_TW"),
        (["zh-HK"], "zh_TW"),
        (["zh-Hans-CN", "zh-CN", "zh"], None),  # Simplified Chinese is not shipped
        (["it-IT", "fr-FR"], "fr"),  # the first shipped one the person reads
        (["ja-JP"], None),
        (["C"], None),
        ([], None),
    ],
)
def test_system_language_is_matched(system, expected):
    assert match_system_language(system) == expected


def test_start_language_order():
    assert initial_language(None, "", ["ja-JP"]) == "en"  # English otherwise
    assert initial_language(None, "", ["de-CH"]) == "de"  # first start: the system's
    assert initial_language(None, "fr", ["de-CH"]) == "fr"  # the remembered choice
    assert initial_language("ar", "fr", ["de-CH"]) == "ar"  # --lang overrides
    assert initial_language(None, "xx", ["es-ES"]) == "es"  # a stale stored code is ignored


def test_codes_are_taken_in_any_spelling():
    assert canonical("zh-tw") == "zh_TW"
    assert canonical(" DE ") == "de"
    assert canonical("zh") is None


def test_lang_option(capsys):
    assert build_parser().parse_args(["--lang", "zh-TW"]).lang == "zh_TW"
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", "klingon"])
    assert exit_info.value.code == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "unknown language 'klingon'" in error
    assert "en, zh_TW, es, fr, de, ar" in error


def _start(tmp_path, *argv: str, lang: str = "C.UTF-8") -> str:
    """Start the app in its own process with a data folder that cannot be opened, and
    return its one-line error: it shows which language the app started in."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG=lang, QT_QPA_PLATFORM="offscreen", VERTPREP_DATA_DIR=str(blocked))
    result = subprocess.run(
        [sys.executable, "-m", "vertprep", "--exit-after-start", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    return result.stderr


STORAGE_ERROR = "vertprep cannot open or save your data in this file:\n{path}"


@pytest.mark.parametrize(
    ("argv", "lang", "expected"),
    [
        ((), "de_DE.UTF-8", "de"),  # first start: the system's language
        ((), "ja_JP.UTF-8", "en"),  # a language vertprep does not have: English
        (("--lang", "fr"), "de_DE.UTF-8", "fr"),  # --lang overrides
    ],
)
def test_start_language_reaches_even_the_first_message(app, tmp_path, argv, lang, expected):
    from vertprep.i18n.catalog import Catalog

    text = Catalog(expected).tr("Startup", STORAGE_ERROR).split("\n")[0]
    if expected != "en":
        assert text != STORAGE_ERROR.split("\n")[0], f"translate the message in {expected}"
    assert text in _start(tmp_path, *argv, lang=lang)


@pytest.mark.parametrize(
    ("text", "stretched"),
    [
        ("Start", "Startsta"),
        ("&File", "&Filefil"),
        ("Done on {date}", "Donedon onon {date}"),
        ("{done} of {total} steps done", "{done} ofof {total} stepsste donedon"),
        ("Fever of 38 °C", "Feverfev ofof 38 °Cc"),
        ("<b>Bold</b>", "<b>Boldbol</b>"),
    ],
)
def test_pseudo_stretch_keeps_placeholders_and_markup(text, stretched):
    assert pseudo.stretch(text) == stretched


def test_pseudo_stretch_is_at_least_half_as_long_again():
    text = "This app gives general information. Your care team decides what is right for you."
    assert len(pseudo.stretch(text)) >= 1.4 * len(text)


def test_pseudo_mode_is_asked_for_by_the_environment():
    assert pseudo.enabled({"VERTPREP_PSEUDO": "1"})
    assert not pseudo.enabled({"VERTPREP_PSEUDO": "0"})
    assert not pseudo.enabled({})


def test_pseudo_mode_stretches_the_app_and_qt(app, languages, monkeypatch):
    monkeypatch.setenv(pseudo.PSEUDO_ENV, "1")
    languages.set_language("de")
    # vertprep's texts: the German translation, stretched.
    assert QCoreApplication.translate("NavigationBar", "Back") == pseudo.stretch("Zurück")
    # Qt's own: stretched too, except what Qt parses back (shortcut names).
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == pseudo.stretch("Abbrechen")
    assert QCoreApplication.translate("QShortcut", "Ctrl") == "Strg"
    monkeypatch.delenv(pseudo.PSEUDO_ENV)
    languages.set_language("de")
    assert QCoreApplication.translate("NavigationBar", "Back") == "Zurück"
