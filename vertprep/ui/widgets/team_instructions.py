"""The care team's own instructions (fasting, medicines, length of stay), as the
team wrote them; hidden while the team wrote none."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout

from vertprep.i18n.manager import LanguageManager
from vertprep.i18n.plan_labels import INSTRUCTION_LABELS, INSTRUCTIONS_HEADING, label
from vertprep.i18n.plan_words import origin_note, words
from vertprep.plan.model import TeamPlan
from vertprep.ui.widgets.labels import role_label
from vertprep.ui.widgets.layouts import clear_layout


class TeamInstructions(QFrame):
    """A card with the instructions named by ``keys`` that the team's plan holds."""

    def __init__(self, keys: tuple[str, ...], parent=None) -> None:
        super().__init__(parent)
        self.keys = keys
        self.setProperty("role", "card")
        self.setObjectName("teamInstructions")
        outer = QVBoxLayout(self)
        self.heading = role_label("heading")
        outer.addWidget(self.heading)
        self.rows = QVBoxLayout()
        outer.addLayout(self.rows)
        self._shown: tuple[TeamPlan, str] | None = None
        self.hide()

    def show_plan(self, plan: TeamPlan) -> None:
        # The screen shows the plan again on every tick: the same plan in the same
        # language keeps its labels (made anew, each would be styled and laid out).
        shown = (plan, LanguageManager.instance().current)
        if self._shown is not None and shown[0] is self._shown[0] and shown[1] == self._shown[1]:
            return
        self._shown = shown
        clear_layout(self.rows)
        given = [(k, t) for k, t in plan.instructions.given() if k in self.keys]
        self.setVisible(bool(given))
        self.heading.setText(label(INSTRUCTIONS_HEADING))
        self.setAccessibleName(self.heading.text())
        for key, text in given:
            caption = role_label("caption")
            caption.setText(label(INSTRUCTION_LABELS[key]))
            body = role_label()
            body.setObjectName(f"instruction_{key}")
            body.setText(words(text, plan))
            self.rows.addWidget(caption)
            self.rows.addWidget(body)
            origin = origin_note([text], plan)
            if origin:
                note = role_label("muted")
                note.setText(origin)
                self.rows.addWidget(note)
