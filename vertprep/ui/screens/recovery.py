"""Your recovery: the pain diary, the check-ins, the chart and the questions for the doctor.

One entry a day: pain now from 0 to 10 (eleven large buttons), and if the patient
wants, how far they walked, whether they took pain medicine, and a note. Entries
before the procedure make the baseline. Saved at once, with undo (Ctrl+Z).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
)

from vertprep.core.diary import NOTE_MAX, DiaryError, PainEntry, Walking
from vertprep.i18n import diary_text
from vertprep.i18n.formatting import date_field_format, long_date, number
from vertprep.storage.database import StorageError
from vertprep.ui.diary_undo import DiaryEditor
from vertprep.ui.screens.base import Screen
from vertprep.ui.widgets.date_field import hold_wheel
from vertprep.ui.widgets.diary_table import DiaryTable
from vertprep.ui.widgets.labels import role_label
from vertprep.ui.widgets.pain_scale import PainScale
from vertprep.ui.widgets.recovery_parts import CheckInCard, DiaryChartCard, QuestionsCard
from vertprep.ui.widgets.wrapping_button import WrappingButton

WALKING_CHOICES: tuple[Walking | None, ...] = (None, *Walking)
MEDICINE_CHOICES: tuple[bool | None, ...] = (None, True, False)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class RecoveryScreen(Screen):
    """The diary form, the check-in waiting (if any), the chart and the entries."""

    screen_id = "recovery"
    # The diary, the check-ins waiting (reminders) and the procedure date (profile).
    refreshed_by = ("plan_changed", "profile_changed", "diary_changed", "reminders_changed")

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.editor = DiaryEditor(session)
        self.editing: date | None = None
        self.intro = role_label()
        self.check_in_card = CheckInCard(session)
        self.form = QFrame()
        self.form.setProperty("role", "card")
        self.form.setObjectName("diaryForm")
        self.form_heading = role_label("heading")
        self.day_label = role_label()
        self.day_edit = QDateEdit()
        self.day_edit.setObjectName("diaryDay")
        self.day_edit.setCalendarPopup(True)
        self.scale_label = role_label()
        self.scale = PainScale()
        self.scale_ends = role_label("muted")
        self.walking_label = role_label()
        self.walking = QComboBox()
        self.walking.setObjectName("diaryWalking")
        self.medicine_label = role_label()
        self.medicine = QComboBox()
        self.medicine.setObjectName("diaryMedicine")
        for field in (self.day_edit, self.walking, self.medicine):
            hold_wheel(field)  # the wheel scrolls the page unless the field has the focus
        for combo in (self.walking, self.medicine):
            # As wide as the window allows, not as wide as the longest translation.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.note_label = role_label()
        self.note = QLineEdit()
        self.note.setObjectName("diaryNote")
        self.note.setMaxLength(NOTE_MAX)
        self.note.returnPressed.connect(self.save)
        for label, field in (
            (self.day_label, self.day_edit),
            (self.walking_label, self.walking),
            (self.medicine_label, self.medicine),
            (self.note_label, self.note),
        ):
            label.setBuddy(field)
        self.error = role_label("error")
        self.error.setObjectName("diaryError")
        self.saved = role_label("muted")
        self.saved.setObjectName("diarySaved")
        self.save_button = WrappingButton()
        self.save_button.setObjectName("saveDiaryEntry")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = WrappingButton()
        self.cancel_button.setObjectName("cancelDiaryEntry")
        self.cancel_button.clicked.connect(self.reset_form)
        form_layout = QVBoxLayout(self.form)
        for widget in (
            self.form_heading, self.day_label, self.day_edit, self.scale_label, self.scale,
            self.scale_ends, self.walking_label, self.walking, self.medicine_label,
            self.medicine, self.note_label, self.note, self.error,
        ):  # fmt: skip
            form_layout.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        form_layout.addLayout(buttons)
        form_layout.addWidget(self.saved)

        self.chart_card = DiaryChartCard(session)
        self.list_heading = role_label("heading")
        self.table = DiaryTable()
        self.table.itemSelectionChanged.connect(self._update_row_buttons)
        self.table.cellDoubleClicked.connect(lambda _row, _column: self.edit_chosen())
        self.change_button = WrappingButton()
        self.change_button.setObjectName("changeDiaryEntry")
        self.change_button.clicked.connect(self.edit_chosen)
        self.delete_button = WrappingButton()
        self.delete_button.setObjectName("deleteDiaryEntry")
        self.delete_button.clicked.connect(self.delete_selected)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.change_button)
        row_buttons.addWidget(self.delete_button)
        row_buttons.addStretch(1)
        self.questions_card = QuestionsCard(session)

        for widget in (self.intro, self.check_in_card, self.form, self.chart_card):
            self.body.addWidget(widget)
        self.body.addWidget(self.list_heading)
        self.body.addWidget(self.table)
        self.body.addLayout(row_buttons)
        self.body.addWidget(self.questions_card)
        self.reset_form()
        self.finish_layout()

    # -- the form ---------------------------------------------------------------------
    def reset_form(self) -> None:
        """An empty form for today's entry."""
        self.editing = None
        today = self.session.today()
        self.day_edit.setMaximumDate(_qdate(today))
        self.day_edit.setDate(_qdate(today))
        self.scale.clear()
        self.walking.setCurrentIndex(0)
        self.medicine.setCurrentIndex(0)
        self.note.clear()
        self.error.hide()
        self._update_form_texts()

    def edit_chosen(self) -> None:
        """Load the entry chosen in the table into the form."""
        entry = self.table.chosen()
        if entry is None:
            return
        self.editing = entry.day
        self.day_edit.setDate(_qdate(entry.day))
        self.scale.set_score(entry.score)
        self.walking.setCurrentIndex(WALKING_CHOICES.index(entry.walking))
        self.medicine.setCurrentIndex(MEDICINE_CHOICES.index(entry.pain_medicine))
        self.note.setText(entry.note)
        self.error.hide()
        self.saved.hide()
        self._update_form_texts()
        self.scroll.ensureWidgetVisible(self.form)
        self.scale.buttons[entry.score].setFocus()

    def form_entry(self) -> PainEntry:
        qdate = self.day_edit.date()
        return PainEntry(
            date(qdate.year(), qdate.month(), qdate.day()),
            self.scale.score(),
            WALKING_CHOICES[self.walking.currentIndex()],
            MEDICINE_CHOICES[self.medicine.currentIndex()],
            self.note.text(),
        )

    def save(self) -> None:
        entry = self.form_entry()
        try:
            if self.editing is None:
                saved = self.editor.add(
                    entry.day, entry.score, entry.walking, entry.pain_medicine, entry.note
                )
            else:
                saved = self.editor.update(self.editing, entry)
        except DiaryError as error:
            self._refuse(diary_text.problem_text(error.problem))
            return
        except StorageError:
            self._refuse(self.tr("Your entry could not be saved: the data file cannot be written."))
            return
        self.reset_form()
        self.saved.setText(
            self.tr("Saved: pain {score} out of 10 on {date}. Ctrl+Z takes it back.").format(
                score=number(saved.score), date=long_date(saved.day)
            )
        )
        self.saved.show()

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.saved.hide()
        self.scale.setFocus() if self.scale.score() is None else self.day_edit.setFocus()

    def delete_selected(self) -> None:
        chosen = self.table.chosen()
        if chosen is None:
            return
        day = chosen.day
        self.editor.delete(day)
        if self.editing == day:
            self.reset_form()
        self.saved.setText(
            self.tr("The entry of {date} is deleted. Ctrl+Z brings it back.").format(
                date=long_date(day)
            )
        )
        self.saved.show()

    # -- texts ------------------------------------------------------------------------
    def _update_form_texts(self) -> None:
        if self.editing is None:
            self.form_heading.setText(self.tr("How is your pain today?"))
            self.save_button.setText(self.tr("Save today's entry"))
        else:
            self.form_heading.setText(
                self.tr("Change the entry of {date}").format(date=long_date(self.editing))
            )
            self.save_button.setText(self.tr("Save changes"))
        self.cancel_button.setVisible(self.editing is not None)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Your recovery"))
        self.intro.setText(
            self.tr(
                "Write down your pain once a day, before and after the procedure. The days "
                "before it show your usual pain; the days after show how it changes. "
                "Take this to your follow-up visit. The app informs; your care team decides."
            )
        )
        self.day_label.setText(self.tr("Day"))
        self.day_edit.setDisplayFormat(date_field_format())
        self.day_edit.setAccessibleName(self.tr("Day of the entry"))
        self.scale_label.setText(self.tr("Your pain now, from 0 to 10:"))
        self.scale_ends.setText(diary_text.scale_ends())
        self.walking_label.setText(self.tr("How far did you walk today? (if you want to say)"))
        self.medicine_label.setText(self.tr("Did you take pain medicine today?"))
        self.note_label.setText(self.tr("Note (if you want)"))
        self.note.setAccessibleName(self.tr("Note"))
        self._fill_combo(self.walking, [diary_text.walking_text(w) for w in WALKING_CHOICES])
        self._fill_combo(self.medicine, [diary_text.medicine_text(m) for m in MEDICINE_CHOICES])
        self.walking.setAccessibleName(self.walking_label.text())
        self.medicine.setAccessibleName(self.medicine_label.text())
        self.cancel_button.setText(self.tr("Cancel"))
        self.list_heading.setText(self.tr("Your entries, newest first"))
        self.table.retranslate_ui()
        self.change_button.setText(self.tr("Change the chosen entry"))
        self.delete_button.setText(self.tr("Delete the chosen entry"))
        self.scale.retranslate_ui()
        self.check_in_card.retranslate_ui()
        self.chart_card.retranslate_ui()
        self.questions_card.retranslate_ui()
        self._update_form_texts()
        self.refresh()

    @staticmethod
    def _fill_combo(combo: QComboBox, texts: list[str]) -> None:
        index = max(combo.currentIndex(), 0)
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(texts)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    # -- the data -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.day_edit.setMaximumDate(_qdate(self.session.today()))
        self.check_in_card.refresh()
        self.chart_card.refresh()
        self.questions_card.refresh()
        self.table.set_entries(self.session.pain_entries())
        self._update_row_buttons()

    def _update_row_buttons(self) -> None:
        chosen = self.table.chosen() is not None
        self.change_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
