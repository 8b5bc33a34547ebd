"""A checklist row's layout remembers its heights per width, and forgets them as soon
as anything inside changes: its answers are always Qt's own."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from vertprep.ui.widgets.labels import role_label
from vertprep.ui.widgets.layouts import HeightCachingHBoxLayout

WIDTHS = (120, 300, 120, 640, 300, 121)


def row_with(layout_class, text: str):
    widget = QWidget()
    layout = layout_class(widget)
    label = role_label()
    label.setText(text)
    layout.addWidget(role_label())  # a second, empty column
    layout.addWidget(label, 1)
    return widget, layout, label


def heights(layout) -> list[tuple[int, int]]:
    return [(layout.heightForWidth(w), layout.minimumHeightForWidth(w)) for w in WIDTHS]


def test_the_same_heights_as_qt_at_every_width_and_after_a_change(qapp):
    text = "Bring the list of your medicines and the letter from your doctor. " * 3
    _cached_row, cached, cached_label = row_with(HeightCachingHBoxLayout, text)
    _plain_row, plain, plain_label = row_with(QHBoxLayout, text)
    assert heights(cached) == heights(plain)
    assert len({h for h, _ in heights(cached)}) > 2  # the widths give different heights
    # A longer text: the row is taller at the same width, as Qt says.
    before = cached.heightForWidth(300)
    for label in (cached_label, plain_label):
        label.setText(text * 3)
    assert cached.heightForWidth(300) > before
    assert heights(cached) == heights(plain)
    # A label hidden (the status line of a row, say) counts no more.
    for label in (cached_label, plain_label):
        label.hide()
    assert heights(cached) == heights(plain)
