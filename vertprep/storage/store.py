"""Reading and writing the patient's data; every write is committed at once."""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from vertprep.core.model import ItemState, Profile
from vertprep.storage.database import StorageError, open_database


@dataclass(frozen=True)
class Settings:
    """App preferences, each with its default declared here and nowhere else."""

    onboarded: bool = False
    language: str = ""
    text_scale: int = 100
    high_contrast: bool = False


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
        return date.fromisoformat(raw) if raw else None
    if "time" in kind:
        return time.fromisoformat(raw) if raw else None
    if "bool" in kind:
        return raw == "1"
    if "int" in kind:
        return int(raw)
    return raw


class Store:
    """The patient's data in one SQLite file. Each setter commits before it returns."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn = open_database(path)

    def close(self) -> None:
        self._conn.close()

    # -- writes -----------------------------------------------------------------
    def _write(self, sql: str, params: tuple) -> None:
        try:
            with self._conn:
                self._conn.execute("BEGIN")
                self._conn.execute(sql, params)
        except sqlite3.Error as error:
            raise StorageError(self.path, str(error)) from error

    def _put(self, table: str, key: str, value: object) -> None:
        self._write(
            f"INSERT INTO {table}(key, value) VALUES(?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, _encode(value)),
        )

    def _read_table(self, table: str, cls: type) -> dict[str, object]:
        rows = dict(self._conn.execute(f"SELECT key, value FROM {table}").fetchall())
        values = {}
        for spec in dataclasses.fields(cls):
            if spec.name in rows:
                try:
                    values[spec.name] = _decode(spec.type, rows[spec.name])
                except ValueError:
                    continue  # a damaged value falls back to the default
        return values

    # -- profile ----------------------------------------------------------------
    def profile(self) -> Profile:
        return Profile(**self._read_table("profile", Profile))

    def update_profile(self, **changes: object) -> Profile:
        """Change some profile fields; returns the new profile."""
        updated = dataclasses.replace(self.profile(), **changes)
        for name in changes:
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
        for item_id, done_at, note in self._conn.execute(
            "SELECT item_id, done_at, note FROM item_state"
        ):
            when = datetime.fromisoformat(done_at) if done_at else None
            states[item_id] = ItemState(done_at=when, note=note)
        return states

    def item_state(self, item_id: str) -> ItemState:
        return self.item_states().get(item_id, ItemState())

    def set_done(self, item_id: str, done_at: datetime | None) -> None:
        """Tick (with the moment it was done) or untick (``None``) an item."""
        stamp = done_at.isoformat(timespec="seconds") if done_at else None
        self._write(
            "INSERT INTO item_state(item_id, done_at, updated_at) VALUES(?, ?, ?) "
            "ON CONFLICT(item_id) DO UPDATE SET done_at = excluded.done_at, "
            "updated_at = excluded.updated_at",
            (item_id, stamp, _now()),
        )

    def set_note(self, item_id: str, note: str) -> None:
        self._write(
            "INSERT INTO item_state(item_id, note, updated_at) VALUES(?, ?, ?) "
            "ON CONFLICT(item_id) DO UPDATE SET note = excluded.note, "
            "updated_at = excluded.updated_at",
            (item_id, note, _now()),
        )


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


__all__ = ["ItemState", "Profile", "Settings", "Store"]
