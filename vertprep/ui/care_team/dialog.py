"""The Care team screen: a nurse edits the team's contacts, instructions, steps and
times, then saves the plan to a file for patients, or uses it for this patient.

Reached from the File menu, never from the patient's step list. Every change
is checked as ``vertprep plan check`` would (the plan is written and read back), so
a plan saved here always opens on a patient's machine.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vertprep.i18n.languages import LANGUAGES
from vertprep.i18n.plan_labels import CONTACT_LABELS, INSTRUCTION_LABELS, label
from vertprep.i18n.plan_words import app_language
from vertprep.plan.editing import with_contacts, with_instruction
from vertprep.plan.model import CONTACT_KEYS, INSTRUCTION_KEYS, TeamPlan
from vertprep.plan.problems import PlanFileError
from vertprep.plan.reader import read_plan_text
from vertprep.plan.writer import write_plan_text
from vertprep.session import PatientSession
from vertprep.storage import StorageError
from vertprep.ui import file_dialog
from vertprep.ui.care_team.day_tab import DayTab
from vertprep.ui.care_team.steps_tab import StepsTab
from vertprep.ui.plan_import import plan_file_filter, problems_message
from vertprep.ui.widgets.labels import role_label
from vertprep.ui.widgets.wrapping_button import WrappingButton


class CareTeamDialog(QDialog):
    """Edits a copy of the team's plan; nothing changes for the patient until
    "Use for this patient", and nothing is written until "Save to file…"."""

    def __init__(self, session: PatientSession, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("careTeamDialog")
        self.session = session
        self.plan: TeamPlan = session.team_plan
        self.intro = role_label()
        self.language_caption = role_label()
        self.language_box = QComboBox()
        self.language_box.setObjectName("writingLanguage")
        self.fallback_caption = role_label()
        self.fallback_box = QComboBox()
        self.fallback_box.setObjectName("fallbackLanguage")
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
            self.fallback_box.addItem(name, code)
        self.language_caption.setBuddy(self.language_box)
        self.fallback_caption.setBuddy(self.fallback_box)
        languages = QFormLayout()
        languages.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        languages.addRow(self.language_caption, self.language_box)
        languages.addRow(self.fallback_caption, self.fallback_box)

        self.contact_fields = {key: QLineEdit() for key in CONTACT_KEYS}
        self.contact_captions = {key: role_label() for key in CONTACT_KEYS}
        contacts = QWidget()
        contacts_form = QFormLayout(contacts)
        contacts_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, field in self.contact_fields.items():
            field.setObjectName(f"contact_{key}")
            self.contact_captions[key].setBuddy(field)
            contacts_form.addRow(self.contact_captions[key], field)
            field.textEdited.connect(self._contacts_edited)

        self.instruction_fields = {key: QPlainTextEdit() for key in INSTRUCTION_KEYS}
        self.instruction_captions = {key: role_label() for key in INSTRUCTION_KEYS}
        self.instructions_intro = role_label("muted")
        instructions = QWidget()
        instructions_form = QFormLayout(instructions)
        instructions_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        instructions_form.addRow(self.instructions_intro)
        for key, field in self.instruction_fields.items():
            field.setObjectName(f"instruction_{key}")
            field.setTabChangesFocus(True)
            self.instruction_captions[key].setBuddy(field)
            instructions_form.addRow(self.instruction_captions[key], field)
            field.textChanged.connect(lambda key=key: self._instruction_edited(key))

        self.steps = StepsTab(lambda: self.plan, self._set_plan, self.language)
        self.day = DayTab(lambda: self.plan, self._set_plan, self.language)
        self.tabs = QTabWidget()
        for page in (contacts, instructions, self.steps, self.day):
            self.tabs.addTab(page, "")

        self.save_button = WrappingButton()
        self.save_button.setObjectName("savePlanButton")
        self.save_button.clicked.connect(self.save_to_file)
        self.use_button = WrappingButton()
        self.use_button.setObjectName("usePlanButton")
        self.use_button.clicked.connect(self.use_for_patient)
        self.close_button = WrappingButton()
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.use_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        # One scrolling page above the buttons, so 200% text never cuts anything off.
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.intro)
        column.addLayout(languages)
        column.addWidget(self.tabs, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        self._fit_to_screen(parent)
        self._loading = False
        self.language_box.activated.connect(lambda _i: self.load(self.plan))
        self.fallback_box.activated.connect(self._fallback_edited)
        self.language_box.setCurrentIndex(max(self.language_box.findData(app_language()), 0))
        self._show_fields(self.plan)
        self.retranslate_ui()  # also fills the steps and day tabs

    def _fit_to_screen(self, parent) -> None:
        # QWidget.screen: the main window has a screen() of its own (by screen id).
        screen = QWidget.screen(parent if parent is not None else self)
        available = screen.availableGeometry()
        self.resize(min(1100, int(available.width() * 0.95)), int(available.height() * 0.9))

    # -- the plan being edited ------------------------------------------------------
    def language(self) -> str:
        """The language the nurse writes the texts in."""
        return self.language_box.currentData()

    def _set_plan(self, plan: TeamPlan) -> None:
        self.plan = plan

    def load(self, plan: TeamPlan) -> None:
        """Show ``plan`` in every tab, its texts in the chosen writing language."""
        self._show_fields(plan)
        self.steps.reload()
        self.day.reload()

    def _show_fields(self, plan: TeamPlan) -> None:
        """The plan, its contacts and instructions (the first two tabs)."""
        self.plan = plan
        self._loading = True
        language = self.language()
        self.fallback_box.setCurrentIndex(
            max(self.fallback_box.findData(plan.fallback_language), 0)
        )
        for key, field in self.contact_fields.items():
            field.setText(getattr(plan.contacts, key))
        for key, field in self.instruction_fields.items():
            text = getattr(plan.instructions, key)
            field.setPlainText(text.values.get(language, ""))
            field.setPlaceholderText(text.in_language(language, plan.fallback_language)[0])
        self._loading = False

    def _contacts_edited(self, *_args) -> None:
        if not self._loading:
            values = {key: field.text() for key, field in self.contact_fields.items()}
            self.plan = with_contacts(self.plan, **values)

    def _instruction_edited(self, key: str) -> None:
        if not self._loading:
            text = self.instruction_fields[key].toPlainText()
            self.plan = with_instruction(self.plan, key, self.language(), text)

    def _fallback_edited(self, _index: int) -> None:
        self.plan = replace(self.plan, fallback_language=self.fallback_box.currentData())

    def checked_plan(self) -> TeamPlan | None:
        """The plan as a patient's machine will read it, or ``None`` after saying what
        is wrong (the same checks as ``vertprep plan check``)."""
        text = write_plan_text(self.plan)
        try:
            return read_plan_text(text)
        except PlanFileError as error:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The plan has problems to fix first:\n\n{problems}").format(
                    problems=problems_message(error)
                ),
            )
            return None

    # -- saving --------------------------------------------------------------------
    def save_to_file(self) -> Path | None:
        plan = self.checked_plan()
        if plan is None:
            return None
        chosen = file_dialog.ask_save_path(
            self, self.tr("Save the care team's plan"), "care-plan.toml", plan_file_filter()
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".toml":
            path = path.with_name(path.name + ".toml")
        partial = path.with_name(path.name + ".part")
        try:
            partial.write_text(write_plan_text(plan), encoding="utf-8")
            partial.replace(path)
        except OSError:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The plan could not be saved here:\n{path}").format(path=path),
            )
            return None
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr(
                "The plan is saved:\n{path}\n\nOn a patient's computer, open it with "
                "File › Open care team plan…"
            ).format(path=path),
        )
        return path

    def use_for_patient(self) -> bool:
        plan = self.checked_plan()
        if plan is None:
            return False
        try:
            self.session.use_team_plan(plan, "")
        except StorageError:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("The plan could not be saved for this patient.")
            )
            return False
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("This patient's screens now follow this plan. Ticks and notes are kept."),
        )
        return True

    # -- texts ---------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Care team: the team's plan"))
        self.intro.setText(
            self.tr(
                "For the care team. Set up your team's plan once: contacts, instructions, "
                "steps and times. Save it to a file to give to patients, or use it for "
                "this patient."
            )
        )
        self.language_caption.setText(self.tr("Language of the texts you write:"))
        self.fallback_caption.setText(
            self.tr("Where a patient's language is missing, show the texts in:")
        )
        for key, caption in self.contact_captions.items():
            caption.setText(label(CONTACT_LABELS[key]))
        self.instructions_intro.setText(
            self.tr(
                "Write your team's own instructions. Patients see them as you write them, "
                "beside the steps they belong to."
            )
        )
        for key, caption in self.instruction_captions.items():
            caption.setText(label(INSTRUCTION_LABELS[key]))
        for index, title in enumerate(
            (self.tr("Contacts"), self.tr("Instructions"), self.tr("Steps"), self.tr("The day"))
        ):
            self.tabs.setTabText(index, title)
        self.save_button.setText(self.tr("Save to file…"))
        self.use_button.setText(self.tr("Use for this patient"))
        self.close_button.setText(self.tr("Close"))
        self.steps.retranslate_ui()
        self.day.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
