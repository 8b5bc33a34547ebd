"""Before the procedure: the checklist."""

from __future__ import annotations

from vertprep.core.checklist import Phase
from vertprep.ui.screens.base import Screen
from vertprep.ui.widgets.care_note import CareTeamNote
from vertprep.ui.widgets.checklist_row import ChecklistRow
from vertprep.ui.widgets.labels import role_label


class ChecklistScreen(Screen):
    """A list of checklist rows for one phase (shared by Before and After)."""

    phase = Phase.BEFORE

    def add_rows(self) -> None:
        self.rows = {
            planned.item.id: ChecklistRow(self.session, planned.item.id)
            for planned in self.session.plan().phase(self.phase)
        }
        for row in self.rows.values():
            self.body.addWidget(row)

    def refresh(self) -> None:
        for planned in self.session.plan().phase(self.phase):
            self.rows[planned.item.id].show_item(planned)


class BeforeScreen(ChecklistScreen):
    """Every step to take before the procedure, each with a date and a note."""

    screen_id = "before"

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.intro = role_label()
        self.care_note = CareTeamNote()
        self.body.addWidget(self.intro)
        self.body.addWidget(self.care_note)
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
