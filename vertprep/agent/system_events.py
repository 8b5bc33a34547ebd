"""Moments when the agent's plan may have gone stale: the computer woke from sleep,
or the system's time zone changed.

A running timer counts time while the computer is awake; it knows nothing of
sleep, of a clock set forward or of a new time zone. Where the system tells (Linux:
logind's ``PrepareForSleep`` signal on the system bus, the zone file replaced in
``/etc``), the agent plans again at once; elsewhere its hourly wake does it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal, Slot

ZONE_FILES = ("/etc/localtime", "/etc/timezone")
LOGIN_SERVICE_PATH = "/org/freedesktop/login1"
LOGIN_MANAGER = "org.freedesktop.login1.Manager"


class SystemEvents(QObject):
    """Emits ``changed`` after a wake from sleep or a change of time zone."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The folder, not the file: a new zone replaces the /etc/localtime link.
        folders = sorted({str(Path(f).parent) for f in ZONE_FILES if Path(f).exists()})
        self._zone_watcher = QFileSystemWatcher(folders, self)
        self._zone_watcher.directoryChanged.connect(self._zone_folder_changed)
        self._zones = self._zone_files()
        self.listening_for_sleep = self._listen_for_sleep()

    @staticmethod
    def _zone_files() -> tuple[str, ...]:
        found = []
        for name in ZONE_FILES:
            path = Path(name)
            try:
                found.append(f"{path.resolve()}:{path.stat().st_mtime_ns}")
            except OSError:
                found.append("")
        return tuple(found)

    def _zone_folder_changed(self, _folder: str) -> None:
        zones = self._zone_files()
        if zones != self._zones:  # some other file of /etc changed: nothing to do
            self._zones = zones
            self.changed.emit()

    def _listen_for_sleep(self) -> bool:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return False
        bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            return False
        return bus.connect(
            "", LOGIN_SERVICE_PATH, LOGIN_MANAGER, "PrepareForSleep", self, "1sleeping(bool)"
        )

    @Slot(bool)
    def sleeping(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            self.changed.emit()
