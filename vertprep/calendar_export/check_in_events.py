"""The check-ins in the calendar: one all-day event each, with an alarm in the morning."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP

from vertprep.core.check_ins import CONTEXT as CHECK_IN_CONTEXT
from vertprep.core.check_ins import POINT_NAMES, schedule
from vertprep.core.model import Profile

CONTEXT = "CalendarExport"
SUMMARY = QT_TRANSLATE_NOOP("CalendarExport", "Pain check-in: {name}")
DESCRIPTION = QT_TRANSLATE_NOOP(
    "CalendarExport",
    "Open vertprep and answer the check-in: your pain now, and the warning signs. "
    "vertprep sends nothing to anyone and nobody watches the answers: if you have a "
    "warning sign, call your care team, or in an emergency your emergency number.",
)


def check_in_events(profile: Profile, t) -> list:
    """An event for each check-in of the patient's schedule (``t``: EventTexts)."""
    from vertprep.calendar_export.events import MORNING_AT, AlarmSpec, EventSpec

    events = []
    for point, day in schedule(profile.procedure_date):
        name = t.catalog.tr(CHECK_IN_CONTEXT, POINT_NAMES[point])
        summary = t.catalog.tr(CONTEXT, SUMMARY).format(name=name)
        events.append(
            EventSpec(
                f"checkin:{point.value}",
                summary,
                t.catalog.tr(CONTEXT, DESCRIPTION),
                day,
                alarms=(AlarmSpec(datetime.combine(day, MORNING_AT), summary),),
            )
        )
    return events
