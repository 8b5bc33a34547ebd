"""Reading and writing the patient's data; every write is committed at once."""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from vertprep.core.date_limits import within_limits
from vertprep.core.model import ExportedEvent, ItemState, OwnReminder, Profile
from vertprep.storage.database import commit, open_database, storable, storage_error
from vertprep.storage.diary_store import DiaryStore
from vertprep.storage.patients import (
    PatientRegistry,
    UnknownPatientError,
    normalized_name,
    unused_first_patient,
)

LAST_PATIENT = "last_patient"  # app setting: whose plan the app opened last

log = logging.getLogger(__name__)


def _damaged(table: str, column: str) -> None:
    # Names the place only, never the value: it may be personal.
    log.warning("a damaged value in %s.%s was read as missing", table, column)


def _moment(raw: str | None, table: str, column: str) -> datetime | None:
    """A stored moment, or ``None`` when it is empty, damaged or out of range."""
    if not raw:
        return None
    try:
        value = datetime.fromisoformat(raw)
    except (TypeError, ValueError):
        value = None
    if not within_limits(value):
        _damaged(table, column)
        return None
    return value


def _day(raw: str | None, table: str, column: str) -> date | None:
    if not raw:
        return None
    try:
        value = date.fromisoformat(raw)
    except (TypeError, ValueError):
        value = None
    if not within_limits(value):
        _damaged(table, column)
        return None
    return value


def _clock(raw: str | None, table: str, column: str) -> time | None:
    if not raw:
        return None
    try:
        return time.fromisoformat(raw)
    except (TypeError, ValueError):
        _damaged(table, column)
        return None


@dataclass(frozen=True)
class Settings:
    """App preferences, each with its default declared here and nowhere else."""

    onboarded: bool = False
    language: str = ""
    text_scale: int = 100
    high_contrast: bool = False
    # False until the person picks a contrast: until then the system's scheme decides.
    contrast_chosen: bool = False
    # The window's size, place and maximised state (Qt's saveGeometry, base64), and
    # the screen the patient was on, so that the next start looks like the last.
    window_geometry: str = ""
    last_screen: str = ""
    # "Remind me even when vertprep is closed": the reminder agent runs while it is on.
    background_reminders: bool = False
    # Set by the reminder agent when it found no way to show a notification.
    notifications_unavailable: bool = False


def _encode(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _decode(kind: type | str, raw: str) -> object:
    kind = str(kind)
    if "date" in kind and "datetime" not in kind:
        if not raw:
            return None
        value = date.fromisoformat(raw)
        if not within_limits(value):
            raise ValueError("out of range")
        return value
    if "time" in kind:
        return time.fromisoformat(raw) if raw else None
    if "bool" in kind:
        return raw == "1"
    if "int" in kind:
        return int(raw)
    return raw


class Store:
    """Patients' data in one SQLite file, read and written for the current patient.

    Each setter commits before it returns. Without ``patient_id`` the store opens the
    patient opened last, else the first active one (a new one when there is none).
    """

    def __init__(self, path: Path, patient_id: int | None = None) -> None:
        self.path = path
        self._conn = open_database(path)
        self.patients = PatientRegistry(self._conn, path)
        try:
            self.patient_id = self._starting_patient(patient_id)
            #: The pain diary, check-ins and questions for the doctor (same patient).
            self.diary = DiaryStore(self._conn, path, self.patient_id)
        except BaseException:
            self._conn.close()
            raise

    def close(self) -> None:
        self._conn.close()

    @property
    def connection(self):
        """The open SQLite connection (for backups; everything else uses the methods)."""
        return self._conn

    # -- which patient ------------------------------------------------------------
    def _starting_patient(self, wanted: int | None) -> int:
        if wanted is not None:
            if not self.patients.exists(wanted):
                raise UnknownPatientError(str(wanted))
            return wanted
        last = self.app_value(LAST_PATIENT)
        if last.isdigit():
            summary = self.patients.summary(int(last))
            if summary is not None and not summary.archived:
                return summary.id
        first = self.patients.first_active()
        return first if first is not None else self.patients.add()

    def use_patient(self, patient_id: int, remember: bool = True) -> None:
        """Read and write this patient's rows from now on, and (unless ``remember`` is
        false, as for the command line) open them next time."""
        if not self.patients.exists(patient_id):
            raise UnknownPatientError(str(patient_id))
        self.patient_id = patient_id
        self.diary.patient_id = patient_id
        if remember:
            self.set_app_value(LAST_PATIENT, str(patient_id))

    def add_patients(self, entries: list[tuple[Profile, str]]) -> list[int]:
        """Add patients with their details and language, all in one transaction (a
        day's list is imported whole or not at all); returns the new ids."""
        stamp = _now()
        ids = []
        try:
            with self._conn:
                # The write lock first: the window may store care for patient 1 meanwhile.
                self._conn.execute("BEGIN IMMEDIATE")
                unused = unused_first_patient(self._conn)
                for profile, language in entries:
                    name = normalized_name(profile.name)
                    if unused is not None:  # a new folder's empty patient 1 is the first
                        self._conn.execute(
                            "UPDATE patient SET name = ? WHERE id = ?", (name, unused)
                        )
                        new_id, unused = unused, None
                    else:
                        cursor = self._conn.execute(
                            "INSERT INTO patient(name, created_at) VALUES(?, ?)", (name, stamp)
                        )
                        new_id = int(cursor.lastrowid)
                    rows = [
                        ("profile", spec.name, getattr(profile, spec.name))
                        for spec in dataclasses.fields(Profile)
                        if spec.name != "name" and getattr(profile, spec.name)
                    ]
                    if language:
                        rows.append(("settings", "language", language))
                    for table, key, value in rows:
                        # Over an unused first patient's own language, if it had one.
                        self._conn.execute(
                            f"INSERT OR REPLACE INTO {table}(patient_id, key, value) "
                            "VALUES(?, ?, ?)",
                            (new_id, key, _encode(value)),
                        )
                    ids.append(new_id)
        except sqlite3.Error as error:
            raise storage_error(self.path, error) from error
        return ids

    # -- settings of the app itself (not of a person) -------------------------------
    def app_value(self, key: str) -> str:
        row = self._conn.execute("SELECT value FROM app_setting WHERE key = ?", (key,)).fetchone()
        return row[0] if row else ""

    def set_app_value(self, key: str, value: str) -> None:
        self._write(
            "INSERT INTO app_setting(key, value) VALUES(?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- writes -----------------------------------------------------------------
    def _write(self, sql: str, params: tuple) -> None:
        commit(self._conn, self.path, [(sql, params)])

    def _put(self, table: str, key: str, value: object) -> None:
        self._write(
            f"INSERT INTO {table}(patient_id, key, value) VALUES(?, ?, ?) "
            "ON CONFLICT(patient_id, key) DO UPDATE SET value = excluded.value",
            (self.patient_id, key, _encode(value)),
        )

    def _read_table(self, table: str, cls: type) -> dict[str, object]:
        rows = dict(self._mine(f"SELECT key, value FROM {table}"))
        values = {}
        for spec in dataclasses.fields(cls):
            if spec.name in rows:
                try:
                    values[spec.name] = _decode(spec.type, str(rows[spec.name]))
                except (TypeError, ValueError):
                    _damaged(table, spec.name)  # falls back to the default
        return values

    def _read(self, sql: str, params: tuple = ()) -> list[tuple]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise storage_error(self.path, error) from error

    def _mine(self, sql: str) -> list[tuple]:
        """Rows of the current patient: ``sql`` is a SELECT without a WHERE clause."""
        return self._read(sql + " WHERE patient_id = ?", (self.patient_id,))

    # -- profile ----------------------------------------------------------------
    def profile(self) -> Profile:
        values = self._read_table("profile", Profile)
        values["name"] = self.patients.name(self.patient_id)  # kept on the patient row
        return Profile(**values)

    def update_profile(self, **changes: object) -> Profile:
        """Change some profile fields; returns the new profile."""
        updated = dataclasses.replace(self.profile(), **changes)
        for name in changes:
            if name == "name":
                self.patients.rename(self.patient_id, updated.name)
            else:
                self._put("profile", name, getattr(updated, name))
        return updated

    # -- settings ---------------------------------------------------------------
    def settings(self) -> Settings:
        return Settings(**self._read_table("settings", Settings))

    def update_settings(self, **changes: object) -> Settings:
        updated = dataclasses.replace(self.settings(), **changes)
        for name in changes:
            self._put("settings", name, getattr(updated, name))
        return updated

    # -- checklist progress -----------------------------------------------------
    def item_states(self) -> dict[str, ItemState]:
        states = {}
        for item_id, done_at, note in self._mine("SELECT item_id, done_at, note FROM item_state"):
            when = _moment(done_at, "item_state", "done_at")
            states[str(item_id)] = ItemState(
                done_at=when, note=note if isinstance(note, str) else ""
            )
        return states

    def item_state(self, item_id: str) -> ItemState:
        return self.item_states().get(item_id, ItemState())

    def set_done(self, item_id: str, done_at: datetime | None) -> None:
        """Tick (with the moment it was done) or untick (``None``) an item."""
        stamp = done_at.isoformat(timespec="seconds") if done_at else None
        self._write(
            "INSERT INTO item_state(patient_id, item_id, done_at, updated_at) VALUES(?, ?, ?, ?) "
            "ON CONFLICT(patient_id, item_id) DO UPDATE SET done_at = excluded.done_at, "
            "updated_at = excluded.updated_at",
            (self.patient_id, item_id, stamp, _now()),
        )

    def set_note(self, item_id: str, note: str) -> None:
        self._write(
            "INSERT INTO item_state(patient_id, item_id, note, updated_at) VALUES(?, ?, ?, ?) "
            "ON CONFLICT(patient_id, item_id) DO UPDATE SET note = excluded.note, "
            "updated_at = excluded.updated_at",
            (self.patient_id, item_id, note, _now()),
        )

    # -- the patient's own reminders --------------------------------------------
    def own_reminders(self) -> list[OwnReminder]:
        """All own reminders, by date and time."""
        reminders = []
        for row_id, text, day, at in self._mine("SELECT id, text, day, at FROM own_reminder"):
            when = _day(day, "own_reminder", "day")
            if when is None:
                continue  # a reminder without a day cannot be shown; the row is kept
            text = text if isinstance(text, str) else ""
            reminders.append(OwnReminder(row_id, text, when, _clock(at, "own_reminder", "at")))
        return sorted(reminders, key=lambda r: (r.day, r.at or time(0), r.id))

    def add_own_reminder(self, text: str, day: date, at: time | None = None) -> OwnReminder:
        try:
            with self._conn:
                self._conn.execute("BEGIN")
                cursor = self._conn.execute(
                    "INSERT INTO own_reminder(patient_id, text, day, at) VALUES(?, ?, ?, ?)",
                    (self.patient_id, storable(text), day.isoformat(), _encode(at) or None),
                )
        except sqlite3.Error as error:
            raise storage_error(self.path, error) from error
        return OwnReminder(int(cursor.lastrowid), text, day, at)

    def update_own_reminder(self, reminder: OwnReminder) -> None:
        self._write(
            "UPDATE own_reminder SET text = ?, day = ?, at = ? WHERE id = ? AND patient_id = ?",
            (
                reminder.text,
                reminder.day.isoformat(),
                _encode(reminder.at) or None,
                reminder.id,
                self.patient_id,
            ),
        )

    def delete_own_reminder(self, reminder_id: int) -> None:
        self._write(
            "DELETE FROM own_reminder WHERE id = ? AND patient_id = ?",
            (reminder_id, self.patient_id),
        )

    # -- reminder dismissals and snoozes (by stable reminder id) ------------------
    def reminder_states(self) -> dict[str, tuple[datetime | None, datetime | None]]:
        """reminder id -> (dismissed at, snoozed until)."""
        states = {}
        for reminder_id, dismissed, snoozed in self._mine(
            "SELECT reminder_id, dismissed_at, snoozed_until FROM reminder_state"
        ):
            states[str(reminder_id)] = (
                _moment(dismissed, "reminder_state", "dismissed_at"),
                _moment(snoozed, "reminder_state", "snoozed_until"),
            )
        return states

    def set_reminder_state(
        self, reminder_id: str, dismissed_at: datetime | None, snoozed_until: datetime | None
    ) -> None:
        self._write(
            "INSERT INTO reminder_state(patient_id, reminder_id, dismissed_at, snoozed_until) "
            "VALUES(?, ?, ?, ?) ON CONFLICT(patient_id, reminder_id) DO UPDATE SET "
            "dismissed_at = excluded.dismissed_at, snoozed_until = excluded.snoozed_until",
            (
                self.patient_id,
                reminder_id,
                dismissed_at.isoformat(timespec="seconds") if dismissed_at else None,
                snoozed_until.isoformat(timespec="seconds") if snoozed_until else None,
            ),
        )

    # -- the care team's plan (the text of the imported plan file) --------------------
    def team_plan_text(self) -> str | None:
        """The imported plan file's text, or ``None`` while the built-in plan is used."""
        row = self._conn.execute(
            "SELECT plan_text FROM team_plan WHERE patient_id = ?", (self.patient_id,)
        ).fetchone()
        return row[0] if row else None

    def set_team_plan_text(self, text: str | None, file_name: str = "") -> None:
        """Keep ``text`` as the patient's plan (``None``: back to the built-in plan).
        Ticks and notes are stored by step id and are never touched here."""
        if text is None:
            self._write("DELETE FROM team_plan WHERE patient_id = ?", (self.patient_id,))
            return
        self._write(
            "INSERT INTO team_plan(patient_id, plan_text, file_name, imported_at) "
            "VALUES(?, ?, ?, ?) ON CONFLICT(patient_id) DO UPDATE SET "
            "plan_text = excluded.plan_text, file_name = excluded.file_name, "
            "imported_at = excluded.imported_at",
            (self.patient_id, text, file_name, _now()),
        )

    # -- what the reminder agent announced, and changes made by another process -----
    def data_version(self) -> int:
        """A number that changes when another connection (another process) commits."""
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def claim_reminder_moments(
        self, moments: list[tuple[str, datetime]], now: datetime
    ) -> list[tuple[str, datetime]]:
        """Record (reminder id, moment) pairs as announced; returns the pairs that were
        not yet, nor a later moment of the same reminder. One transaction: of two agents
        claiming the same moment, only one gets it."""
        claimed = []
        try:
            with self._conn:
                self._conn.execute("BEGIN IMMEDIATE")
                for reminder_id, moment in moments:
                    stamp = moment.isoformat(timespec="seconds")
                    later = self._conn.execute(
                        "SELECT 1 FROM reminder_fired WHERE patient_id = ? "
                        "AND reminder_id = ? AND moment >= ?",
                        (self.patient_id, reminder_id, stamp),
                    ).fetchone()
                    if later is None:
                        self._conn.execute(
                            "INSERT INTO reminder_fired(patient_id, reminder_id, moment, "
                            "fired_at) VALUES(?, ?, ?, ?)",
                            (
                                self.patient_id,
                                reminder_id,
                                stamp,
                                now.isoformat(timespec="seconds"),
                            ),
                        )
                        claimed.append((reminder_id, moment))
        except sqlite3.Error as error:
            raise storage_error(self.path, error) from error
        return claimed

    # -- what the last calendar export wrote (uid, sequence per event) -------------
    def exported_events(self) -> dict[str, ExportedEvent]:
        rows = self._mine("SELECT event_key, uid, sequence, fingerprint, ical FROM calendar_event")
        events = {}
        for key, uid, sequence, fingerprint, ical in rows:
            try:
                events[key] = ExportedEvent(key, uid, int(sequence), fingerprint, ical)
            except (TypeError, ValueError):
                _damaged("calendar_event", "sequence")  # exported afresh next time
        return events

    def record_exported_events(self, events: list[ExportedEvent]) -> None:
        """Remember a whole export at once: either every event is recorded or none."""
        stamp = _now()
        try:
            with self._conn:
                self._conn.execute("BEGIN")
                self._conn.executemany(
                    "INSERT INTO calendar_event(patient_id, event_key, uid, sequence, "
                    "fingerprint, ical, exported_at) VALUES(?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(patient_id, event_key) DO UPDATE SET "
                    "uid = excluded.uid, sequence = excluded.sequence, "
                    "fingerprint = excluded.fingerprint, ical = excluded.ical, "
                    "exported_at = excluded.exported_at",
                    [
                        (self.patient_id, e.key, e.uid, e.sequence, e.fingerprint, e.ical, stamp)
                        for e in events
                    ],
                )
        except sqlite3.Error as error:
            raise storage_error(self.path, error) from error


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


__all__ = ["ItemState", "Profile", "Settings", "Store"]
