"""What vertebroplasty is and is not, its benefits and risks: the words come from the
care team's plan (the built-in one follows the CIRSE leaflet)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout

from vertprep.i18n.plan_words import words
from vertprep.plan.model import AdviceGroup
from vertprep.ui.screens.base import Screen
from vertprep.ui.widgets.bullets import BulletList
from vertprep.ui.widgets.care_note import CareTeamNote
from vertprep.ui.widgets.illustration import Illustration
from vertprep.ui.widgets.labels import role_label


class AboutScreen(Screen):
    """Explains the procedure with two pictures: the fracture, then the cement."""

    screen_id = "about"

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.what_heading = role_label("heading")
        self.what_text = BulletList(bullets=False)
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
        # From the care team's plan (also on the printout): "not done preventively".
        self.limits = BulletList(bullets=False)
        self.how_heading = role_label("heading")
        self.how_text = BulletList(bullets=False)
        self.benefits_heading = role_label("heading")
        self.benefits_text = BulletList(bullets=False)  # and "no treatment is certain"
        self.risks_heading = role_label("heading")
        self.risks_intro = role_label(selectable=True)
        self.risks = BulletList()
        self.source = role_label("caption")
        self.care_note = CareTeamNote()

        self.body.addWidget(self.care_note)
        self.body.addWidget(self.what_heading)
        self.body.addWidget(self.what_text)
        self.body.addLayout(pictures)
        for widget in (
            self.not_heading,
            self.limits,
            self.how_heading,
            self.how_text,
            self.benefits_heading,
            self.benefits_text,
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
        self.fracture_caption.setText(self.tr("1. A vertebra broken by osteoporosis"))
        self.cement_caption.setText(
            self.tr("2. Cement, injected through a needle, fills the break")
        )
        self.fracture_picture.setAccessibleName(self.fracture_caption.text())
        self.cement_picture.setAccessibleName(self.cement_caption.text())
        self.not_heading.setText(self.tr("What it does not do"))
        self.how_heading.setText(self.tr("How it is done"))
        self.benefits_heading.setText(self.tr("Benefits"))
        self.risks_heading.setText(self.tr("Risks"))
        self.risks_intro.setText(
            self.tr("Serious side effects happen in fewer than 1 in 200 patients. They include:")
        )
        self.source.setText(self.tr("Source: CIRSE patient information, cirse.org/patients"))
        self.refresh()

    def refresh(self) -> None:
        team = self.session.team_plan
        for widget, group in (
            (self.what_text, AdviceGroup.ABOUT),
            (self.limits, AdviceGroup.LIMITS),
            (self.how_text, AdviceGroup.HOW),
            (self.benefits_text, AdviceGroup.BENEFITS),
            (self.risks, AdviceGroup.RISKS),
        ):
            widget.set_texts([words(a.text, team) for a in team.advice_in(group)])
