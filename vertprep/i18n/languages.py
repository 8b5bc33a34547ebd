"""The languages vertprep ships, each named in its own language, and which one to start in.

Plain Python (no Qt), so the command line can check ``--lang`` without a display.
"""

from __future__ import annotations

from collections.abc import Iterable

SOURCE_LANGUAGE = "en"
# Code -> the language's own name, in menu order. The names are never translated:
# a person looking for their language recognises it written in its own script.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "zh_TW": "繁體中文",
    "es": "Español",
    "fr": "Français",
    "de": "Deutsch",
    "ar": "العربية",
}
# Chinese written in Traditional characters: the script, or a territory that uses it.
_TRADITIONAL_CHINESE = {"hant", "tw", "hk", "mo"}


def is_known(code: str) -> bool:
    return canonical(code) is not None


def canonical(code: str) -> str | None:
    """The shipped code for ``code`` ("zh-tw" -> "zh_TW"), or ``None`` if not shipped."""
    wanted = code.strip().replace("-", "_").lower()
    return next((known for known in LANGUAGES if known.lower() == wanted), None)


def match_system_language(ui_languages: Iterable[str]) -> str | None:
    """The first shipped language among the system's preferred ones (BCP 47 names such
    as "de-AT" or "zh-Hant-TW", as ``QLocale.system().uiLanguages()`` gives them)."""
    for name in ui_languages:
        parts = name.replace("_", "-").lower().split("-")
        language = parts[0]
        if language == "zh":
            # Only Traditional Chinese is shipped; Simplified readers get English.
            if _TRADITIONAL_CHINESE.intersection(parts[1:]):
                return "zh_TW"
            continue
        if language in LANGUAGES:
            return language
    return None


def initial_language(cli_code: str | None, stored: str, ui_languages: Iterable[str]) -> str:
    """The language to start in: ``--lang`` first, then the remembered choice, then the
    system's language when vertprep has it, English otherwise."""
    for code in (cli_code, stored):
        known = canonical(code) if code else None
        if known:
            return known
    return match_system_language(ui_languages) or SOURCE_LANGUAGE
