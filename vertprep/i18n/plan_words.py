"""The care team's plan texts in a language: the app's, or a printout's or calendar's.

Plan texts are not in the ``.ts`` files: each plan carries its own languages (the
built-in plan all six). A text missing in the wanted language falls back to the
plan's fallback language; :func:`origin_note` then says so, because those are the
care team's own words, not a translation. With ``VERTPREP_PSEUDO=1`` plan texts
are stretched like every other text of the app.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from vertprep.i18n import pseudo
from vertprep.i18n.languages import LANGUAGES, SOURCE_LANGUAGE
from vertprep.plan.model import TeamPlan, Text

CONTEXT = "PlanWords"


def app_language() -> str:
    """The code of the language the app shows now (English before any is set)."""
    from vertprep.i18n.manager import LanguageManager  # needs the application

    if QCoreApplication.instance() is None:
        return SOURCE_LANGUAGE
    return LanguageManager.instance().current


def _code(catalog) -> str:
    code = getattr(catalog, "code", None) if catalog is not None else None
    return code or app_language()


def in_language(text: Text, plan: TeamPlan, catalog=None) -> tuple[str, str]:
    """``(words, language)`` of ``text`` for ``catalog`` (``None``: the app's language)."""
    words, language = text.in_language(_code(catalog), plan.fallback_language)
    if getattr(catalog, "code", None) is None and pseudo.enabled():
        words = pseudo.stretch(words)
    return words, language


def words(text: Text, plan: TeamPlan, catalog=None) -> str:
    """The text in the app's language, or the catalog's; else the plan's fallback."""
    return in_language(text, plan, catalog)[0]


def origin_note(texts: list[Text], plan: TeamPlan, catalog=None) -> str:
    """ "Your care team wrote this in English." when a text is not in the wanted
    language (the team's own words are shown as written); else empty."""
    wanted = _code(catalog)
    for text in texts:
        if not text:
            continue
        language = text.in_language(wanted, plan.fallback_language)[1]
        if language != wanted:
            note = QT_TRANSLATE_NOOP("PlanWords", "Your care team wrote this in {language}.")
            if catalog is None or getattr(catalog, "code", None) is None:
                note = QCoreApplication.translate(CONTEXT, note)
            else:
                note = catalog.tr(CONTEXT, note)
            return note.format(language=LANGUAGES.get(language, language))
    return ""
