"""One export: build the calendar for a patient, save it atomically, remember it."""

from __future__ import annotations

import errno
import os
import tempfile
from datetime import datetime, tzinfo
from pathlib import Path

from vertprep.calendar_export.events import CONTEXT, TEXTS, plan_events
from vertprep.calendar_export.ical import BuiltCalendar, build_calendar
from vertprep.core.model import ExportedEvent, OwnReminder, Profile
from vertprep.core.plan import CarePlan
from vertprep.i18n.catalog import Catalog
from vertprep.i18n.languages import SOURCE_LANGUAGE


class NothingToExportError(ValueError):
    """No procedure date and no own reminder: the calendar would be empty."""


def plan_calendar(
    profile: Profile,
    plan: CarePlan,
    own: list[OwnReminder],
    catalog: Catalog,
    now: datetime,
    previous: dict[str, ExportedEvent] | None = None,
    zone: tzinfo | None = None,
    with_notes: bool = False,
) -> BuiltCalendar:
    """The calendar of the patient's plan in the catalog's language; the patient's
    notes are left out unless ``with_notes``."""
    specs = plan_events(profile, plan, own, catalog, with_notes)
    if not specs and not previous:
        raise NothingToExportError("no procedure date and no own reminders")
    language = catalog.code or catalog.locale.name().split("_")[0] or SOURCE_LANGUAGE
    name = catalog.tr(CONTEXT, TEXTS["calendar_name"])
    return build_calendar(
        specs, language=language, calendar_name=name, now=now, previous=previous, zone=zone
    )


def write_atomically(path: Path, data: bytes) -> None:
    """Write the whole file or nothing: a temporary file beside it, then a rename."""
    if path.exists() and not path.is_file():
        # Never replace a device (/dev/null, as root) or a folder with a file.
        raise IsADirectoryError(errno.EISDIR, "not a regular file", str(path))
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def export_calendar(
    path: Path,
    profile: Profile,
    plan: CarePlan,
    own: list[OwnReminder],
    catalog: Catalog,
    now: datetime,
    store=None,
    zone: tzinfo | None = None,
    with_notes: bool = False,
) -> BuiltCalendar:
    """Save the calendar to ``path``. With a ``store``, UIDs and sequences carry on
    from the last export, and are recorded only once the file is saved."""
    previous = store.exported_events() if store is not None else None
    built = plan_calendar(profile, plan, own, catalog, now, previous, zone, with_notes)
    write_atomically(path, built.to_ical())
    if store is not None:
        store.record_exported_events(built.records)
    return built
