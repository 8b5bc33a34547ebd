"""The bar under every screen: Back, progress, Next."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from vertprep.ui.widgets.labels import role_label


class NavigationBar(QWidget):
    """Back and Next buttons around the "4 of 13 steps done" progress."""

    back_clicked = Signal()
    next_clicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("navigationBar")
        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextButton")
        self.next_button.setProperty("role", "primary")
        self.back_button.clicked.connect(self.back_clicked)
        self.next_button.clicked.connect(self.next_clicked)
        self.progress_label = role_label("", wrap=True)
        self.progress_label.setObjectName("progressLabel")
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        middle = QVBoxLayout()
        middle.addWidget(self.progress_label)
        middle.addWidget(self.progress_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addWidget(self.back_button)
        layout.addLayout(middle, 1)
        layout.addWidget(self.next_button)
        self._done, self._total = 0, 0
        self.retranslate_ui()

    def set_progress(self, done: int, total: int) -> None:
        self._done, self._total = done, total
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.retranslate_ui()

    def set_position(self, index: int, count: int) -> None:
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)

    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        text = self.tr("{done} of {total} steps done").format(done=self._done, total=self._total)
        self.progress_label.setText(text)
        self.progress_bar.setAccessibleName(text)
        self.back_button.setToolTip(self.tr("Previous screen (Alt+Left)"))
        self.next_button.setToolTip(self.tr("Next screen (Alt+Right)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
