"""The built-in plan: every statement traceable to a source, no time nobody entered,
every text in all six languages, and the content points of the review fixed."""

from __future__ import annotations

from pathlib import Path

import pytest
from i18n_support import placeholders

from vertprep.i18n.languages import LANGUAGES
from vertprep.plan.builtin import BUILTIN_PLAN, builtin_plan, builtin_plan_text
from vertprep.plan.model import AdviceGroup, Phase, When
from vertprep.plan.reader import read_plan_file, read_plan_text
from vertprep.plan.writer import write_plan_text

# Read from the source tree at collection, so that each element is a test of its own
# and the run lists every text with its source key.
SHIPPED = read_plan_file(Path(__file__).resolve().parent.parent / "resources" / BUILTIN_PLAN)
ELEMENTS = [*SHIPPED.steps, *SHIPPED.stages, *SHIPPED.advice, *SHIPPED.warning_signs]


@pytest.fixture(scope="module")
def plan(qapp):
    return builtin_plan()


def elements(plan):
    return [*plan.steps, *plan.stages, *plan.advice, *plan.warning_signs]


@pytest.mark.parametrize(
    "element", ELEMENTS, ids=[f"{type(e).__name__} {e.id} <- {e.source}" for e in ELEMENTS]
)
def test_every_text_names_its_source(element):
    assert element.source, "no source key"
    where = SHIPPED.sources[element.source]
    # Each listed source says where it comes from: the seeds or CARE_FACTS.md.
    assert "shared/seeds/" in where or "CARE_FACTS.md" in where


def test_the_shipped_file_is_the_one_the_app_reads(plan):
    assert plan == SHIPPED
    assert len(ELEMENTS) == len(elements(plan))


def test_no_clock_time_or_due_day_that_no_source_gives(plan):
    assert all(stage.minutes is None for stage in plan.stages)
    assert not plan.timed
    dated = [(s.id, s.when, s.days, s.last_day) for s in plan.steps if s.days is not None]
    # Only the leaflet's "1-4 weeks after" follow-up consultation has days.
    assert dated == [("follow_up_consultation", When.WINDOW, 7, 28)]
    before = {s.id: s.when for s in plan.phase(Phase.BEFORE)}
    assert set(before.values()) <= {When.CONSULTATION, When.BEFORE_PROCEDURE}
    # Medicines and allergies belong to the first consultation, and come first.
    assert before["medicines_review"] is When.CONSULTATION
    assert before["allergies"] is When.CONSULTATION
    assert list(before)[:3] == ["consult_radiologist", "medicines_review", "allergies"]


def test_every_text_is_in_all_six_languages(plan):
    missing = [
        f"{key} [{code}]"
        for key, text in plan.texts()
        for code in LANGUAGES
        if not text.values.get(code)
    ]
    assert missing == []
    # No placeholders in content, and no language copied from English by mistake.
    for key, text in plan.texts():
        assert all(placeholders(value) == [] for value in text.values.values()), key
        if key != "procedure.name":
            assert text.values["de"] != text.values["en"], key


def test_content_points_of_the_review(plan):
    new_pain = plan.advice_in(AdviceGroup.NEW_PAIN)[0].text.values
    assert "A new spine MRI will be needed" in new_pain["en"]
    assert "may be needed" not in new_pain["en"]
    limits = " ".join(a.text.values["en"] for a in plan.advice_in(AdviceGroup.LIMITS))
    assert "It is not done to prevent fractures" in limits
    medicines = plan.step("medicines_review").explanation.values["zh_TW"]
    assert "抗凝血劑或抗血小板藥物" in medicines
    signs = plan.warning_signs_by_urgency()
    assert [len(group) for group in signs.values()] == [4, 3]


def test_the_shipped_file_is_as_the_writer_writes_it(plan):
    # One canonical form: export of the built-in plan gives the file itself.
    assert write_plan_text(read_plan_text(builtin_plan_text())) == builtin_plan_text()


def test_the_shipped_document_is_the_plan_file_as_read_now():
    # The built-in plan is read from the document resources/build.py wrote: after a
    # change to the plan file, a stale document must not be shipped.
    import tomllib

    from vertprep.plan._builtin_document import DOCUMENT

    source = Path(__file__).resolve().parent.parent / "resources" / BUILTIN_PLAN
    assert tomllib.loads(source.read_text(encoding="utf-8")) == DOCUMENT


def test_the_built_in_plan_is_the_same_read_either_way(qapp):
    builtin_plan.cache_clear()
    assert builtin_plan() == read_plan_text(builtin_plan_text()) == SHIPPED


def test_a_document_with_a_problem_is_not_trusted_the_file_is_read(qapp, monkeypatch):
    import vertprep.plan._builtin_document as shipped

    broken = dict(shipped.DOCUMENT, format="one")
    monkeypatch.setattr(shipped, "DOCUMENT", broken)
    builtin_plan.cache_clear()
    try:
        assert builtin_plan() == SHIPPED
    finally:
        builtin_plan.cache_clear()
