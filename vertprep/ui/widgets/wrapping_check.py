"""A checkbox whose words wrap onto more lines, for narrow windows, long translations
and large text (a QCheckBox's own text never wraps, so it would be cut off)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSizePolicy, QWidget

from vertprep.ui import theme
from vertprep.ui.widgets.labels import role_label


class WrappingCheck(QWidget):
    """A tick box (``box``, a plain QCheckBox) with its words beside it (``label``).
    A click on the words ticks it too; a screen reader hears the words as its name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setProperty("bare", True)  # no words of its own: no gap for them
        self.box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.label = role_label("")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.label.setBuddy(self.box)
        self.label.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SMALL_SPACING_PX)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1, Qt.AlignmentFlag.AlignVCenter)

    def setText(self, text: str) -> None:
        self.label.setText(text)
        # The keyboard letter ("&") is shown underlined, not said.
        self.box.setAccessibleName(text.replace("&&", "\x00").replace("&", "").replace("\x00", "&"))

    def text(self) -> str:
        return self.label.text()

    def eventFilter(self, watched, event: QEvent) -> bool:
        if watched is self.label and event.type() == QEvent.Type.MouseButtonRelease:
            if self.box.isEnabled() and self.label.rect().contains(event.position().toPoint()):
                self.box.setFocus(Qt.FocusReason.MouseFocusReason)
                self.box.click()
            return True
        return super().eventFilter(watched, event)
