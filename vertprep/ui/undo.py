"""Undo for ticks: a tick or untick made by mistake is taken back with Ctrl+Z.

Each change is a ``QUndoCommand`` that writes through ``PatientSession.set_done``, so
undoing it restores the database exactly, including the time an item was done.
Notes keep their own undo inside the text field.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from vertprep.core.plan import PlannedItem
from vertprep.session import PatientSession

HISTORY_NAME = "tickHistory"


class SetDoneCommand(QUndoCommand):
    """Ticks or unticks one item; undo puts back the state before, time included."""

    def __init__(self, session: PatientSession, item_id: str, done: bool) -> None:
        super().__init__()
        self.session = session
        self.item_id = item_id
        self.done = done
        self.before: datetime | None = session.item_state(item_id).done_at
        self.after: datetime | None = None  # decided the first time it is done
        self.written = False  # the first redo is the write TickHistory already made

    def redo(self) -> None:
        if self.written:
            self.written = False
            return
        self.session.set_done(self.item_id, self.done, at=self.after)
        self.after = self.session.item_state(self.item_id).done_at

    def undo(self) -> None:
        self.session.set_done(self.item_id, self.before is not None, at=self.before)


class TickHistory(QObject):
    """The ticks and unticks of one session, newest last.

    ``changed`` tells the title of the item (untranslated, context ``CareContent``)
    and whether it is now done, after each tick or untick; ``undone`` follows an undo.
    """

    changed = Signal(str, bool)
    undone = Signal()

    def __init__(self, session: PatientSession) -> None:
        super().__init__(session)
        self.setObjectName(HISTORY_NAME)
        self.session = session
        self.stack = QUndoStack(self)
        # An undo never reaches into another patient's plan.
        session.patient_switched.connect(self.stack.clear)

    def set_done(self, item_id: str, done: bool) -> None:
        if self.session.item_state(item_id).done == done:
            return
        command = SetDoneCommand(self.session, item_id, done)
        # Written before it joins the history: a change that could not be saved
        # (StorageError) is never offered for undo.
        command.redo()
        command.written = True
        self.stack.push(command)
        self.changed.emit(self.source_title_of(item_id), done)

    def undo(self) -> None:
        if self.stack.canUndo():
            self.stack.undo()
            self.undone.emit()

    def source_title_of(self, item_id: str) -> str:
        """The item's title as written in the code; translate it where it is shown."""
        planned = self._planned(item_id)
        return planned.item.title if planned else ""

    def _planned(self, item_id: str) -> PlannedItem | None:
        return next((p for p in self.session.plan().items if p.item.id == item_id), None)


def tick_history(session: PatientSession) -> TickHistory:
    """The session's one history of ticks (made on first use, kept by the session)."""
    history = session.findChild(TickHistory, HISTORY_NAME)
    return history if history is not None else TickHistory(session)
