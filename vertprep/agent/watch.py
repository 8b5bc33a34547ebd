"""Noticing that another process wrote to the data folder, without polling.

SQLite in WAL mode appends each commit to ``vertprep.sqlite3-wal`` and now and
then copies it into the main file, which may remove and recreate the -wal file.
Watching the folder (files appear and go) and both files (their content changes)
sees every commit; a short delay gathers the events of one commit into one signal.
The receiver then asks SQLite whether the change came from another connection.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from vertprep.paths import database_path

SETTLE_MS = 250


class DataWatcher(QObject):
    """Emits ``changed`` shortly after the data file of a folder was written."""

    changed = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        database = database_path(data_dir)
        self._files = [str(database), str(database) + "-wal"]
        self._watcher = QFileSystemWatcher(self)
        self._watcher.addPath(str(data_dir))
        self._watcher.directoryChanged.connect(self._on_event)
        self._watcher.fileChanged.connect(self._on_event)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.changed)
        self._watch_files()

    def _watch_files(self) -> None:
        # A file removed and made again drops out of the watch: add it back. (Called
        # on every commit, a tick's too: plain path checks, no Path objects.)
        present = [path for path in self._files if os.path.exists(path)]
        if present:
            watched = self._watcher.files()
            missing = [path for path in present if path not in watched]
            if missing:
                self._watcher.addPaths(missing)

    def _on_event(self, _path: str) -> None:
        self._watch_files()
        self._settle.start()
