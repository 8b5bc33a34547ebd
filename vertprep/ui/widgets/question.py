"""A question with buttons that say what they do ("Delete Maria Keller"), laid out so
that long names and long words fit at any text size.

``QMessageBox`` fixes its own width from the text and cuts a long button label at
twice the text size; this dialog sizes itself from its contents like any other.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from vertprep.ui.widgets.labels import role_label

ACCEPT = QDialogButtonBox.ButtonRole.AcceptRole
DESTRUCTIVE = QDialogButtonBox.ButtonRole.DestructiveRole


class Question(QDialog):
    """Asks ``text`` with one button per answer and a Cancel; :meth:`ask` returns the
    index of the answer chosen, or ``None`` for Cancel (the default button)."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        answers: list[tuple[str, QDialogButtonBox.ButtonRole]],
        warning: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("question")
        self.setWindowTitle(title)
        self.chosen: int | None = None
        icon = QLabel()
        kind = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if warning
            else (QStyle.StandardPixmap.SP_MessageBoxQuestion)
        )
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(kind).pixmap(size, size))
        self.text_label = role_label()
        self.text_label.setText(text)
        self.text_label.setAccessibleName(text)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.answer_buttons: list[QPushButton] = []
        for index, (label, role) in enumerate(answers):
            button = self.button_box.addButton(label, role)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, i=index: self._choose(i))
            self.answer_buttons.append(button)
        cancel = self.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # nothing is lost by a stray Enter
        self.button_box.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.text_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.button_box)
        # Wide enough for the buttons and a comfortable line, never wider than the screen.
        screen = QWidget.screen(parent or self).availableGeometry()
        wide = max(self.fontMetrics().averageCharWidth() * 45, self.button_box.sizeHint().width())
        self.resize(min(wide + 40, int(screen.width() * 0.9)), self.sizeHint().height())

    def _choose(self, index: int) -> None:
        self.chosen = index
        self.accept()

    def ask(self) -> int | None:
        self.exec()
        return self.chosen
