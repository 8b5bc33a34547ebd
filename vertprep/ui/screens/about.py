"""What vertebroplasty is and is not, its benefits and risks (CIRSE leaflet)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QGridLayout

from vertprep.ui.screens.base import Screen
from vertprep.ui.widgets.bullets import BulletList
from vertprep.ui.widgets.care_note import CareTeamNote
from vertprep.ui.widgets.illustration import Illustration
from vertprep.ui.widgets.labels import role_label

RISKS = (
    QT_TRANSLATE_NOOP(
        "AboutScreen",
        "The usual risks of anaesthesia, which you can discuss with the anaesthetist.",
    ),
    QT_TRANSLATE_NOOP(
        "AboutScreen", "Injury to nearby organs, such as the lungs, muscles or nerves."
    ),
    QT_TRANSLATE_NOOP(
        "AboutScreen",
        "Cement leaking out of the vertebra, which is dangerous if it reaches the spinal canal.",
    ),
    QT_TRANSLATE_NOOP(
        "AboutScreen", "Rarely, cement travelling to the lungs through the veins around the spine."
    ),
    QT_TRANSLATE_NOOP("AboutScreen", "Rarely, an infection where the vertebra was treated."),
)


class AboutScreen(Screen):
    """Explains the procedure with two pictures: the fracture, then the cement."""

    screen_id = "about"

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.what_heading = role_label("heading")
        self.what_text = role_label(selectable=True)
        pictures = QGridLayout()
        self.fracture_picture = Illustration("vertebra_fracture")
        self.cement_picture = Illustration("vertebra_cement")
        self.fracture_caption = role_label("caption")
        self.cement_caption = role_label("caption")
        for column, (picture, caption) in enumerate(
            (
                (self.fracture_picture, self.fracture_caption),
                (self.cement_picture, self.cement_caption),
            )
        ):
            pictures.addWidget(picture, 0, column)
            pictures.addWidget(caption, 1, column, Qt.AlignmentFlag.AlignTop)
        self.not_heading = role_label("heading")
        self.not_fracture = role_label(selectable=True)
        self.not_preventive = role_label(selectable=True)
        self.how_heading = role_label("heading")
        self.how_text = role_label(selectable=True)
        self.benefits_heading = role_label("heading")
        self.benefits_text = role_label(selectable=True)
        self.no_guarantee = role_label(selectable=True)
        self.risks_heading = role_label("heading")
        self.risks_intro = role_label(selectable=True)
        self.risks = BulletList("AboutScreen", RISKS)
        self.source = role_label("caption")
        self.care_note = CareTeamNote()

        self.body.addWidget(self.care_note)
        self.body.addWidget(self.what_heading)
        self.body.addWidget(self.what_text)
        self.body.addLayout(pictures)
        for widget in (
            self.not_heading,
            self.not_fracture,
            self.not_preventive,
            self.how_heading,
            self.how_text,
            self.benefits_heading,
            self.benefits_text,
            self.no_guarantee,
            self.risks_heading,
            self.risks_intro,
            self.risks,
            self.source,
        ):
            self.body.addWidget(widget)
        self.finish_layout()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("About the procedure"))
        self.what_heading.setText(self.tr("What is vertebroplasty?"))
        self.what_text.setText(
            self.tr(
                "Osteoporosis makes bones thin, so a vertebra (a bone of the spine) can "
                "break even after a small knock. This is painful, above all when you move. "
                "In vertebroplasty, the doctor injects bone cement through a needle into the "
                "broken vertebra. The cement hardens within a few minutes and holds the "
                "broken pieces together, like a cast on a broken arm."
            )
        )
        self.fracture_caption.setText(self.tr("1. A vertebra broken by osteoporosis"))
        self.cement_caption.setText(
            self.tr("2. Cement, injected through a needle, fills the break")
        )
        self.fracture_picture.setAccessibleName(self.fracture_caption.text())
        self.cement_picture.setAccessibleName(self.cement_caption.text())
        self.not_heading.setText(self.tr("What it does not do"))
        self.not_fracture.setText(
            self.tr(
                "It treats the fracture, not the osteoporosis that caused it. Talk to your "
                "doctor about long-term treatment for your bones."
            )
        )
        self.not_preventive.setText(
            self.tr(
                "It is not done to prevent fractures. In a spine with no fracture, the "
                "procedure is not recommended, because it has risks."
            )
        )
        self.how_heading.setText(self.tr("How it is done"))
        self.how_text.setText(
            self.tr(
                "You lie on your stomach in a room with an X-ray machine. You have local "
                "anaesthesia with medicine to relax you, or general anaesthesia. Guided by "
                "X-rays, the doctor places one or two needles in each broken vertebra "
                "through cuts of 3 to 4 mm, and injects a few millilitres of cement."
            )
        )
        self.benefits_heading.setText(self.tr("Benefits"))
        self.benefits_text.setText(
            self.tr(
                "The pain usually eases quickly and you can move more easily. There are no "
                "large scars. Most people walk again 3 to 6 hours afterwards and go home "
                "the same day."
            )
        )
        self.no_guarantee.setText(
            self.tr("No treatment is certain to work: some people improve a lot, others less.")
        )
        self.risks_heading.setText(self.tr("Risks"))
        self.risks_intro.setText(
            self.tr("Serious side effects happen in fewer than 1 in 200 patients. They include:")
        )
        self.source.setText(self.tr("Source: CIRSE patient information, cirse.org/patients"))
