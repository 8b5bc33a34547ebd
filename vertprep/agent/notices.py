"""The words of an agent's notification, in the patient's language, and its buttons."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from vertprep.agent.engine import Announcement
from vertprep.core.reminders import ReminderKind
from vertprep.i18n.bidi import on_screen
from vertprep.session import PatientSession
from vertprep.ui.reminder_banner import reminder_text, urgency_word

SHOWN_LINES = 4  # more would not fit a notification; the window has them all

OPEN = "default"  # clicking the notification itself (the freedesktop name)
DONE = "done"
DISMISS = "dismiss"
SNOOZE = "snooze"


@dataclass(frozen=True)
class Notice:
    """One notification: its title, text, buttons (key, label) and the reminders."""

    title: str
    body: str
    actions: tuple[tuple[str, str], ...]
    reminder_ids: tuple[str, ...]
    # The checklist item a "Done" button ticks, for a single step's reminder.
    item_id: str | None = None
    # Whose reminders they are: the buttons act for this patient.
    patient_id: int | None = None


def make_notice(
    announcement: Announcement, session: PatientSession, whose: str | None = None
) -> Notice:
    """The notification of ``announcement``, in the current language; ``whose`` is the
    patient's name, said in the title when several patients share the data folder."""
    reminders = announcement.reminders
    count = len(reminders)
    if announcement.missed:
        title = QCoreApplication.translate(
            "AgentNotice", "While vertprep was closed: {count} reminders"
        ).format(count=count)
        if count == 1:
            title = QCoreApplication.translate(
                "AgentNotice", "While vertprep was closed: a reminder"
            )
    elif count > 1:
        title = QCoreApplication.translate("AgentNotice", "vertprep: {count} reminders").format(
            count=count
        )
    else:
        title = QCoreApplication.translate("AgentNotice", "vertprep reminder")
    if whose is not None:
        name = whose or QCoreApplication.translate("PatientsModel", "(no name)")
        title = QCoreApplication.translate("AgentNotice", "{title} – for {name}").format(
            title=title, name=on_screen(name)
        )
    lines = [
        QCoreApplication.translate("AgentNotice", "{status}: {text}").format(
            status=urgency_word(r.urgency), text=reminder_text(r, session)
        )
        for r in reminders[:SHOWN_LINES]
    ]
    if count > SHOWN_LINES:
        lines.append(
            QCoreApplication.translate("AgentNotice", "and {count} more in vertprep").format(
                count=count - SHOWN_LINES
            )
        )
    item_id = None
    if count == 1 and reminders[0].kind is ReminderKind.ITEM:
        item_id = reminders[0].planned.item.id
        first = (DONE, QCoreApplication.translate("AgentNotice", "Done"))
    elif count == 1:
        first = (DISMISS, QCoreApplication.translate("AgentNotice", "Dismiss"))
    else:
        first = None
    actions = [first] if first else []
    actions += [
        (SNOOZE, QCoreApplication.translate("AgentNotice", "Remind me tomorrow")),
        (OPEN, QCoreApplication.translate("AgentNotice", "Open vertprep")),
    ]
    return Notice(
        title,
        "\n".join(lines),
        tuple(actions),
        tuple(r.id for r in reminders),
        item_id,
        session.patient_id,
    )


def unavailable_text() -> str:
    """Said in the window when the agent found no way to show a notification."""
    return QCoreApplication.translate(
        "AgentNotice",
        "This computer could not show vertprep's reminders while vertprep is closed: "
        "it has no notification area. Export your plan to your calendar instead, and "
        "your calendar will remind you.",
    )
