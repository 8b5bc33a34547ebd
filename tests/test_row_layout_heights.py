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
    # Shown again (a status line coming back with a tick): it counts again.
    for label in (cached_label, plain_label):
        label.show()
    assert heights(cached) == heights(plain)


def nested_row(layout_class, text: str):
    """As a checklist row: the texts in a column inside the row's layout."""
    from PySide6.QtWidgets import QVBoxLayout

    widget = QWidget()
    layout = layout_class(widget)
    column = QVBoxLayout()
    title, status = role_label(), role_label()
    title.setText(text)
    status.setText("Done on Monday, 30 November 2026")
    status.hide()
    column.addWidget(title)
    column.addWidget(status)
    layout.addWidget(role_label())
    layout.addLayout(column, 1)
    widget.show()
    return widget, layout, title, status


def test_a_change_inside_a_nested_column_is_seen(qapp):
    text = "Ask your care team which medicines to stop, and when. " * 2
    cached_row, cached, cached_title, cached_status = nested_row(HeightCachingHBoxLayout, text)
    plain_row, plain, plain_title, plain_status = nested_row(QHBoxLayout, text)
    assert heights(cached) == heights(plain)
    for status in (cached_status, plain_status):
        status.show()  # a tick shows the status line
    assert heights(cached) == heights(plain)
    for status in (cached_status, plain_status):
        status.hide()  # an untick hides it
    assert heights(cached) == heights(plain)
    for title in (cached_title, plain_title):
        title.setText(text * 3)  # another language, a longer title
    assert heights(cached) == heights(plain)
    cached_row.close()
    plain_row.close()


def test_each_width_is_measured_once_until_something_changes(qapp, monkeypatch):
    measured = []
    qt_height = QHBoxLayout.heightForWidth

    def counting(layout, width):
        measured.append(width)
        return qt_height(layout, width)

    monkeypatch.setattr(QHBoxLayout, "heightForWidth", counting)
    _row, cached, label = row_with(HeightCachingHBoxLayout, "Bring your medicines. " * 6)
    first = cached.heightForWidth(300)
    assert cached.heightForWidth(300) == first
    assert cached.minimumHeightForWidth(300) >= 0
    assert measured == [300]  # asked three times, measured once
    label.setText("Bring your medicines. " * 12)
    assert cached.heightForWidth(300) > first
    assert measured == [300, 300]  # measured again after the change
