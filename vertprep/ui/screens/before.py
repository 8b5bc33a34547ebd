"""Before the procedure: the checklist, and the care team's instructions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from vertprep.core.plan import PlannedItem
from vertprep.plan.model import PREPARATION_KEYS, Phase
from vertprep.ui import theme
from vertprep.ui.focus_order import put_in_reading_order, reading_order
from vertprep.ui.screens.base import Screen
from vertprep.ui.widgets.care_note import CareTeamNote
from vertprep.ui.widgets.checklist_row import ChecklistRow
from vertprep.ui.widgets.labels import role_label
from vertprep.ui.widgets.layouts import clear_layout
from vertprep.ui.widgets.team_instructions import TeamInstructions

#: Rows built in each later turn of the event loop, once the first screenful is shown:
#: an eighth of those built, between these two. (Qt lays the whole list out again
#: after each turn, so more rows a turn as the list grows make fewer turns; each row
#: costs about a millisecond, so a turn stays short.)
ROWS_PER_TURN = 8
MOST_ROWS_PER_TURN = 16
#: A list this long or shorter is built at once (today's plan has 9 steps before).
ROWS_AT_ONCE = 24


def rows_in_view(widget: QWidget) -> int:
    """How many rows are built at once: at least as many as fit on the screen, were
    each row no taller than its tick box (they are taller), and never fewer than
    ``ROWS_AT_ONCE``."""
    screen = widget.screen()
    height = screen.availableGeometry().height() if screen is not None else 0
    return max(ROWS_AT_ONCE, height // theme.MIN_TARGET_PX + 1)


class ChecklistScreen(Screen):
    """A list of checklist rows for one phase (shared by Before and After). The rows
    follow the care team's plan: a newly imported plan rebuilds them.

    Each row costs about a millisecond to make, style and lay out, so a long plan's
    list is built in parts: a screenful at once, then some rows more in each turn of
    the event loop while the screen is shown (paused while it is hidden), so that the
    window answers all along. Rows are only ever added below those built, in the
    plan's order, so nothing in view moves; Tab and screen readers find them in that
    order."""

    phase = Phase.BEFORE

    def add_rows(self) -> None:
        self.rows: dict[str, ChecklistRow] = {}
        self.rows_box = QVBoxLayout()
        self.body.addLayout(self.rows_box)
        # The plan's steps, which the rows follow; those past len(self.rows) are still
        # to build, in order.
        self._row_ids: list[str] = []
        # (Not QTimer.singleShot: a plain timer of 0 ms runs when the events already
        # waiting, the layout and the painting of the rows just added, are done.)
        self._row_timer = QTimer(self)
        self._row_timer.setSingleShot(True)
        self._row_timer.setInterval(0)
        self._row_timer.timeout.connect(self._build_more_rows)

    @property
    def rows_complete(self) -> bool:
        """Whether every step of the plan has its row (a long list is built in parts)."""
        return len(self.rows) == len(self._row_ids)

    def _rows_waiting(self) -> list[str]:
        return self._row_ids[len(self.rows) :]

    def refresh(self) -> None:
        planned_items = self.session.plan().phase(self.phase)
        ids = [p.item.id for p in planned_items]
        if ids != self._row_ids:
            clear_layout(self.rows_box)
            self.rows = {}
            self._row_ids = ids
            self._add_rows(planned_items[: rows_in_view(self)])
            self._build_later()
        for planned in planned_items:
            row = self.rows.get(planned.item.id)
            if row is not None:
                row.show_item(planned)

    def _add_rows(self, planned_items: list[PlannedItem]) -> list[ChecklistRow]:
        added = [ChecklistRow(self.session, p.item.id) for p in planned_items]
        for row, planned in zip(added, planned_items, strict=True):
            row.show_item(planned)
        shown = self.isVisible()
        if shown:
            # Each row shown in a visible list would lay the whole list out again at
            # once (Qt does so for every widget shown): the list is laid out once, by
            # the event loop, with every new row in it.
            self.body.setEnabled(False)
        try:
            for row in added:
                self.rows[row.item_id] = row
                self.rows_box.addWidget(row)
                if shown:
                    row.show()
        finally:
            if shown:
                self.body.setEnabled(True)
        return added

    def _build_later(self) -> None:
        if not self.rows_complete and self.isVisible():
            self._row_timer.start()

    def _build_more_rows(self) -> None:
        if self.rows_complete or not self.isVisible():
            return  # done, or hidden: showEvent() goes on
        # (A new plan reaches a shown screen at once and a hidden one when shown, both
        # through refresh(), which starts the list again: the rows waiting are this plan's.)
        by_id = {p.item.id: p for p in self.session.plan().phase(self.phase)}
        count = min(MOST_ROWS_PER_TURN, max(ROWS_PER_TURN, len(self.rows) // 8))
        batch = self._rows_waiting()[:count]
        last = self._last_tab_stop()
        added = self._add_rows([by_id[item_id] for item_id in batch])
        if last is not None:
            # Made after the rest of the window, the new rows would come last for Tab:
            # they go after the rows above them.
            for row in added:
                last = put_in_reading_order(last, row)
        self._build_later()

    def _last_tab_stop(self) -> QWidget | None:
        for row in reversed(self.rows.values()):
            stops = reading_order(row)
            if stops:
                return stops[-1]
        return None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._build_later()

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
