"""The checklist items before and after the procedure.

Texts are marked with ``QT_TRANSLATE_NOOP`` so that ``lupdate`` finds them; they
are translated where they are shown, with ``QCoreApplication.translate(CONTEXT, text)``.
Items are identified by ``id``, which never changes once released: progress is
stored under it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "CareContent"


class Phase(Enum):
    BEFORE = "before"
    AFTER = "after"


@dataclass(frozen=True)
class ChecklistItem:
    """One thing the patient does, due a number of days from the procedure date."""

    id: str
    phase: Phase
    title: str
    explanation: str
    due_offset_days: int
    # Items with a window (the follow-up consultation) open this many days after.
    window_start_days: int | None = None
    # Where the care team's own instructions belong, the note asks for them.
    asks_for_instructions: bool = False


BEFORE_ITEMS: tuple[ChecklistItem, ...] = (
    ChecklistItem(
        "consult_radiologist",
        Phase.BEFORE,
        QT_TRANSLATE_NOOP("CareContent", "See the interventional radiologist"),
        QT_TRANSLATE_NOOP(
            "CareContent",
            "The doctor who will treat you examines your back to find which broken "
            "vertebrae cause the pain, and plans the procedure with you. Bring your "
            "earlier scans and X-ray reports.",
        ),
        -14,
    ),
    ChecklistItem(
        "spine_imaging",
        Phase.BEFORE,
        QT_TRANSLATE_NOOP("CareContent", "Have a spine MRI, or a bone scan"),
        QT_TRANSLATE_NOOP(
            "CareContent",
            "An MRI scan of your spine shows which fractures need treatment. If you "
            "cannot have an MRI, for example because you have a pacemaker, you will "
            "have a bone scan or a CT scan instead.",
        ),
        -10,
    ),
    ChecklistItem(
        "blood_tests",
        Phase.BEFORE,
        QT_TRANSLATE_NOOP("CareContent", "Have the blood tests your team ordered"),
        QT_TRANSLATE_NOOP(
            "CareContent",
            "These often include a blood count and a test of how well your blood "
            "clots. A clotting problem or an infection can mean that the procedure "
            "is put off.",
        ),
        -7,
    ),
    ChecklistItem(
        "medicines_review",
        Phase.BEFORE,
        QT_TRANSLATE_NOOP("CareContent", "Go through your medicines with your care team"),
        QT_TRANSLATE_NOOP(
            "CareContent",
            "Make a list of all the medicines you take. Blood thinners (such as "
            "warfarin, apixaban, rivaroxaban, clopidogrel or aspirin), diabetes "
            "medicines and insulin need instructions from your care team. Never stop "
            "a medicine on your own. Write down what your team tells you.",
        ),
        -7,
        asks_for_instructions=True,
    ),
    ChecklistItem(
        "anaesthesia_consult",
        Phase.BEFORE,
        QT_TRANSLATE_NOOP("CareContent", "Anaesthesia consultation"),
        QT_TRANSLATE_NOOP(
            "CareContent",
            "A short talk with the anaesthetist a few days before the procedure. You "
            "will hear whether you will have local anaesthesia with medicine to relax "
            "you, or general anaesthesia, and you can ask about the risks.",
        ),
        -3,
    ),
    ChecklistItem(
        "allergies",
        Phase.BEFORE,
        QT_TRANSLATE_NOOP("CareContent", "Tell the team about any allergies"),
        QT_TRANSLATE_NOOP(
            "CareContent",
            "Tell your care team if you are allergic to contrast dye, local "
            "anaesthetics, antibiotics, bone cement or latex, and if you could be "
            "pregnant.",
        ),
        -3,
    ),
    ChecklistItem(
        "ride_home",
        Phase.BEFORE,
        QT_TRANSLATE_NOOP("CareContent", "Ask an adult to take you home"),
        QT_TRANSLATE_NOOP(
            "CareContent",
            "You must not drive after the procedure. Ask an adult to take you home and "
            "to stay with you afterwards.",
        ),
        -2,
    ),
    ChecklistItem(
        "fasting",
        Phase.BEFORE,
        QT_TRANSLATE_NOOP("CareContent", "Know when to stop eating and drinking"),
        QT_TRANSLATE_NOOP(
            "CareContent",
            "Hospitals have different rules for fasting before the procedure. Follow "
            "the instructions your care team gives you, and write them down here.",
        ),
        -1,
        asks_for_instructions=True,
    ),
    ChecklistItem(
        "what_to_bring",
        Phase.BEFORE,
        QT_TRANSLATE_NOOP("CareContent", "Pack what to bring"),
        QT_TRANSLATE_NOOP(
            "CareContent",
            "Your list of medicines, earlier scans and reports, your identity and "
            "insurance cards, glasses or hearing aids, and comfortable clothes.",
        ),
        -1,
    ),
)

AFTER_ITEMS: tuple[ChecklistItem, ...] = (
    ChecklistItem(
        "follow_up_consultation",
        Phase.AFTER,
        QT_TRANSLATE_NOOP("CareContent", "Follow-up consultation"),
        QT_TRANSLATE_NOOP(
            "CareContent",
            "One to four weeks after the procedure, your interventional radiologist "
            "checks that your pain has eased and that you are back to your daily "
            "activities.",
        ),
        28,
        window_start_days=7,
    ),
    ChecklistItem(
        "bone_health_plan",
        Phase.AFTER,
        QT_TRANSLATE_NOOP("CareContent", "Talk to your doctor about treating osteoporosis"),
        QT_TRANSLATE_NOOP(
            "CareContent",
            "The cement treats the fracture, not the osteoporosis behind it. Ask about "
            "medicine for your bones (such as denosumab, Prolia), calcium and vitamin "
            "D, exercise on your feet, and how to prevent falls.",
        ),
        28,
    ),
    ChecklistItem(
        "bone_review_3m",
        Phase.AFTER,
        QT_TRANSLATE_NOOP("CareContent", "Bone-health review after 3 months"),
        QT_TRANSLATE_NOOP(
            "CareContent",
            "See your doctor to check how your bone treatment is going.",
        ),
        91,
    ),
    ChecklistItem(
        "bone_review_12m",
        Phase.AFTER,
        QT_TRANSLATE_NOOP("CareContent", "Bone-health review after 12 months"),
        QT_TRANSLATE_NOOP(
            "CareContent",
            "New fractures are most common in the first year. Review your bone health "
            "with your doctor, with a bone density test if your doctor advises one.",
        ),
        365,
    ),
)

ALL_ITEMS: tuple[ChecklistItem, ...] = BEFORE_ITEMS + AFTER_ITEMS
ITEMS_BY_ID: dict[str, ChecklistItem] = {item.id: item for item in ALL_ITEMS}
