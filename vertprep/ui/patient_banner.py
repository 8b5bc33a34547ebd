"""Whose plan this is, above every screen, whenever more than one patient is stored."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton

from vertprep.session import PatientSession
from vertprep.ui.widgets.labels import role_label


def several_patients(session: PatientSession) -> bool:
    return len(session.patients.entries(include_archived=True)) > 1


class PatientBanner(QFrame):
    """ "Plan of Maria Keller" and a button to switch; hidden with a single patient, so
    that the app looks as it always did for one person."""

    switch_requested = Signal()

    def __init__(self, session: PatientSession, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("patientBanner")
        self.session = session
        self.label = role_label("patient")
        self.label.setObjectName("patientBannerName")
        self.switch_button = QPushButton()
        self.switch_button.clicked.connect(self.switch_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.switch_button)
        for signal in (session.patient_switched, session.patients_changed, session.profile_changed):
            signal.connect(self.refresh)
        self.retranslate_ui()

    def refresh(self) -> None:
        several = several_patients(self.session)
        self.setVisible(several)
        if not several:
            return  # one person: nothing to say (nor the patients' list model to load)
        from vertprep.ui.patients_model import display_name

        self.label.setText(
            self.tr("Plan of {name}").format(name=display_name(self.session.profile.name))
        )
        self.label.setAccessibleName(self.label.text())

    def retranslate_ui(self) -> None:
        self.switch_button.setText(self.tr("Switch patient…"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
