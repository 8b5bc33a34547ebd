"""The built-in plan: ``resources/plans/vertebroplasty.toml``, shipped with the app.

It holds only what the sources support (each element names its source key) and
no clock time or due day: those come from the patient's own care team.
"""

from __future__ import annotations

from functools import cache

from vertprep.plan.model import TeamPlan
from vertprep.plan.reader import check_plan_document, read_plan_text

BUILTIN_PLAN = "plans/vertebroplasty.toml"


def builtin_plan_text() -> str:
    from vertprep import resources  # QtCore only: the file is in the compiled resources

    return resources.read_text(BUILTIN_PLAN)


@cache
def builtin_plan() -> TeamPlan:
    """The plan a patient has until their care team's plan is imported."""
    # As ``tomllib`` read the file when the package was built (resources/build.py, whose
    # --check says when it is stale): parsing 57 KB of TOML took ~6 ms of every start
    # and printout. Checked like any plan; the file itself is read only if a problem
    # needs its line (a problem is never shipped: tests check).
    from vertprep.plan._builtin_document import DOCUMENT

    plan, _problems = check_plan_document(DOCUMENT)
    return plan if plan is not None else read_plan_text(builtin_plan_text(), BUILTIN_PLAN)
