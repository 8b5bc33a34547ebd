"""The pain diary, the check-ins' answers and the questions for the doctor, on disk.

Every row carries ``patient_id`` (1 until several patients share one file). Each
write is committed before it returns.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from vertprep.core.check_ins import CheckIn, CheckInPoint
from vertprep.storage.database import commit, storage_error

if TYPE_CHECKING:  # the diary's model (and ``statistics``) loads when a diary is read
    from vertprep.core.diary import PainEntry, Walking


def _walking(raw: str | None) -> Walking | None:
    from vertprep.core.diary import Walking

    try:
        return Walking(raw) if raw else None
    except ValueError:
        return None  # a word this version does not know reads as "not said"


class DiaryStore:
    """Reads and writes the recovery tables of one patient through an open connection."""

    def __init__(self, conn: sqlite3.Connection, path: Path, patient_id: int = 1) -> None:
        self._conn = conn
        self.path = path
        self.patient_id = patient_id

    def _write(self, sql: str, params: tuple) -> None:
        commit(self._conn, self.path, [(sql, params)])

    # -- pain entries -------------------------------------------------------------
    def entries(self) -> list[PainEntry]:
        """Every entry, oldest first; a damaged row is skipped rather than shown wrong."""
        from vertprep.core.diary import PainEntry

        found = []
        for day, score, walking, medicine, note in self._conn.execute(
            "SELECT day, score, walking, pain_medicine, note FROM pain_entry "
            "WHERE patient_id = ? ORDER BY day",
            (self.patient_id,),
        ):
            try:
                parsed = date.fromisoformat(day)
            except (TypeError, ValueError):
                continue
            took = None if medicine is None else bool(medicine)
            found.append(PainEntry(parsed, int(score), _walking(walking), took, note or ""))
        return found

    def put_entry(self, entry: PainEntry) -> None:
        """Write the entry of its day (a new one, or over the day's entry)."""
        medicine = None if entry.pain_medicine is None else int(entry.pain_medicine)
        self._write(
            "INSERT INTO pain_entry(patient_id, day, score, walking, pain_medicine, note, "
            "updated_at) VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(patient_id, day) DO UPDATE SET "
            "score = excluded.score, walking = excluded.walking, "
            "pain_medicine = excluded.pain_medicine, note = excluded.note, "
            "updated_at = excluded.updated_at",
            (
                self.patient_id,
                entry.day.isoformat(),
                entry.score,
                entry.walking.value if entry.walking else None,
                medicine,
                entry.note,
                _now(),
            ),
        )

    def delete_entry(self, day: date) -> None:
        self._write(
            "DELETE FROM pain_entry WHERE patient_id = ? AND day = ?",
            (self.patient_id, day.isoformat()),
        )

    def move_entry(self, old_day: date, entry: PainEntry) -> None:
        """Change an entry's day (and content) in one commit."""
        medicine = None if entry.pain_medicine is None else int(entry.pain_medicine)
        try:
            with self._conn:
                self._conn.execute("BEGIN")
                self._conn.execute(
                    "DELETE FROM pain_entry WHERE patient_id = ? AND day = ?",
                    (self.patient_id, old_day.isoformat()),
                )
                self._conn.execute(
                    "INSERT INTO pain_entry(patient_id, day, score, walking, pain_medicine, "
                    "note, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?)",
                    (
                        self.patient_id,
                        entry.day.isoformat(),
                        entry.score,
                        entry.walking.value if entry.walking else None,
                        medicine,
                        entry.note,
                        _now(),
                    ),
                )
        except sqlite3.Error as error:
            raise storage_error(self.path, error) from error

    # -- check-ins ------------------------------------------------------------------
    def check_ins(self) -> list[CheckIn]:
        found = []
        for point, answered_on, score, answers in self._conn.execute(
            "SELECT point, answered_on, score, answers FROM check_in WHERE patient_id = ?",
            (self.patient_id,),
        ):
            import json  # once there is a check-in to read: most starts have none

            try:
                parsed = json.loads(answers or "{}")
                found.append(
                    CheckIn(
                        CheckInPoint(point),
                        date.fromisoformat(answered_on),
                        None if score is None else int(score),
                        {str(k): bool(v) for k, v in parsed.get("answers", {}).items()},
                        {str(k): str(v) for k, v in parsed.get("texts", {}).items()},
                    )
                )
            except (ValueError, TypeError, AttributeError):
                continue
        return sorted(found, key=lambda c: (c.answered_on, list(CheckInPoint).index(c.point)))

    def put_check_in(self, check_in: CheckIn) -> None:
        """Store a check-in; answered again the same day, it replaces that day's answers
        (a check-in on another day is kept beside it: no answer is ever lost)."""
        import json

        answers = json.dumps(
            {"answers": check_in.answers, "texts": check_in.sign_texts}, ensure_ascii=False
        )
        self._write(
            "INSERT INTO check_in(patient_id, point, answered_on, score, answers) "
            "VALUES(?, ?, ?, ?, ?) ON CONFLICT(patient_id, point, answered_on) DO UPDATE SET "
            "score = excluded.score, answers = excluded.answers",
            (
                self.patient_id,
                check_in.point.value,
                check_in.answered_on.isoformat(),
                check_in.score,
                answers,
            ),
        )

    # -- questions for the doctor -------------------------------------------------------
    def doctor_questions(self) -> str:
        row = self._conn.execute(
            "SELECT text FROM doctor_questions WHERE patient_id = ?", (self.patient_id,)
        ).fetchone()
        return row[0] if row else ""

    def set_doctor_questions(self, text: str) -> None:
        self._write(
            "INSERT INTO doctor_questions(patient_id, text) VALUES(?, ?) "
            "ON CONFLICT(patient_id) DO UPDATE SET text = excluded.text",
            (self.patient_id, text),
        )


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")
