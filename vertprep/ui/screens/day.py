"""The procedure day: a timeline whose clock times follow the arrival time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from vertprep.core.timeline import CONTEXT as DAY_CONTEXT
from vertprep.core.timeline import STAGES, current_stage_index, timed_stages
from vertprep.i18n.bidi import on_screen
from vertprep.i18n.formatting import clock_time, long_date
from vertprep.ui.screens.base import Screen
from vertprep.ui.widgets.care_note import CareTeamNote
from vertprep.ui.widgets.labels import role_label, set_status


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
        text = QVBoxLayout()
        text.addWidget(self.now_label)
        text.addWidget(self.title)
        text.addWidget(self.explanation)
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
    """The stages of the day in order; on the day itself the current one stands out."""

    screen_id = "day"

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.summary = role_label("heading")
        self.summary.setObjectName("daySummary")
        self.place_line = role_label()
        self.place_line.setObjectName("dayPlace")
        self.estimate_note = role_label("muted")
        self.care_note = CareTeamNote()
        self.body.addWidget(self.summary)
        self.body.addWidget(self.place_line)
        self.body.addWidget(self.estimate_note)
        self.body.addWidget(self.care_note)
        self.cards = [StageCard(stage.id) for stage in STAGES]
        for card in self.cards:
            self.body.addWidget(card)
        # On the day, the highlighted stage moves on by itself.
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self.data_changed)
        self.timer.start()
        self.finish_layout()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("The day of the procedure"))
        self.estimate_note.setText(
            self.tr(
                "The times are estimates for one treated vertebra. Your care team tells "
                "you the real times, and how long you stay."
            )
        )
        for card, stage in zip(self.cards, STAGES, strict=True):
            card.title.setText(QCoreApplication.translate(DAY_CONTEXT, stage.title))
            card.explanation.setText(QCoreApplication.translate(DAY_CONTEXT, stage.explanation))
            card.now_label.setText(self.tr("Now"))
        self.refresh()

    def refresh(self) -> None:
        profile = self.session.profile
        self.place_line.setVisible(bool(profile.place))
        self.place_line.setText(
            self.tr("Hospital or clinic: {place}").format(place=on_screen(profile.place))
        )
        if profile.procedure_date is None or profile.arrival_time is None:
            self.summary.setText(
                self.tr("Enter your procedure date and arrival time to see the times of the day.")
            )
            for card in self.cards:
                card.time_label.setText("")
                card.time_label.hide()
                card.set_current(False)
                card.describe(card.title.text())
            return
        self.summary.setText(
            self.tr("{date}, arrival at {time}").format(
                date=long_date(profile.procedure_date), time=clock_time(profile.arrival_time)
            )
        )
        stages = timed_stages(profile.procedure_date, profile.arrival_time)
        current = current_stage_index(stages, self.session.now().replace(tzinfo=None))
        for index, (card, timed) in enumerate(zip(self.cards, stages, strict=True)):
            card.time_label.show()
            card.time_label.setText(
                self.tr("about {time}").format(time=clock_time(timed.starts_at))
            )
            card.set_current(index == current)
            card.describe(
                self.tr("{time}: {stage}").format(
                    time=card.time_label.text(), stage=card.title.text()
                )
            )
