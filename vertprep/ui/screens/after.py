"""After the procedure: recovery, follow-up, bone health and warning signs, all from
the care team's plan."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout

from vertprep.i18n.bidi import phone_on_screen
from vertprep.i18n.plan_labels import AFTER_HEADINGS, EMERGENCY_LINE, label
from vertprep.i18n.plan_words import words
from vertprep.plan.model import AdviceGroup, Phase, Urgency
from vertprep.ui.screens.before import ChecklistScreen
from vertprep.ui.widgets.bullets import BulletList
from vertprep.ui.widgets.care_note import CareTeamNote
from vertprep.ui.widgets.labels import role_label


class WarningSignsBox(QFrame):
    """The signs that need urgent help, with the care team's number beside them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setProperty("role", "alert")
        self.setObjectName("warningSigns")
        layout = QVBoxLayout(self)
        self.heading = role_label("title")
        self.heading.setObjectName("warningSignsTitle")
        # Each group has a heading of its own that says how urgent it is.
        self.emergency_intro = role_label("heading")
        self.emergency_intro.setObjectName("emergencyHeading")
        self.emergency = BulletList()
        self.team_intro = role_label("heading")
        self.team_intro.setObjectName("sameDayHeading")
        self.team = BulletList()
        self.emergency_number = role_label("heading")
        self.emergency_number.setObjectName("emergencyNumber")
        self.phone = role_label("heading", selectable=True)  # to copy into a phone
        self.phone.setObjectName("careTeamPhone")
        for widget in (
            self.heading, self.emergency_intro, self.emergency, self.emergency_number,
            self.team_intro, self.team, self.phone,
        ):  # fmt: skip
            layout.addWidget(widget)


class AfterScreen(ChecklistScreen):
    """The weeks after: what to do, the follow-up dates, and when to get help."""

    screen_id = "after"
    phase = Phase.AFTER

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.care_note = CareTeamNote()
        self.warning_box = WarningSignsBox()
        self.recovery_heading = role_label("heading")
        self.recovery = BulletList()
        self.follow_up_heading = role_label("heading")
        self.new_pain_heading = role_label("heading")
        self.new_pain = BulletList(bullets=False)
        self.bone_heading = role_label("heading")
        self.bone_health = BulletList()
        self.body.addWidget(self.care_note)
        self.body.addWidget(self.warning_box)
        self.body.addWidget(self.recovery_heading)
        self.body.addWidget(self.recovery)
        self.body.addWidget(self.follow_up_heading)
        self.add_rows()
        for widget in (self.new_pain_heading, self.new_pain, self.bone_heading, self.bone_health):
            self.body.addWidget(widget)
        self.finish_layout()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("After the procedure"))
        box = self.warning_box
        box.heading.setText(label(AFTER_HEADINGS["warning_signs"]))
        box.setAccessibleName(box.heading.text())  # a screen reader names the box
        box.emergency_intro.setText(label(AFTER_HEADINGS["emergency_intro"]))
        box.team_intro.setText(label(AFTER_HEADINGS["team_intro"]))
        self.recovery_heading.setText(label(AFTER_HEADINGS["first_days"]))
        self.follow_up_heading.setText(label(AFTER_HEADINGS["follow_up"]))
        self.new_pain_heading.setText(label(AFTER_HEADINGS["new_pain"]))
        self.bone_heading.setText(label(AFTER_HEADINGS["bone_health"]))
        self.refresh()

    def refresh(self) -> None:
        super().refresh()
        team = self.session.team_plan
        signs = team.warning_signs_by_urgency()
        self.warning_box.emergency.set_texts(
            [words(s.text, team) for s in signs[Urgency.EMERGENCY]]
        )
        self.warning_box.team.set_texts([words(s.text, team) for s in signs[Urgency.CALL_TEAM]])
        for widget, group in (
            (self.recovery, AdviceGroup.RECOVERY),
            (self.new_pain, AdviceGroup.NEW_PAIN),
            (self.bone_health, AdviceGroup.BONE_HEALTH),
        ):
            widget.set_texts([words(a.text, team) for a in team.advice_in(group)])
        emergency = self.session.emergency_number()
        self.warning_box.emergency_number.setVisible(bool(emergency))
        self.warning_box.emergency_number.setText(
            label(EMERGENCY_LINE).format(number=phone_on_screen(emergency))
        )
        phone = self.session.team_phone()
        if phone:
            text = self.tr("Your care team: {phone}").format(phone=phone_on_screen(phone))
        else:
            text = self.tr(
                "Add your care team's phone number on the Welcome screen so it shows here."
            )
        self.warning_box.phone.setText(text)
