"""The running patient session: the one place the UI reads and writes through.

The session holds one patient at a time (the store's current patient); switching to
another reloads everything and tells the screens, which show the new person's plan.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from vertprep.core.model import ItemState, OwnReminder, Profile
from vertprep.core.plan import CarePlan
from vertprep.core.reminders import (
    OwnReminderError,
    Reminder,
    ReminderState,
    active_reminders,
    check_own_reminder,
    snooze_until,
)
from vertprep.i18n.catalog import Catalog
from vertprep.plan.model import TeamPlan, team_phone
from vertprep.plan.stored import store_plan, stored_plan
from vertprep.session_diary import RecoveryMixin
from vertprep.storage.database import StorageError
from vertprep.storage.store import Settings, Store

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The local wall-clock time, aware of the time zone."""
    return datetime.now().astimezone()


class PatientSession(RecoveryMixin, QObject):
    """Wraps the store: every change is committed, then announced to the screens.

    ``clock`` is injectable so tests can fix "now" (and so "today").
    """

    plan_changed = Signal()
    #: Another care team's plan is in use (the steps, the day, after-care may differ).
    team_plan_changed = Signal()
    #: A note was changed (its item's id). Nothing else on screen shows a note, so a
    #: keystroke in one does not announce a changed plan.
    note_changed = Signal(str)
    profile_changed = Signal()
    settings_changed = Signal()
    #: Own reminders added, changed or deleted; a reminder dismissed or snoozed.
    reminders_changed = Signal()
    #: Another patient's plan is open now (sent before the other change signals).
    patient_switched = Signal()
    #: A patient was added, renamed, archived or deleted (the list of patients changed).
    patients_changed = Signal()
    #: A pain diary entry, a check-in or the questions for the doctor changed.
    diary_changed = Signal()

    def __init__(self, store: Store, clock: Clock = system_clock, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self._load()

    def _load(self) -> None:
        self._profile = self.store.profile()
        self._settings = self.store.settings()
        self._states = self.store.item_states()
        self._team_plan: TeamPlan = stored_plan(self.store)  # the patient's team's
        self._entries = None  # the pain diary, read on first use
        self._check_ins = None
        # The own reminders and what was dismissed or snoozed, read on first use: the
        # reminders are worked out again on every tick, which reads neither.
        self._own_reminders: list[OwnReminder] | None = None
        self._reminder_states: dict[str, ReminderState] | None = None
        self._plan: CarePlan | None = None  # built when first read after a change
        self._data_version = self.store.data_version()

    def reload_if_changed_elsewhere(self) -> bool:
        """Re-read what another process (the window, the reminder agent) committed since
        the last look, and announce it; returns whether anything had changed."""
        version = self.store.data_version()
        if version == self._data_version:
            return False
        self._load()
        for signal in (
            self.diary_changed,
            self.settings_changed,
            self.profile_changed,
            self.plan_changed,
            self.reminders_changed,
        ):
            signal.emit()
        return True

    # -- whose plan ---------------------------------------------------------------
    @property
    def patient_id(self) -> int:
        return self.store.patient_id

    @property
    def patients(self):
        """The :class:`~vertprep.storage.patients.PatientRegistry` of this data folder."""
        return self.store.patients

    def switch_patient(self, patient_id: int) -> None:
        """Open another patient's plan: their details, ticks, reminders and settings."""
        self.store.use_patient(patient_id)
        self._load()
        self.patient_switched.emit()
        self.settings_changed.emit()
        self.profile_changed.emit()
        self.plan_changed.emit()
        self.reminders_changed.emit()
        self.diary_changed.emit()

    def add_patient(self, name: str) -> int:
        patient_id = self.store.patients.add(name)
        self.patients_changed.emit()
        return patient_id

    def rename_patient(self, patient_id: int, name: str) -> None:
        self.store.patients.rename(patient_id, name)
        if patient_id == self.patient_id:
            self._profile = self.store.profile()
            self.profile_changed.emit()
        self.patients_changed.emit()

    def set_patient_archived(self, patient_id: int, archived: bool) -> None:
        self.store.patients.set_archived(patient_id, archived)
        self.patients_changed.emit()

    def delete_patient(self, patient_id: int) -> None:
        """Delete another patient and all their data (the open one cannot be deleted)."""
        if patient_id == self.patient_id:
            raise ValueError("the open patient cannot be deleted")
        self.store.patients.delete(patient_id)
        self.patients_changed.emit()

    # -- backups ------------------------------------------------------------------
    def restore_everyone(self, backup: Path):
        """Replace all the data with a backup of everyone (checked first; the data as it
        was is kept as a safety copy). Raises ``BackupError``, changing nothing."""
        from vertprep.storage.restore import inspect, restore_all

        inspect(self.store.path, backup)  # refused here, before the store is closed
        path = self.store.path
        self.store.close()
        try:
            result = restore_all(path, backup)
        finally:
            self.store = Store(path)
        self._after_restore()
        return result

    def restore_one(self, backup: Path, replace_id: int | None):
        """Add (or, over ``replace_id``, put back) the one patient of a backup."""
        from vertprep.storage.restore import restore_patient

        result = restore_patient(self.store.connection, self.store.path, backup, replace_id)
        if result.patient_ids[0] == self.patient_id:  # also over an unused first patient
            self._after_restore()
        else:
            self.patients_changed.emit()
        return result

    def _after_restore(self) -> None:
        if not self.store.patients.exists(self.store.patient_id):
            self.store.use_patient(self.store.patients.first_active() or self.store.patients.add())
        self.switch_patient(self.store.patient_id)
        self.patients_changed.emit()

    # -- reading ----------------------------------------------------------------
    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        return self.clock().date()

    @property
    def profile(self) -> Profile:
        return self._profile

    @property
    def settings(self) -> Settings:
        return self._settings

    def item_state(self, item_id: str) -> ItemState:
        return self._states.get(item_id, ItemState())

    @property
    def team_plan(self) -> TeamPlan:
        """The care team's plan in use: the steps, the day, after-care, contacts."""
        return self._team_plan

    def use_team_plan(self, team_plan: TeamPlan, file_name: str = "") -> None:
        """Make this care team's plan the patient's, stored at once. Ticks and notes
        stay, by step id; those of steps the new plan lacks are kept, not deleted."""
        self._write(lambda: store_plan(self.store, team_plan, file_name))
        self._team_plan = team_plan
        self._plan = None  # built again from the new steps
        self.team_plan_changed.emit()
        self.profile_changed.emit()  # the team's phone and contacts
        self.plan_changed.emit()

    def team_phone(self) -> str:
        """The care team's number: the patient's own entry, else the team's plan."""
        return team_phone(self._team_plan, self._profile.phone)

    def emergency_number(self) -> str:
        return self._team_plan.emergency_number

    def plan(self) -> CarePlan:
        """The plan as it stands today; built once per change, however many read it."""
        today = self.today()
        if self._plan is None or self._plan.today != today:
            self._plan = CarePlan.build(self._profile, self._states, today, self._team_plan)
        return self._plan

    # -- writing: the store commits before the signal goes out --------------------
    def _write(self, write, *signals):
        """Run a store write. If it fails, the screens are told to show again what is
        really stored (a tick box the patient just clicked goes back), then it raises."""
        try:
            return write()
        except StorageError:
            for signal in signals:
                signal.emit()
            raise

    def set_done(self, item_id: str, done: bool, at: datetime | None = None) -> None:
        """Tick (at ``at``, by default now) or untick an item; undo passes the old time."""
        done_at = (at or self.now().replace(microsecond=0)) if done else None
        self._write(lambda: self.store.set_done(item_id, done_at), self.plan_changed)
        self._states[item_id] = ItemState(done_at, self.item_state(item_id).note)
        self._plan = None
        self.plan_changed.emit()

    def set_note(self, item_id: str, note: str) -> None:
        if note == self.item_state(item_id).note:
            return
        self._write(lambda: self.store.set_note(item_id, note), self.plan_changed)
        self._states[item_id] = ItemState(self.item_state(item_id).done_at, note)
        self._plan = None
        self.note_changed.emit(item_id)

    def update_profile(self, **changes: object) -> None:
        self._profile = self._write(
            lambda: self.store.update_profile(**changes), self.profile_changed, self.plan_changed
        )
        self._plan = None
        self.profile_changed.emit()
        self.plan_changed.emit()
        if "name" in changes:
            self.patients_changed.emit()

    def update_settings(self, **changes: object) -> None:
        self._settings = self.store.update_settings(**changes)
        self.settings_changed.emit()

    # -- reminders: the patient's own, and what is due now ---------------------------
    def own_reminders(self) -> list[OwnReminder]:
        if self._own_reminders is None:
            self._own_reminders = self.store.own_reminders()
        return list(self._own_reminders)

    def add_own_reminder(self, text: str, day: date, at: time | None = None) -> OwnReminder:
        """Save a new own reminder; raises :class:`OwnReminderError` for bad input."""
        problem = check_own_reminder(text, day, self.today())
        if problem is not None:
            raise OwnReminderError(problem)
        return self._reminder_write(lambda: self.store.add_own_reminder(text.strip(), day, at))

    def update_own_reminder(self, reminder: OwnReminder) -> None:
        """Save changes to an own reminder; a past date may stay as it was."""
        before = next((r for r in self.own_reminders() if r.id == reminder.id), None)
        original_day = before.day if before is not None else None
        problem = check_own_reminder(reminder.text, reminder.day, self.today(), original_day)
        if problem is not None:
            raise OwnReminderError(problem)
        changed = OwnReminder(reminder.id, reminder.text.strip(), reminder.day, reminder.at)
        self._reminder_write(lambda: self.store.update_own_reminder(changed))

    def delete_own_reminder(self, reminder_id: int) -> None:
        self._reminder_write(lambda: self.store.delete_own_reminder(reminder_id))

    def reminder_states(self) -> dict[str, ReminderState]:
        if self._reminder_states is None:
            self._reminder_states = {
                reminder_id: ReminderState(dismissed, snoozed)
                for reminder_id, (dismissed, snoozed) in self.store.reminder_states().items()
            }
        return dict(self._reminder_states)

    def active_reminders(self) -> list[Reminder]:
        """What to remind the patient of now: due, overdue, tomorrow, their own."""
        now = self.now()
        plan = self.plan()
        if plan.today != now.date():  # midnight passed between the two readings
            plan = CarePlan.build(self._profile, self._states, now.date(), self._team_plan)
        return active_reminders(
            plan,
            self._profile.procedure_date,
            self.own_reminders(),
            self.reminder_states(),
            now,
            self.due_check_ins(),
        )

    def dismiss_reminder(self, reminder_id: str) -> None:
        """Never show this reminder again (it is stored, so this survives a restart)."""
        dismissed = self.now().replace(microsecond=0)
        self._reminder_write(lambda: self.store.set_reminder_state(reminder_id, dismissed, None))

    def snooze_reminder(self, reminder_id: str) -> None:
        """Show this reminder again tomorrow."""
        until = snooze_until(self.now())
        self._reminder_write(lambda: self.store.set_reminder_state(reminder_id, None, until))

    def _reminder_write(self, write):
        """Run ``write`` (returning what it returns) and announce the change. The own
        reminders and their states are read from the store again next time, also when
        the write failed (as ``_diary_write`` does for the diary)."""
        try:
            result = write()
        finally:
            self._own_reminders = None
            self._reminder_states = None
        self.reminders_changed.emit()
        return result

    def export_calendar(
        self, path: Path, catalog: Catalog | None = None, with_notes: bool = False
    ) -> int:
        """Save the plan as an .ics file in the app's language; returns the event count.
        The patient's notes go in only ``with_notes``.
        Raises ``NothingToExportError``, ``OSError`` or ``StorageError``."""
        from vertprep.calendar_export import export_calendar

        built = export_calendar(
            path,
            self._profile,
            self.plan(),
            self.own_reminders(),
            catalog or Catalog(None),
            self.now(),
            self.store,
            with_notes=with_notes,
        )
        return len(built.records)
