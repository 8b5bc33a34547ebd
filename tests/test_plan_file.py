"""The plan file: what a nurse writes is read back exactly, and every mistake in it is
refused with its line, its key and the reason, all at once."""

from __future__ import annotations

import tomllib
from datetime import time

import pytest

from vertprep.plan.model import FORMAT_VERSION, Phase, TeamPlan, Text, When
from vertprep.plan.problems import PlanFileError, ProblemKind
from vertprep.plan.reader import check_plan_text, read_plan_file, read_plan_text
from vertprep.plan.writer import toml_string, write_plan_text

GOOD = """\
format = 1
fallback_language = "en"

[procedure]
name.en = "Vertebroplasty"

[contacts]
team_phone = "+41 22 123 45 67"

[instructions]
fasting.en = "Nothing to eat from midnight; clear water until 6:00."
fasting.de = "Ab Mitternacht nichts essen; klares Wasser bis 6:00 Uhr."

[reminders]
hours_before_arrival = 3
evening_before = "19:30"

[[steps]]
id = "parking"
phase = "before"
when = "days_before"
days = 2
title.en = "Book a parking space"
title.de = "Einen Parkplatz reservieren"

[[stages]]
id = "arrival"
minutes = 0
title.en = "Arrive at ward 4"
"""


def line_with(text: str, fragment: str, occurrence: int = 0) -> int:
    """The 1-based line of the ``occurrence``-th line containing ``fragment``."""
    found = [n for n, line in enumerate(text.splitlines(), 1) if fragment in line]
    return found[occurrence]


def problems_of(text: str) -> list[tuple[ProblemKind, str, int | None]]:
    plan, problems = check_plan_text(text)
    assert plan is None
    return [(p.kind, p.key, p.line) for p in problems]


def test_a_nurses_file_is_read_as_written():
    plan = read_plan_text(GOOD)
    assert plan.contacts.team_phone == "+41 22 123 45 67"
    assert plan.instructions.fasting.values["de"].startswith("Ab Mitternacht")
    assert plan.reminders.hours_before_arrival == 3
    assert plan.reminders.evening_before == time(19, 30)
    (step,) = plan.steps
    assert (step.id, step.phase, step.when, step.days) == ("parking", Phase.BEFORE,
                                                           When.DAYS_BEFORE, 2)  # fmt: skip
    assert step.title.in_language("de", "en") == ("Einen Parkplatz reservieren", "de")
    # Written only in English: a German screen shows the English, and knows it.
    assert plan.stages[0].title.in_language("de", "en") == ("Arrive at ward 4", "en")
    assert plan.stages[0].minutes == 0


def test_written_plans_read_back_unchanged():
    plan = read_plan_text(GOOD)
    written = write_plan_text(plan)
    assert read_plan_text(written) == plan
    assert write_plan_text(read_plan_text(written)) == written


@pytest.mark.parametrize(
    "value",
    [
        "plain",
        'quote " and \\ backslash',
        "tab\tnew\nline",
        "bell\x07",
        "日本 العربية",
        "",
        "'",
        "nul\x00 bs\b ff\f cr\r us\x1f del\x7f",
    ],
)
def test_strings_are_written_as_toml_reads_them(value):
    assert tomllib.loads(f"x = {toml_string(value)}")["x"] == value


def test_a_typo_in_a_key_is_not_ignored():
    text = GOOD.replace("team_phone =", "team_phnoe =")
    line = line_with(text, "team_phnoe")
    assert problems_of(text) == [(ProblemKind.UNKNOWN_KEY, "contacts.team_phnoe", line)]


def test_every_problem_is_reported_with_its_line():
    text = (
        GOOD.replace('title.en = "Book a parking space"\n', "").replace("days = 2", "days = 9999")
        + '\n[[steps]]\nid = "parking"\nphase = "before"\nwhen = "consultation"\ntitle.en = "x"\n'
    )
    text = text.replace("minutes = 0", "minutes = -5")
    found = problems_of(text)
    days = line_with(text, "days = 9999")
    assert (ProblemKind.OUT_OF_RANGE, "steps[0].days", days) in found
    # No English title: pointed at the German one, the nearest line of that title.
    title = line_with(text, "title.de")
    assert (ProblemKind.MISSING_FALLBACK, "steps[0].title.en", title) in found
    minutes = line_with(text, "minutes = -5")
    assert (ProblemKind.OUT_OF_RANGE, "stages[0].minutes", minutes) in found
    second_id = line_with(text, 'id = "parking"', 1)
    assert (ProblemKind.DUPLICATE_ID, "steps[1].id", second_id) in found
    assert len(found) == 4
    messages = [p.describe() for p in check_plan_text(text)[1]]
    assert f"line {days}, steps[0].days: 9999 is out of range: from 0 to 730" in messages


def test_a_newer_format_is_refused_alone():
    text = GOOD.replace("format = 1", f"format = {FORMAT_VERSION + 1}") + "new_thing = 1\n"
    (problem,) = check_plan_text(text)[1]
    assert problem.kind is ProblemKind.NEWER_FORMAT
    assert "install the newer vertprep" in problem.describe()


def test_not_toml_is_refused_with_its_line():
    (problem,) = check_plan_text(GOOD + "\n[[steps]\n")[1]
    assert problem.kind is ProblemKind.NOT_TOML
    assert problem.line == GOOD.count("\n") + 2


def test_wrong_values_name_what_is_allowed():
    text = GOOD.replace('phase = "before"', 'phase = "befor"').replace(
        'evening_before = "19:30"', 'evening_before = "7pm"'
    )
    found = {p.key: p.describe() for p in check_plan_text(text)[1]}
    assert "allowed: before, after" in found["steps[0].phase"]
    assert "HH:MM" in found["reminders.evening_before"]


def test_a_step_before_cannot_be_timed_after():
    text = GOOD.replace('when = "days_before"', 'when = "days_after"')
    line = line_with(text, "days_after")
    assert problems_of(text) == [(ProblemKind.BAD_VALUE, "steps[0].when", line)]


def test_an_unreadable_file_is_a_plan_file_error(tmp_path):
    path = tmp_path / "plan.toml"
    path.write_bytes(b"\xff\xfe not utf-8")
    with pytest.raises(PlanFileError) as caught:
        read_plan_file(path)
    assert caught.value.problems[0].kind is ProblemKind.UNREADABLE


def test_text_falls_back_to_the_plans_language():
    text = Text({"en": "Hello", "de": "Hallo"})
    assert text.in_language("de", "en") == ("Hallo", "de")
    assert text.in_language("ar", "en") == ("Hello", "en")
    assert text.with_language("de", " ").values == {"en": "Hello"}
    assert not Text()
    assert isinstance(read_plan_text(GOOD), TeamPlan)


def test_a_step_moves_only_among_the_steps_of_its_phase(qapp):
    from vertprep.plan.builtin import builtin_plan
    from vertprep.plan.editing import moved_step

    plan = builtin_plan()
    before = [s.id for s in plan.phase(Phase.BEFORE)]
    moved = moved_step(plan, before[1], -1)
    assert [s.id for s in moved.phase(Phase.BEFORE)][:2] == [before[1], before[0]]
    # The last step before the procedure does not jump into the steps after it.
    assert moved_step(plan, before[-1], +1) == plan
    assert moved_step(plan, before[0], -1) == plan
