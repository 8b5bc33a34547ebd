"""The patient's plan as an iCalendar (.ics) file, for the calendar on their phone
or computer: the reminders that still reach them while the app is closed.

Used by the window (File → Export to calendar) and by ``vertprep calendar``.
Imports QtCore only (for translations and locale-aware dates), never widgets.
"""

from vertprep.calendar_export.export import NothingToExportError, export_calendar, plan_calendar

__all__ = ["NothingToExportError", "export_calendar", "plan_calendar"]
