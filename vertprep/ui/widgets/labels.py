"""Label helpers: wrapped text with a style role from the theme."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

# What can change the height of a wrapped text at a given width, besides the text.
_LAYOUT_CHANGES = frozenset(
    {
        QEvent.Type.FontChange,
        QEvent.Type.ApplicationFontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.ContentsRectChange,
        QEvent.Type.LayoutDirectionChange,
    }
)


class WrappedLabel(QLabel):
    """A word-wrapped label that remembers its height for each width asked.

    Qt's layouts ask a wrapped label for its height at a width many times while they
    settle (about twenty times per label after a text size change, at half a dozen
    widths), and QLabel lays the text out anew each time: on a long checklist that
    was most of a restyle. The answers are forgotten when the text, the font, the
    style (padding, indent) or the margins change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _LAYOUT_CHANGES:
            self._heights.clear()
        super().changeEvent(event)


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
    widget.style().unpolish(widget)
    widget.style().polish(widget)
