"""The languages vertprep ships, each named in its own language."""

from __future__ import annotations

SOURCE_LANGUAGE = "en"
# Code -> the language's own name, in menu order.
LANGUAGES: dict[str, str] = {
    "en": "English",
}


def is_known(code: str) -> bool:
    return code in LANGUAGES
