"""Parts of the recovery screen: the check-in card (with the numbers to call), the
chart with its words, and the questions for the doctor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QPlainTextEdit, QVBoxLayout

from vertprep.core import check_ins
from vertprep.core.diary import trend
from vertprep.i18n import diary_text
from vertprep.i18n.formatting import long_date
from vertprep.report.chart import chart_data
from vertprep.ui.widgets.labels import role_label
from vertprep.ui.widgets.pain_chart import PainChart
from vertprep.ui.widgets.wrapping_button import WrappingButton

QUESTIONS_SAVE_DELAY_MS = 600


def privacy_text() -> str:
    return QCoreApplication.translate(
        "RecoveryParts",
        "vertprep sends nothing to anyone, and nobody watches these answers. If you "
        "are worried, call your care team; in an emergency, call your emergency number.",
    )


class CheckInCard(QFrame):
    """The check-in waiting today (with a button to start it), or the next one; and the
    numbers a check-in shows: the care team's, and the emergency number."""

    start_requested = Signal(str)

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setProperty("role", "card")
        self.setObjectName("checkInCard")
        self.heading = role_label("heading")
        self.status = role_label()
        self.status.setObjectName("checkInStatus")
        self.start_button = WrappingButton()
        self.start_button.setObjectName("startCheckIn")
        self.start_button.setProperty("role", "primary")
        self.start_button.clicked.connect(self._start)
        self.privacy = role_label("muted")
        self.team = role_label()
        self.team.setObjectName("checkInTeamPhone")
        self.emergency_label = role_label()
        self.emergency = QLineEdit()
        self.emergency.setObjectName("emergencyNumber")
        self.emergency.setMaxLength(40)
        self.emergency.editingFinished.connect(self._save_emergency)
        self.emergency_label.setBuddy(self.emergency)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.status):
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addStretch(1)
        layout.addLayout(row)
        for widget in (self.privacy, self.team, self.emergency_label, self.emergency):
            layout.addWidget(widget)

    def due(self):
        due = self.session.due_check_ins()
        return due[0] if due else None

    def _start(self) -> None:
        due = self.due()
        from vertprep.ui.check_in_dialog import open_check_in

        open_check_in(self.window(), self.session, due[0] if due else None)

    def _save_emergency(self) -> None:
        number = " ".join(self.emergency.text().split())
        if number != self.session.profile.emergency_phone:
            self.session.update_profile(emergency_phone=number)

    def retranslate_ui(self) -> None:
        self.heading.setText(QCoreApplication.translate("RecoveryParts", "Check-ins"))
        self.privacy.setText(privacy_text())
        self.emergency_label.setText(
            QCoreApplication.translate("RecoveryParts", "The emergency number where you live:")
        )
        self.emergency.setAccessibleName(
            QCoreApplication.translate("RecoveryParts", "Emergency number")
        )
        self.emergency.setPlaceholderText(
            QCoreApplication.translate("RecoveryParts", "Write the number here")
        )
        self.refresh()

    def refresh(self) -> None:
        due = self.due()
        procedure = self.session.profile.procedure_date
        if due is not None:
            point, day = due
            self.status.setText(
                QCoreApplication.translate(
                    "RecoveryParts", "A check-in is waiting: {name} ({date})."
                ).format(name=diary_text.point_name(point), date=long_date(day))
            )
            self.start_button.setText(
                QCoreApplication.translate("RecoveryParts", "Start the check-in")
            )
        else:
            upcoming = [
                (p, d) for p, d in check_ins.schedule(procedure) if d > self.session.today()
            ]
            if procedure is None:
                self.status.setText(
                    QCoreApplication.translate(
                        "RecoveryParts",
                        "Enter your procedure date on the Welcome screen to plan the check-ins.",
                    )
                )
            elif upcoming:
                point, day = upcoming[0]
                self.status.setText(
                    QCoreApplication.translate(
                        "RecoveryParts", "Next check-in: {name}, on {date}."
                    ).format(name=diary_text.point_name(point), date=long_date(day))
                )
            else:
                self.status.setText(
                    QCoreApplication.translate(
                        "RecoveryParts", "There are no more check-ins planned."
                    )
                )
            self.start_button.setText(QCoreApplication.translate("RecoveryParts", "Check in now"))
        phone = self.session.team_phone()
        if phone:
            self.team.setText(
                QCoreApplication.translate("RecoveryParts", "Your care team: {phone}").format(
                    phone="\u202a" + phone + "\u202c"  # its digits in order in Arabic too
                )
            )
        else:
            self.team.setText(
                QCoreApplication.translate(
                    "RecoveryParts",
                    "Add your care team's phone number on the Welcome screen so it shows here.",
                )
            )
        if not self.emergency.hasFocus():
            self.emergency.setText(self.session.profile.emergency_phone)


class DiaryChartCard(QFrame):
    """The chart of pain over time and the same in words (the trend)."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setProperty("role", "card")
        self.setObjectName("diaryChartCard")
        self.heading = role_label("heading")
        self.chart = PainChart()
        self.legend = role_label("muted")
        self.legend.setObjectName("diaryChartLegend")
        self.trend = role_label()
        self.trend.setObjectName("diaryTrend")
        self.chart_layout = QVBoxLayout(self)
        for widget in (self.heading, self.chart, self.legend, self.trend):
            self.chart_layout.addWidget(widget)

    def retranslate_ui(self) -> None:
        self.heading.setText(QCoreApplication.translate("RecoveryParts", "Your pain over time"))
        self.legend.setText(diary_text.chart_text("legend"))
        self.chart.setAccessibleName(diary_text.chart_text("chart_name"))
        self.refresh()

    def refresh(self) -> None:
        entries = self.session.pain_entries()
        procedure = self.session.profile.procedure_date
        self.trend.setText(diary_text.trend_text(trend(entries, procedure), long_date))
        self.chart.set_data(chart_data(entries, procedure))
        # A screen reader hears the trend; the table below holds every value.
        self.chart.setAccessibleDescription(self.trend.text())


class QuestionsCard(QFrame):
    """Questions for my doctor: the patient's own list, printed on the report."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setProperty("role", "card")
        self.setObjectName("doctorQuestionsCard")
        self.heading = role_label("heading")
        self.hint = role_label("muted")
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("doctorQuestions")
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(120)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(QUESTIONS_SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save)
        self.edit.textChanged.connect(self.timer.start)
        self.saved = role_label("muted")
        self.saved.setObjectName("doctorQuestionsSaved")
        self.saved.hide()
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.hint, self.edit, self.saved):
            layout.addWidget(widget)

    def save(self) -> None:
        self.timer.stop()
        text = self.edit.toPlainText()
        if text != self.session.doctor_questions():
            self.session.set_doctor_questions(text)
            self.saved.setText(
                QCoreApplication.translate("RecoveryParts", "Your questions are saved.")
            )
            self.saved.show()

    def focusOutEvent(self, event) -> None:
        self.save()
        super().focusOutEvent(event)

    def retranslate_ui(self) -> None:
        self.heading.setText(QCoreApplication.translate("RecoveryParts", "Questions for my doctor"))
        self.hint.setText(
            QCoreApplication.translate(
                "RecoveryParts",
                "Write one question a line. They are printed on the report for your "
                "follow-up visit (File › Print).",
            )
        )
        self.edit.setAccessibleName(self.heading.text())
        self.edit.setPlaceholderText(
            QCoreApplication.translate(
                "RecoveryParts", "For example: When may I lift my grandchild?"
            )
        )

    def refresh(self) -> None:
        if not self.edit.hasFocus() and not self.timer.isActive():
            text = self.session.doctor_questions()
            if text != self.edit.toPlainText():
                self.edit.blockSignals(True)
                self.edit.setPlainText(text)
                self.edit.blockSignals(False)
