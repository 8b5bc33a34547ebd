"""Label helpers: wrapped text with a style role from the theme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


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
    label = QLabel(parent)
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
