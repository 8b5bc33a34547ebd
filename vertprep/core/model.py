"""The patient's own data, as the care plan and storage both see it."""

from __future__ import annotations

from datetime import date, datetime, time

from vertprep.core.record import Record


class Profile(Record):
    """What the patient tells the app about their procedure."""

    procedure_date: date | None = None
    arrival_time: time | None = None
    name: str = ""
    phone: str = ""
    place: str = ""
    # The emergency number where the patient lives, for the check-ins to show.
    emergency_phone: str = ""


class ItemState(Record):
    """The patient's progress on one checklist item, keyed by the item's stable id."""

    done_at: datetime | None = None
    note: str = ""

    @property
    def done(self) -> bool:
        return self.done_at is not None


class OwnReminder(Record):
    """A reminder the patient wrote themselves ("call the pharmacy")."""

    id: int
    text: str
    day: date
    at: time | None = None


class ExportedEvent(Record):
    """What the last calendar export wrote for one event, so the next export updates
    the same event (same UID, higher SEQUENCE once its content changed)."""

    key: str  # what the event is about, e.g. "item:blood_tests", "procedure", "own:3"
    uid: str
    sequence: int
    fingerprint: str  # digest of the content, or "cancelled"
    ical: str  # the event's content as last exported, without UID, DTSTAMP, SEQUENCE
