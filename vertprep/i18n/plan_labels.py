"""Names of the parts of a care team's plan, shared by the screens, the Care team
screen and the printout: one translation each."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "PlanLabels"

INSTRUCTION_LABELS: dict[str, str] = {
    "fasting": QT_TRANSLATE_NOOP("PlanLabels", "Eating and drinking before the procedure"),
    "medicines": QT_TRANSLATE_NOOP("PlanLabels", "Your usual medicines"),
    "blood_thinners": QT_TRANSLATE_NOOP("PlanLabels", "Blood thinners"),
    "diabetes": QT_TRANSLATE_NOOP("PlanLabels", "Diabetes medicines and insulin"),
    "length_of_stay": QT_TRANSLATE_NOOP("PlanLabels", "How long you stay"),
}
CONTACT_LABELS: dict[str, str] = {
    "team_phone": QT_TRANSLATE_NOOP("PlanLabels", "Care team phone"),
    "emergency_number": QT_TRANSLATE_NOOP("PlanLabels", "Emergency number"),
    "hospital": QT_TRANSLATE_NOOP("PlanLabels", "Hospital or clinic"),
    "department": QT_TRANSLATE_NOOP("PlanLabels", "Department"),
    "address": QT_TRANSLATE_NOOP("PlanLabels", "Address"),
    "hours": QT_TRANSLATE_NOOP("PlanLabels", "Opening hours"),
}
# In the warning signs, on screen and on paper, when the team's plan gives the number.
EMERGENCY_LINE = QT_TRANSLATE_NOOP("PlanLabels", "Emergency number: {number}")
INSTRUCTIONS_HEADING = QT_TRANSLATE_NOOP("PlanLabels", "Your care team's instructions")
# Above the day's stages, on screen and on paper: timed by the team, or in order only.
DAY_TIMED = QT_TRANSLATE_NOOP(
    "PlanLabels",
    "The times are your care team's estimates, counted from your arrival time. Your "
    "care team tells you if they change.",
)
DAY_IN_ORDER = QT_TRANSLATE_NOOP(
    "PlanLabels",
    "The stages come in this order. Your care team tells you the times, and how long you stay.",
)

# The After part's headings, on the screen and on paper.
AFTER_HEADINGS: dict[str, str] = {
    "warning_signs": QT_TRANSLATE_NOOP("PlanLabels", "Warning signs"),
    "emergency_intro": QT_TRANSLATE_NOOP(
        "PlanLabels", "Call your emergency number now if you have:"
    ),
    "team_intro": QT_TRANSLATE_NOOP("PlanLabels", "Call your care team the same day if you have:"),
    "first_days": QT_TRANSLATE_NOOP("PlanLabels", "The first days"),
    "follow_up": QT_TRANSLATE_NOOP("PlanLabels", "Follow-up"),
    "new_pain": QT_TRANSLATE_NOOP("PlanLabels", "Sudden new back pain"),
    "bone_health": QT_TRANSLATE_NOOP("PlanLabels", "Long-term bone health"),
}


def label(text: str, catalog=None) -> str:
    """One of the labels above in the app's language, or the catalog's."""
    if catalog is None:
        return QCoreApplication.translate(CONTEXT, text)
    return catalog.tr(CONTEXT, text)
