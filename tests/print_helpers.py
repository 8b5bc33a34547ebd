"""Helpers for the printing tests: read a PDF's text back with poppler-utils and find
phrases in it, whatever the script.

``pdftotext`` gives Arabic in presentation forms with direction marks, digits
glued to words, and some Chinese characters as their look-alike Kangxi radicals
(Qt maps a glyph shared by two code points to the lower one). Both sides are
therefore NFKC-normalised; Latin and Arabic are compared word by word, Chinese
with the white space (line breaks) removed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import date, datetime, time
from pathlib import Path

from vertprep.core.model import ItemState, OwnReminder, Profile

PROCEDURE_DATE = date(2026, 12, 10)
ARRIVAL = time(8, 30)
NAME = "Maria Keller"
PHONE = "+41 22 123 45 67"
NOTE = "Stop apixaban two days before, says Dr Weber"
REMINDER = "Call the pharmacy about calcium"
DONE_AT = datetime(2026, 11, 25, 9, 0)
TODAY = date(2026, 12, 1)

_BIDI_MARKS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")
)
_CJK_LANGUAGES = ("zh", "ja", "ko")


def sample_data():
    """A patient of a clinic that timed its plan, with a date, a done item, a note and
    an own reminder."""
    from plan_support import clinic_plan

    from vertprep.printing.plan_data import PlanData

    profile = Profile(PROCEDURE_DATE, ARRIVAL, NAME, PHONE)
    states = {
        "consult_radiologist": ItemState(DONE_AT, ""),
        "spine_imaging": ItemState(datetime(2026, 11, 30, 16, 0), ""),
        "medicines_review": ItemState(None, NOTE),
    }
    reminders = (OwnReminder(1, REMINDER, date(2026, 12, 3), time(9, 0)),)
    return PlanData(TODAY, profile, states, reminders, clinic_plan())


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise RuntimeError(
            f"{name} is needed for the printing tests (apt-get install poppler-utils)"
        )
    return found


def pdf_text(path: Path, page: int | None = None, *, crop: tuple[int, ...] | None = None) -> str:
    """The text of a PDF (or of one page, from 1), normalised for comparison.

    ``crop`` is (x, y, width, height) in points at 72 dpi: only the text inside.
    """
    command = [_tool("pdftotext"), "-enc", "UTF-8"]
    if page is not None:
        command += ["-f", str(page), "-l", str(page)]
    if crop is not None:
        x, y, width, height = crop
        command += ["-r", "72", "-x", str(x), "-y", str(y), "-W", str(width), "-H", str(height)]
    out = subprocess.run(
        [*command, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return normalise(out)


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(
        [_tool("pdfinfo"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    return {
        key.strip(): value.strip()
        for key, _, value in (line.partition(":") for line in out.splitlines())
    }


def pdf_page_count(path: Path) -> int:
    return int(pdf_info(path)["Pages"])


def pdf_words(path: Path) -> list[dict]:
    """Every word with its box in points: pdftotext -bbox."""
    out = subprocess.run(
        [_tool("pdftotext"), "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages, words = [], []
    for line in out.splitlines():
        page = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', line)
        if page:
            pages.append((float(page.group(1)), float(page.group(2))))
            continue
        word = re.search(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>',
            line,
        )
        if word:
            x0, y0, x1, y1 = (float(word.group(n)) for n in range(1, 5))
            width, height = pages[-1]
            words.append(
                {"page": len(pages), "x0": x0, "y0": y0, "x1": x1, "y1": y1,
                 "text": word.group(5), "page_width": width, "page_height": height}
            )  # fmt: skip
    return words


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_BIDI_MARKS)


def words(text: str) -> list[str]:
    """Runs of letters, and runs of digits, of any script.

    Combining marks (Arabic vowel signs such as the kasra in راجِع) are left out:
    they are optional in writing and a PDF gives them back unreliably.
    """
    bare = "".join(c for c in normalise(text) if unicodedata.category(c) != "Mn")
    return re.findall(r"[^\W\d_]+|\d+", bare)


def is_cjk(code: str) -> bool:
    return code.split("_")[0] in _CJK_LANGUAGES


def missing(text: str, phrase: str, code: str) -> list[str]:
    """What of ``phrase`` is not in ``text`` (empty when it is all there)."""
    if is_cjk(code):
        squashed = re.sub(r"\s+", "", text)
        # Han runs may wrap anywhere; Latin words and digits keep their own checks.
        chunks = [chunk for chunk in re.split(r"\s+", normalise(phrase)) if chunk]
        return [chunk for chunk in chunks if chunk not in squashed]
    present = set(words(text))
    return [word for word in words(phrase) if word not in present]
