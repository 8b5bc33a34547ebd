"""Text size and contrast: the View menu, the always-visible controls, the theme.

The person's choice is stored in the settings; whenever the settings (or, until the
person chooses, the system's colour scheme) change, the theme is applied again: the
application font and palette at once, the style sheet to the parts of the window in
view (hidden screens take it when shown).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
)

from vertprep.i18n.bidi import isolate
from vertprep.i18n.formatting import number
from vertprep.session import PatientSession
from vertprep.ui import theme
from vertprep.ui.widgets.wrapping_check import WrappingCheck

# Shortcuts; made when needed (a QKeySequence needs the application to exist).
# "Ctrl+=" because on many keyboards "+" is Shift and "=".
LARGER_KEYS = ("Ctrl++", "Ctrl+=")
SMALLER_KEYS = ("Ctrl+-",)
NORMAL_KEYS = ("Ctrl+0",)
CONTRAST_KEYS = ("Ctrl+Shift+H",)
CONTRAST_GLYPH = "\u25d0"  # ◐


def key_text(keys: tuple[str, ...]) -> str:
    """The first shortcut as the system writes it (translated by Qt)."""
    return QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)


class ContrastSwitch(QFrame):
    """The "High contrast" tick box under the step list; its words wrap when the column
    is narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contrastSwitch")
        self.setProperty("role", "sideSwitch")
        # The side column is as wide as the step list: never wider for these words.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.check = WrappingCheck()
        self.box = self.check.box
        self.box.setObjectName("highContrastBox")
        self.box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.label = self.check.label
        self.label.setObjectName("highContrastLabel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.CARD_MARGINS)
        layout.addWidget(self.check)

    def fit_text_size(self) -> None:
        """Under a step list of icons, an icon for the words too (a half-filled circle);
        the box keeps its name for screen readers, and a tooltip."""
        if theme.is_compact():
            self.label.setText(CONTRAST_GLYPH)
        else:
            self.label.setText(self.box.accessibleName())


class TextSizeBar(QWidget):
    """ "A−  150%  A+", always in view, and the "High contrast" box placed beside it.

    The middle button shows the current size and sets it back to normal. Both are
    kept short because at twice the text size every row has little room.
    """

    def __init__(self, control: ViewSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textSizeBar")
        self.control = control
        self.smaller_button = self._button("smallerText", "A\u2212", control.smaller_action)
        self.normal_button = self._button("normalText", "", control.normal_action)
        self.larger_button = self._button("largerText", "A+", control.larger_action)
        self.contrast_switch = ContrastSwitch()
        self.contrast_box = self.contrast_switch.box
        # On toggled, not clicked: a screen reader's or switch-access tool's "Toggle"
        # calls toggle(), which emits no click, and must be applied and saved too.
        self.contrast_box.toggled.connect(self._on_contrast_toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, theme.SMALL_SPACING_PX, 2)
        layout.setSpacing(theme.SMALL_SPACING_PX)
        for button in (self.smaller_button, self.normal_button, self.larger_button):
            layout.addWidget(button)
        self.retranslate_ui()

    def _button(self, name: str, glyph: str, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        # "A−" and "A+" are symbols, not words: isolated, right-to-left text keeps them
        # as they are instead of showing "+A".
        button.setText(isolate(glyph, left_to_right=True))
        # Toolbars take tool buttons out of the Tab order; this control stays in it.
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Never squeezed into "..." when the row is short of room.
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        button.clicked.connect(action.trigger)
        return button

    def _on_contrast_toggled(self, on: bool) -> None:
        if on != self.control.contrast_action.isChecked():
            self.control.contrast_action.setChecked(on)
            self.control.set_high_contrast(on)

    def sync(self) -> None:
        control = self.control
        self.smaller_button.setEnabled(control.smaller_action.isEnabled())
        self.larger_button.setEnabled(control.larger_action.isEnabled())
        self.contrast_box.setChecked(control.contrast_action.isChecked())
        self.contrast_switch.fit_text_size()
        percent = theme.current_scale()
        self.normal_button.setText(self.tr("{percent}%").format(percent=number(percent)))
        self.normal_button.setAccessibleDescription(
            self.tr(
                "The text is at {percent}% of its normal size. Press to go back to normal."
            ).format(percent=number(percent))
        )

    def retranslate_ui(self) -> None:
        texts = (
            (self.smaller_button, self.tr("Smaller text"), self.tr("Makes all text smaller."),
             SMALLER_KEYS),
            (self.normal_button, self.tr("Normal text size"), "", NORMAL_KEYS),
            (self.larger_button, self.tr("Larger text"), self.tr("Makes all text larger, up to twice the normal size."),
             LARGER_KEYS),
        )  # fmt: skip
        for button, name, description, keys in texts:
            button.setAccessibleName(name)
            if description:
                button.setAccessibleDescription(description)
            button.setToolTip(self.tr("{action} ({keys})").format(action=name, keys=key_text(keys)))
        self.contrast_switch.check.setText(self.tr("High contrast"))
        self.contrast_switch.fit_text_size()
        self.contrast_box.setAccessibleDescription(self.tr("Shows white and yellow text on black."))
        self.contrast_box.setToolTip(
            self.tr("High contrast ({keys})").format(keys=key_text(CONTRAST_KEYS))
        )
        self.sync()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ViewSettings(QObject):
    """Owns the text size and high contrast actions and applies the theme they ask for.

    ``theme_changed`` follows a new text size or contrast: the window then gives the
    parts in view the new style sheet."""

    theme_changed = Signal()

    def __init__(
        self,
        session: PatientSession,
        toolbar: QToolBar | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.toolbar = toolbar
        self.larger_action = self._action(LARGER_KEYS, lambda: self._step(+1))
        self.smaller_action = self._action(SMALLER_KEYS, lambda: self._step(-1))
        self.normal_action = self._action(NORMAL_KEYS, lambda: self.set_scale(theme.MIN_SCALE))
        self.contrast_action = self._action(CONTRAST_KEYS, self._on_contrast_triggered)
        self.contrast_action.setCheckable(True)
        self.bar = TextSizeBar(self)
        session.settings_changed.connect(self.apply)
        self._hints = QGuiApplication.styleHints()
        self._hints.colorSchemeChanged.connect(self.apply)
        self._accessibility_hints = self._hints.accessibility()
        self._accessibility_hints.contrastPreferenceChanged.connect(self.apply)
        self.apply()

    def place_bar(self, window: QMainWindow, toolbar: QToolBar, side_column: QBoxLayout) -> None:
        """Put the toolbar's buttons and the text size buttons at the right end of the
        menu bar: one row for all three, so that at twice the text size the screens keep
        their room (where the menu bar is the system's, as on macOS, which cannot show
        them, a toolbar of its own holds them), and "High contrast" under the step list,
        where its words can wrap in any language and at any size."""
        menu_bar = window.menuBar()
        if menu_bar.isNativeMenuBar():
            window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
            toolbar.insertWidget(toolbar.actions()[0] if toolbar.actions() else None, self.bar)
        else:
            # Kept referenced: the menu bar does not take ownership of its corner.
            self.corner = corner = QWidget()
            corner.setObjectName("menuBarCorner")
            row = QHBoxLayout(corner)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(theme.SMALL_SPACING_PX)
            row.addWidget(toolbar)
            row.addWidget(self.bar)
            menu_bar.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        side_column.addWidget(self.bar.contrast_switch)
        # Tab goes from the step list straight down to the switch under it.
        first = side_column.itemAt(0).widget()
        if first is not None and first is not self.bar.contrast_switch:
            QWidget.setTabOrder(first, self.bar.contrast_box)

    @property
    def actions(self) -> tuple[QAction, ...]:
        return (self.larger_action, self.smaller_action, self.normal_action, self.contrast_action)

    def _action(self, keys: tuple[str, ...], slot) -> QAction:
        action = QAction(self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda _=False: slot())
        return action

    # -- changing ---------------------------------------------------------------
    def set_scale(self, scale: int) -> None:
        scale = theme.clamp_scale(scale)
        if scale != self.session.settings.text_scale:
            self.session.update_settings(text_scale=scale)

    def _step(self, direction: int) -> None:
        current = self.session.settings.text_scale
        step = theme.larger_scale if direction > 0 else theme.smaller_scale
        self.set_scale(step(current))

    def set_high_contrast(self, on: bool) -> None:
        """The person's own choice: from now on the system's scheme no longer decides."""
        self.session.update_settings(high_contrast=on, contrast_chosen=True)

    def _on_contrast_triggered(self) -> None:
        self.set_high_contrast(self.contrast_action.isChecked())

    # -- applying ---------------------------------------------------------------
    def apply(self) -> None:
        """Apply the stored text size and contrast if the app does not show them yet."""
        settings = self.session.settings
        scale = theme.clamp_scale(settings.text_scale)
        high_contrast = theme.wants_high_contrast(settings.contrast_chosen, settings.high_contrast)
        if (theme.current_scale(), theme.is_high_contrast()) != (scale, high_contrast):
            theme.set_theme_state(QApplication.instance(), scale, high_contrast)
            # The window restyles what is in view; hidden screens follow when shown.
            self.theme_changed.emit()
        self.larger_action.setEnabled(scale < theme.MAX_SCALE)
        self.smaller_action.setEnabled(scale > theme.MIN_SCALE)
        self.contrast_action.setChecked(high_contrast)
        if self.toolbar is not None:
            icon = theme.scaled_px(theme.ICON_PX)
            self.toolbar.setIconSize(QSize(icon, icon))
        self.bar.sync()

    def retranslate_ui(self) -> None:
        self.larger_action.setText(self.tr("&Larger text"))
        self.smaller_action.setText(self.tr("&Smaller text"))
        self.normal_action.setText(self.tr("&Normal text size"))
        self.contrast_action.setText(self.tr("&High contrast"))
