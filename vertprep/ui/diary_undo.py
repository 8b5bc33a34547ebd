"""Undo for the pain diary: an entry saved, changed or deleted by mistake comes back
with Ctrl+Z, on the same history as the ticks (one Undo for the whole app)."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoCommand

from vertprep.core.diary import PainEntry, Walking
from vertprep.session import PatientSession
from vertprep.ui.undo import tick_history


class DiaryCommand(QUndoCommand):
    """Puts a day's entry back as it was before (``before``) or after (``after``)."""

    def __init__(
        self,
        session: PatientSession,
        before_day: date,
        before: PainEntry | None,
        after_day: date,
        after: PainEntry | None,
    ) -> None:
        super().__init__()
        self.session = session
        self.before_day, self.before = before_day, before
        self.after_day, self.after = after_day, after

    def redo(self) -> None:
        # The first redo happens before the command is pushed: nothing to do then.
        if getattr(self, "_pushed", False):
            self._apply(self.before_day, self.after_day, self.after)

    def undo(self) -> None:
        self._apply(self.after_day, self.before_day, self.before)

    def _apply(self, from_day: date, to_day: date, entry: PainEntry | None) -> None:
        if from_day != to_day:
            self.session.restore_pain_entry(from_day, None)
        self.session.restore_pain_entry(to_day, entry)


class DiaryEditor:
    """Saves diary changes through the session and records each one for undo.

    A change that is refused (``DiaryError``) or cannot be written (``StorageError``)
    raises and never enters the history.
    """

    def __init__(self, session: PatientSession) -> None:
        self.session = session
        self.history = tick_history(session)

    def _push(self, before_day, before, after_day, after) -> None:
        command = DiaryCommand(self.session, before_day, before, after_day, after)
        self.history.stack.push(command)
        command._pushed = True

    def add(
        self,
        day: date,
        score: int | None,
        walking: Walking | None = None,
        pain_medicine: bool | None = None,
        note: str = "",
    ) -> PainEntry:
        entry = self.session.add_pain_entry(day, score, walking, pain_medicine, note)
        self._push(day, None, day, entry)
        return entry

    def update(self, original_day: date, entry: PainEntry) -> PainEntry:
        before = self.session.entry_on(original_day)
        saved = self.session.update_pain_entry(original_day, entry)
        self._push(original_day, before, saved.day, saved)
        return saved

    def delete(self, day: date) -> None:
        before = self.session.entry_on(day)
        if before is None:
            return
        self.session.delete_pain_entry(day)
        self._push(day, before, day, None)
