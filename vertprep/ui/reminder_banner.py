"""The reminder banner above every screen: the reminder that always works.

Shows one active reminder at a time (the most urgent), with its status as a word,
and two buttons: Dismiss (never shown again) and Remind me tomorrow. The list of
active reminders comes from :class:`vertprep.ui.notifier.Notifier`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QGridLayout, QPushButton

from vertprep.core.reminders import Reminder, ReminderKind, Urgency
from vertprep.i18n.formatting import clock_time, long_date, number
from vertprep.i18n.plan_words import words
from vertprep.session import PatientSession
from vertprep.ui import theme
from vertprep.ui.widgets.labels import role_label, set_status


def urgency_word(urgency: Urgency) -> str:
    """The word shown with every reminder, so urgency is never colour alone."""
    if urgency is Urgency.OVERDUE:
        return QCoreApplication.translate("ReminderText", "Overdue")
    if urgency is Urgency.TOMORROW:
        return QCoreApplication.translate("ReminderText", "Tomorrow")
    return QCoreApplication.translate("ReminderText", "Due today")


def reminder_text(reminder: Reminder, session: PatientSession) -> str:
    """The reminder in plain words, in the app's language."""
    day = long_date(reminder.day)
    if reminder.kind is ReminderKind.PROCEDURE:
        profile = session.profile
        if profile.arrival_time is None:
            return QCoreApplication.translate(
                "ReminderText", "Your procedure is tomorrow, {date}."
            ).format(date=day)
        return QCoreApplication.translate(
            "ReminderText", "Your procedure is tomorrow, {date}. Arrive at {time}."
        ).format(date=day, time=clock_time(profile.arrival_time))
    if reminder.kind is ReminderKind.CHECK_IN:
        from vertprep.i18n.diary_text import point_name

        return QCoreApplication.translate(
            "ReminderText",
            "Pain check-in: {name}. Your pain now and a few yes or no questions, on the "
            "Your recovery screen.",
        ).format(name=point_name(reminder.check_in))
    if reminder.kind is ReminderKind.OWN:
        own = reminder.own
        if reminder.urgency is Urgency.OVERDUE:
            return QCoreApplication.translate("ReminderText", "{text} (on {date})").format(
                text=own.text, date=day
            )
        if own.at is not None:
            return QCoreApplication.translate("ReminderText", "{text} (today at {time})").format(
                text=own.text, time=clock_time(own.at)
            )
        return own.text
    title = words(reminder.planned.item.title, session.team_plan)
    if reminder.urgency is Urgency.OVERDUE:
        return QCoreApplication.translate(
            "ReminderText", "{title}: this was due by {date}."
        ).format(title=title, date=day)
    return QCoreApplication.translate("ReminderText", "{title}: do this today.").format(title=title)


class ReminderBanner(QFrame):
    """A framed banner with the most urgent reminder; hidden when there is none."""

    def __init__(self, session: PatientSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.reminders: list[Reminder] = []
        self.setObjectName("reminderBanner")
        self.setProperty("role", "alert")
        self.status = role_label("heading")
        self.status.setObjectName("reminderStatus")
        self.counter = role_label("muted")
        self.counter.setObjectName("reminderCounter")
        self.text = role_label()
        self.text.setObjectName("reminderText")
        self.dismiss_button = QPushButton()
        self.dismiss_button.setObjectName("dismissReminder")
        self.dismiss_button.clicked.connect(self._dismiss)
        self.snooze_button = QPushButton()
        self.snooze_button.setObjectName("snoozeReminder")
        self.snooze_button.clicked.connect(self._snooze)
        self.check_in_button = QPushButton()
        self.check_in_button.setObjectName("startCheckInFromBanner")
        self.check_in_button.clicked.connect(self._start_check_in)

        self.buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.buttons.addWidget(self.check_in_button)
        self.buttons.addWidget(self.dismiss_button)
        self.buttons.addWidget(self.snooze_button)
        self.buttons.addStretch(1)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(12, 8, 12, 10)
        self.grid.setSpacing(6)
        self.grid.setColumnStretch(0, 1)
        self.compact = False
        self._arrange()
        self.hide()
        self.retranslate_ui()

    @property
    def current(self) -> Reminder | None:
        return self.reminders[0] if self.reminders else None

    def set_reminders(self, reminders: list[Reminder]) -> None:
        """Show the first of ``reminders`` (most urgent first), or hide the banner."""
        self.reminders = list(reminders)
        self._show_current()

    def _show_current(self) -> None:
        reminder = self.current
        self.setVisible(reminder is not None)
        if reminder is None:
            return
        self.status.setText(urgency_word(reminder.urgency))
        set_status(self.status, "overdue" if reminder.urgency is Urgency.OVERDUE else "due_today")
        self.text.setText(reminder_text(reminder, self.session))
        self.check_in_button.setVisible(reminder.kind is ReminderKind.CHECK_IN)
        self.counter.setVisible(len(self.reminders) > 1)
        self.counter.setText(
            self.tr("Reminder 1 of {count}").format(count=number(len(self.reminders)))
        )
        self.setAccessibleDescription(
            self.tr("{status}: {text}").format(status=self.status.text(), text=self.text.text())
        )

    def _dismiss(self) -> None:
        if self.current is not None:
            self.session.dismiss_reminder(self.current.id)

    def _start_check_in(self) -> None:
        if self.current is not None and self.current.check_in is not None:
            from vertprep.ui.check_in_dialog import open_check_in

            open_check_in(self.window(), self.session, self.current.check_in)

    def _snooze(self) -> None:
        if self.current is not None:
            self.session.snooze_reminder(self.current.id)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Reminder"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Dismiss this reminder: it will not come back"))
        self.snooze_button.setText(self.tr("Remind me tomorrow"))
        self.snooze_button.setToolTip(self.tr("Hide this reminder until tomorrow"))
        self.check_in_button.setText(self.tr("Start the check-in"))
        self._show_current()
        self._fit_buttons()  # the new words may be longer

    def _arrange(self) -> None:
        """Status and counter above the text and the buttons under it; at large text
        sizes the buttons go beside the status, a row less above the screen."""
        grid = self.grid
        for item in (self.status, self.counter, self.text, self.buttons):
            grid.removeWidget(item) if item is not self.buttons else grid.removeItem(item)
        top, right = Qt.AlignmentFlag.AlignTop, Qt.AlignmentFlag.AlignRight
        grid.addWidget(self.status, 0, 0)
        grid.addWidget(self.text, 1, 0, 1, 2)
        if self.compact:
            grid.addLayout(self.buttons, 0, 1)
            grid.addWidget(self.counter, 2, 0, 1, 2, right | top)
        else:
            grid.addWidget(self.counter, 0, 1, right | top)
            grid.addLayout(self.buttons, 2, 0, 1, 2)

    def fit_text_size(self) -> None:
        compact = theme.is_compact()
        if compact != self.compact:
            self.compact = compact
            self._arrange()
        self._fit_buttons()

    def _fit_buttons(self) -> None:
        """Buttons side by side where they fit, else one above the other (large text)."""
        margins = self.layout().contentsMargins()
        room = self.contentsRect().width() - margins.left() - margins.right()
        if self.compact:
            room -= self.status.sizeHint().width() + self.grid.spacing()
        needed = (
            (
                self.check_in_button.sizeHint().width() + self.buttons.spacing()
                if self.check_in_button.isVisibleTo(self)
                else 0
            )
            + self.dismiss_button.sizeHint().width()
            + self.snooze_button.sizeHint().width()
            + self.buttons.spacing()
        )
        direction = QBoxLayout.Direction.LeftToRight
        if needed > room:
            direction = QBoxLayout.Direction.TopToBottom
        if self.buttons.direction() != direction:
            self.buttons.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_buttons()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_buttons()  # the text size changed
        super().changeEvent(event)
