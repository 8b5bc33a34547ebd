"""The bar under every screen (Back, progress, Next, and Undo for a moment after a
tick), and the sizing of the step list beside the screens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMargins, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListView,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from vertprep.i18n.formatting import number
from vertprep.ui import theme
from vertprep.ui.widgets.labels import role_label, set_role

if TYPE_CHECKING:
    from vertprep.ui.undo import TickHistory

UNDO_SHOWN_MS = 10_000  # long enough to read the message and reach the button


class UndoToast(QFrame):
    """ "Marked as done. [Undo]" for a few seconds after a tick, in the bar under the
    screen (in place of the progress text, so it takes no extra room at large text
    sizes). It stays while the keyboard is on its button."""

    undo_clicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setProperty("role", "toast")
        self.setObjectName("undoToast")
        self._item_id, self._done = "", True
        self._keys: str | None = None  # Undo's keys, as shown in this language
        # The step's title in the app's language now, from the care team's plan.
        self.title_of = lambda _item_id: ""
        self.message = role_label("")
        self.message.setObjectName("undoMessage")
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.SMALL_SPACING_PX, 2, 2, 2)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(UNDO_SHOWN_MS)
        self.timer.timeout.connect(self._time_up)
        self.hide()

    def show_change(self, item_id: str, done: bool) -> None:
        """Offer to undo ticking (``done``) or unticking the step ``item_id``."""
        self._item_id, self._done = item_id, done
        if self._keys is None:
            self.retranslate_ui()
        else:
            self._show_message()  # (the button's words and tooltip stay as they are)
        self.show()
        self.timer.start()
        # Screen readers hear what changed without the focus moving. (Imported here:
        # QAccessible's enums cost start-up time, and the first tick comes later.)
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        text = self.undo_button.accessibleDescription()
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))

    def dismiss(self) -> None:
        self.timer.stop()
        self._hide_keeping_focus()

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
        self._keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.undo_button.setToolTip(self.tr("Undo the last tick ({keys})").format(keys=self._keys))
        self._show_message()

    def _show_message(self) -> None:
        keys = self._keys
        # Looked up again on each switch, so the title follows the language too.
        title = self.title_of(self._item_id)
        if self._done:
            self.message.setText(self.tr("Marked as done."))
            change = self.tr("Marked as done: {title}").format(title=title)
        else:
            self.message.setText(self.tr("Marked as not done."))
            change = self.tr("Marked as not done: {title}").format(title=title)
        self.undo_button.setAccessibleDescription(
            self.tr("{change}. To undo it, press this button or {keys}.").format(
                change=change, keys=keys
            )
        )


class NavigationBar(QWidget):
    """Back and Next buttons around the "4 of 13 steps done" progress."""

    back_clicked = Signal()
    next_clicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("navigationBar")
        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextButton")
        self.next_button.setProperty("role", "primary")
        self.back_button.clicked.connect(self.back_clicked)
        self.next_button.clicked.connect(self.next_clicked)
        self.progress_label = role_label("", wrap=True)
        self.progress_label.setObjectName("progressLabel")
        self.undo_toast = UndoToast()
        self.undo_toast.installEventFilter(self)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        middle = QVBoxLayout()
        middle.setSpacing(theme.SMALL_SPACING_PX)
        middle.addWidget(self.progress_label)
        middle.addWidget(self.undo_toast)
        middle.addWidget(self.progress_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.BAR_MARGINS)
        layout.addWidget(self.back_button)
        layout.addLayout(middle, 1)
        layout.addWidget(self.next_button)
        self._done, self._total = 0, 0
        self._progress_shown: tuple[int, int] | None = None
        self.retranslate_ui()

    def follow_history(self, history: TickHistory) -> None:
        """Offer Undo for a few seconds after each tick or untick in ``history``."""
        self.undo_toast.title_of = history.title_of
        history.changed.connect(self._show_undo)
        history.undone.connect(self._hide_undo)
        self.undo_toast.undo_clicked.connect(history.undo)

    def _show_undo(self, item_id: str, done: bool) -> None:
        self.progress_label.hide()
        self.undo_toast.show_change(item_id, done)

    def _hide_undo(self) -> None:
        self.undo_toast.dismiss()

    def eventFilter(self, watched, event: QEvent) -> bool:
        if watched is self.undo_toast and event.type() == QEvent.Type.Hide:
            self.progress_label.show()  # the progress comes back when the toast goes
        return super().eventFilter(watched, event)

    def set_progress(self, done: int, total: int) -> None:
        """Show ``done`` of ``total``: the words and the bar, nothing else (a tick calls
        this; the buttons' words and tooltips stay as they are)."""
        if (done, total) == self._progress_shown:
            return
        self._progress_shown = self._done, self._total = done, total
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self._show_progress()

    def set_position(self, index: int, count: int) -> None:
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)
        # One main button per screen: on the welcome screen that is its own "Start".
        set_role(self.next_button, "" if index == 0 else "primary")

    def _show_progress(self) -> None:
        text = self.tr("{done} of {total} steps done").format(
            done=number(self._done), total=number(self._total)
        )
        self.progress_label.setText(text)
        self.progress_bar.setAccessibleName(text)

    def fit_text_size(self) -> None:
        """At large text sizes the bar is one row: the words say the progress."""
        compact = theme.is_compact()
        self.progress_bar.setVisible(not compact)
        margins = theme.BAR_MARGINS
        if compact:
            margins = QMargins(margins.left(), 4, margins.right(), 4)
        self.layout().setContentsMargins(margins)

    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        self._show_progress()
        self.back_button.setToolTip(self.tr("Previous screen (Alt+Left)"))
        self.next_button.setToolTip(self.tr("Next screen (Alt+Right)"))
        self.back_button.setAccessibleDescription(self.tr("Goes to the previous screen."))
        self.next_button.setAccessibleDescription(self.tr("Goes to the next screen."))
        self.undo_toast.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class _StepDelegate(QStyledItemDelegate):
    """Draws a step with its title, or only its icon at large text sizes (the title is
    then its tooltip, and screen readers still hear it)."""

    icons_only = False

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        if self.icons_only:
            option.text = ""
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDisplay


def fit_step_list(step_list: QListWidget, *, only_if_width_changes: bool = False) -> None:
    """Size the step list for its texts at the current text size: wide enough for the
    longest word, never so wide that the screens lose their room (it narrows with a
    narrow window), and each row tall enough for its title wrapped onto as many lines
    as it needs; at large text sizes, icons only. Fitted again whenever the window is
    resized."""
    _StepListFitter.follow(step_list)
    icon = theme.scaled_px(theme.STEP_ICON_PX)
    if theme.is_compact():  # icons alone: they grow half as fast, all steps in view
        icon = theme.scaled_px(theme.STEP_ICON_PX, (theme.current_scale() + 100) // 2)
    step_list.setIconSize(QSize(icon, icon))
    step_list.setTextElideMode(Qt.TextElideMode.ElideNone)
    step_list.setResizeMode(QListView.ResizeMode.Adjust)
    delegate = step_list.itemDelegate()
    if not isinstance(delegate, _StepDelegate):
        delegate = _StepDelegate(step_list)
        step_list.setItemDelegate(delegate)
    delegate.icons_only = theme.is_compact()
    if delegate.icons_only:
        _fit_icons_only(step_list, icon)
        return
    narrowest, widest = theme.STEP_LIST_WIDTH_PX
    window = step_list.window()
    if window is not step_list:
        widest = min(widest, round(window.width() * theme.STEP_LIST_SHARE))
    # As wide as the longest title on one line (measured here: the rows' own size
    # hints are set below, from the width), within those bounds.
    metrics = step_list.fontMetrics()
    scroll_bar = step_list.verticalScrollBar().sizeHint().width()
    longest = max(
        (metrics.horizontalAdvance(step_list.item(row).text()) for row in range(step_list.count())),
        default=0,
    )
    width = longest + icon + _STEP_ROW_CHROME_PX + scroll_bar
    width = max(min(narrowest, widest), min(width, widest))
    if only_if_width_changes and step_list.width() == width:
        return  # the window changed size, but the list keeps its width
    step_list.setFixedWidth(width)
    # Qt measures wrapped rows before it knows whether a scroll bar will take room,
    # and then cuts the last line off with "...": measure them here, as if it did.
    text_width = width - scroll_bar - icon - _STEP_ROW_CHROME_PX
    for row in range(step_list.count()):
        item = step_list.item(row)
        bounds = metrics.boundingRect(
            0, 0, max(text_width, 1), 100_000, Qt.TextFlag.TextWordWrap, item.text()
        )
        height = max(theme.MIN_TARGET_PX, bounds.height(), icon) + _STEP_ROW_PADDING_PX
        item.setSizeHint(QSize(width - scroll_bar, height))
    step_list.doItemsLayout()


def _fit_icons_only(step_list: QListWidget, icon: int) -> None:
    # (A little wider than the icons: the contrast switch under the list needs it.)
    width = icon + _STEP_ROW_CHROME_PX + 24
    if step_list.width() != width:
        step_list.setFixedWidth(width)
    for row in range(step_list.count()):
        step_list.item(row).setSizeHint(QSize(width, icon + _STEP_ROW_PADDING_PX + 4))
    step_list.doItemsLayout()


class _StepListFitter(QObject):
    """Fits the step list again when its window changes size."""

    NAME = "stepListFitter"

    def __init__(self, step_list: QListWidget) -> None:
        super().__init__(step_list)
        self.setObjectName(self.NAME)
        self.step_list = step_list
        step_list.window().installEventFilter(self)

    @classmethod
    def follow(cls, step_list: QListWidget) -> None:
        if step_list.window() is not step_list and step_list.findChild(cls, cls.NAME) is None:
            cls(step_list)

    def eventFilter(self, watched, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.step_list.window():
            fit_step_list(self.step_list, only_if_width_changes=True)
        return False


# Room around a step's title: the row's padding and frame, the gap after the icon.
_STEP_ROW_CHROME_PX = 2 * 10 + 2 * 4 + 8 + 8
_STEP_ROW_PADDING_PX = 2 * 6
