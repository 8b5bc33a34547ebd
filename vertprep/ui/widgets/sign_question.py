"""One warning sign asked as a question, with two large buttons: Yes and No."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from vertprep.core.recovery_contacts import sign_text
from vertprep.ui.widgets.labels import role_label
from vertprep.ui.widgets.pain_scale import TICK


class SignQuestion(QWidget):
    """One warning sign with Yes and No."""

    def __init__(self, sign, plan, parent=None) -> None:
        super().__init__(parent)
        self.sign = sign
        self.plan = plan  # the care team's plan the sign comes from
        self.setObjectName(f"sign_{sign.id}")
        self.text = role_label()
        # Big buttons, not small round ones: targets for shaking hands. The chosen one
        # is filled and carries a tick, so the answer is never shown by colour alone.
        self.yes = QPushButton()
        self.yes.setObjectName(f"signYes_{sign.id}")
        self.no = QPushButton()
        self.no.setObjectName(f"signNo_{sign.id}")
        self.group = QButtonGroup(self)
        for button in (self.yes, self.no):
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.group.addButton(button)
        self.group.buttonToggled.connect(lambda *_: self._show_choice())
        row = QHBoxLayout()
        row.addWidget(self.yes)
        row.addWidget(self.no)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.text)
        layout.addLayout(row)

    def answer(self) -> bool | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def _show_choice(self) -> None:
        for button, word in ((self.yes, self.yes_word), (self.no, self.no_word)):
            chosen = button.isChecked()
            button.setText(f"{TICK} {word}" if chosen else word)
            button.setProperty("role", "primary" if chosen else "")
            button.style().unpolish(button)
            button.style().polish(button)

    def retranslate_ui(self) -> None:
        self.text.setText(sign_text(self.sign.text, QCoreApplication.translate, self.plan))
        yes, no = (
            QCoreApplication.translate("CheckInDialog", "Yes"),
            QCoreApplication.translate("CheckInDialog", "No"),
        )
        self.yes_word, self.no_word = yes, no
        self._show_choice()
        self.yes.setAccessibleName(f"{self.text.text()}: {yes}")
        self.no.setAccessibleName(f"{self.text.text()}: {no}")
