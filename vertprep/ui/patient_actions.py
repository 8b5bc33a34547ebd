"""File › Patients…, Back up… and Restore…: the actions and what they open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from vertprep.ui.main_window import MainWindow


class PatientActions(QObject):
    """Adds the patients and backup entries to the File menu and keeps them translated."""

    def __init__(self, window: MainWindow, file_menu: QMenu) -> None:
        super().__init__(window)
        self.main_window = window
        self.patients_action = QAction(self)
        self.patients_action.setObjectName("patientsAction")
        self.patients_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.patients_action.triggered.connect(self.open_patients)
        self.backup_action = QAction(self)
        self.backup_action.setObjectName("backupAction")
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action = QAction(self)
        self.restore_action.setObjectName("restoreAction")
        self.restore_action.triggered.connect(self.restore)
        file_menu.addSeparator()
        file_menu.addActions([self.patients_action, self.backup_action, self.restore_action])
        window.addAction(self.patients_action)
        self.dialog = None

    def open_patients(self) -> None:
        from vertprep.ui.patients_dialog import PatientsDialog

        if self.dialog is None:
            self.dialog = PatientsDialog(self.main_window.session, self.main_window)
        else:
            self.dialog.search.clear()
            self.dialog.reload()
        self.dialog.open()

    def back_up(self) -> None:
        from vertprep.ui.backup_dialogs import back_up

        back_up(self.main_window, self.main_window.session)

    def restore(self) -> None:
        from vertprep.ui.backup_dialogs import restore

        restore(self.main_window, self.main_window.session)

    def retranslate_ui(self) -> None:
        self.patients_action.setText(self.tr("P&atients…"))
        self.patients_action.setToolTip(
            self.tr("Open, add or manage the patients on this computer")
        )
        self.backup_action.setText(self.tr("&Back up…"))
        self.restore_action.setText(self.tr("&Restore…"))
        from vertprep.ui.actions import button_label

        for action in (self.patients_action, self.backup_action, self.restore_action):
            # As the Help screen lists it: no keyboard letter, also not "病人(&A)".
            action.setIconText(button_label(action.text()))
