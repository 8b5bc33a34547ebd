"""What every screen shares: a scrollable column with a title.

Note for subclasses: PySide6 looks up ``self.tr`` under the *runtime* class name,
so a base class must not call ``self.tr`` in a method its subclasses inherit
(lupdate would file the string under the base class). Strings of the base class
use ``QCoreApplication.translate("Screen", ...)``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from vertprep.session import PatientSession
from vertprep.ui import theme
from vertprep.ui.focus_order import put_in_reading_order
from vertprep.ui.screen_registry import ENTRIES_BY_ID
from vertprep.ui.widgets.labels import role_label


class Screen(QWidget):
    """A page of the main window. Subclasses fill ``self.body`` and set their texts
    in ``retranslate_ui()``, and show the patient's data in ``refresh()``."""

    #: Stable identifier, used for navigation and in tests.
    screen_id = ""
    #: Asks the main window to show another screen (by ``screen_id``).
    navigate_requested = Signal(str)

    def __init__(self, session: PatientSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName(f"screen_{self.screen_id}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Text reflows to the width; the screen never scrolls sideways.
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The keyboard can stop on the screen itself to scroll it with the arrow keys.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer.addWidget(self.scroll)
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(theme.SCREEN_MARGINS)
        self.body.setSpacing(theme.SPACING_PX)
        self.title = role_label("title")
        self.title.setAccessibleName("")
        self.body.addWidget(self.title)
        self.scroll.setWidget(content)

    def resizeEvent(self, event) -> None:
        narrow = event.size().width() < theme.NARROW_SCREEN_PX
        margins = theme.NARROW_SCREEN_MARGINS if narrow else theme.SCREEN_MARGINS
        if self.body.contentsMargins() != margins:
            self.body.setContentsMargins(margins)
        super().resizeEvent(event)

    def finish_layout(self) -> None:
        """Call at the end of a subclass's ``__init__``: pushes content to the top,
        sets the texts and shows the data."""
        self.body.addStretch(1)
        self.retranslate_ui()
        self._name_scroll_area()
        self.session.plan_changed.connect(self.refresh)
        self.session.profile_changed.connect(self.refresh)
        # After a refresh (which may add widgets), Tab follows the screen again.
        self.session.plan_changed.connect(self._order_tabs_later)
        self.session.profile_changed.connect(self._order_tabs_later)

    def nav_title(self) -> str:
        """The screen's name in the step list, in the current language."""
        return ENTRIES_BY_ID[self.screen_id].nav_title()

    def retranslate_ui(self) -> None:
        """Set every text; subclasses set theirs and call ``refresh()``."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Show the patient's current data."""

    def _order_tabs_later(self) -> None:
        if self.isVisible():
            QTimer.singleShot(0, self, self.order_tabs)

    def order_tabs(self) -> None:
        """Tab goes from the screen itself through its controls, top to bottom."""
        if self.window() is not self:
            put_in_reading_order(self.scroll, self.scroll.widget())

    def showEvent(self, event: QShowEvent) -> None:
        self.order_tabs()
        super().showEvent(event)

    def _name_scroll_area(self) -> None:
        # A screen reader names the scrolling page after the screen's title.
        self.scroll.setAccessibleName(self.title.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._name_scroll_area()
        super().changeEvent(event)
