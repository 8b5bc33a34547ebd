"""Layout helpers shared by the screens that rebuild a list of cards."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLayout, QWidget


def clear_layout(layout: QLayout) -> None:
    """Remove every widget from ``layout``: hidden at once, deleted by the event loop."""
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class HeightCachingHBoxLayout(QHBoxLayout):
    """A row layout that remembers its height, and its least height, for each width
    asked, until Qt invalidates it (whenever anything inside changes).

    Qt's box layout remembers the answer for one width only, and a scrolling list asks
    each of its rows at three or four widths every time it is laid out (with and
    without the scroll bar, and at the rows' preferred width): in a long checklist
    every row measured its texts again each time a row was added below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, tuple[int, int]] = {}

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def _measured(self, width: int) -> tuple[int, int]:
        known = self._heights.get(width)
        if known is None:
            # Qt's own answers at this width; the least height is computed with the
            # height, so it is read right after (while this height is remembered:
            # Qt's minimumHeightForWidth asks heightForWidth again).
            height = QHBoxLayout.heightForWidth(self, width)
            self._heights[width] = (height, height)
            known = (height, QHBoxLayout.minimumHeightForWidth(self, width))
            self._heights[width] = known
        return known

    def heightForWidth(self, width: int) -> int:
        return self._measured(width)[0]

    def minimumHeightForWidth(self, width: int) -> int:
        return self._measured(width)[1]
