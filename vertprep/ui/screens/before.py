"""Before the procedure: the checklist, and the care team's instructions."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout

from vertprep.plan.model import PREPARATION_KEYS, Phase
from vertprep.ui.screens.base import Screen
from vertprep.ui.widgets.care_note import CareTeamNote
from vertprep.ui.widgets.checklist_row import ChecklistRow
from vertprep.ui.widgets.labels import role_label
from vertprep.ui.widgets.layouts import clear_layout
from vertprep.ui.widgets.team_instructions import TeamInstructions


class ChecklistScreen(Screen):
    """A list of checklist rows for one phase (shared by Before and After). The rows
    follow the care team's plan: a newly imported plan rebuilds them."""

    phase = Phase.BEFORE

    def add_rows(self) -> None:
        self.rows: dict[str, ChecklistRow] = {}
        self.rows_box = QVBoxLayout()
        self.body.addLayout(self.rows_box)

    def refresh(self) -> None:
        planned_items = self.session.plan().phase(self.phase)
        if list(self.rows) != [p.item.id for p in planned_items]:
            clear_layout(self.rows_box)
            self.rows = {p.item.id: ChecklistRow(self.session, p.item.id) for p in planned_items}
            for row in self.rows.values():
                self.rows_box.addWidget(row)
        for planned in planned_items:
            self.rows[planned.item.id].show_item(planned)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            # The rows do not watch for the switch themselves (see ChecklistRow).
            for row in self.rows.values():
                row.retranslate_ui()


class BeforeScreen(ChecklistScreen):
    """Every step to take before the procedure, each with when and a note."""

    screen_id = "before"

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.intro = role_label()
        self.care_note = CareTeamNote()
        self.instructions = TeamInstructions(PREPARATION_KEYS)
        self.body.addWidget(self.intro)
        self.body.addWidget(self.care_note)
        self.body.addWidget(self.instructions)
        self.add_rows()
        self.finish_layout()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Before the procedure"))
        self.intro.setText(
            self.tr(
                "Tick each step when it is done. In the notes, write what your care team "
                "told you, for example when to stop a medicine."
            )
        )
        self.refresh()

    def refresh(self) -> None:
        super().refresh()
        self.instructions.show_plan(self.session.team_plan)
