"""Pseudo-translation: every text made half as long again, to find layouts that break.

German and French texts are often a third longer than English, and single words
much longer. With ``VERTPREP_PSEUDO=1`` every word of every translated text is
stretched by half, so a label or button that cannot grow shows it at once,
before any real translation exists. ``{placeholders}``, ``&`` accelerators and
markup are kept intact so the app still works.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QTranslator

PSEUDO_ENV = "VERTPREP_PSEUDO"
STRETCH = 0.5
# Qt parses these back (shortcut names) or reads them as settings, not as text.
UNSTRETCHED_CONTEXTS = frozenset({"QShortcut", "QKeySequence"})
UNSTRETCHED_SOURCES = frozenset({"QT_LAYOUT_DIRECTION"})
# {placeholder}, <tag> and &entity; stay as they are; words in between are stretched.
_PROTECTED = re.compile(r"\{[^{}]*\}|<[^<>]*>|&[a-zA-Z]+;|&#\d+;")
_WORD = re.compile(r"[^\W\d_]+")


def enabled(environ: Mapping[str, str] | None = None) -> bool:
    """Whether pseudo-translation is asked for (``VERTPREP_PSEUDO=1``)."""
    value = (os.environ if environ is None else environ).get(PSEUDO_ENV, "")
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _stretch_word(match: re.Match[str]) -> str:
    word = match.group(0)
    # Half the word again, plus half a letter for the space after it.
    extra = math.ceil((len(word) + 1) * STRETCH)
    tail = (word.lower() * (extra // len(word) + 1))[:extra]
    return word + tail


def stretch(text: str) -> str:
    """``text`` with each word half as long again; placeholders and markup untouched."""
    pieces = []
    position = 0
    for protected in _PROTECTED.finditer(text):
        pieces.append(_WORD.sub(_stretch_word, text[position : protected.start()]))
        pieces.append(protected.group(0))
        position = protected.end()
    pieces.append(_WORD.sub(_stretch_word, text[position:]))
    return "".join(pieces)


class PseudoTranslator(QTranslator):
    """Stretches what the wrapped translators give (or the English source).

    It is installed *instead of* the wrapped translators, so that it is the only one
    Qt asks and every text passes through it, translated or not.
    """

    def __init__(
        self, translators: Callable[[], Sequence[QTranslator]] | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self._translators = translators or (lambda: ())

    def isEmpty(self) -> bool:
        # An empty translator would not trigger a LanguageChange when installed.
        return False

    def language(self) -> str:
        return "pseudo"

    def translate(self, context, source_text, disambiguation=None, n=-1) -> str:
        text = ""
        for translator in self._translators():
            text = translator.translate(context, source_text, disambiguation, n)
            if text:
                break
        text = text or source_text
        if context in UNSTRETCHED_CONTEXTS or source_text in UNSTRETCHED_SOURCES:
            return text
        return stretch(text)
