"""Label helpers: wrapped text with a style role from the theme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    """A word-wrapped label that remembers its height for each width asked.

    Qt's layouts ask a wrapped label for its height at a width many times while they
    settle (about twenty times per label after a text size change, at half a dozen
    widths), and QLabel lays the text out anew each time: on a long checklist that
    was most of a restyle. An answer holds for the font it was measured in; it is
    forgotten when the text, the wrapping, the margins or the style properties change,
    and when the label is shown or restyled (see :func:`forget_heights`). (No
    ``changeEvent`` here: a Python override is called for every change event of
    every label, which cost more than the measuring it saved.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, tuple[QFont, int]] = {}

    def heightForWidth(self, width: int) -> int:
        font = self.font()
        known = self._heights.get(width)
        if known is not None and known[0] == font:
            return known[1]
        height = super().heightForWidth(width)
        self._heights[width] = (font, height)
        return height

    def forget_heights(self) -> None:
        self._heights.clear()

    def setText(self, text: str) -> None:
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def setWordWrap(self, on: bool) -> None:
        self._heights.clear()
        super().setWordWrap(on)

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:
        self._heights.clear()
        super().setTextFormat(text_format)

    def setContentsMargins(self, *margins) -> None:
        self._heights.clear()
        super().setContentsMargins(*margins)

    def showEvent(self, event: QShowEvent) -> None:
        # Polished (paddings from the style sheet) when first shown.
        self._heights.clear()
        super().showEvent(event)


def forget_heights(root: QWidget) -> None:
    """Make the wrapped labels in ``root`` measure again (after a new style sheet,
    whose paddings may differ)."""
    for label in root.findChildren(WrappedLabel):
        label.forget_heights()
    if isinstance(root, WrappedLabel):
        root.forget_heights()


def role_label(
    role: str = "",
    parent: QWidget | None = None,
    *,
    wrap: bool = True,
    selectable: bool = False,
) -> QLabel:
    """A label styled by ``QLabel[role="..."]`` in the theme, word-wrapped by default.

    ``selectable`` where a patient may want to copy the text: a phone number, a long
    paragraph. Not for headings and short lines: a selectable label keeps a text
    document of its own that is laid out again whenever the style changes."""
    label = WrappedLabel(parent) if wrap else QLabel(parent)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def set_status(widget: QWidget, status: str) -> None:
    """Set the ``status`` style property and re-apply the style sheet to show it."""
    if widget.property("status") == status:
        return
    widget.setProperty("status", status)
    if isinstance(widget, WrappedLabel):
        widget.forget_heights()
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        # A widget not polished yet (a new card) takes the property when first shown;
        # so the first screen does without QStyle, whose enums take long to create.
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def set_role(widget: QWidget, role: str) -> None:
    """Set the ``role`` style property and re-apply the style sheet to show it."""
    if (widget.property("role") or "") == role:
        return
    widget.setProperty("role", role)
    if isinstance(widget, WrappedLabel):
        widget.forget_heights()
    widget.style().unpolish(widget)
    widget.style().polish(widget)
