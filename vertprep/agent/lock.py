"""One reminder agent per data folder, held by a lock file in that folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

AGENT_LOCK_NAME = "reminder-agent.lock"


def agent_lock(data_dir: Path) -> QLockFile:
    """The agent's lock of ``data_dir``; a lock left by a process that died is taken
    over (Qt checks whether its process still runs), however old or new it is."""
    lock = QLockFile(str(data_dir / AGENT_LOCK_NAME))
    lock.setStaleLockTime(0)
    return lock


def agent_running(data_dir: Path) -> bool:
    """Whether an agent holds the lock of ``data_dir`` (the window asks, to leave the
    desktop notifications to it)."""
    if not (data_dir / AGENT_LOCK_NAME).exists():
        return False
    lock = agent_lock(data_dir)
    if lock.tryLock(0):
        lock.unlock()
        return False
    return lock.error() == QLockFile.LockError.LockFailedError
