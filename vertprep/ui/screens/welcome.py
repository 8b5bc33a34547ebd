"""First screen: what the app is for, and the patient's details."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from vertprep.ui.background_reminders import BackgroundRemindersCard
from vertprep.ui.screens.base import Screen
from vertprep.ui.widgets.care_note import CareTeamNote
from vertprep.ui.widgets.details_form import DetailsForm
from vertprep.ui.widgets.labels import role_label
from vertprep.ui.widgets.language_chooser import LanguageChooser


class WelcomeScreen(Screen):
    """Explains the app in plain words and asks for the procedure details."""

    screen_id = "welcome"

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        # At the very top, above the title: read before anything else.
        self.language_chooser = LanguageChooser(session)
        self.body.insertWidget(0, self.language_chooser)
        self.intro = role_label()
        self.care_note = CareTeamNote()
        self.details_heading = role_label("heading")
        self.details_hint = role_label("muted")
        self.form = DetailsForm(session)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startButton")
        self.start_button.setProperty("role", "primary")
        self.start_button.clicked.connect(self._start)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        for widget in (self.intro, self.care_note, self.details_heading, self.details_hint):
            self.body.addWidget(widget)
        self.body.addWidget(self.form)
        # Asked at first start; also on the reminders screen, to change later.
        self.background_reminders = BackgroundRemindersCard(session)
        self.body.addWidget(self.background_reminders)
        self.body.addLayout(buttons)
        self.finish_layout()

    def _start(self) -> None:
        if not self.session.settings.onboarded:
            self.session.update_settings(onboarded=True)
        self.navigate_requested.emit("overview")

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Welcome"))
        self.intro.setText(
            self.tr(
                "This app helps you get ready for vertebroplasty, a treatment that puts "
                "bone cement into a vertebra broken by osteoporosis. It explains each "
                "step before the procedure, shows what happens on the day, and guides "
                "you through the weeks after it. It reminds you what is due and keeps "
                "your notes. Everything you enter stays on this computer."
            )
        )
        self.details_heading.setText(self.tr("Your details"))
        self.details_hint.setText(
            self.tr(
                "You can change these at any time. All dates in the app follow your procedure date."
            )
        )
        self.start_button.setText(self.tr("Start"))
