"""Label helpers: wrapped text with a style role from the theme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def role_label(role: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label styled by ``QLabel[role="..."]`` in the theme, word-wrapped by default."""
    label = QLabel(parent)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def set_status(widget: QWidget, status: str) -> None:
    """Set the ``status`` style property and re-apply the style sheet to show it."""
    if widget.property("status") == status:
        return
    widget.setProperty("status", status)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def set_role(widget: QWidget, role: str) -> None:
    """Set the ``role`` style property and re-apply the style sheet to show it."""
    if (widget.property("role") or "") == role:
        return
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
