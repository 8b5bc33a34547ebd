"""File › Patients…: find, open, add, rename, archive and delete patients.

A list view over a model (no widget per row) with a search box, so that a nurse's
desk with thousands of patients opens at once. At start, with more than one patient,
the same dialog asks whose plan to open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vertprep.session import PatientSession
from vertprep.storage import StorageError
from vertprep.ui.patients_model import (
    ID_ROLE,
    PatientFilter,
    PatientListModel,
    TwoLineDelegate,
    display_name,
)
from vertprep.ui.widgets.labels import role_label
from vertprep.ui.widgets.question import DESTRUCTIVE, Question


class PatientsDialog(QDialog):
    """Lists the patients of this data folder and acts on the one selected."""

    def __init__(self, session: PatientSession, parent: QWidget | None = None, *, at_start=False):
        super().__init__(parent)
        self.setObjectName("patientsDialog")
        self.session = session
        self.at_start = at_start
        self.model = PatientListModel(self)
        self.filter = PatientFilter(self)
        self.filter.setSourceModel(self.model)

        self.heading = role_label("heading")
        self.search = QLineEdit()
        self.search.setObjectName("patientSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter.setFilterFixedString)
        self.search.textChanged.connect(self._select_first_if_none)
        self.show_archived = QCheckBox()
        self.show_archived.toggled.connect(self.reload)
        self.view = QListView()
        self.view.setObjectName("patientList")
        self.view.setModel(self.filter)
        self.view.setUniformItemSizes(True)  # rows are measured once, not 10,000 times
        self.view.setItemDelegate(TwoLineDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        self.open_button = QPushButton()
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_selected)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_patient)
        self.rename_button = QPushButton()
        self.rename_button.clicked.connect(self.rename_selected)
        self.archive_button = QPushButton()
        self.archive_button.clicked.connect(self.toggle_archived)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        # The buttons in a column beside the list: the list keeps the height for rows,
        # even at twice the text size on a 768-pixel screen.
        actions = QVBoxLayout()
        for button in (
            self.open_button, self.add_button, self.rename_button,
            self.archive_button, self.delete_button,
        ):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.buttons)
        list_and_actions = QHBoxLayout()
        list_and_actions.addWidget(self.view, 1)
        list_and_actions.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.search)
        layout.addWidget(self.show_archived)
        layout.addLayout(list_and_actions, 1)
        self.retranslate_ui()
        self.reload()
        self.search.setFocus()
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """Room for many rows: three quarters of the screen's height, and wide enough
        for a long name and date at any text size (never wider than the screen)."""
        # (QWidget.screen by name: the main window has a screen() of its own.)
        screen = QWidget.screen(self.parentWidget() or self).availableGeometry()
        wide = self.fontMetrics().averageCharWidth() * 60
        width = min(max(self.sizeHint().width(), wide), int(screen.width() * 0.9))
        height = min(max(self.sizeHint().height(), int(screen.height() * 0.75)), screen.height())
        self.resize(width, height)

    # -- the list -------------------------------------------------------------------
    def reload(self) -> None:
        """Read the patients again (one light query) and keep the selection where it was."""
        keep = self.selected_id() or self.session.patient_id
        patients = self.session.patients
        rows = patients.entries(include_archived=self.show_archived.isChecked())
        self.model.set_patients(rows, self.session.patient_id, patients.summary)
        self.select(keep)

    def select(self, patient_id: int | None) -> None:
        for row in range(self.filter.rowCount()):
            index = self.filter.index(row, 0)
            if index.data(ID_ROLE) == patient_id:
                self.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                self.view.scrollTo(index)
                break
        else:
            self._select_first_if_none()
        self._update_buttons()

    def _select_first_if_none(self) -> None:
        if not self.view.currentIndex().isValid() and self.filter.rowCount():
            self.view.setCurrentIndex(self.filter.index(0, 0))
        self._update_buttons()

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _selected(self):
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.summary(self.filter.mapToSource(index).row())

    def _update_buttons(self) -> None:
        patient = self._selected()
        chosen = patient is not None
        is_open = chosen and patient.id == self.session.patient_id
        self.open_button.setEnabled(chosen and not patient.archived)
        self.rename_button.setEnabled(chosen)
        self.archive_button.setEnabled(chosen and not is_open)
        self.delete_button.setEnabled(chosen and not is_open)
        self.archive_button.setText(
            self.tr("Bring &back") if chosen and patient.archived else self.tr("&Archive")
        )
        hint = self.tr("This plan is open. Open another patient's plan first.") if is_open else ""
        self.archive_button.setToolTip(hint)
        self.delete_button.setToolTip(hint)

    # -- actions ----------------------------------------------------------------------
    def open_selected(self) -> None:
        patient = self._selected()
        if patient is None or patient.archived:
            return
        if patient.id != self.session.patient_id:
            self.session.switch_patient(patient.id)
        self.accept()

    def _ask_name(self, title: str, current: str = "") -> str | None:
        name, ok = QInputDialog.getText(
            self, title, self.tr("Name:"), QLineEdit.EchoMode.Normal, current
        )
        name = " ".join(name.split())
        if not ok:
            return None
        if not name or len(name) > 100:
            QMessageBox.information(self, title, self.tr("Please enter a name (1 to 100 letters)."))
            return None
        return name

    def add_patient(self) -> None:
        name = self._ask_name(self.tr("Add a patient"))
        if name is None:
            return
        if not self._saved(lambda: self.session.add_patient(name)):
            return
        self.search.clear()
        self.reload()
        self.select(max(p.id for p in self.session.patients.entries()))

    def rename_selected(self) -> None:
        patient = self._selected()
        if patient is None:
            return
        name = self._ask_name(self.tr("Rename"), patient.name)
        if name is not None and self._saved(lambda: self.session.rename_patient(patient.id, name)):
            self.reload()

    def toggle_archived(self) -> None:
        patient = self._selected()
        if patient is None or patient.id == self.session.patient_id:
            return
        if self._saved(lambda: self.session.set_patient_archived(patient.id, not patient.archived)):
            self.reload()

    def delete_selected(self) -> None:
        patient = self._selected()
        if patient is None or patient.id == self.session.patient_id:
            return
        name = display_name(patient.name)
        question = Question(
            self,
            self.tr("Delete a patient"),
            self.tr(
                "Delete {name} and everything stored for them: details, ticks, notes "
                "and reminders? This cannot be undone.\n\nTo hide a patient but keep "
                "their plan, archive them instead."
            ).format(name=name),
            [(self.tr("Delete {name}").format(name=name), DESTRUCTIVE)],
            warning=True,
        )
        if question.ask() == 0 and self._saved(lambda: self.session.delete_patient(patient.id)):
            self.reload()
        question.deleteLater()

    def _saved(self, change) -> bool:
        try:
            change()
        except StorageError:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("This change could not be saved. Nothing was changed."),
            )
            return False
        return True

    # -- texts --------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Patients"))
        self.heading.setText(
            self.tr("Whose plan do you want to open?")
            if self.at_start
            else self.tr("The patients on this computer")
        )
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.search.setAccessibleName(self.tr("Search by name"))
        self.show_archived.setText(self.tr("Show archived patients"))
        self.view.setAccessibleName(self.tr("Patients"))
        self.open_button.setText(self.tr("&Open this plan"))
        self.add_button.setText(self.tr("A&dd a patient…"))
        self.rename_button.setText(self.tr("&Rename…"))
        self.delete_button.setText(self.tr("De&lete…"))
        self._update_buttons()
        self.view.reset()  # the "(no name)" and date lines in the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def ask_whose_plan_at_start(session: PatientSession, parent: QWidget | None = None) -> None:
    """With more than one active patient, ask whose plan to open (Esc keeps the last)."""
    if session.patients.active_count() > 1:
        from vertprep.ui import theme

        dialog = PatientsDialog(session, parent, at_start=True)
        theme.restyle(dialog)  # before the window, which styles its own dialogs
        dialog.exec()
        dialog.deleteLater()
