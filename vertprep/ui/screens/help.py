"""Help: how to use the app with the keyboard, larger text and a screen reader.

The list of shortcuts is read from the window's menus when the screen is shown, so
it always matches the shortcuts that really work, whoever added them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QMenu, QVBoxLayout, QWidget

from vertprep.ui import theme
from vertprep.ui.screens.base import Screen
from vertprep.ui.widgets.labels import role_label
from vertprep.ui.widgets.layouts import clear_layout

# Key names Qt's own translations leave in English in some languages ("Space" in
# Arabic, "Enter" in German and Chinese): filed under Qt's context, so that
# QKeySequence.toString(NativeText) finds them everywhere in the app.
KEY_NAMES = (QT_TRANSLATE_NOOP("QShortcut", "Space"), QT_TRANSLATE_NOOP("QShortcut", "Enter"))


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def window_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what they do) for every action of the window that has a shortcut."""
    found: list[QAction] = []

    def visit(actions: list[QAction]) -> None:
        for action in actions:
            menu = action.menu()
            if isinstance(menu, QMenu):
                visit(menu.actions())
            elif action not in found and action.shortcuts() and action.text():
                found.append(action)

    if isinstance(window, QMainWindow):
        visit(window.menuBar().actions())
    visit(window.actions())
    native = QKeySequence.SequenceFormat.NativeText
    # One shortcut a line: "Alt+Left" above "PgUp".
    return [
        ("\n".join(k.toString(native) for k in action.shortcuts()), action.iconText())
        for action in found
    ]


class HelpScreen(Screen):
    """Keys, text size, contrast and screen readers, in plain words."""

    screen_id = "help"

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self._key_labels: dict[int, list] = {}
        self.intro = role_label()
        self.keys_heading = role_label("heading")
        self.keys_grid = QVBoxLayout()
        self.keys_grid.setSpacing(theme.SMALL_SPACING_PX)
        self.shortcuts_heading = role_label("heading")
        self.shortcuts_grid = QVBoxLayout()
        self.shortcuts_grid.setSpacing(theme.SMALL_SPACING_PX)
        self.size_heading = role_label("heading")
        self.size_text = role_label()
        self.reader_heading = role_label("heading")
        self.reader_text = role_label()
        self.body.addWidget(self.intro)
        self.body.addWidget(self.keys_heading)
        self.body.addLayout(self.keys_grid)
        self.body.addWidget(self.shortcuts_heading)
        self.body.addLayout(self.shortcuts_grid)
        for widget in (self.size_heading, self.size_text, self.reader_heading, self.reader_text):
            self.body.addWidget(widget)
        self.finish_layout()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Help and keyboard"))
        self.intro.setText(
            self.tr(
                "You can use vertprep with the keyboard alone. The button, box or field "
                "that the keyboard is on has a thick outline."
            )
        )
        self.keys_heading.setText(self.tr("Moving around"))
        self._fill(
            self.keys_grid,
            [
                (_native("Tab"), self.tr("Go to the next button, box or field.")),
                (_native("Shift+Tab"), self.tr("Go back to the previous one.")),
                (
                    _native("Space") + "\n" + _native("Enter"),
                    self.tr("Tick or untick the step you are on, or press the button."),
                ),
                (
                    _native("Up") + "\n" + _native("Down"),
                    self.tr("In the list of screens: choose a screen."),
                ),
                (
                    _native("Ctrl+Z"),
                    self.tr(
                        "Undo the last tick, untick or pain diary change. In a note, it undoes "
                        "your typing instead."
                    ),
                ),
            ],
        )
        self.shortcuts_heading.setText(self.tr("Shortcuts"))
        self.size_heading.setText(self.tr("Larger text and high contrast"))
        self.size_text.setText(
            self.tr(
                "The buttons A\u2212 and A+ at the top make the text smaller or larger, up "
                "to twice the normal size; the button between them shows the size and "
                "sets it back to normal. High contrast shows white and yellow text on "
                "black. vertprep remembers your choice."
            )
        )
        self.reader_heading.setText(self.tr("Screen readers"))
        self.reader_text.setText(
            self.tr(
                "vertprep works with screen readers such as NVDA, JAWS, VoiceOver and "
                "Orca. Each step says whether it is done and when it is due."
            )
        )
        # The menus are translated by the window after this screen: list them then.
        QTimer.singleShot(0, self, self.show_shortcuts)

    def show_shortcuts(self) -> None:
        """List the window's shortcuts as they are now."""
        window = self.window()
        rows = window_shortcuts(window) if window is not self else []
        self._fill(self.shortcuts_grid, rows)

    def _fill(self, rows_box: QVBoxLayout, rows: list[tuple[str, str]]) -> None:
        """One row per shortcut: the keys in a box, then what they do. (Rows of boxes,
        not a grid: a grid gets the height of wrapped text wrong.)"""
        if rows_box.property("rows") == rows:
            return  # nothing changed: keep the labels (and a screen reader's place)
        rows_box.setProperty("rows", rows)
        clear_layout(rows_box)
        key_labels = []
        for keys, text in rows:
            row = QWidget()
            row.setObjectName("shortcutRow")
            key_label = role_label("key", wrap=False)
            key_label.setText(keys)
            key_label.setObjectName("shortcutKeys")
            what = role_label()
            what.setText(text)
            what.setObjectName("shortcutText")
            key_label.setBuddy(what)
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(theme.SPACING_PX)
            layout.addWidget(key_label, 0, Qt.AlignmentFlag.AlignTop)
            layout.addWidget(what, 1)
            rows_box.addWidget(row)
            key_labels.append(key_label)
        self._key_labels[id(rows_box)] = key_labels
        self._line_up_keys()

    def _line_up_keys(self) -> None:
        """The keys line up in a column as wide as the widest of them."""
        for key_labels in self._key_labels.values():
            for label in key_labels:
                label.setMinimumWidth(0)
            width = max((label.sizeHint().width() for label in key_labels), default=0)
            for label in key_labels:
                label.setMinimumWidth(width)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            # The text size changed; measure the keys once they have their new font.
            QTimer.singleShot(0, self, self._line_up_keys)
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.show_shortcuts()
        super().showEvent(event)
