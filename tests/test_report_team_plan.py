"""The follow-up report follows the care team's plan, as the screens and the checklist
do: a step the team added and ticked is among the steps done, and a warning sign the
team added is named in the report's language."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from vertprep.core.check_ins import CheckInPoint
from vertprep.plan.model import Phase, Step, Text, Urgency, WarningSign, When
from vertprep.printing.language import PrintLanguage
from vertprep.printing.options import PrintOptions
from vertprep.report.content import ReportWriter
from vertprep.report.data import ReportData

TWO_WEEKS_AFTER = datetime(2026, 12, 24, 10, 0)  # the procedure is on 10 December
PILLOW = Step(
    "own_pillow",
    Phase.BEFORE,
    Text({"en": "Bring your own pillow", "de": "Eigenes Kissen mitbringen"}),
    Text({"en": "Your team asks for it."}),
    When.AS_ADVISED,
)
WOUND_HOT = WarningSign(
    "wound_hot",
    Urgency.CALL_TEAM,
    Text({"en": "The wound feels hot", "de": "Die Wunde fühlt sich heiß an"}),
)


@pytest.fixture
def team_session(scheduled_session, clock):
    team = scheduled_session.team_plan
    scheduled_session.use_team_plan(
        dataclasses.replace(
            team,
            steps=(*team.steps, PILLOW),
            warning_signs=(*team.warning_signs, WOUND_HOT),
        )
    )
    scheduled_session.set_done("own_pillow", True)
    clock.now = TWO_WEEKS_AFTER
    scheduled_session.record_check_in(CheckInPoint.WEEK_2, 3, {"wound_hot": True})
    return scheduled_session


def report_text(data: ReportData, code: str) -> str:
    writer = ReportWriter(data, PrintOptions(language=code), PrintLanguage(code))
    return " ".join(piece.body for piece in writer.pieces())


@pytest.mark.parametrize("source", ["session", "store"])
def test_the_report_shows_the_team_s_own_step_and_sign_in_its_language(team_session, source):
    if source == "session":
        data = ReportData.from_session(team_session)
    else:
        data = ReportData.from_store(team_session.store, TWO_WEEKS_AFTER.date())
    german = report_text(data, "de")
    assert "Eigenes Kissen mitbringen" in german
    assert "Die Wunde fühlt sich heiß an" in german
    assert "The wound feels hot" not in german
    english = report_text(data, "en")
    assert "Bring your own pillow" in english
    assert "The wound feels hot" in english
