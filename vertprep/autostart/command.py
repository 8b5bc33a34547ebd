"""``vertprep --uninstall-autostart``: remove the login entry and stop the agent."""

from __future__ import annotations

import argparse
import sys

from vertprep import autostart
from vertprep.paths import database_path, resolve_data_dir


def uninstall_autostart(args: argparse.Namespace) -> int:
    """Remove the login entry of the reminder agent; the running agent of the data
    folder stops too (it quits when its setting is turned off). Exit code 0 also
    when there was nothing to remove."""
    try:
        removed = autostart.remove()
    except OSError as error:
        print(f"vertprep: cannot remove the login entry: {error}", file=sys.stderr)
        return 1
    if removed is None:
        print("vertprep: no login entry for reminders; nothing to remove")
    else:
        print(f"vertprep: removed {removed}")
    path = database_path(resolve_data_dir(args.data_dir))
    if path.exists():
        from vertprep.storage import StorageError, Store

        try:
            store = Store(path)
        except StorageError:
            return 0  # the entry is gone; a file we cannot open has no agent to stop
        try:
            # Off for everyone: the agent serves every patient of the folder.
            for patient in store.patients.entries(include_archived=True):
                store.use_patient(patient.id, remember=False)
                if store.settings().background_reminders:
                    store.update_settings(background_reminders=False)
        finally:
            store.close()
    return 0
