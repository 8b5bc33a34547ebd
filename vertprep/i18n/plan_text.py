"""Words for statuses and due dates, shared by the screens (and the printout)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vertprep.core.plan import PlannedItem, Status
from vertprep.i18n.formatting import long_date

CONTEXT = "PlanText"


def status_word(status: Status) -> str:
    """A word for the status, so it is never shown by colour alone."""
    words = {
        Status.DONE: QCoreApplication.translate("PlanText", "Done"),
        Status.OVERDUE: QCoreApplication.translate("PlanText", "Overdue"),
        Status.DUE_TODAY: QCoreApplication.translate("PlanText", "Due today"),
        Status.UPCOMING: QCoreApplication.translate("PlanText", "Coming up"),
        Status.UNSCHEDULED: QCoreApplication.translate("PlanText", "No date yet"),
    }
    return words[status]


def due_text(planned: PlannedItem) -> str:
    """When the item is due, in words."""
    if planned.window is not None:
        return QCoreApplication.translate("PlanText", "Between {first} and {last}").format(
            first=long_date(planned.window.first), last=long_date(planned.window.last)
        )
    if planned.due is None:
        return QCoreApplication.translate(
            "PlanText", "The date will appear once you enter your procedure date."
        )
    return QCoreApplication.translate("PlanText", "Do this by {date}").format(
        date=long_date(planned.due)
    )


def done_text(planned: PlannedItem) -> str:
    """ "Done on <date>" for a ticked item, else the status word."""
    if planned.state.done_at is None:
        return status_word(planned.status)
    return QCoreApplication.translate("PlanText", "Done on {date}").format(
        date=long_date(planned.state.done_at.date())
    )
