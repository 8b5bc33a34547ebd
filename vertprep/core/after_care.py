"""What to watch for after the procedure: recovery advice and warning signs.

From the CIRSE leaflet and the sourced facts in CARE_FACTS.md. Texts are marked
for translation and translated where shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "AfterCare"

RECOVERY: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "AfterCare",
        "Rest as your care team advises, with an adult staying with you.",
    ),
    QT_TRANSLATE_NOOP(
        "AfterCare",
        "Do not drive for a day or two, and never while you take strong (opioid) pain medicines.",
    ),
    QT_TRANSLATE_NOOP(
        "AfterCare",
        "Most people can return to their normal daily activities soon after. Your "
        "care team tells you what you may do and when.",
    ),
)

NEW_PAIN = QT_TRANSLATE_NOOP(
    "AfterCare",
    "If sudden new back pain starts, call your care team. A new spine MRI may be "
    "needed: because of osteoporosis, a new fracture can happen close to the treated "
    "vertebra or far from it.",
)

# Call the emergency number at once.
EMERGENCY_SIGNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("AfterCare", "Chest pain"),
    QT_TRANSLATE_NOOP("AfterCare", "Shortness of breath"),
    QT_TRANSLATE_NOOP("AfterCare", "Loss of control of your bladder or bowels"),
    QT_TRANSLATE_NOOP(
        "AfterCare",
        "New severe pain, numbness, tingling or weakness in your legs or arms",
    ),
)

# Call the care team the same day.
CALL_TEAM_SIGNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("AfterCare", "Fever of 38 °C (100.4 °F) or higher"),
    QT_TRANSLATE_NOOP(
        "AfterCare",
        "Redness, swelling or fluid coming from where the needle went in",
    ),
    QT_TRANSLATE_NOOP("AfterCare", "Pain that does not get better"),
)

BONE_HEALTH: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "AfterCare",
        "Take the osteoporosis medicine your doctor prescribes, for example denosumab (Prolia).",
    ),
    QT_TRANSLATE_NOOP("AfterCare", "Get enough calcium and vitamin D, as your doctor advises."),
    QT_TRANSLATE_NOOP("AfterCare", "Stay active with exercise on your feet, such as walking."),
    QT_TRANSLATE_NOOP(
        "AfterCare",
        "Make your home safer against falls: good light, no loose rugs, and "
        "handrails where you need them.",
    ),
    QT_TRANSLATE_NOOP(
        "AfterCare",
        "Have your bone density checked regularly. Most new fractures happen in the first year.",
    ),
)
