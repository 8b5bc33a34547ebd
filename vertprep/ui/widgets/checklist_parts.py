"""The parts of a checklist row that behave unlike Qt's own: its tick box and its
note field."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QSizePolicy, QWidget

from vertprep.ui import theme

NOTE_LINES = 3


class TickBox(QCheckBox):
    """The row's tick box. A double click counts as one click (a tremor or habit must
    not tick and untick at once), and Enter ticks as well as Space."""

    #: The keyboard came to the box (True) or left it (False).
    focus_changed = Signal(bool)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focus_changed.emit(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_changed.emit(False)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.click()
            return
        super().keyPressEvent(event)


class NoteEdit(QPlainTextEdit):
    """A note field three lines high at any text size; Tab moves on instead of indenting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        height = (
            self.fontMetrics().lineSpacing() * NOTE_LINES
            + round(2 * self.document().documentMargin())
            + margins.top()
            + margins.bottom()
        )
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(theme.scaled_px(theme.MIN_TARGET_PX), self.sizeHint().height())
