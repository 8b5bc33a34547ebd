"""Owner-only permissions for the data folder and vertprep's files in it.

The data is medical: the folder is 0700 and vertprep's files in it 0600 whatever
the umask, on creation and again at every start (older installs were 0755/0644).
Only vertprep's own files are touched, so a ``--data-dir`` pointing at a folder of
other documents leaves those documents alone. The owner's own bits are kept: a file
the person made read-only stays read-only (and vertprep says so).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600
OWN_SUFFIXES = ("", "-wal", "-shm", "-journal")
OWN_NAMES = ("errors.log", "vertprep.lock", "reminder-agent.lock")
BACKUPS_FOLDER = "backups"


def backups_folder(db_path: Path) -> Path:
    """Where the copies of the data at ``db_path`` are kept (automatic and safety)."""
    return db_path.parent / BACKUPS_FOLDER


def own_files(folder: Path, database_name: str) -> list[Path]:
    """vertprep's files in ``folder`` (those that exist)."""
    names = [database_name + suffix for suffix in OWN_SUFFIXES] + list(OWN_NAMES)
    return [folder / name for name in names if (folder / name).is_file()]


def make_private(path: Path) -> None:
    """Take away every permission of the group and of others, keep the owner's."""
    try:
        mode = stat.S_IMODE(os.lstat(path).st_mode)
        if mode & 0o177:  # the owner's execute bit, or any bit of the group or others
            os.chmod(path, mode & FILE_MODE)
    except FileNotFoundError:
        pass  # a journal SQLite has just removed: nothing to protect


def prepare_folder(folder: Path, database_name: str) -> None:
    """Create the data folder owner-only, or make an existing one so; raises ``OSError``."""
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    if stat.S_IMODE(folder.stat().st_mode) != FOLDER_MODE:
        os.chmod(folder, FOLDER_MODE)
    for path in own_files(folder, database_name):
        make_private(path)


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if it does not exist yet."""
    descriptor = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, FILE_MODE)
    os.close(descriptor)


def open_private_log(path: Path):
    """``path`` opened for appending text, created 0600 if new."""
    descriptor = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, FILE_MODE)
    return os.fdopen(descriptor, "a", encoding="utf-8", errors="backslashreplace")
