"""The reminder on every advice screen that the care team decides."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout

from vertprep.ui.widgets.labels import role_label


class CareTeamNote(QFrame):
    """ "This app informs you; your care team decides." Shown on every advice screen."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setProperty("role", "careNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        self.label = role_label()
        layout.addWidget(self.label)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(
            self.tr(
                "This app gives general information. Your care team decides what is "
                "right for you: follow their instructions."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
