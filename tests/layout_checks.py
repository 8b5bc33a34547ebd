"""Finds text that a person could not read whole: clipped labels and buttons.

Used by the layout tests (long translations, pseudo-translation, 200% text).
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QWidget


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") else ""
    return f"{type(widget).__name__}({widget.objectName() or '?'}: {text[:40]!r})"


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or not label.pixmap().isNull():
        return None
    metrics = label.fontMetrics()
    rect = label.contentsRect()
    if label.wordWrap():
        longest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
        if longest > rect.width() + 1:
            return "a word is wider than the label"
        if label.heightForWidth(label.width()) > label.height() + 1:
            return "wrapped text is taller than the label"
        return None
    if metrics.horizontalAdvance(text) > rect.width() + 1:
        return "text is wider than the label"
    if metrics.height() > rect.height() + 1:
        return "text is taller than the label"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    hint = button.sizeHint()
    if hint.width() > button.width() + 1:
        return "text is wider than the button"
    if hint.height() > button.height() + 1:
        return "text is taller than the button"
    return None


def clipped_widgets(root: QWidget) -> list[str]:
    """Every visible label or button under ``root`` whose text does not fit."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        problem = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        if problem:
            problems.append(f"{_name(widget)}: {problem}")
    return problems


def sideways_scrolling(root: QWidget) -> list[str]:
    """Scroll areas whose content is wider than what they show."""
    problems = []
    for area in root.findChildren(QScrollArea):
        content = area.widget()
        if content is None or not area.isVisibleTo(root):
            continue
        if content.width() > area.viewport().width() + 1:
            problems.append(f"{area.parent().objectName()}: content wider than the view")
    return problems
