"""Eleven large buttons for pain from 0 to 10: big targets for shaking hands.

The chosen score is shown by a tick beside its number and a filled button, never
by colour alone. Arrow keys move along the scale; Space or Enter chooses.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLayout, QPushButton, QSizePolicy, QWidget

from vertprep.core.diary import SCORES
from vertprep.i18n.formatting import number
from vertprep.ui.widgets.labels import set_status

TICK = "\u2713"
COLUMN_CHOICES = (11, 6, 4, 3)


class PainScale(QWidget):
    """The 0–10 scale; ``score()`` is ``None`` until a button is chosen."""

    score_chosen = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("painScale")
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so that clear() can leave none chosen
        self.buttons: list[QPushButton] = []
        self._score: int | None = None
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        # The widget may be narrower than one row of eleven: it then takes two rows.
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for score in SCORES:
            button = QPushButton()
            button.setObjectName(f"painScore_{score}")
            button.setCheckable(True)
            button.setMinimumSize(56, 56)
            button.setProperty("role", "score")
            self.group.addButton(button, score)
            self.buttons.append(button)
        # Toggled, not clicked: assistive technology's "Toggle" action chooses too.
        self._updating = False
        self.group.idToggled.connect(self._toggled)
        self.columns = 0
        self._place(6)
        self.retranslate_ui()

    def _place(self, columns: int) -> None:
        """All in one row where they fit, else in rows of 6, 4 or 3 (large text)."""
        if columns == self.columns:
            return
        self.columns = columns
        for index, button in enumerate(self.buttons):
            self.grid.removeWidget(button)
            self.grid.addWidget(button, index // columns, index % columns)

    def _row_width(self, count: int) -> int:
        widths = [button.sizeHint().width() for button in self.buttons[:count]]
        return sum(widths) + (count - 1) * self.grid.spacing()

    def _row_height(self) -> int:
        return max(button.sizeHint().height() for button in self.buttons)

    def _height(self, columns: int) -> int:
        rows = -(-len(self.buttons) // columns)
        return rows * self._row_height() + (rows - 1) * self.grid.spacing()

    def minimumSizeHint(self) -> QSize:
        return QSize(self._row_width(COLUMN_CHOICES[-1]), self._height(self.columns))

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint().expandedTo(QSize(self._row_width(11), 0))

    def resizeEvent(self, event) -> None:
        width = event.size().width()
        columns = next(
            (n for n in COLUMN_CHOICES if self._row_width(n) <= width), COLUMN_CHOICES[-1]
        )
        if columns != self.columns:
            self._place(columns)
            self.updateGeometry()
        super().resizeEvent(event)

    def score(self) -> int | None:
        return self._score

    def _toggled(self, score: int, checked: bool) -> None:
        if self._updating:
            return
        if checked:
            self.choose(score)
        elif score == self._score:
            self.set_score(score)  # a second press keeps the score chosen

    def choose(self, score: int) -> None:
        self.set_score(score)
        self.score_chosen.emit(score)

    def set_score(self, score: int | None) -> None:
        self._score = score
        self._updating = True
        try:
            self._show(score)
        finally:
            self._updating = False

    def _show(self, score: int | None) -> None:
        for value, button in enumerate(self.buttons):
            chosen = value == score
            button.setChecked(chosen)
            digits = number(value)  # the language's own digits
            button.setText(f"{TICK}{digits}" if chosen else digits)
            set_status(button, "chosen" if chosen else "")
            button.setProperty("role", "primary" if chosen else "score")
            button.style().unpolish(button)
            button.style().polish(button)

    def clear(self) -> None:
        self.set_score(None)

    def keyPressEvent(self, event) -> None:
        focused = self.focusWidget()
        if focused in self.buttons:
            step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1}.get(event.key())
            if step is not None:
                if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                    step = -step
                index = max(0, min(10, self.buttons.index(focused) + step))
                self.buttons[index].setFocus()
                return
        super().keyPressEvent(event)

    def retranslate_ui(self) -> None:
        for value, button in enumerate(self.buttons):
            button.setAccessibleName(
                QCoreApplication.translate("PainScale", "Pain {score} out of 10").format(
                    score=number(value)
                )
            )
        self.setAccessibleName(QCoreApplication.translate("PainScale", "Pain now, 0 to 10"))
        self.set_score(self._score)  # the numbers in the language's digits
