"""One checklist item: a big tick box, what to do, when, and the patient's note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vertprep.core.plan import PlannedItem, Status
from vertprep.i18n.plan_text import done_text, due_text
from vertprep.i18n.plan_words import origin_note, words
from vertprep.session import PatientSession
from vertprep.ui import theme
from vertprep.ui.undo import tick_history
from vertprep.ui.widgets.checklist_parts import NoteEdit, TickBox
from vertprep.ui.widgets.labels import role_label, set_status
from vertprep.ui.widgets.layouts import HeightCachingHBoxLayout

#: The statuses the theme gives a row's frame a look for (``QFrame[role="card"]
#: [status="overdue"]`` in theme.qss); the status line tells the others.
ROW_STYLED_STATUSES = frozenset({"overdue"})


class ChecklistRow(QFrame):
    """A checklist item. A click anywhere on the row (outside the note) ticks it."""

    def __init__(self, session: PatientSession, item_id: str, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.history = tick_history(session)
        self.item_id = item_id
        self.planned: PlannedItem | None = None
        self._team_shown = None  # the care team's plan whose words the row shows
        self._pressed = False
        self.setProperty("role", "card")
        self.setObjectName(f"row_{item_id}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

        self.checkbox = TickBox()
        self.checkbox.setObjectName("tick")
        self.checkbox.toggled.connect(self._on_toggled)
        # (Not an event filter, nor a changeEvent() here: a Python override is called
        # for every event of the widget, and a restyle sends each row dozens.)
        self.checkbox.focus_changed.connect(self._show_focus)
        self.title = self._passive_label("heading")
        self.explanation = self._passive_label("")
        self.due = self._passive_label("muted")
        self.due.setObjectName("due")
        # Every widget of every row is restyled on a text size or contrast change, shown
        # or not. So what most rows do not show is made when first needed: the status
        # line (for a step done, due or overdue), the care team's origin note, and the
        # note box (a caption and a text field, itself several widgets), which is made
        # when the patient opens it or a note is stored.
        self._status: QLabel | None = None
        self._origin: QLabel | None = None
        self._note: NoteEdit | None = None
        self.note_caption: QLabel | None = None
        # An empty note box under every item made the list screens long: a button
        # opens it when the patient wants to write; a note written is always shown.
        self.note_button = QPushButton()
        self.note_button.setObjectName("writeNote")
        self.note_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.note_button.clicked.connect(self.open_note)
        self._note_opened = False

        self._text_column = QVBoxLayout()
        self._text_column.setSpacing(theme.SMALL_SPACING_PX)
        for widget in (self.title, self.explanation, self.due):
            self._text_column.addWidget(widget)
        self._text_column.addWidget(self.note_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout = HeightCachingHBoxLayout(self)  # measured once per width (see there)
        layout.setContentsMargins(theme.CARD_MARGINS)
        layout.addWidget(self.checkbox, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(self._text_column, 1)
        self.retranslate_ui()

    @property
    def status(self) -> QLabel:
        """The line saying the step is done, due or overdue (made, hidden, if not yet)."""
        if self._status is None:
            self._status = self._added_label("", "status", before=self.explanation)
            if self.planned is not None:
                self._show_status()
        return self._status

    @property
    def origin(self) -> QLabel:
        """The note that the care team wrote this in another language (made, hidden,
        if not yet)."""
        if self._origin is None:
            self._origin = self._added_label("muted", "origin", before=self.due)
            if self.planned is not None:
                self._show_origin()
        return self._origin

    def _added_label(self, role: str, name: str, before: QWidget) -> QLabel:
        """A label made after the row, in its place above ``before`` on screen and for
        screen readers (which read a row's parts in the order they were made)."""
        label = self._passive_label(role)
        label.setObjectName(name)
        label.hide()
        self._text_column.insertWidget(self._text_column.indexOf(before), label)
        label.stackUnder(before)
        return label

    @property
    def note(self) -> NoteEdit:
        """The note box, made now (hidden) if it was not yet."""
        if self._note is None:
            self._make_note()
        return self._note

    def _make_note(self) -> None:
        caption = self._passive_label("caption")
        note = NoteEdit()
        note.setObjectName("note")
        note.setCursor(Qt.CursorShape.IBeamCursor)
        caption.setBuddy(note)
        # Hidden until _show_note_or_button() decides: never a flash of an empty box.
        caption.hide()
        note.hide()
        # Where the box always was: under the due date, above the button.
        position = self._text_column.indexOf(self.note_button)
        self._text_column.insertWidget(position, caption)
        self._text_column.insertWidget(position + 1, note)
        caption.stackUnder(self.note_button)  # read in this order by screen readers
        note.stackUnder(self.note_button)
        # Tab goes from the tick box to the note, as it did when the box was made
        # with the row (Qt would put a widget made later at the end of the window).
        QWidget.setTabOrder(self.checkbox, note)
        self.note_caption, self._note = caption, note
        if self.planned is not None:
            blocked = note.blockSignals(True)
            note.setPlainText(self.planned.state.note)
            note.blockSignals(blocked)
            self._retranslate_note(words(self.planned.item.title, self.session.team_plan))
        note.textChanged.connect(self._on_note_changed)

    def _passive_label(self, role: str):
        label = role_label(role)
        # Clicks fall through to the row, which toggles the tick.
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    # -- showing ----------------------------------------------------------------
    def show_item(self, planned: PlannedItem) -> None:
        """Show the item's current state, without disturbing a note being typed.
        The texts are set again only when the item changed (a language switch sets
        them through the screen's ``changeEvent``), so a tick re-lays out one row, not all."""
        previous, self.planned = self.planned, planned
        changed = planned != previous
        blocked = self.checkbox.blockSignals(True)
        self.checkbox.setChecked(planned.state.done)
        self.checkbox.blockSignals(blocked)
        if self._note is not None and self._note.toPlainText() != planned.state.note:
            blocked = self._note.blockSignals(True)
            self._note.setPlainText(planned.state.note)
            self._note.blockSignals(blocked)
        if changed:
            same_step = previous is not None and previous.item is planned.item
            # (The note box shows what the item holds: an unchanged note, the same box.)
            if not same_step or previous.state.note != planned.state.note:
                self._show_note_or_button()
            if same_step and self.session.team_plan is self._team_shown:
                self._show_state()  # a tick: the same step, in another state
            else:
                self.retranslate_ui()

    def _show_note_or_button(self) -> None:
        planned = self.planned
        written = self._note.toPlainText() if self._note is not None else ""
        if planned is not None and self._note is None:
            written = planned.state.note
        shown = self._note_opened or bool(written)
        # Where the care team's instructions are asked for, the box is always there.
        shown = shown or (planned is not None and planned.item.asks_for_instructions)
        if shown or self._note is not None:
            note = self.note
            self.note_caption.setVisible(shown)
            note.setVisible(shown)
        self.note_button.setVisible(not shown)

    def open_note(self) -> None:
        """Show the note box and put the keyboard in it."""
        self._note_opened = True
        self._show_note_or_button()
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate_ui(self) -> None:
        """Set every text in the current language (the screen calls it on a switch)."""
        if self.planned is None:
            return
        item, team = self.planned.item, self.session.team_plan
        self._team_shown = team
        title = words(item.title, team)
        self.title.setText(title)
        self.explanation.setText(words(item.explanation, team))
        self.explanation.setVisible(bool(item.explanation))
        if self._origin is not None or origin_note([item.title, item.explanation], team):
            self._show_origin()
        self._show_state()
        # A screen reader says the title, "checked" or "not checked", then the state.
        self.checkbox.setAccessibleName(title)
        self.setAccessibleName(title)
        self.note_button.setText(self.tr("Write a note"))
        self.note_button.setAccessibleName(self.tr("Write a note for: {title}").format(title=title))
        if self._note is not None:
            self._retranslate_note(title)

    def _show_state(self) -> None:
        """What a tick changes: the status line and colours, the due date's words, and
        what a screen reader says after the title."""
        status, state_text, due = (
            self.planned.status,
            done_text(self.planned),
            due_text(self.planned),
        )
        set_status(self, status.value, ROW_STYLED_STATUSES)
        if self._status is not None or status is not Status.UPCOMING:
            self._show_status(state_text)
        self.due.setText(due)
        self.checkbox.setAccessibleDescription(
            self.tr("{status}. {due}").format(status=state_text, due=due)
        )

    def _show_status(self, state_text: str | None = None) -> None:
        label, status = self.status, self.planned.status  # the label made if not yet
        label.setText(done_text(self.planned) if state_text is None else state_text)
        if status is Status.UPCOMING:
            # Hidden: it takes the style of its next status when it is shown again
            # (restyling a hidden line would cost a tick for nothing).
            label.setVisible(False)
            return
        set_status(label, status.value)
        label.setVisible(True)

    def _show_origin(self) -> None:
        item = self.planned.item
        origin = origin_note([item.title, item.explanation], self.session.team_plan)
        label = self.origin  # made if not yet
        label.setText(origin)
        label.setVisible(bool(origin))

    def _retranslate_note(self, title: str) -> None:
        if self.planned.item.asks_for_instructions:
            caption = self.tr("What your care team told you to do:")
        else:
            caption = self.tr("Your note:")
        self.note_caption.setText(caption)
        self._note.setAccessibleName(self.tr("Note for: {title}").format(title=title))
        self._note.setAccessibleDescription(caption)
        self._note.setPlaceholderText(self.tr("Write here what your care team told you."))

    # -- acting ----------------------------------------------------------------
    def _on_toggled(self, checked: bool) -> None:
        self.history.set_done(self.item_id, checked)

    def _on_note_changed(self) -> None:
        self.session.set_note(self.item_id, self.note.toPlainText())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = True
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # The second click of a double click does nothing: one tick, not two.
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed = self._pressed, False
        if event.button() == Qt.MouseButton.LeftButton and pressed:
            event.accept()
            if self.rect().contains(event.position().toPoint()):
                self.checkbox.setFocus(Qt.FocusReason.MouseFocusReason)
                self.checkbox.toggle()
            return
        super().mouseReleaseEvent(event)

    def _show_focus(self, focused: bool) -> None:
        # The whole row shows the focus outline while its tick box has the focus.
        value = "true" if focused else "false"
        if self.property("focused") != value:
            self.setProperty("focused", value)
            self.style().unpolish(self)
            self.style().polish(self)
