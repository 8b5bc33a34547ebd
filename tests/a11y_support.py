"""Helpers for the accessibility tests: which widgets a person can operate, what a
screen reader says about them, and walking the Tab order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """Every widget under ``root`` that is shown, enabled and reachable with Tab.
    (A spin box's inner line edit hands its focus to the spin box: not counted.)"""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None:
            continue
        if isinstance(widget, QLineEdit) and widget.objectName() == "qt_spinbox_lineedit":
            continue
        found.append(widget)
    return found


def accessible_text(widget: QWidget, kind: QAccessible.Text = QAccessible.Text.Name) -> str:
    """What a screen reader reads for the widget (its name by default)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(kind) if interface is not None else ""


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '?'})"


def tab_cycle(qtbot, start: QWidget, limit: int = 400) -> list[QWidget]:
    """Press Tab from ``start`` until the focus comes back to it; the widgets visited."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    visited = [start]
    for _ in range(limit):
        current = QApplication.focusWidget()
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start:
            return visited
        if now is not visited[-1]:
            visited.append(now)
    raise AssertionError(f"Tab never came back to {describe(start)}")
