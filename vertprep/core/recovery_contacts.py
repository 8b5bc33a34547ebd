"""The warning signs a check-in asks about, and the numbers to call.

One small accessor, so that when the care team's plan (warning signs, team phone,
emergency number) and several patients arrive, only these functions change.
"""

from __future__ import annotations

from vertprep.core import after_care
from vertprep.core.check_ins import Urgency, WarningSign
from vertprep.core.model import Profile

# Stable ids for the signs of after_care, in their order there.
_EMERGENCY_IDS = ("chest_pain", "short_of_breath", "bladder_bowels", "legs_arms")
_SAME_DAY_IDS = ("fever", "wound", "pain_not_better")


def warning_signs() -> list[WarningSign]:
    """Every warning sign, emergency ones first."""
    signs = [
        WarningSign(sign_id, text, Urgency.EMERGENCY, after_care.CONTEXT)
        for sign_id, text in zip(_EMERGENCY_IDS, after_care.EMERGENCY_SIGNS, strict=True)
    ]
    signs += [
        WarningSign(sign_id, text, Urgency.SAME_DAY, after_care.CONTEXT)
        for sign_id, text in zip(_SAME_DAY_IDS, after_care.CALL_TEAM_SIGNS, strict=True)
    ]
    return signs


def sign_text(text: str, translate) -> str:
    """A sign's source text as stored with a check-in, in ``translate``'s language."""
    return translate(after_care.CONTEXT, text)


def team_phone(profile: Profile) -> str:
    """The care team's phone number, or "" when the patient has not entered it."""
    return profile.phone.strip()


def emergency_number(profile: Profile) -> str:
    """The emergency number where the patient lives, or "" when none is known.

    Nothing is guessed: a wrong number is worse than "your emergency number".
    """
    return profile.emergency_phone.strip()
