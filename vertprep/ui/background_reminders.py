""" "Remind me even when vertprep is closed": the choice, on the welcome screen (first
start) and on the reminders screen (the settings of reminders).

Ticking it writes the login entry (see :mod:`vertprep.autostart`) and starts the
reminder agent now; unticking removes the entry and the running agent stops (it
watches the setting). When the agent found no way to show a notification, the
card says so and offers the calendar export instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QProcess
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from vertprep import autostart
from vertprep.agent.engine import ReminderEngine
from vertprep.agent.notices import unavailable_text
from vertprep.session import PatientSession
from vertprep.ui.calendar_dialog import export_calendar_dialog
from vertprep.ui.widgets.labels import role_label
from vertprep.ui.widgets.wrapping_button import WrappingButton
from vertprep.ui.widgets.wrapping_check import WrappingCheck


def start_agent(data_dir: Path) -> None:
    """Start the reminder agent for ``data_dir`` now (it exits at once if one runs)."""
    command = autostart.agent_command(data_dir)
    QProcess.startDetached(command[0], command[1:])


class BackgroundRemindersCard(QFrame):
    """The tick box, what it does, and what the reminder agent reported."""

    def __init__(self, session: PatientSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.data_dir = session.store.path.parent
        self.setProperty("role", "card")
        self.setObjectName("backgroundReminders")
        self.heading = role_label("heading")
        self.check_row = WrappingCheck()
        self.check = self.check_row.box
        self.check.setObjectName("backgroundRemindersCheck")
        self.explanation = role_label("muted")
        self.problem = role_label("error")
        self.problem.setObjectName("backgroundRemindersProblem")
        self.export_button = WrappingButton()
        self.export_button.setObjectName("backgroundRemindersExport")
        self.export_button.clicked.connect(lambda: export_calendar_dialog(self, session))
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.check_row, self.explanation, self.problem):
            layout.addWidget(widget)
        layout.addLayout(export_row)
        self._write_error = ""
        self.check.toggled.connect(self._toggled)
        session.settings_changed.connect(self.refresh)
        self.retranslate_ui()

    def refresh(self) -> None:
        """Show what is really installed, and any problem the agent reported."""
        self.check.blockSignals(True)
        self.check.setChecked(
            self.session.settings.background_reminders and autostart.installed_for(self.data_dir)
        )
        self.check.blockSignals(False)
        unavailable = self.session.settings.notifications_unavailable
        if self._write_error:
            self.problem.setText(self._write_error)
        elif unavailable:
            self.problem.setText(unavailable_text())
        self.problem.setVisible(bool(self._write_error) or unavailable)
        self.export_button.setVisible(unavailable)

    def _toggled(self, on: bool) -> None:
        self._write_error = ""
        try:
            if on:
                autostart.install(self.data_dir)
            else:
                autostart.remove()
        except OSError as error:
            self._write_error = self.tr(
                "vertprep could not change what starts when you log in. Nothing was "
                "changed. ({reason})"
            ).format(reason=error.strerror or str(error))
            self.refresh()
            return
        # The setting last: a running agent stops when it sees it turned off.
        self.session.update_settings(background_reminders=on)
        if on:
            # What the banner shows now is not announced again by the agent at once.
            ReminderEngine(self.session).mark_seen()
            start_agent(self.data_dir)
        self.refresh()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("When vertprep is closed"))
        self.check_row.setText(self.tr("Remind me even when vertprep is closed"))
        self.explanation.setText(
            self.tr(
                "vertprep then starts a small helper when you log in to this computer. "
                "It shows each reminder as a message on your screen when it is due, "
                "again an hour later, and every morning until you tick the step, "
                "dismiss the reminder or choose to be reminded tomorrow."
            )
        )
        self.export_button.setText(self.tr("Export to calendar…"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
