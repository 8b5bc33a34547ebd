"""What every screen shares: a scrollable column with a title, refreshed only while
it is shown.

A change of the data a screen shows (its ``refreshed_by`` signals) or of the
language repaints the screen at once if it is shown; a hidden screen only notes
that it is out of date and catches up when it is next shown, before it is painted.
So a tick costs the screen in view, however many screens and reminders there are.

Note for subclasses: PySide6 looks up ``self.tr`` under the *runtime* class name,
so a base class must not call ``self.tr`` in a method its subclasses inherit
(lupdate would file the string under the base class). Strings of the base class
use ``QCoreApplication.translate("Screen", ...)``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
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
    #: The session's signals for the data this screen shows.
    refreshed_by: tuple[str, ...] = ("plan_changed", "profile_changed")

    def __init__(self, session: PatientSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # Out of date while hidden: the data changed, or the language (texts and data).
        self._stale_data = False
        self._stale_language = False
        self._finished = False
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
        for name in self.refreshed_by:
            getattr(self.session, name).connect(self.data_changed)
        self._finished = True

    def nav_title(self) -> str:
        """The screen's name in the step list, in the current language."""
        return ENTRIES_BY_ID[self.screen_id].nav_title()

    def retranslate_ui(self) -> None:
        """Set every text; subclasses set theirs and call ``refresh()``."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Show the patient's current data."""

    def data_changed(self) -> None:
        """Refresh now if shown; otherwise when next shown."""
        if self.isVisible():
            # Cards a refresh makes or removes sit directly in the scrolled content.
            content = self.scroll.widget()
            widgets = len(content.children())
            self.refresh()
            if len(content.children()) != widgets:
                # The refresh made new cards: Tab follows the screen again.
                QTimer.singleShot(0, self, self.order_tabs)
        else:
            self._stale_data = True

    @property
    def is_stale(self) -> bool:
        """Whether the screen waits to be shown to catch up with a change."""
        return self._stale_data or self._stale_language

    def catch_up(self) -> None:
        """Show what changed while the screen was hidden."""
        if self._stale_language:
            self._stale_language = self._stale_data = False
            # What the screen and every widget in it missed: they retranslate, and
            # the screen's retranslate_ui() refreshes its data too.
            QCoreApplication.sendEvent(self, QEvent(QEvent.Type.LanguageChange))
        elif self._stale_data:
            self._stale_data = False
            self.refresh()

    def order_tabs(self) -> None:
        """Tab goes from the screen itself through its controls, top to bottom."""
        if self.window() is not self:
            put_in_reading_order(self.scroll, self.scroll.widget())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and self._finished and not self.isVisible():
            # Not passed on to the widgets inside either: catch_up() sends it on show.
            self._stale_language = True
            return True
        return super().event(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.catch_up()
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
