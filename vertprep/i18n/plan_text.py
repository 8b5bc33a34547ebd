"""Words for statuses and due dates, shared by the screens (and the printout).

Each function takes an optional ``catalog`` (anything with ``tr(context, text)``
and ``locale``, such as :class:`~vertprep.i18n.catalog.Catalog`) to give the
words in a language other than the app's; without one, the app's language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from vertprep.core.model import OwnReminder
from vertprep.core.plan import PlannedItem, Status
from vertprep.i18n.formatting import clock_time, long_date
from vertprep.plan.model import When

CONTEXT = "PlanText"


def _tr(text: str, catalog) -> str:
    if catalog is None:
        return QCoreApplication.translate(CONTEXT, text)
    return catalog.tr(CONTEXT, text)


def _date(day, catalog) -> str:
    return long_date(day, None if catalog is None else catalog.locale)


def status_word(status: Status, catalog=None) -> str:
    """A word for the status, so it is never shown by colour alone."""
    words = {
        Status.DONE: QT_TRANSLATE_NOOP("PlanText", "Done"),
        Status.OVERDUE: QT_TRANSLATE_NOOP("PlanText", "Overdue"),
        Status.DUE_TODAY: QT_TRANSLATE_NOOP("PlanText", "Due today"),
        Status.UPCOMING: QT_TRANSLATE_NOOP("PlanText", "Coming up"),
        Status.UNSCHEDULED: QT_TRANSLATE_NOOP("PlanText", "No date yet"),
    }
    return _tr(words[status], catalog)


def due_text(planned: PlannedItem, catalog=None) -> str:
    """When the item is due, in words."""
    if planned.window is not None:
        return _tr(QT_TRANSLATE_NOOP("PlanText", "Between {first} and {last}"), catalog).format(
            first=_date(planned.window.first, catalog), last=_date(planned.window.last, catalog)
        )
    if planned.due is None and planned.item.days is None:
        return undated_text(planned, catalog)
    if planned.due is None:
        return _tr(
            QT_TRANSLATE_NOOP(
                "PlanText", "The date will appear once you enter your procedure date."
            ),
            catalog,
        )
    return _tr(QT_TRANSLATE_NOOP("PlanText", "Do this by {date}"), catalog).format(
        date=_date(planned.due, catalog)
    )


def undated_text(planned: PlannedItem, catalog=None) -> str:
    """When a step without days is done: in its order, never a made-up date."""
    when = planned.item.when
    if when is When.CONSULTATION:
        return _tr(QT_TRANSLATE_NOOP("PlanText", "By your consultation"), catalog)
    if when is When.BEFORE_PROCEDURE:
        return _tr(QT_TRANSLATE_NOOP("PlanText", "Before the procedure"), catalog)
    return _tr(QT_TRANSLATE_NOOP("PlanText", "When your doctor advises"), catalog)


def done_text(planned: PlannedItem, catalog=None) -> str:
    """ "Done on <date>" for a ticked item, else the status word."""
    if planned.state.done_at is None:
        return status_word(planned.status, catalog)
    return _tr(QT_TRANSLATE_NOOP("PlanText", "Done on {date}"), catalog).format(
        date=_date(planned.state.done_at.date(), catalog)
    )


def when_text(reminder: OwnReminder) -> str:
    """An own reminder's day, "Monday 7 December 2026, 14:00" or the date alone, in
    the app's language (the overview and the reminders screen show it)."""
    if reminder.at is None:
        return long_date(reminder.day)
    return QCoreApplication.translate("OwnReminderText", "{date}, {time}").format(
        date=long_date(reminder.day), time=clock_time(reminder.at)
    )
