"""Every active patient of the data folder, as the reminder agent sees them.

The agent's first session is the patient opened last; each other active (not
archived) patient gets a session of their own, on a connection of its own, so that
their reminders, fired moments, settings and answers are read and written on their
own rows. The roster follows patients added, archived or deleted in the window.
"""

from __future__ import annotations

from vertprep.agent.engine import ReminderEngine
from vertprep.session import PatientSession
from vertprep.storage import Store


class PatientRoster:
    """A session and a reminder engine for each active patient of one data file."""

    def __init__(self, first: PatientSession) -> None:
        self.first = first
        self.sessions: dict[int, PatientSession] = {first.patient_id: first}
        self.engines: dict[int, ReminderEngine] = {first.patient_id: ReminderEngine(first)}
        #: The active patients' ids, in the registry's order, and their names.
        self.active: list[int] = [first.patient_id]
        self.names: dict[int, str] = {}

    def refresh(self) -> None:
        """Open a session for each patient who became active; close those who left."""
        summaries = self.first.patients.entries()
        self.names = {summary.id: summary.name for summary in summaries}
        self.active = list(self.names) or [self.first.patient_id]
        for patient_id in [p for p in self.sessions if p not in self.active]:
            if patient_id != self.first.patient_id:  # the first session is the agent's own
                self.sessions.pop(patient_id).store.close()
                self.engines.pop(patient_id)
        for patient_id in self.active:
            if patient_id not in self.sessions:
                session = PatientSession(Store(self.first.store.path, patient_id), self.first.clock)
                self.sessions[patient_id] = session
                self.engines[patient_id] = ReminderEngine(session)

    def several(self) -> bool:
        """More than one active patient: each notification says whose it is."""
        return len(self.active) > 1

    def session_of(self, patient_id: int | None) -> PatientSession | None:
        """The session of an active patient (the first one for ``None``)."""
        if patient_id is None:
            return self.first
        return self.sessions.get(patient_id) if patient_id in self.active else None

    def covered(self) -> list[tuple[int, PatientSession, ReminderEngine]]:
        return [(p, self.sessions[p], self.engines[p]) for p in self.active]

    def close(self) -> None:
        """Close every connection the roster opened (not the first session's)."""
        for patient_id, session in list(self.sessions.items()):
            if patient_id != self.first.patient_id:
                session.store.close()
        self.sessions = {self.first.patient_id: self.first}
        self.engines = {self.first.patient_id: self.engines[self.first.patient_id]}
        self.active = [self.first.patient_id]
