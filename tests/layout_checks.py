"""Finds text that a person could not read whole: clipped labels and buttons, widgets
that lie on top of each other or stick out of their parent, sideways scrolling.

Used by the layout tests (long translations, pseudo-translation, 200% text).
``layout_problems(root)`` runs every check.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTextBoundaryFinder
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLayout,
    QScrollArea,
    QScrollBar,
    QStackedLayout,
    QWidget,
)


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    text = text if isinstance(text, str) else ""
    return f"{type(widget).__name__}({widget.objectName() or '?'}: {text[:40]!r})"


def _unbreakable(text: str) -> list[str]:
    """The pieces a line cannot break inside: words, or single characters in Chinese,
    which has no spaces (Unicode line-break rules, as Qt applies them)."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    pieces, start = [], 0
    while (end := finder.toNextBoundary()) != -1:
        pieces.append(text[start:end].strip())
        start = end
    return [piece for piece in pieces if piece]


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or not label.pixmap().isNull():
        return None
    metrics = label.fontMetrics()
    rect = label.contentsRect()
    if label.wordWrap():
        longest = max((metrics.horizontalAdvance(word) for word in _unbreakable(text)), default=0)
        if longest > rect.width() + 1:
            return "a word is wider than the label"
        if label.heightForWidth(label.width()) > label.height() + 1:
            return "wrapped text is taller than the label"
        return None
    # A label that does not wrap may still hold several lines ("Alt+Left\nPgUp").
    lines = text.split("\n")
    if max(metrics.horizontalAdvance(line) for line in lines) > rect.width() + 1:
        return "text is wider than the label"
    # The height the label asks for itself counts: it measures the fonts really used
    # (an Arabic or Chinese fallback font is not as tall as the Latin one).
    if label.minimumSizeHint().height() > label.height() + 1:
        return "text is taller than the label"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    if button.hasHeightForWidth():
        # A button that wraps its words (WrappingButton) only needs its height.
        if button.heightForWidth(button.width()) > button.height() + 1:
            return "wrapped text is taller than the button"
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


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    """The widgets a layout places, through its nested layouts."""
    found = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found.extend(_layout_widgets(item.layout()))
    return found


def _overlap(first: QRect, second: QRect) -> bool:
    common = first.intersected(second)
    return common.width() > 1 and common.height() > 1


def overlapping_widgets(root: QWidget) -> list[str]:
    """Visible widgets placed by the same layout that lie on top of each other, as
    when a layout has less room than its contents need."""
    problems = []
    holders = [root, *root.findChildren(QWidget)]
    for holder in holders:
        layout = holder.layout()
        if layout is None or isinstance(layout, QStackedLayout) or not holder.isVisibleTo(root):
            continue
        placed = [w for w in _layout_widgets(layout) if w.isVisibleTo(root) and w.width() > 0]
        for index, first in enumerate(placed):
            for second in placed[index + 1 :]:
                if _overlap(first.geometry(), second.geometry()):
                    problems.append(f"{_name(first)} overlaps {_name(second)}")
    return problems


def cut_off_widgets(root: QWidget) -> list[str]:
    """Visible widgets that stick out of their parent, so part of them is never drawn.
    (The content of a scroll area is meant to be larger than its view: not counted.)"""
    problems = []
    for widget in root.findChildren(QWidget):
        parent = widget.parentWidget()
        if (
            parent is None
            or widget.isWindow()
            or not widget.isVisibleTo(root)
            or isinstance(widget, QScrollBar)
            or widget.width() <= 0
        ):
            continue
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            continue
        if widget.windowType() == Qt.WindowType.Popup:
            continue
        inside = parent.rect().adjusted(-1, -1, 1, 1)
        if not inside.contains(widget.geometry()):
            problems.append(f"{_name(widget)}: sticks out of {_name(parent)}")
    return problems


def layout_problems(root: QWidget) -> list[str]:
    """Every check above, for a whole window or dialog."""
    return (
        clipped_widgets(root)
        + sideways_scrolling(root)
        + overlapping_widgets(root)
        + cut_off_widgets(root)
    )
