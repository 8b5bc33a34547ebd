"""A toolbar that shows its words beside the icons while they fit, and the icons alone
(the words still in tooltips and accessible names) when the window is too narrow.

Long translations in a wide font (German with DejaVu Sans, or twice the text size) at
a narrow window would otherwise squeeze the buttons and cut their words off.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QToolBar, QToolButton

# Room a button needs for its words beside the icon, on top of the words themselves.
TEXT_GAP_PX = 8


class ToolbarFitter(QObject):
    """Switches ``toolbar`` between text beside icons and icons only, by the room it has."""

    def __init__(self, toolbar: QToolBar) -> None:
        super().__init__(toolbar)
        self.toolbar = toolbar
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        toolbar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LayoutRequest,
            QEvent.Type.FontChange,
            QEvent.Type.Show,
        ):
            self._timer.start()
        return False

    def wanted_width(self) -> int:
        """The width the toolbar needs with every button's words beside its icon;
        the same whichever style it has now, so switching never goes back and forth."""
        bar = self.toolbar
        margins = bar.contentsMargins()
        spacing = bar.layout().spacing() if bar.layout() is not None else 0
        total = margins.left() + margins.right() + 2 * spacing
        icons_only = bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        for action in bar.actions():
            widget = bar.widgetForAction(action)
            if widget is None or not action.isVisible():
                continue
            width = widget.sizeHint().width()
            if icons_only and isinstance(widget, QToolButton) and widget.text():
                width += widget.fontMetrics().horizontalAdvance(widget.text()) + TEXT_GAP_PX
            total += width + spacing
        return total

    def fit(self) -> None:
        bar = self.toolbar
        if bar.width() <= 0:
            return
        fits = self.wanted_width() + TEXT_GAP_PX <= bar.width()
        style = (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if fits
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        if bar.toolButtonStyle() != style:
            bar.setToolButtonStyle(style)
