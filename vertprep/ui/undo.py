"""Undo for ticks: a tick or untick made by mistake is taken back with Ctrl+Z.

Each change is a ``QUndoCommand`` that writes through ``PatientSession.set_done``, so
undoing it restores the database exactly, including the time an item was done.
Notes keep their own undo inside the text field.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

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

    ``changed`` tells the id of the step and whether it is now done, after each tick or untick; ``undone`` follows an undo.
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
        self.changed.emit(item_id, done)

    def undo(self) -> None:
        if self.stack.canUndo():
            self.stack.undo()
            self.undone.emit()

    def title_of(self, item_id: str) -> str:
        """The step's title in the app's language now (it follows a language switch)."""
        from vertprep.i18n.plan_words import words

        step = self.session.team_plan.step(item_id)
        return words(step.title, self.session.team_plan) if step else ""


def tick_history(session: PatientSession) -> TickHistory:
    """The session's one history of ticks (made on first use, kept by the session)."""
    history = session.findChild(TickHistory, HISTORY_NAME)
    return history if history is not None else TickHistory(session)
