"""The procedure day: the care team's stages in order, timed only as the team says."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from vertprep.core.timeline import current_stage_index, timed_stages
from vertprep.i18n.bidi import on_screen
from vertprep.i18n.formatting import clock_time, long_date
from vertprep.i18n.plan_labels import DAY_IN_ORDER, DAY_TIMED, label
from vertprep.i18n.plan_words import origin_note, words
from vertprep.ui.screens.base import Screen
from vertprep.ui.widgets.care_note import CareTeamNote
from vertprep.ui.widgets.labels import role_label, set_status
from vertprep.ui.widgets.layouts import clear_layout
from vertprep.ui.widgets.team_instructions import TeamInstructions


class StageCard(QFrame):
    """One stage: its approximate time, what happens, and "Now" while under way."""

    def __init__(self, stage_id: str, parent=None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setObjectName(f"stage_{stage_id}")
        # Wraps too ("ungefähr" above "07:45"): beside a long unbreakable word in a
        # narrow window, a time kept on one line would push the card wider than the view.
        self.time_label = role_label("heading")
        self.time_label.setObjectName("stageTime")
        self.now_label = role_label()
        self.now_label.setObjectName("stageNow")
        set_status(self.now_label, "due_today")
        self.title = role_label("heading")
        self.explanation = role_label()
        self.origin = role_label("muted")  # "Your care team wrote this in English."
        text = QVBoxLayout()
        text.addWidget(self.now_label)
        text.addWidget(self.title)
        text.addWidget(self.explanation)
        text.addWidget(self.origin)
        layout = QHBoxLayout(self)
        layout.addWidget(self.time_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)

    def set_current(self, current: bool) -> None:
        self.setProperty("current", "true" if current else "false")
        self.style().unpolish(self)
        self.style().polish(self)
        self.now_label.setVisible(current)

    def describe(self, name: str) -> None:
        """What a screen reader says for the stage: ``name`` (time and title), then
        "Now" while it is under way, then what happens."""
        self.setAccessibleName(name)
        now = self.now_label.text() if self.now_label.isVisibleTo(self) else ""
        parts = [part for part in (now, self.explanation.text()) if part]
        self.setAccessibleDescription("\n".join(parts))


class DayScreen(Screen):
    """The stages of the day in order, with a time only where the care team gave one;
    on the day itself the current timed stage stands out."""

    screen_id = "day"

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.summary = role_label("heading")
        self.summary.setObjectName("daySummary")
        self.place_line = role_label()
        self.place_line.setObjectName("dayPlace")
        self.estimate_note = role_label("muted")
        self.care_note = CareTeamNote()
        self.instructions = TeamInstructions(("length_of_stay",))
        self.body.addWidget(self.summary)
        self.body.addWidget(self.place_line)
        self.body.addWidget(self.estimate_note)
        self.body.addWidget(self.care_note)
        self.body.addWidget(self.instructions)
        self.cards: list[StageCard] = []
        self.cards_box = QVBoxLayout()
        self.body.addLayout(self.cards_box)
        # On the day, the highlighted stage moves on by itself.
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self.data_changed)
        self.timer.start()
        self.finish_layout()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("The day of the procedure"))
        self.refresh()

    def _stage_cards(self) -> list[StageCard]:
        """One card per stage of the team's plan (rebuilt when the plan changes)."""
        stages = self.session.team_plan.stages
        if [card.objectName() for card in self.cards] != [f"stage_{s.id}" for s in stages]:
            clear_layout(self.cards_box)
            self.cards = [StageCard(stage.id) for stage in stages]
            for card in self.cards:
                self.cards_box.addWidget(card)
        return self.cards

    def refresh(self) -> None:
        team, profile = self.session.team_plan, self.session.profile
        # Where: what the patient entered, else the hospital of the team's plan.
        place = profile.place or team.contacts.hospital
        self.place_line.setVisible(bool(place))
        self.place_line.setText(
            self.tr("Hospital or clinic: {place}").format(place=on_screen(place))
        )
        cards = self._stage_cards()
        for card, stage in zip(cards, team.stages, strict=True):
            card.title.setText(words(stage.title, team))
            card.explanation.setText(words(stage.text, team))
            card.explanation.setVisible(bool(stage.text))
            origin = origin_note([stage.title, stage.text], team)
            card.origin.setText(origin)
            card.origin.setVisible(bool(origin))
            card.now_label.setText(self.tr("Now"))
        self.instructions.show_plan(team)
        self.estimate_note.setText(label(DAY_TIMED if team.timed else DAY_IN_ORDER))
        known = profile.procedure_date is not None and profile.arrival_time is not None
        if known:
            self.summary.setText(
                self.tr("{date}, arrival at {time}").format(
                    date=long_date(profile.procedure_date), time=clock_time(profile.arrival_time)
                )
            )
        elif team.timed:
            self.summary.setText(
                self.tr("Enter your procedure date and arrival time to see the times of the day.")
            )
        self.summary.setVisible(known or team.timed)
        stages = timed_stages(team, profile.procedure_date, profile.arrival_time)
        current = current_stage_index(stages, self.session.now().replace(tzinfo=None))
        for index, (card, timed) in enumerate(zip(cards, stages, strict=True)):
            card.set_current(index == current)
            if timed.starts_at is None:
                card.time_label.setText("")
                card.time_label.hide()
                card.describe(card.title.text())
                continue
            card.time_label.show()
            card.time_label.setText(
                self.tr("about {time}").format(time=clock_time(timed.starts_at))
            )
            card.describe(
                self.tr("{time}: {stage}").format(
                    time=card.time_label.text(), stage=card.title.text()
                )
            )
