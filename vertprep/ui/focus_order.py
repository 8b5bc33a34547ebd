"""Tab order that follows what a person sees: top to bottom, then along each row.

Qt's Tab order is the order in which widgets were made, so widgets a screen adds
later (cards that appear when something becomes due) would come last, after the
buttons below them. A screen asks for its order again whenever its content may have
changed; the order is read from its layouts, which place widgets in reading order.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QWidget


def takes_tab(widget: QWidget) -> bool:
    """Whether Tab can stop on the widget itself (not on a part of it that hands the
    focus on, like the text field inside a date field)."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def reading_order(container: QWidget) -> list[QWidget]:
    """The widgets Tab can stop on inside ``container``, in the order its layouts place
    them (hidden and disabled ones too, so they are in place when they come back)."""
    found: list[QWidget] = []

    def visit_layout(layout: QLayout) -> None:
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item.widget() is not None:
                visit_widget(item.widget())
            elif item.layout() is not None:
                visit_layout(item.layout())

    def visit_widget(widget: QWidget) -> None:
        if takes_tab(widget):
            found.append(widget)  # its inner parts are its own business
        elif widget.layout() is not None:
            visit_layout(widget.layout())

    if container.layout() is not None:
        visit_layout(container.layout())
    return found


def put_in_reading_order(first: QWidget, container: QWidget) -> QWidget:
    """Make Tab go from ``first`` through ``container``'s widgets in reading order;
    returns the last of them (``first`` if there is none). Both must already be in
    the same window."""
    previous = first
    for widget in reading_order(container):
        QWidget.setTabOrder(previous, widget)
        previous = widget
    return previous
