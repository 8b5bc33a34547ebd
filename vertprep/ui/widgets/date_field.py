"""Date and time fields that change only when the person means them to.

A patient scrolling a page with the pointer over a date field must not move their
procedure date (issue 14): the wheel scrolls the page unless the field has the
keyboard focus, as careful apps do. A date field can also show that no date is
set yet, instead of a real-looking date that was never chosen, and its pop-up
calendar is framed, marks today, dims the days of other months and can refuse
days before a given one.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QShowEvent,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCalendarWidget,
    QDateEdit,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QTimeEdit,
    QWidget,
)

# The value a date field holds while it shows "no date" (until it is given bounds:
# then the day before the first it takes): below any real choice.
NO_DATE = QDate(2000, 1, 1)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class _WheelGuard(QObject):
    """Passes the wheel on to the page unless the field has the keyboard focus."""

    def eventFilter(self, watched, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or watched.hasFocus():
            return False
        page = watched.parentWidget()
        while page is not None and not isinstance(page, QAbstractScrollArea):
            page = page.parentWidget()
        if page is not None:
            QCoreApplication.sendEvent(page.viewport(), event)  # the page scrolls
        else:
            event.ignore()
        return True


_guard: _WheelGuard | None = None


def hold_wheel(field: QWidget) -> None:
    """Make ``field`` (a spin box, date, time or combo box) ignore the wheel until
    it has the keyboard focus; a click or Tab gives it the focus, the wheel does not."""
    global _guard
    if _guard is None:
        _guard = _WheelGuard()
    field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    field.installEventFilter(_guard)


class PopupCalendar(QCalendarWidget):
    """The calendar that opens under a date field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("datePopup")
        self.setGridVisible(True)
        # Room for the frame the style sheet draws around it: it never blends in.
        self.layout().setContentsMargins(3, 3, 3, 3)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.today = date.today()
        self.earliest: date | None = None
        self.first = date.min  # the field's own first date (below it: "no date")
        self.currentPageChanged.connect(lambda _year, _month: self.mark_days())

    def showEvent(self, event: QShowEvent) -> None:
        # The date field sets the calendar's range just before it opens: narrow it
        # here, quietly, so that the field's own date is not changed by it.
        earliest = max(self.earliest or date.min, self.first)
        if earliest > date.min:
            blocked = self.blockSignals(True)
            self.setMinimumDate(max(self.minimumDate(), to_qdate(earliest)))
            self.blockSignals(blocked)
        self.mark_days()
        super().showEvent(event)

    def mark_days(self) -> None:
        """Today stands out; the days of the months before and after (and days not
        offered) are clearly fainter, yet legible."""
        self.setDateTextFormat(QDate(), QTextCharFormat())  # clears every format
        # Qt draws those days in its view's "disabled" text colour, which the theme
        # keeps dark for legibility elsewhere: here it is the text mixed with the page.
        text, base = self.palette().text().color(), self.palette().base().color()
        faint = QColor(
            *(
                round(0.5 * a + 0.5 * b)
                for a, b in zip(text.getRgb()[:3], base.getRgb()[:3], strict=True)
            )
        )
        view = self.findChild(QTableView)
        if view is not None:
            palette = view.palette()
            if palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text) != faint:
                palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, faint)
                view.setPalette(palette)
        today = QTextCharFormat()
        today.setFontWeight(QFont.Weight.Bold)
        today.setFontUnderline(True)
        today.setBackground(self.palette().alternateBase())
        self.setDateTextFormat(to_qdate(self.today), today)


class DateField(QDateEdit):
    """A date with a pop-up calendar; ``day()`` is ``None`` while no date is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.popup = PopupCalendar()
        self.setCalendarWidget(self.popup)
        self._can_be_empty = False
        self._first = date.min
        self._no_date = NO_DATE
        hold_wheel(self)

    def set_today(self, today: date) -> None:
        self.popup.today = today

    def set_bounds(self, first: date, last: date) -> None:
        """The dates the field takes; the calendar offers none outside them."""
        was_empty = self._can_be_empty and self.day() is None
        self._first = self.popup.first = first
        # "No date" is held as the day before the first one the field takes.
        self._no_date = to_qdate(first - timedelta(days=1))
        self.setMaximumDate(to_qdate(last))
        self.setMinimumDate(self._no_date if self._can_be_empty else to_qdate(first))
        if was_empty:
            self.setDate(self._no_date)

    def in_bounds(self) -> bool:
        day = self.day()
        return day is None or day >= self._first

    def set_earliest(self, day: date | None) -> None:
        """The pop-up calendar offers no day before ``day``."""
        self.popup.earliest = day

    def allow_no_date(self, text: str) -> None:
        """Show ``text`` (e.g. "No date chosen") while no date is set."""
        if not self._can_be_empty:
            empty = self.date() == self._no_date
            self._can_be_empty = True
            self.setMinimumDate(self._no_date)
            if empty:
                self.setDate(self._no_date)
        self.setSpecialValueText(text)

    def day(self) -> date | None:
        if self._can_be_empty and self.date() <= self._no_date:
            return None
        return from_qdate(self.date())

    def set_day(self, day: date | None) -> None:
        self.setDate(self._no_date if day is None else to_qdate(day))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Only the arrow opens the calendar. Qt takes a click on the field's edge,
        # outside its text (the right edge in Arabic), for its "one day back"
        # button, whose code equals the edit field's: a click must never move a date.
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        hit = self.style().hitTestComplexControl(
            QStyle.ComplexControl.CC_ComboBox, option, event.position().toPoint(), self
        )
        if hit == QStyle.SubControl.SC_ComboBoxArrow or not self.isEnabled():
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()

    def stepBy(self, steps: int) -> None:
        # From "no date", the arrows start at today, not at the placeholder.
        if self.day() is None:
            self.setDate(to_qdate(self.popup.today))
            return
        super().stepBy(steps)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if self.day() is None:
            return QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return super().stepEnabled()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        _type_over_selection(self, event)
        super().keyPressEvent(event)


class TimeField(QTimeEdit):
    """A clock time; Ctrl+A then typing replaces it, as in any text field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        hold_wheel(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        _type_over_selection(self, event)
        super().keyPressEvent(event)


def _type_over_selection(field: QAbstractSpinBox, event: QKeyEvent) -> None:
    """After Ctrl+A, typing starts again at the first part (hours, or the day):
    Qt's own fields would refuse the key, since no one part is selected."""
    if event.matches(QKeySequence.StandardKey.SelectAll):
        return
    text = event.text()
    line = field.lineEdit()
    if text and text.isdigit() and line.hasSelectedText() and line.selectedText() == line.text():
        field.setCurrentSectionIndex(0)
        field.setSelectedSection(field.currentSection())
