"""The running patient session: the one place the UI reads and writes through."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, Signal

from vertprep.core.model import ItemState, Profile
from vertprep.core.plan import CarePlan
from vertprep.storage.store import Settings, Store

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The local wall-clock time, aware of the time zone."""
    return datetime.now().astimezone()


class PatientSession(QObject):
    """Wraps the store: every change is committed, then announced to the screens.

    ``clock`` is injectable so tests can fix "now" (and so "today").
    """

    plan_changed = Signal()
    profile_changed = Signal()
    settings_changed = Signal()

    def __init__(self, store: Store, clock: Clock = system_clock, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self._profile = store.profile()
        self._settings = store.settings()
        self._states = store.item_states()

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

    def plan(self) -> CarePlan:
        return CarePlan.build(self._profile, self._states, self.today())

    # -- writing: the store commits before the signal goes out --------------------
    def set_done(self, item_id: str, done: bool) -> None:
        done_at = self.now().replace(microsecond=0) if done else None
        self.store.set_done(item_id, done_at)
        self._states[item_id] = ItemState(done_at, self.item_state(item_id).note)
        self.plan_changed.emit()

    def set_note(self, item_id: str, note: str) -> None:
        if note == self.item_state(item_id).note:
            return
        self.store.set_note(item_id, note)
        self._states[item_id] = ItemState(self.item_state(item_id).done_at, note)
        self.plan_changed.emit()

    def update_profile(self, **changes: object) -> None:
        self._profile = self.store.update_profile(**changes)
        self.profile_changed.emit()
        self.plan_changed.emit()

    def update_settings(self, **changes: object) -> None:
        self._settings = self.store.update_settings(**changes)
        self.settings_changed.emit()
