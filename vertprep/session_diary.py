"""The recovery part of the patient session: pain diary, check-ins, questions.

Mixed into :class:`vertprep.session.PatientSession`, which owns the store, the
clock and the ``diary_changed`` signal. Bad input raises :class:`DiaryError`
before anything is written.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING

from vertprep.core.check_ins import CheckIn, CheckInPoint, Outcome, due_check_ins, outcome

if TYPE_CHECKING:
    from vertprep.core.diary import PainEntry, Walking

# The diary's rules (and the ``statistics`` module they use) and the warning signs
# are imported when a diary entry or a check-in is written: the first screen does
# without them.


class RecoveryMixin:
    """Diary, check-in and questions methods of the patient session."""

    # -- pain diary -----------------------------------------------------------------
    def pain_entries(self) -> list[PainEntry]:
        """Every entry, oldest first."""
        if self._entries is None:
            self._entries = self.store.diary.entries()
        return list(self._entries)

    def entry_on(self, day: date) -> PainEntry | None:
        return next((entry for entry in self.pain_entries() if entry.day == day), None)

    def _check(self, entry: PainEntry, original_day: date | None) -> PainEntry:
        from vertprep.core.diary import DiaryError, check_entry

        taken = {existing.day for existing in self.pain_entries()}
        problem = check_entry(entry.day, entry.score, entry.note, self.today(), taken, original_day)
        if problem is not None:
            raise DiaryError(problem)
        return dataclasses.replace(entry, note=entry.note.strip())

    def add_pain_entry(
        self,
        day: date,
        score: int | None,
        walking: Walking | None = None,
        pain_medicine: bool | None = None,
        note: str = "",
    ) -> PainEntry:
        """Save a new day's entry; a second entry for the same day is refused."""
        from vertprep.core.diary import PainEntry

        entry = self._check(PainEntry(day, score, walking, pain_medicine, note), None)
        self._diary_write(lambda: self.store.diary.put_entry(entry))
        return entry

    def update_pain_entry(self, original_day: date, entry: PainEntry) -> PainEntry:
        """Save changes to the entry of ``original_day`` (its day may change too)."""
        from vertprep.core.diary import DiaryError, DiaryProblem

        if self.entry_on(original_day) is None:
            raise DiaryError(DiaryProblem.NO_ENTRY)
        entry = self._check(entry, original_day)
        if entry.day == original_day:
            self._diary_write(lambda: self.store.diary.put_entry(entry))
        else:
            self._diary_write(lambda: self.store.diary.move_entry(original_day, entry))
        return entry

    def delete_pain_entry(self, day: date) -> None:
        self._diary_write(lambda: self.store.diary.delete_entry(day))

    def restore_pain_entry(self, day: date, entry: PainEntry | None) -> None:
        """Undo: put back exactly what ``day`` held (``None``: no entry), unchecked."""
        if entry is None:
            self._diary_write(lambda: self.store.diary.delete_entry(day))
        elif entry.day == day:
            self._diary_write(lambda: self.store.diary.put_entry(entry))
        else:
            self._diary_write(lambda: self.store.diary.move_entry(day, entry))

    def _diary_write(self, write) -> None:
        try:
            write()
        finally:
            # Read back what is really stored, whether the write worked or not.
            self._entries = None
            self._check_ins = None
            self.diary_changed.emit()

    # -- check-ins ------------------------------------------------------------------
    def check_ins(self) -> list[CheckIn]:
        if self._check_ins is None:
            self._check_ins = self.store.diary.check_ins()
        return list(self._check_ins)

    def due_check_ins(self) -> list[tuple[CheckInPoint, date]]:
        done = {check_in.point for check_in in self.check_ins()}
        return due_check_ins(self.profile.procedure_date, done, self.today())

    def record_check_in(
        self, point: CheckInPoint, score: int | None, answers: dict[str, bool]
    ) -> Outcome:
        """Store a check-in's answers; its score becomes today's diary entry (or
        today's score, when the diary has one). Returns what to do now."""
        from vertprep.core.diary import DiaryError, PainEntry, check_entry
        from vertprep.core.recovery_contacts import warning_signs

        signs = warning_signs(self.team_plan)
        today = self.today()
        if score is not None:
            problem = check_entry(today, score, "", today, set())
            if problem is not None:
                raise DiaryError(problem)
        texts = {sign.id: sign.text for sign in signs if sign.id in answers}
        record = CheckIn(point, today, score, dict(answers), texts)

        def write() -> None:
            self.store.diary.put_check_in(record)
            if score is not None:
                existing = self.entry_on(today)
                entry = (
                    dataclasses.replace(existing, score=score)
                    if existing
                    else PainEntry(today, score)
                )
                self.store.diary.put_entry(entry)

        self._diary_write(write)
        self.reminders_changed.emit()
        return outcome(answers, signs)

    # -- questions for the doctor ---------------------------------------------------------
    def doctor_questions(self) -> str:
        return self.store.diary.doctor_questions()

    def set_doctor_questions(self, text: str) -> None:
        if text == self.doctor_questions():
            return
        self.store.diary.set_doctor_questions(text)
        self.diary_changed.emit()
