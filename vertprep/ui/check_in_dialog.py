"""The check-in: pain now, then the warning signs as yes/no questions.

A "yes" to an emergency sign shows at once, large, "Call the emergency number now"
with the number; a "yes" to a same-day sign shows "Call your care team today" with
the team's phone. The answers are stored on this computer only: the dialog says
that vertprep sends nothing and nobody watches them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vertprep.core.check_ins import CheckInPoint, Outcome, Urgency, outcome
from vertprep.core.diary import DiaryError, DiaryProblem
from vertprep.core.recovery_contacts import emergency_number, warning_signs
from vertprep.i18n import diary_text
from vertprep.session import PatientSession
from vertprep.storage.database import StorageError
from vertprep.ui.widgets.labels import role_label, set_status
from vertprep.ui.widgets.pain_scale import PainScale
from vertprep.ui.widgets.recovery_parts import privacy_text
from vertprep.ui.widgets.sign_question import SignQuestion
from vertprep.ui.widgets.wrapping_button import WrappingButton

# Left-to-right embedding: Qt's labels keep a number's groups in order with it inside
# an Arabic sentence (they do not honour the newer isolates, U+2066..U+2069).
LTR_EMBEDDING, POP_EMBEDDING = "\u202a", "\u202c"


def phone_text(number: str) -> str:
    """A phone number kept left to right inside any sentence (Arabic too)."""
    return f"{LTR_EMBEDDING}{number}{POP_EMBEDDING}"


class CheckInDialog(QDialog):
    """Two pages: the pain score, then the questions with what to do, shown at once."""

    def __init__(self, session: PatientSession, point: CheckInPoint | None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInDialog")
        self.session = session
        self.point = point
        self.saved_outcome: Outcome | None = None
        # The care team's own signs: what the After screen and the printout show.
        self.signs = warning_signs(session.team_plan)
        self.pages = QStackedWidget()

        score_page = QWidget()
        self.heading = role_label("title")
        self.privacy = role_label("muted")
        self.privacy.setObjectName("checkInPrivacy")
        self.scale_label = role_label()
        self.scale = PainScale()
        self.scale_ends = role_label("muted")
        self.score_error = role_label("error")
        self.score_error.setObjectName("checkInScoreError")
        self.score_error.hide()
        self.next_button = WrappingButton()
        self.next_button.setObjectName("checkInNext")
        self.next_button.setProperty("role", "primary")
        self.next_button.clicked.connect(self.go_to_questions)
        score_layout = QVBoxLayout(score_page)
        for widget in (
            self.heading, self.privacy, self.scale_label, self.scale, self.scale_ends,
            self.score_error, self.next_button,
        ):  # fmt: skip
            score_layout.addWidget(widget)
        score_layout.addStretch(1)

        questions_page = QWidget()
        self.questions_heading = role_label("heading")
        self.alert = QFrame()
        self.alert.setObjectName("checkInAlert")
        self.alert.setProperty("role", "alert")
        self.alert_title = role_label("title")
        self.alert_title.setObjectName("checkInAlertTitle")
        self.alert_number = role_label("title")
        self.alert_number.setObjectName("checkInAlertNumber")
        self.alert_text = role_label()
        alert_layout = QVBoxLayout(self.alert)
        for widget in (self.alert_title, self.alert_number, self.alert_text):
            alert_layout.addWidget(widget)
        self.alert.hide()
        self.questions = [SignQuestion(sign, session.team_plan) for sign in self.signs]
        for question in self.questions:
            # Toggled, not clicked: assistive technology's "Toggle" action answers too.
            question.group.buttonToggled.connect(
                lambda _button, checked: checked and self.answers_changed()
            )
        self.emergency_intro = role_label("heading")
        self.team_intro = role_label("heading")
        self.done_text = role_label()
        self.done_text.setObjectName("checkInDone")
        self.done_text.hide()
        self.finish_button = WrappingButton()
        self.finish_button.setObjectName("checkInFinish")
        self.finish_button.setProperty("role", "primary")
        self.finish_button.clicked.connect(self.finish)
        self.close_button = WrappingButton()
        self.close_button.setObjectName("checkInClose")
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        questions_layout = QVBoxLayout(questions_page)
        questions_layout.addWidget(self.alert)
        questions_layout.addWidget(self.questions_heading)
        questions_layout.addWidget(self.emergency_intro)
        for question in self.questions:
            if question.sign.urgency is Urgency.SAME_DAY and self.team_intro.parent() is None:
                questions_layout.addWidget(self.team_intro)
            questions_layout.addWidget(question)
        questions_layout.addWidget(self.done_text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.finish_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        questions_layout.addLayout(buttons)
        questions_layout.addStretch(1)

        self.pages.addWidget(score_page)
        self.pages.addWidget(questions_page)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.pages)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll)
        self.retranslate_ui()
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            self.resize(min(760, screen.width() - 40), min(680, screen.height() - 60))

    # -- steps ------------------------------------------------------------------------
    def go_to_questions(self) -> None:
        if self.scale.score() is None:
            self.score_error.setText(diary_text.problem_text(DiaryProblem.NO_SCORE))
            self.score_error.show()
            self.scale.buttons[0].setFocus()
            return
        self.score_error.hide()
        self.pages.setCurrentIndex(1)
        # The page itself takes the focus, not an answer: a key pressed by mistake
        # must not say "yes" or "no" for the patient. Tab reaches the answers.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll.setFocus()

    def answers(self) -> dict[str, bool]:
        return {
            question.sign.id: answer
            for question in self.questions
            if (answer := question.answer()) is not None
        }

    def answers_changed(self) -> None:
        """Say what to do the moment a sign is answered "yes"."""
        result = outcome(self.answers(), self.signs)
        self.show_outcome(result)
        if result is not Outcome.NOTHING_URGENT:
            self._save()  # the answer is kept even if the dialog is closed now

    def show_outcome(self, result: Outcome) -> None:
        profile = self.session.profile
        if result is Outcome.CALL_EMERGENCY:
            number = emergency_number(profile)
            self.alert_title.setText(self.tr("Call the emergency number now"))
            self.alert_number.setText(
                phone_text(number) if number else self.tr("Your local emergency number")
            )
            self.alert_text.setText(self.tr("Do not wait for the end of the questions. Call now."))
            set_status(self.alert, "emergency")
        elif result is Outcome.CALL_TEAM_TODAY:
            number = self.session.team_phone()
            self.alert_title.setText(self.tr("Call your care team today"))
            self.alert_number.setText(
                phone_text(number)
                if number
                else self.tr("Your care team's number is not entered in vertprep yet.")
            )
            self.alert_text.setText(self.tr("Call them today, even if you feel better later."))
            set_status(self.alert, "same_day")
        # The number reads left to right, yet sits where the language starts a line.
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self.alert_number.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        was_hidden = self.alert.isHidden()
        self.alert.setVisible(result is not Outcome.NOTHING_URGENT)
        if result is not Outcome.NOTHING_URGENT:
            self.scroll.ensureWidgetVisible(self.alert)
            if was_hidden or result is Outcome.CALL_EMERGENCY:
                text = f"{self.alert_title.text()}: {self.alert_number.text()}"
                QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.alert, text))

    def _save(self) -> Outcome | None:
        point = self.point or self._point_for_today()
        try:
            self.saved_outcome = self.session.record_check_in(
                point, self.scale.score(), self.answers()
            )
        except (DiaryError, StorageError):
            self.done_text.setText(self.tr("Your answers could not be saved."))
            self.done_text.show()
            return None
        return self.saved_outcome

    def _point_for_today(self) -> CheckInPoint:
        """A check-in started by the patient outside the schedule counts for the
        time point that opened last (the baseline before any)."""
        from vertprep.core.check_ins import schedule

        today = self.session.today()
        opened = [p for p, d in schedule(self.session.profile.procedure_date) if d <= today]
        return opened[-1] if opened else CheckInPoint.BASELINE

    def finish(self) -> None:
        result = self._save()
        if result is None:
            return
        self.show_outcome(result)
        if result is Outcome.NOTHING_URGENT:
            self.done_text.setText(
                self.tr(
                    "Thank you. Your answers are saved in your diary. If something worries "
                    "you, call your care team."
                )
            )
        else:
            self.done_text.setText(self.tr("Your answers are saved in your diary."))
        self.done_text.show()
        self.finish_button.hide()
        self.close_button.show()
        self.close_button.setFocus()

    # -- texts ------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Check-in"))
        name = diary_text.point_name(self.point) if self.point else self.tr("Today")
        self.heading.setText(self.tr("Check-in: {name}").format(name=name))
        self.privacy.setText(privacy_text())
        self.scale_label.setText(self.tr("Your pain now, from 0 to 10:"))
        self.scale_ends.setText(diary_text.scale_ends())
        self.next_button.setText(self.tr("Next: warning signs"))
        self.questions_heading.setText(self.tr("Do you have any of these now?"))
        self.emergency_intro.setText(self.tr("Signs to call the emergency number for:"))
        self.team_intro.setText(self.tr("Signs to call your care team for the same day:"))
        self.finish_button.setText(self.tr("Save my answers"))
        self.close_button.setText(self.tr("Close"))
        self.scale.retranslate_ui()
        for question in self.questions:
            question.retranslate_ui()
        if not self.alert.isHidden():
            self.show_outcome(outcome(self.answers(), self.signs))

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def open_check_in(parent, session: PatientSession, point: CheckInPoint | None) -> CheckInDialog:
    """Open the check-in for ``point`` (or one started by the patient), window-modal."""
    dialog = CheckInDialog(session, point, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
