"""The bar under every screen (Back, progress, Next, and Undo for a moment after a
tick), and the sizing of the step list beside the screens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListView,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vertprep.ui import theme
from vertprep.ui.widgets.labels import role_label

if TYPE_CHECKING:
    from vertprep.ui.undo import TickHistory

UNDO_SHOWN_MS = 10_000  # long enough to read the message and reach the button


class UndoToast(QFrame):
    """ "Marked as done: ..." with an Undo button; hides itself after a while, but not
    while the keyboard is on its button."""

    undo_clicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setProperty("role", "toast")
        self.setObjectName("undoToast")
        self.message = role_label("")
        self.message.setObjectName("undoMessage")
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.CARD_MARGINS)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(UNDO_SHOWN_MS)
        self.timer.timeout.connect(self._time_up)
        self.hide()

    def show_message(self, text: str) -> None:
        """Show ``text`` with the Undo button; an empty text hides the toast."""
        if not text:
            self.timer.stop()
            self._hide_keeping_focus()
            return
        self.message.setText(text)
        self.undo_button.setAccessibleDescription(text)
        self.show()
        self.timer.start()
        # Screen readers hear the change without the focus moving.
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))

    def _time_up(self) -> None:
        if self.undo_button.hasFocus():
            self.timer.start()  # the person is about to use it
            return
        self._hide_keeping_focus()

    def _hide_keeping_focus(self) -> None:
        if self.undo_button.hasFocus():
            self.focusNextChild()
        self.hide()

    def retranslate_ui(self) -> None:
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(
            self.tr("Undo the last tick ({keys})").format(
                keys=QKeySequence(QKeySequence.StandardKey.Undo).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )


class NavigationBar(QWidget):
    """Back and Next buttons around the "4 of 13 steps done" progress."""

    back_clicked = Signal()
    next_clicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("navigationBar")
        self.undo_toast = UndoToast()
        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextButton")
        self.next_button.setProperty("role", "primary")
        self.back_button.clicked.connect(self.back_clicked)
        self.next_button.clicked.connect(self.next_clicked)
        self.progress_label = role_label("", wrap=True)
        self.progress_label.setObjectName("progressLabel")
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        middle = QVBoxLayout()
        middle.addWidget(self.progress_label)
        middle.addWidget(self.progress_bar)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addLayout(middle, 1)
        row.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.BAR_MARGINS)
        layout.setSpacing(theme.SMALL_SPACING_PX)
        layout.addWidget(self.undo_toast)
        layout.addLayout(row)
        self._done, self._total = 0, 0
        self.retranslate_ui()

    def set_progress(self, done: int, total: int) -> None:
        self._done, self._total = done, total
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.retranslate_ui()

    def follow_history(self, history: TickHistory) -> None:
        """Offer Undo for a few seconds after each tick or untick in ``history``."""
        history.changed.connect(self.undo_toast.show_message)
        self.undo_toast.undo_clicked.connect(history.undo)

    def set_position(self, index: int, count: int) -> None:
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)

    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        text = self.tr("{done} of {total} steps done").format(done=self._done, total=self._total)
        self.progress_label.setText(text)
        self.progress_bar.setAccessibleName(text)
        self.back_button.setToolTip(self.tr("Previous screen (Alt+Left)"))
        self.next_button.setToolTip(self.tr("Next screen (Alt+Right)"))
        self.back_button.setAccessibleDescription(self.tr("Goes to the previous screen."))
        self.next_button.setAccessibleDescription(self.tr("Goes to the next screen."))
        self.undo_toast.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def fit_step_list(step_list: QListWidget) -> None:
    """Size the step list for its texts at the current text size: wide enough for the
    longest word, never so wide that the screens lose their room, and each row tall
    enough for its title wrapped onto as many lines as it needs."""
    icon = theme.scaled_px(theme.STEP_ICON_PX)
    step_list.setIconSize(QSize(icon, icon))
    step_list.setTextElideMode(Qt.TextElideMode.ElideNone)
    step_list.setResizeMode(QListView.ResizeMode.Adjust)
    narrowest, widest = theme.STEP_LIST_WIDTH_PX
    width = step_list.sizeHintForColumn(0) + 2 * theme.SPACING_PX
    width = max(narrowest, min(width, widest))
    step_list.setFixedWidth(width)
    # Qt measures wrapped rows before it knows whether a scroll bar will take room,
    # and then cuts the last line off with "...": measure them here, as if it did.
    metrics = step_list.fontMetrics()
    scroll_bar = step_list.verticalScrollBar().sizeHint().width()
    text_width = width - scroll_bar - icon - _STEP_ROW_CHROME_PX
    for row in range(step_list.count()):
        item = step_list.item(row)
        bounds = metrics.boundingRect(
            0, 0, max(text_width, 1), 100_000, Qt.TextFlag.TextWordWrap, item.text()
        )
        height = max(theme.MIN_TARGET_PX, bounds.height(), icon) + _STEP_ROW_PADDING_PX
        item.setSizeHint(QSize(width - scroll_bar, height))
    step_list.doItemsLayout()


# Room around a step's title: the row's padding and frame, the gap after the icon.
_STEP_ROW_CHROME_PX = 2 * 10 + 2 * 4 + 8 + 8
_STEP_ROW_PADDING_PX = 2 * 6
