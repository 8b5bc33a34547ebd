"""The patient's details: procedure date, arrival time, place, name, phone.

Each change is saved at once. A value that is not valid is explained and not saved.
"""

from __future__ import annotations

import re
from datetime import time

from PySide6.QtCore import QEvent, QLocale, Qt, QTime
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from vertprep.core.date_limits import procedure_window
from vertprep.i18n.formatting import date_field_format, long_date
from vertprep.session import PatientSession
from vertprep.ui import theme
from vertprep.ui.widgets.date_field import DateField, TimeField
from vertprep.ui.widgets.labels import role_label
from vertprep.ui.widgets.wrapping_check import WrappingCheck

# Digits and the usual signs, then perhaps an extension: "+44 20 7946 0000 ext. 12"
# (while it is being typed, "e" and "ex" are not called mistakes).
PHONE_PATTERN = re.compile(r"^[0-9+()\-./ ]*((e|ex|ext\.?|x|#)\s*[0-9]*\s*)?$", re.IGNORECASE)
DEFAULT_ARRIVAL = time(8, 0)


class DetailsForm(QWidget):
    """The form on the welcome screen; also how the details are changed later."""

    def __init__(self, session: PatientSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SMALL_SPACING_PX)

        self.date_label = role_label("heading")
        self.date_edit = DateField()
        self.date_edit.setObjectName("procedureDate")
        self.date_edit.allow_no_date("")  # its words come in retranslate_ui()
        # Which dates the field takes (a year back, two ahead): said, not only enforced.
        self.date_hint = role_label("muted")
        self.date_hint.setObjectName("procedureDateHint")
        # Tick boxes whose words wrap: long translations and large text never cut off.
        self.no_date_row = WrappingCheck()
        self.no_date = self.no_date_row.box
        self.no_date.setObjectName("notScheduled")
        self.time_label = role_label("heading")
        self.time_edit = TimeField()
        self.time_edit.setObjectName("arrivalTime")
        self.no_time_row = WrappingCheck()
        self.no_time = self.no_time_row.box
        self.no_time.setObjectName("arrivalUnknown")
        self.place_label = role_label("heading")
        self.place_edit = QLineEdit()
        self.place_edit.setObjectName("place")
        self.place_edit.setMaxLength(120)
        self.name_label = role_label("heading")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name")
        self.name_edit.setMaxLength(80)
        self.phone_label = role_label("heading")
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("phone")
        self.phone_edit.setMaxLength(40)
        # Digits read left to right in every language, in Arabic too.
        self.phone_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.phone_error = role_label("error")
        self.phone_error.setObjectName("phoneError")
        self.phone_error.hide()

        for label, field in (
            (self.date_label, self.date_edit),
            (self.time_label, self.time_edit),
            (self.place_label, self.place_edit),
            (self.name_label, self.name_edit),
            (self.phone_label, self.phone_edit),
        ):
            label.setBuddy(field)
        for widget in (
            self.date_label, self.date_edit, self.date_hint, self.no_date_row,
            self.time_label, self.time_edit, self.no_time_row,
            self.place_label, self.place_edit,
            self.name_label, self.name_edit,
            self.phone_label, self.phone_edit, self.phone_error,
        ):  # fmt: skip
            layout.addWidget(widget)

        self.load()
        self.date_edit.dateChanged.connect(self._save_date)
        self.no_date.toggled.connect(self._on_not_scheduled)
        self.time_edit.timeChanged.connect(self._save_time)
        self.no_time.toggled.connect(self._save_time)
        self.place_edit.textEdited.connect(lambda text: session.update_profile(place=text.strip()))
        self.name_edit.textEdited.connect(lambda text: session.update_profile(name=text.strip()))
        self.phone_edit.textEdited.connect(self._save_phone)
        # Another person's plan: their details, never the last person's left on screen.
        session.patient_switched.connect(self.load)
        self.retranslate_ui()

    def load(self) -> None:
        """Show the stored profile."""
        profile = self.session.profile
        widgets = (self.date_edit, self.no_date, self.time_edit, self.no_time)
        blocked = [w.blockSignals(True) for w in widgets]
        today = self.session.today()
        self.date_edit.set_today(today)
        chosen = profile.procedure_date
        first, last = procedure_window(today)
        # A date stored earlier stays shown as it is, even outside today's window.
        if chosen is not None:
            first, last = min(first, chosen), max(last, chosen)
        self.date_edit.set_bounds(first, last)
        # The calendar offers no past day, unless the procedure was on one.
        self.date_edit.set_earliest(min(today, chosen) if chosen else today)
        # No date stored: the field says so, it never shows a date nobody chose.
        self.date_edit.set_day(chosen)
        self.no_date.setChecked(chosen is None)
        arrival = profile.arrival_time or DEFAULT_ARRIVAL
        self.time_edit.setTime(QTime(arrival.hour, arrival.minute))
        self.no_time.setChecked(profile.arrival_time is None)
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)
        self.date_edit.setEnabled(not self.no_date.isChecked())
        self.time_edit.setEnabled(not self.no_time.isChecked())
        self.place_edit.setText(profile.place)
        self.name_edit.setText(profile.name)
        self.phone_edit.setText(profile.phone)

    def _on_not_scheduled(self, unscheduled: bool) -> None:
        self.date_edit.setEnabled(not unscheduled)
        if unscheduled:
            blocked = self.date_edit.blockSignals(True)
            self.date_edit.set_day(None)
            self.date_edit.blockSignals(blocked)
            self._save_date()
        else:
            # Nothing is stored until the patient picks the date.
            self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_date(self) -> None:
        chosen = None if self.no_date.isChecked() else self.date_edit.day()
        if chosen is None and not self.no_date.isChecked():
            return  # the box was unticked, no date picked yet: nothing to store
        if not self.date_edit.in_bounds():
            return  # typed before the first date the hint names: nothing stored
        if chosen != self.session.profile.procedure_date:
            self.session.update_profile(procedure_date=chosen)

    def _save_time(self) -> None:
        unknown = self.no_time.isChecked()
        self.time_edit.setEnabled(not unknown)
        qtime = self.time_edit.time()
        chosen = None if unknown else time(qtime.hour(), qtime.minute())
        if chosen != self.session.profile.arrival_time:
            self.session.update_profile(arrival_time=chosen)

    def _save_phone(self, text: str) -> None:
        valid = bool(PHONE_PATTERN.match(text))
        self.phone_error.setVisible(not valid)
        self._describe_phone()
        if valid:
            self.session.update_profile(phone=text.strip())

    def _describe_phone(self) -> None:
        # A screen reader hears the problem on the field itself, not only in red below.
        if self.phone_error.isVisibleTo(self):
            self.phone_edit.setAccessibleDescription(self.phone_error.text())
        else:
            self.phone_edit.setAccessibleDescription(self.phone_edit.placeholderText())

    def retranslate_ui(self) -> None:
        # The date as the chosen language writes it; a date edit keeps its first format
        # unless told, even when the language (and so the default locale) changes.
        locale = QLocale()
        self.date_edit.setDisplayFormat(date_field_format(locale))
        self.time_edit.setDisplayFormat(locale.timeFormat(QLocale.FormatType.ShortFormat))
        self.date_label.setText(self.tr("Date of your procedure"))
        first, last = procedure_window(self.session.today())
        self.date_hint.setText(
            self.tr("A date from {first} to {last}").format(
                first=long_date(first), last=long_date(last)
            )
        )
        self.no_date_row.setText(self.tr("Not scheduled yet"))
        self.date_edit.allow_no_date(self.tr("No date chosen yet"))
        self.time_label.setText(self.tr("Arrival time at the hospital"))
        self.no_time_row.setText(self.tr("Arrival time not known yet"))
        self.place_label.setText(self.tr("Hospital or clinic (optional)"))
        self.name_label.setText(self.tr("Your name (optional)"))
        self.phone_label.setText(self.tr("Your care team's phone number"))
        self.phone_edit.setPlaceholderText(self.tr("For example +44 20 7946 0000"))
        self.phone_error.setText(
            self.tr(
                "A phone number can only contain digits, spaces and + ( ) - . /, "
                "and an extension such as “ext. 12”."
            )
        )
        self.date_edit.setAccessibleName(self.tr("Date of your procedure"))
        self.time_edit.setAccessibleName(self.tr("Arrival time at the hospital"))
        self.place_edit.setAccessibleName(self.tr("Hospital or clinic"))
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.phone_edit.setAccessibleName(self.tr("Your care team's phone number"))
        self.date_edit.setAccessibleDescription(
            self.tr("Up and Down change the day, month or year; Left and Right move between them.")
            + " "
            + self.date_hint.text()
        )
        self.time_edit.setAccessibleDescription(
            self.tr("Type the time, or use the Up and Down arrow keys.")
        )
        self._describe_phone()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
