"""The warning signs a check-in asks about, and the numbers to call.

One small accessor over the care team's plan (its warning signs in their two urgency
groups), so that a check-in asks what the After screen and the printout show.
"""

from __future__ import annotations

from vertprep.core.check_ins import Urgency, WarningSign
from vertprep.core.model import Profile
from vertprep.plan.model import TeamPlan
from vertprep.plan.model import Urgency as PlanUrgency

CONTEXT = "PlanWords"  # signs are the plan's words, not in the .ts files
_URGENCY = {PlanUrgency.EMERGENCY: Urgency.EMERGENCY, PlanUrgency.CALL_TEAM: Urgency.SAME_DAY}


def _plan(plan: TeamPlan | None) -> TeamPlan:
    if plan is not None:
        return plan
    from vertprep.plan.builtin import builtin_plan

    return builtin_plan()


def warning_signs(plan: TeamPlan | None = None) -> list[WarningSign]:
    """Every warning sign of the plan (the built-in one by default), emergency ones
    first. ``text`` is the sign in the plan's fallback language, as a check-in stores it."""
    plan = _plan(plan)
    signs = []
    for urgency, group in plan.warning_signs_by_urgency().items():
        for sign in group:
            text = sign.text.in_language(plan.fallback_language, plan.fallback_language)[0]
            signs.append(WarningSign(sign.id, text, _URGENCY[urgency], CONTEXT))
    return signs


def sign_text(text: str, translate, plan: TeamPlan | None = None) -> str:
    """A sign's stored text in ``translate``'s language: ``translate`` is
    ``QCoreApplication.translate`` (the app's language), a catalog's ``tr``, or a
    printout writer's ``text_in`` (its language)."""
    from vertprep.i18n.plan_words import words

    plan = _plan(plan)
    for sign in plan.warning_signs:
        if text in sign.text.values.values():
            owner = getattr(translate, "__self__", None)
            catalog = getattr(owner, "lang", owner)
            if getattr(catalog, "code", None) is None:
                catalog = None  # the app's own language
            return words(sign.text, plan, catalog)
    return text  # a sign no plan has any more: as it was asked


def emergency_number(profile: Profile) -> str:
    """The emergency number where the patient lives, or "" when none is known.

    Nothing is guessed: a wrong number is worse than "your emergency number".
    """
    return profile.emergency_phone.strip()
