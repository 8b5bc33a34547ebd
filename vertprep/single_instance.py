"""One running vertprep per data folder.

Two windows on one folder would each keep their own copy of the data and overwrite
each other's notes. The first start takes a lock file in the data folder and listens
on a local socket named after the folder; a second start finds the lock taken, sends
``activate`` over the socket (the running window comes to the front) and exits 0.

The lock (``QLockFile``) decides who runs, so two starts at the same moment cannot
both win; it records the process id, so a lock left by a killed vertprep is taken
over at the next start. The socket (vertprep.local_door) only carries the request to
come forward, so the app may open it just after its window is shown (a second start
keeps trying for a few seconds).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal

try:  # the built-in SHA-256: hashlib would load OpenSSL (3 MB resident) for one digest
    from _sha256 import sha256  # Python 3.11
except ImportError:
    try:
        from _sha2 import sha256  # Python 3.12 and later
    except ImportError:
        from hashlib import sha256

LOCK_NAME = "vertprep.lock"
ACTIVATE = b"activate\n"
# How long a second start keeps trying to reach a first one that is still starting.
CONNECT_WAIT_MS = 5000


def server_name(data_dir: Path) -> str:
    """The local socket's name: the same for every spelling of one folder, per user."""
    try:
        resolved = str(Path(data_dir).resolve())
    except OSError:
        resolved = os.path.abspath(data_dir)
    digest = sha256(resolved.encode("utf-8", "surrogateescape")).hexdigest()[:20]
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    return f"vertprep-{user}-{digest}"


class SingleInstance(QObject):
    """The claim of this process on a data folder; emits ``activated`` when another
    start asks the running window to come to the front."""

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.name = server_name(self.data_dir)
        self._lock = QLockFile(str(self.data_dir / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        self._door = None  # the socket another start knocks on (vertprep.local_door)

    def claim(self, listen: bool = True) -> bool:
        """Become the running instance for the folder; ``False`` if another one is.
        With ``listen=False`` only the lock is taken: call :meth:`listen` soon after."""
        if not self._lock.tryLock(0):
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                raise OSError(f"cannot create {self.data_dir / LOCK_NAME}")
            return False
        lock_path = self.data_dir / LOCK_NAME
        if lock_path.exists():
            os.chmod(lock_path, 0o600)
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Answer other starts' requests to come forward (after a successful claim)."""
        if self._door is not None or not self._lock.isLocked():
            return
        from vertprep.local_door import open_door

        # Without the socket (a very unusual system) the lock still keeps one instance.
        self._door = open_door(self.name, self._on_request, self)

    def release(self) -> None:
        if self._door is not None:
            self._door.close()
            self._door = None
        self._lock.unlock()

    def ask_running_to_activate(self, wait_ms: int = CONNECT_WAIT_MS) -> bool:
        """From a second start: ask the running instance to come forward."""
        from vertprep.local_door import knock

        return knock(self.name, ACTIVATE, wait_ms)

    def _on_request(self, request: bytes) -> None:
        if request.startswith(ACTIVATE.strip()):
            self.activated.emit()
