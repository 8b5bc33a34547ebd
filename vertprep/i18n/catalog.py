"""Translations of one language, usable without switching the whole app to it.

The app's own language is installed app-wide (``QCoreApplication.translate``);
a printout or a calendar export in another language uses a :class:`Catalog`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from vertprep.i18n.languages import SOURCE_LANGUAGE

# Compiled from translations/*.ts by resources/build.py, shipped as package data.
QM_DIR = Path(__file__).resolve().parent / "qm"

# The locale used for dates when the system's own is of another language.
# English is written the British way in vertprep (anaesthetist, millilitres).
DEFAULT_LOCALES = {
    "en": "en_GB",
    "zh_TW": "zh_TW",
    "es": "es_ES",
    "fr": "fr_FR",
    "de": "de_DE",
    "ar": "ar_EG",
}


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """The locale for dates in ``code``: the system's when it is of that language
    (so a person in Austria keeps Austrian dates), the language's usual one otherwise."""
    system = QLocale.system() if system is None else system
    wanted = QLocale(DEFAULT_LOCALES.get(code, code))
    same_language = system.language() == wanted.language()
    if same_language and (code != "zh_TW" or system.script() == wanted.script()):
        return system
    return wanted


def translation_path(code: str) -> str:
    """Where the compiled translation of a language is installed."""
    return str(QM_DIR / f"vertprep_{code}.qm")


def load_translator(code: str, parent=None) -> QTranslator | None:
    """vertprep's translator for ``code``, or ``None`` for the source language."""
    if code == SOURCE_LANGUAGE:
        return None
    translator = QTranslator(parent)
    if not translator.load(translation_path(code)):
        raise FileNotFoundError(translation_path(code))
    return translator


class Catalog:
    """Texts, dates and layout direction in one language.

    ``Catalog(None)`` follows the app's current language.
    """

    def __init__(self, code: str | None = None) -> None:
        self.code = code
        self._translator = load_translator(code) if code else None
        # Dates as the app writes them in that language (English the British way).
        self.locale = locale_for(code) if code else QLocale()

    def tr(self, context: str, text: str) -> str:
        if self.code is None:
            return QCoreApplication.translate(context, text)
        if self._translator is None:
            return text
        return self._translator.translate(context, text) or text

    @property
    def right_to_left(self) -> bool:
        return self.locale.textDirection().name == "RightToLeft"
