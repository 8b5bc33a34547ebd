"""A push button whose words wrap onto more lines instead of being cut off.

A QPushButton's text never wraps, so a long translation or large text in a narrow
window would be cut. This button breaks its text into lines for the width it gets
(``\\n`` in the text, which Qt's style draws centred) and asks for the height.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetricsF, QTextLayout, QTextOption
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

# Room the style sheet takes around the text: padding 16 px and the border each side.
SIDE_ROOM_PX = 44
MAX_PREFERRED_WIDTH_PX = 420
_SLACK_PX = 2


class WrappingButton(QPushButton):
    """A QPushButton for long texts; ``text()`` is the text without line breaks."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(text)

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._text = text
        self.setAccessibleName(text.replace("&", ""))
        self._rewrap(self.width())

    def text(self) -> str:  # type: ignore[override]
        """The text as set, without the line breaks added for wrapping."""
        return self._text

    def _lines(self, width: int) -> list[str]:
        self.ensurePolished()  # the style sheet's font (bold) decides the widths
        available = max(40, width - SIDE_ROOM_PX)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout = QTextLayout(self._text, self.font())
        layout.setTextOption(option)
        lines = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(available)
            start = line.textStart()
            lines.append(self._text[start : start + line.textLength()].strip())
        layout.endLayout()
        return lines or [""]

    def _rewrap(self, width: int) -> None:
        wrapped = "\n".join(self._lines(width)) if width > 0 else self._text
        if wrapped != QPushButton.text(self):
            super().setText(wrapped)
            self.updateGeometry()

    def resizeEvent(self, event) -> None:
        self._rewrap(event.size().width())
        super().resizeEvent(event)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        spacing = self.fontMetrics().lineSpacing()
        shown_lines = QPushButton.text(self).count("\n") + 1
        room = super().sizeHint().height() - shown_lines * spacing  # padding and border
        return room + len(self._lines(width)) * spacing

    def sizeHint(self) -> QSize:
        self.ensurePolished()
        # Measured in fractions and rounded up, with the slack the line breaking
        # uses: a whole-pixel width would wrap the last word with room to spare.
        text_width = QFontMetricsF(self.font()).horizontalAdvance(self._text.replace("&", ""))
        one_line = math.ceil(text_width) + SIDE_ROOM_PX + _SLACK_PX
        width = min(one_line, MAX_PREFERRED_WIDTH_PX)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(min(super().minimumSizeHint().width(), 120), self.heightForWidth(self.width()))
