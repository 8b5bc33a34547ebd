"""Writing a plan file: a small TOML emitter for the plan's own, restricted shape.

The standard library reads TOML but does not write it. A plan holds only strings,
whole numbers, booleans, a pair of numbers, tables and arrays of tables, so a
writer of that much is short, and its output is read back by ``tomllib`` in the
tests (every plan written is read back equal). Texts are written one language
per line (``title.de = "..."``), which is easy to edit and to compare.
"""

from __future__ import annotations

import re

from vertprep.plan.model import (
    CONTACT_KEYS,
    FORMAT_VERSION,
    INSTRUCTION_KEYS,
    LANGUAGE_CODES,
    TeamPlan,
    Text,
    When,
)

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}
HEADER = """\
# A vertprep care plan. Edit it in any text editor (UTF-8), then check it with:
#   vertprep plan check THIS_FILE
# The format is described in resources/plans/README.md of vertprep.
"""


# What a basic string cannot hold as it is: quotes, backslashes, control characters.
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f]')


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    return _ESCAPES.get(char) or f"\\u{ord(char):04X}"


def toml_string(value: str) -> str:
    """``value`` as a TOML basic string on one line. (One pass of a regular expression:
    a loop over the characters took most of the time a long plan took to store.)"""
    return '"' + _NEEDS_ESCAPE.sub(_escaped, value) + '"'


def toml_key(name: str) -> str:
    return name if _BARE_KEY.match(name) else toml_string(name)


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(f"not part of a plan file: {value!r}")


def _text_lines(name: str, text: Text) -> list[str]:
    return [
        f"{toml_key(name)}.{toml_key(code)} = {toml_string(text.values[code])}"
        for code in LANGUAGE_CODES
        if text.values.get(code)
    ]


def _pairs(*pairs: tuple[str, object]) -> list[str]:
    return [f"{toml_key(k)} = {toml_value(v)}" for k, v in pairs if v not in (None, "")]


def write_plan_text(plan: TeamPlan) -> str:
    """The plan as the text of a plan file (read back by ``read_plan_text`` unchanged)."""
    lines = [
        HEADER,
        *_pairs(("format", FORMAT_VERSION), ("fallback_language", plan.fallback_language)),
    ]
    lines += ["", "[procedure]", *_text_lines("name", plan.procedure)]
    contacts = plan.contacts
    lines += ["", "[contacts]"]
    lines += [f"{name} = {toml_string(getattr(contacts, name))}" for name in CONTACT_KEYS]
    lines += ["", "[instructions]"]
    for name in INSTRUCTION_KEYS:
        lines += _text_lines(name, getattr(plan.instructions, name))
    lines += ["", "[reminders]"]
    lines += _pairs(
        ("hours_before_arrival", plan.reminders.hours_before_arrival),
        ("evening_before", plan.reminders.evening_before.strftime("%H:%M")),
    )
    lines += ["", "[sources]"]
    lines += [f"{toml_key(k)} = {toml_string(v)}" for k, v in plan.sources.items()]
    for step in plan.steps:
        lines += ["", "[[steps]]"]
        timing: list[tuple[str, object]] = [("phase", step.phase.value), ("when", step.when.value)]
        if step.when is When.WINDOW:
            timing.append(("window", [step.days, step.last_day]))
        elif step.days is not None:
            timing.append(("days", step.days))
        lines += _pairs(("id", step.id), *timing)
        if step.asks_for_instructions:
            lines += _pairs(("asks_for_instructions", True))
        lines += _pairs(("source", step.source))
        lines += _text_lines("title", step.title) + _text_lines("explanation", step.explanation)
    for stage in plan.stages:
        lines += ["", "[[stages]]", *_pairs(("id", stage.id), ("minutes", stage.minutes))]
        lines += _pairs(("source", stage.source))
        lines += _text_lines("title", stage.title) + _text_lines("text", stage.text)
    for advice in plan.advice:
        lines += ["", "[[advice]]"]
        lines += _pairs(("id", advice.id), ("group", advice.group.value), ("source", advice.source))
        lines += _text_lines("text", advice.text)
    for sign in plan.warning_signs:
        lines += ["", "[[warning_signs]]"]
        lines += _pairs(("id", sign.id), ("urgency", sign.urgency.value), ("source", sign.source))
        lines += _text_lines("text", sign.text)
    return "\n".join(lines) + "\n"
