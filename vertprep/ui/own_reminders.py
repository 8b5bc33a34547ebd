"""Your reminders: the patient adds, changes and deletes reminders of their own.

They appear on the overview, in the reminder banner on their day, in the calendar
export and on the printed plan. A reminder that cannot be saved (no text, a day
that has passed) is explained in words and nothing is saved.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from vertprep.core.date_limits import reminder_window
from vertprep.core.model import OwnReminder
from vertprep.core.reminders import OWN_TEXT_MAX, OwnReminderError, OwnReminderProblem
from vertprep.i18n.formatting import date_field_format
from vertprep.i18n.plan_text import when_text
from vertprep.ui.background_reminders import BackgroundRemindersCard
from vertprep.ui.calendar_dialog import export_calendar_dialog
from vertprep.ui.screens.base import Screen
from vertprep.ui.widgets.date_field import DateField, TimeField
from vertprep.ui.widgets.labels import role_label
from vertprep.ui.widgets.layouts import clear_layout
from vertprep.ui.widgets.wrapping_button import WrappingButton
from vertprep.ui.widgets.wrapping_check import WrappingCheck

DEFAULT_TIME = time(10, 0)


class OwnRemindersScreen(Screen):
    """A form to add or change a reminder, and the list of the patient's reminders."""

    screen_id = "reminders"
    # Nothing here depends on the plan or the profile.
    refreshed_by = ("reminders_changed",)

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.editing: OwnReminder | None = None
        self.intro = role_label()
        self.form = QFrame()
        self.form.setProperty("role", "card")
        self.form.setObjectName("ownReminderForm")
        self.form_heading = role_label("heading")
        self.text_label = role_label()
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("ownReminderText")
        self.text_edit.setMaxLength(OWN_TEXT_MAX)
        self.text_edit.returnPressed.connect(self.save)
        self.day_label = role_label()
        self.day_edit = DateField()
        self.day_edit.setObjectName("ownReminderDay")
        # The words wrap (a QCheckBox's own text would be cut in a narrow window).
        self.has_time_row = WrappingCheck()
        self.has_time = self.has_time_row.box
        self.has_time.setObjectName("ownReminderHasTime")
        self.time_edit = TimeField()
        self.time_edit.setObjectName("ownReminderTime")
        self.has_time.toggled.connect(self.time_edit.setVisible)
        self.error = role_label("error")
        self.error.setObjectName("ownReminderError")
        self.saved = role_label("muted")
        self.saved.setObjectName("ownReminderSaved")
        # What the error and "saved" lines say, kept so a language switch re-says it.
        self._problem: OwnReminderProblem | None = None
        self._saved_id: int | None = None
        self.save_button = WrappingButton()
        self.save_button.setObjectName("saveOwnReminder")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = WrappingButton()
        self.cancel_button.setObjectName("cancelOwnReminder")
        self.cancel_button.clicked.connect(self.reset_form)
        for label, field in (
            (self.text_label, self.text_edit),
            (self.day_label, self.day_edit),
        ):
            label.setBuddy(field)
        form_layout = QVBoxLayout(self.form)
        for widget in (
            # The error stands above the fields: the pop-up calendar, which opens
            # under the day, never covers it.
            self.form_heading, self.error, self.text_label, self.text_edit, self.day_label,
            self.day_edit, self.has_time_row, self.time_edit,
        ):  # fmt: skip
            form_layout.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        form_layout.addLayout(buttons)
        form_layout.addWidget(self.saved)

        self.list_heading = role_label("heading")
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(8)
        self.export_hint = role_label("muted")
        self.export_button = WrappingButton()
        self.export_button.setObjectName("exportCalendarButton")
        self.export_button.clicked.connect(lambda: export_calendar_dialog(self, self.session))
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        for widget in (self.intro, self.form, self.list_heading):
            self.body.addWidget(widget)
        self.body.addLayout(self.list_box)
        self.body.addWidget(self.export_hint)
        self.body.addLayout(export_row)
        self.background_reminders = BackgroundRemindersCard(session)
        self.body.addWidget(self.background_reminders)
        self.reset_form()
        self.finish_layout()

    # -- the form -------------------------------------------------------------------
    def reset_form(self) -> None:
        """An empty form for a new reminder, dated tomorrow."""
        self.editing = None
        self.text_edit.clear()
        today = self.session.today()
        day = today + timedelta(days=1)
        self.day_edit.set_today(today)
        self._bound_day(day)
        self.day_edit.set_earliest(today)
        self.day_edit.set_day(day)
        self.has_time.setChecked(False)
        self.time_edit.setTime(QTime(DEFAULT_TIME.hour, DEFAULT_TIME.minute))
        self.time_edit.setVisible(False)
        self._show_problem(None)
        self._update_form_texts()

    def edit(self, reminder: OwnReminder) -> None:
        """Load a reminder into the form to change it."""
        self.editing = reminder
        self.text_edit.setText(reminder.text)
        self._bound_day(reminder.day)
        # A reminder whose day has passed can still be opened and moved on.
        self.day_edit.set_earliest(min(reminder.day, self.session.today()))
        self.day_edit.set_day(reminder.day)
        self.has_time.setChecked(reminder.at is not None)
        at = reminder.at or DEFAULT_TIME
        self.time_edit.setTime(QTime(at.hour, at.minute))
        self.time_edit.setVisible(reminder.at is not None)
        self._show_problem(None)
        self._show_saved(None)
        self._update_form_texts()
        self.text_edit.setFocus()
        self.scroll.ensureWidgetVisible(self.form)

    def _bound_day(self, shown: date) -> None:
        """Days a reminder can be set for (no far-off year that nothing can compute)."""
        first, last = reminder_window(self.session.today())
        self.day_edit.set_bounds(min(first, shown), max(last, shown))

    def save(self) -> None:
        qtime = self.time_edit.time()
        day = self.day_edit.day() or self.session.today()
        at = time(qtime.hour(), qtime.minute()) if self.has_time.isChecked() else None
        text = self.text_edit.text()
        try:
            if self.editing is None:
                saved = self.session.add_own_reminder(text, day, at)
            else:
                saved = OwnReminder(self.editing.id, text, day, at)
                self.session.update_own_reminder(saved)
        except OwnReminderError as error:
            self._show_problem(error.problem)
            self._show_saved(None)
            self.text_edit.setFocus()
            return
        self.reset_form()
        self._show_saved(saved.id)

    # -- the messages under the form: they follow the language, and go when untrue --
    def _show_problem(self, problem: OwnReminderProblem | None) -> None:
        self._problem = problem
        self.error.setVisible(problem is not None)
        if problem is not None:
            self.error.setText(self.problem_text(problem))

    def _show_saved(self, reminder_id: int | None) -> None:
        self._saved_id = reminder_id
        self.saved.setVisible(reminder_id is not None)
        if reminder_id is not None:
            self.saved.setText(self.tr("Your reminder is saved."))

    def problem_text(self, problem: OwnReminderProblem) -> str:
        if problem is OwnReminderProblem.EMPTY_TEXT:
            return self.tr(
                "Write what the reminder is about, for example “call the pharmacy”. "
                "Nothing was saved."
            )
        if problem is OwnReminderProblem.TOO_LONG:
            return self.tr("This reminder is too long. Nothing was saved.")
        return self.tr("This day has passed. Choose today or a later day. Nothing was saved.")

    def delete(self, reminder: OwnReminder) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Delete reminder"))
        box.setText(self.tr("Delete the reminder “{text}”?").format(text=reminder.text))
        # Named buttons, and the safe one is what Enter does.
        delete = box.addButton(self.tr("Delete reminder"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is not delete:
            return
        if self.editing is not None and self.editing.id == reminder.id:
            self.reset_form()
        self.session.delete_own_reminder(reminder.id)

    # -- texts and the list ------------------------------------------------------------
    def _update_form_texts(self) -> None:
        if self.editing is None:
            self.form_heading.setText(self.tr("Add a reminder"))
            self.save_button.setText(self.tr("Add reminder"))
        else:
            self.form_heading.setText(self.tr("Change this reminder"))
            self.save_button.setText(self.tr("Save changes"))
        self.cancel_button.setVisible(self.editing is not None)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Your own reminders"))
        self.intro.setText(
            self.tr(
                "Add reminders of your own, such as “ask about Prolia” or “call the "
                "pharmacy”. They appear on the overview, in your calendar when you export "
                "it, and on the printed plan."
            )
        )
        self.text_label.setText(self.tr("What do you want to remember?"))
        self.text_edit.setPlaceholderText(self.tr("For example: call the pharmacy"))
        self.text_edit.setAccessibleName(self.tr("What do you want to remember?"))
        self.day_label.setText(self.tr("Day"))
        # The day written out in full ("Wednesday, 2 December 2026"), as the language writes it.
        self.day_edit.setDisplayFormat(date_field_format())
        self.day_edit.setAccessibleName(self.tr("Day of the reminder"))
        self.has_time_row.setText(self.tr("At a set time"))
        self.time_edit.setAccessibleName(self.tr("Time of the reminder"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.list_heading.setText(self.tr("Your reminders"))
        self.export_hint.setText(
            self.tr(
                "Put your plan and your reminders in the calendar on your phone or "
                "computer, so they reach you when this app is closed."
            )
        )
        self.export_button.setText(self.tr("Export to calendar…"))
        self._update_form_texts()
        self._show_problem(self._problem)
        self._show_saved(self._saved_id)
        self.refresh()

    def refresh(self) -> None:
        clear_layout(self.list_box)
        reminders = self.session.own_reminders()
        if self._saved_id is not None and all(r.id != self._saved_id for r in reminders):
            self._show_saved(None)  # "saved" is no longer true once it is deleted
        if not reminders:
            empty = role_label("muted")
            empty.setText(self.tr("You have no reminders of your own yet."))
            self.list_box.addWidget(empty)
            return
        for reminder in reminders:
            self.list_box.addWidget(self._reminder_card(reminder))

    def _reminder_card(self, reminder: OwnReminder) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        card.setObjectName(f"ownReminder_{reminder.id}")
        layout = QVBoxLayout(card)
        when = role_label("muted")
        when.setText(when_text(reminder))
        text = role_label("heading")
        text.setText(reminder.text)
        edit_button = QPushButton(self.tr("Change"))
        edit_button.setObjectName(f"editOwnReminder_{reminder.id}")
        edit_button.setAccessibleName(self.tr("Change “{text}”").format(text=reminder.text))
        edit_button.clicked.connect(lambda: self.edit(reminder))
        delete_button = QPushButton(self.tr("Delete"))
        delete_button.setObjectName(f"deleteOwnReminder_{reminder.id}")
        delete_button.setAccessibleName(self.tr("Delete “{text}”").format(text=reminder.text))
        delete_button.clicked.connect(lambda: self.delete(reminder))
        buttons = QHBoxLayout()
        buttons.addWidget(edit_button)
        buttons.addWidget(delete_button)
        buttons.addStretch(1)
        layout.addWidget(when)
        layout.addWidget(text)
        layout.addLayout(buttons)
        return card
