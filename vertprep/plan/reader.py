"""Reading a plan file: TOML through ``tomllib``, every key checked, every problem kept.

A typing mistake in a key must not be silently ignored, so every table accepts
only the keys the format knows. All problems are collected (not only the first),
each with its key and line, so a nurse fixes the file in one go.
"""

from __future__ import annotations

import re
from datetime import time
from pathlib import Path

from vertprep.plan.model import (
    CONTACT_KEYS,
    FORMAT_VERSION,
    INSTRUCTION_KEYS,
    LANGUAGE_CODES,
    MAX_DAYS,
    MAX_STAGE_MINUTES,
    Advice,
    AdviceGroup,
    Contacts,
    Instructions,
    Phase,
    ReminderTimes,
    Stage,
    Step,
    TeamPlan,
    Text,
    Urgency,
    WarningSign,
    When,
)
from vertprep.plan.problems import PlanFileError, Problem, ProblemKind

TOP_KEYS = (
    "format",
    "fallback_language",
    "procedure",
    "contacts",
    "instructions",
    "reminders",
    "sources",
    "steps",
    "stages",
    "advice",
    "warning_signs",
)
STEP_KEYS = (
    "id",
    "phase",
    "when",
    "days",
    "window",
    "asks_for_instructions",
    "source",
    "title",
    "explanation",
)
STAGE_KEYS = ("id", "minutes", "source", "title", "text")
ADVICE_KEYS = ("id", "group", "source", "text")
SIGN_KEYS = ("id", "urgency", "source", "text")
REMINDER_KEYS = ("hours_before_arrival", "evening_before")
MAX_HOURS_BEFORE = 24
_ID = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_DATED = {When.DAYS_BEFORE, When.DAYS_AFTER}
_BEFORE_ONLY = {When.CONSULTATION, When.BEFORE_PROCEDURE, When.DAYS_BEFORE}
_AFTER_ONLY = {When.DAYS_AFTER, When.WINDOW}


class _Reader:
    def __init__(self, text: str) -> None:
        self.source_text = text
        self._lines: dict[str, int] | None = None
        self.problems: list[Problem] = []
        self.fallback = "en"
        self.sources: dict[str, str] = {}

    def line(self, key: str) -> int | None:
        """Where ``key`` is written: the text is scanned only once a problem needs a line."""
        from vertprep.plan.toml_lines import key_lines, line_of

        if self._lines is None:
            self._lines = key_lines(self.source_text)
        return line_of(self._lines, key)

    def problem(self, kind: ProblemKind, key: str, **fields: object) -> None:
        values = {name: str(value) for name, value in fields.items()}
        self.problems.append(Problem(kind, key, self.line(key), values))

    # -- checks on one table ---------------------------------------------------
    def table(self, value: object, key: str, known: tuple[str, ...] | None) -> dict:
        """``value`` as a table whose keys are all in ``known`` (any key if ``None``)."""
        if not isinstance(value, dict):
            self.problem(ProblemKind.WRONG_TYPE, key, detail="a table")
            return {}
        for name in value if known is not None else ():
            if name not in known:
                self.problem(ProblemKind.UNKNOWN_KEY, _join(key, name), detail=", ".join(known))
        return value

    def string(self, table: dict, key: str, name: str, required: bool = False) -> str:
        value = table.get(name, "")
        if name not in table and required:
            self.problem(ProblemKind.MISSING, _join(key, name))
        if not isinstance(value, str):
            self.problem(ProblemKind.WRONG_TYPE, _join(key, name), detail="text in quotes")
            return ""
        return value.strip()

    def integer(self, table: dict, key: str, name: str, first: int, last: int) -> int | None:
        if name not in table:
            return None
        value = table[name]
        if not isinstance(value, int) or isinstance(value, bool):
            self.problem(ProblemKind.WRONG_TYPE, _join(key, name), detail="a whole number")
            return None
        if not first <= value <= last:
            self.problem(
                ProblemKind.OUT_OF_RANGE, _join(key, name), found=value, first=first, last=last
            )
            return None
        return value

    def choice(self, table: dict, key: str, name: str, enum, default=None):
        if name not in table:
            if default is None:
                self.problem(ProblemKind.MISSING, _join(key, name))
            return default
        value = table[name]
        allowed = [member.value for member in enum]
        if value not in allowed:
            self.problem(
                ProblemKind.BAD_VALUE,
                _join(key, name),
                found=repr(value),
                detail=", ".join(allowed),
            )
            return default
        return enum(value)

    def text(self, table: dict, key: str, name: str, required: bool) -> Text:
        full = _join(key, name)
        if name not in table:
            if required:
                self.problem(
                    ProblemKind.MISSING_FALLBACK, _join(full, self.fallback), detail=self.fallback
                )
            return Text()
        values = self.table(table[name], full, LANGUAGE_CODES)
        texts = {}
        for code in LANGUAGE_CODES:
            if code in values:
                texts[code] = self.string(values, full, code)
        if (required or texts) and not texts.get(self.fallback):
            self.problem(
                ProblemKind.MISSING_FALLBACK, _join(full, self.fallback), detail=self.fallback
            )
        return Text({code: text for code, text in texts.items() if text})

    def source(self, table: dict, key: str) -> str:
        source = self.string(table, key, "source")
        if source and source not in self.sources:
            self.problem(ProblemKind.UNKNOWN_SOURCE, _join(key, "source"), found=repr(source))
        return source

    def ident(self, table: dict, key: str, seen: set[str]) -> str:
        value = self.string(table, key, "id", required=True)
        if "id" in table and not _ID.match(value):
            self.problem(
                ProblemKind.BAD_VALUE,
                _join(key, "id"),
                found=repr(value),
                detail="small letters, digits and _",
            )
        elif value in seen:
            self.problem(ProblemKind.DUPLICATE_ID, _join(key, "id"), found=repr(value))
        seen.add(value)
        return value

    def array(self, document: dict, name: str) -> list[tuple[str, dict]]:
        value = document.get(name, [])
        if not isinstance(value, list):
            self.problem(ProblemKind.WRONG_TYPE, name, detail=f"[[{name}]] tables")
            return []
        return [(f"{name}[{index}]", entry) for index, entry in enumerate(value)]

    # -- the parts of the plan ---------------------------------------------------
    def step(self, key: str, entry: dict, seen: set[str]) -> Step | None:
        table = self.table(entry, key, STEP_KEYS)
        if not table:
            return None
        step_id = self.ident(table, key, seen)
        phase = self.choice(table, key, "phase", Phase)
        when = self.choice(table, key, "when", When)
        days = self.integer(table, key, "days", 0, MAX_DAYS)
        first = last = None
        if when in _DATED and "days" not in table:
            self.problem(ProblemKind.MISSING, _join(key, "days"))
        if when is When.WINDOW:
            first, last = self.window(table, key)
        elif days is not None:
            first = days
        if (phase is Phase.BEFORE and when in _AFTER_ONLY) or (
            phase is Phase.AFTER and when in _BEFORE_ONLY
        ):
            allowed = _BEFORE_ONLY if phase is Phase.BEFORE else _AFTER_ONLY
            allowed_words = ", ".join(sorted(w.value for w in allowed | {When.AS_ADVISED}))
            self.problem(
                ProblemKind.BAD_VALUE,
                _join(key, "when"),
                found=repr(when.value),
                detail=allowed_words,
            )
        asks = table.get("asks_for_instructions", False)
        if not isinstance(asks, bool):
            self.problem(
                ProblemKind.WRONG_TYPE, _join(key, "asks_for_instructions"), detail="true or false"
            )
            asks = False
        source = self.source(table, key)
        title = self.text(table, key, "title", required=True)
        explanation = self.text(table, key, "explanation", required=False)
        if phase is None or when is None:
            return None
        return Step(step_id, phase, title, explanation, when, first, last, asks, source)

    def window(self, table: dict, key: str) -> tuple[int | None, int | None]:
        value = table.get("window")
        full = _join(key, "window")
        if value is None:
            self.problem(ProblemKind.MISSING, full)
            return None, None
        if (
            not isinstance(value, list)
            or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        ):
            self.problem(ProblemKind.WRONG_TYPE, full, detail="[first day, last day]")
            return None, None
        first, last = value
        if not 0 <= first <= last <= MAX_DAYS:
            self.problem(ProblemKind.OUT_OF_RANGE, full, found=value, first=0, last=MAX_DAYS)
            return None, None
        return first, last

    def stage(self, key: str, entry: dict, seen: set[str]) -> Stage | None:
        table = self.table(entry, key, STAGE_KEYS)
        if not table:
            return None
        return Stage(
            self.ident(table, key, seen),
            self.text(table, key, "title", required=True),
            self.text(table, key, "text", required=False),
            self.integer(table, key, "minutes", 0, MAX_STAGE_MINUTES),
            self.source(table, key),
        )

    def grouped(self, key: str, entry: dict, seen: set[str], known, name: str, enum):
        table = self.table(entry, key, known)
        if not table:
            return None
        item_id = self.ident(table, key, seen)
        group = self.choice(table, key, name, enum)
        source = self.source(table, key)
        text = self.text(table, key, "text", required=True)
        return None if group is None else (item_id, group, text, source)

    def reminders(self, document: dict) -> ReminderTimes:
        table = self.table(document.get("reminders", {}), "reminders", REMINDER_KEYS)
        hours = self.integer(table, "reminders", "hours_before_arrival", 0, MAX_HOURS_BEFORE)
        evening = ReminderTimes().evening_before
        raw = self.string(table, "reminders", "evening_before")
        if raw and not _CLOCK.match(raw):
            self.problem(
                ProblemKind.BAD_VALUE,
                "reminders.evening_before",
                found=repr(raw),
                detail="HH:MM, 24-hour",
            )
        elif raw:
            evening = time.fromisoformat(raw)
        return ReminderTimes(
            ReminderTimes().hours_before_arrival if hours is None else hours, evening
        )

    def document(self, document: dict) -> TeamPlan | None:
        for name in document:
            if name not in TOP_KEYS:
                self.problem(ProblemKind.UNKNOWN_KEY, name, detail=", ".join(TOP_KEYS))
        found = document.get("format")
        if found is None:
            self.problem(ProblemKind.NO_FORMAT, "format", known=FORMAT_VERSION)
        elif not isinstance(found, int) or isinstance(found, bool) or found < 1:
            self.problem(ProblemKind.WRONG_TYPE, "format", detail="a whole number")
        elif found > FORMAT_VERSION:
            # Keys of a newer format would all look unknown: say only this.
            self.problems = [
                Problem(
                    ProblemKind.NEWER_FORMAT,
                    "format",
                    self.line("format"),
                    {"found": str(found), "known": str(FORMAT_VERSION)},
                )
            ]
            return None
        self.fallback = self.string(document, "", "fallback_language") or "en"
        if self.fallback not in LANGUAGE_CODES:
            self.problem(
                ProblemKind.BAD_VALUE,
                "fallback_language",
                found=repr(self.fallback),
                detail=", ".join(LANGUAGE_CODES),
            )
            self.fallback = "en"
        sources = self.table(document.get("sources", {}), "sources", None)
        for name, value in sources.items():
            if isinstance(value, str):
                self.sources[name] = value
            else:
                self.problem(ProblemKind.WRONG_TYPE, f"sources.{name}", detail="text in quotes")
        procedure = self.table(document.get("procedure", {}), "procedure", ("name",))
        name = self.text(procedure, "procedure", "name", required=True)
        contacts_table = self.table(document.get("contacts", {}), "contacts", CONTACT_KEYS)
        contacts = Contacts(**{k: self.string(contacts_table, "contacts", k) for k in CONTACT_KEYS})
        instructions_table = self.table(
            document.get("instructions", {}), "instructions", INSTRUCTION_KEYS
        )
        instructions = Instructions(
            **{k: self.text(instructions_table, "instructions", k, False) for k in INSTRUCTION_KEYS}
        )
        reminders = self.reminders(document)
        step_ids: set[str] = set()
        steps = [self.step(k, e, step_ids) for k, e in self.array(document, "steps")]
        stage_ids: set[str] = set()
        stages = [self.stage(k, e, stage_ids) for k, e in self.array(document, "stages")]
        advice_ids: set[str] = set()
        advice = [
            self.grouped(k, e, advice_ids, ADVICE_KEYS, "group", AdviceGroup)
            for k, e in self.array(document, "advice")
        ]
        sign_ids: set[str] = set()
        signs = [
            self.grouped(k, e, sign_ids, SIGN_KEYS, "urgency", Urgency)
            for k, e in self.array(document, "warning_signs")
        ]
        if self.problems:
            return None
        return TeamPlan(
            procedure=name,
            fallback_language=self.fallback,
            contacts=contacts,
            instructions=instructions,
            reminders=reminders,
            steps=tuple(s for s in steps if s is not None),
            stages=tuple(s for s in stages if s is not None),
            advice=tuple(Advice(i, g, t, s) for i, g, t, s in filter(None, advice)),
            warning_signs=tuple(WarningSign(i, g, t, s) for i, g, t, s in filter(None, signs)),
            sources=self.sources,
        )


def _join(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")


def check_plan_text(text: str) -> tuple[TeamPlan | None, list[Problem]]:
    """The plan, or ``None`` and every problem found (never raises for bad content)."""
    import tomllib  # here: the built-in plan comes already read (plan/builtin.py)

    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = _TOML_LINE.search(message)
        line = int(match.group(1)) if match else None
        detail = _TOML_LINE.sub("", message).strip()
        return None, [Problem(ProblemKind.NOT_TOML, "", line, {"detail": detail})]
    return check_plan_document(document, text)


def check_plan_document(document: dict, text: str = "") -> tuple[TeamPlan | None, list[Problem]]:
    """Like :func:`check_plan_text` for a file ``tomllib`` has read into ``document``;
    ``text``, the file's text, gives each problem its line."""
    reader = _Reader(text)
    plan = reader.document(document)
    return plan, sorted(reader.problems, key=lambda p: p.line or 0)


def read_plan_text(text: str, name: str = "") -> TeamPlan:
    """The plan in ``text``; raises :class:`PlanFileError` listing every problem."""
    plan, problems = check_plan_text(text)
    if plan is None:
        raise PlanFileError(problems, name)
    return plan


def read_plan_file(path: Path) -> TeamPlan:
    """The plan in the file at ``path``; :class:`PlanFileError` for any problem."""
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise PlanFileError(
            [Problem(ProblemKind.UNREADABLE, "", None, {"detail": reason})], str(path)
        ) from None
    return read_plan_text(text, str(path))
