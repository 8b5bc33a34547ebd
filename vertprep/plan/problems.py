"""What can be wrong with a plan file, located by key and line, in words.

Each problem has a kind; its words are marked for translation here, so the
Open dialog says them in the person's language and ``vertprep plan check``
prints them in English.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import field
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from vertprep.core.record import Record

CONTEXT = "PlanProblem"


class ProblemKind(Enum):
    NOT_TOML = "not_toml"
    NEWER_FORMAT = "newer_format"
    NO_FORMAT = "no_format"
    UNKNOWN_KEY = "unknown_key"
    MISSING = "missing"
    WRONG_TYPE = "wrong_type"
    BAD_VALUE = "bad_value"
    MISSING_FALLBACK = "missing_fallback"
    DUPLICATE_ID = "duplicate_id"
    OUT_OF_RANGE = "out_of_range"
    UNKNOWN_SOURCE = "unknown_source"
    UNREADABLE = "unreadable"


MESSAGES: dict[ProblemKind, str] = {
    ProblemKind.NOT_TOML: QT_TRANSLATE_NOOP("PlanProblem", "this is not a TOML file: {detail}"),
    ProblemKind.NEWER_FORMAT: QT_TRANSLATE_NOOP(
        "PlanProblem",
        "written for plan format {found}, newer than this vertprep reads ({known}): "
        "install the newer vertprep",
    ),
    ProblemKind.NO_FORMAT: QT_TRANSLATE_NOOP(
        "PlanProblem", "the plan format version (format = {known}) is missing"
    ),
    ProblemKind.UNKNOWN_KEY: QT_TRANSLATE_NOOP(
        "PlanProblem", "unknown key (a typing mistake?); known here: {detail}"
    ),
    ProblemKind.MISSING: QT_TRANSLATE_NOOP("PlanProblem", "this is needed and missing"),
    ProblemKind.WRONG_TYPE: QT_TRANSLATE_NOOP("PlanProblem", "this should be {detail}"),
    ProblemKind.BAD_VALUE: QT_TRANSLATE_NOOP(
        "PlanProblem", "{found} is not allowed here; allowed: {detail}"
    ),
    ProblemKind.MISSING_FALLBACK: QT_TRANSLATE_NOOP(
        "PlanProblem", "the text in the plan's fallback language ({detail}) is missing"
    ),
    ProblemKind.DUPLICATE_ID: QT_TRANSLATE_NOOP(
        "PlanProblem", "the id {found} is used twice (each must be different)"
    ),
    ProblemKind.OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "PlanProblem", "{found} is out of range: from {first} to {last}"
    ),
    ProblemKind.UNKNOWN_SOURCE: QT_TRANSLATE_NOOP(
        "PlanProblem", "the source {found} is not listed under [sources]"
    ),
    ProblemKind.UNREADABLE: QT_TRANSLATE_NOOP("PlanProblem", "the file cannot be read: {detail}"),
}
# What a value should be (the {detail} of "this should be {detail}" and the like).
DETAIL_WORDS = (
    QT_TRANSLATE_NOOP("PlanProblem", "a table"),
    QT_TRANSLATE_NOOP("PlanProblem", "text in quotes"),
    QT_TRANSLATE_NOOP("PlanProblem", "a whole number"),
    QT_TRANSLATE_NOOP("PlanProblem", "true or false"),
    QT_TRANSLATE_NOOP("PlanProblem", "[first day, last day]"),
    QT_TRANSLATE_NOOP("PlanProblem", "HH:MM, 24-hour"),
    QT_TRANSLATE_NOOP("PlanProblem", "small letters, digits and _"),
)
LOCATED = QT_TRANSLATE_NOOP("PlanProblem", "line {line}, {key}: {reason}")
KEY_ONLY = QT_TRANSLATE_NOOP("PlanProblem", "{key}: {reason}")


class Problem(Record):
    """One thing wrong with a plan file, at ``key`` (and ``line`` when known)."""

    kind: ProblemKind
    key: str = ""
    line: int | None = None
    fields: dict[str, str] = field(default_factory=dict)

    def reason(self, tr: Callable[[str, str], str] | None = None) -> str:
        """What is wrong, without where: English, or through ``tr(context, text)``."""
        tr = tr or (lambda _context, text: text)
        values = {"detail": "", "found": "", "known": "", "first": "", "last": ""}
        values.update(self.fields)
        if values["detail"] in DETAIL_WORDS:
            values["detail"] = tr(CONTEXT, values["detail"])
        return tr(CONTEXT, MESSAGES[self.kind]).format(**values)

    def describe(self, tr: Callable[[str, str], str] | None = None) -> str:
        """Where and what, in words: English, or through ``tr(context, text)``."""
        reason = self.reason(tr)
        tr = tr or (lambda _context, text: text)
        if self.line is not None:
            return tr(CONTEXT, LOCATED).format(line=self.line, key=self.key or "-", reason=reason)
        if self.key:
            return tr(CONTEXT, KEY_ONLY).format(key=self.key, reason=reason)
        return reason


class PlanFileError(ValueError):
    """A plan file that cannot be used; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem], name: str = "") -> None:
        super().__init__("; ".join(p.describe() for p in problems))
        self.problems = problems
        self.name = name
