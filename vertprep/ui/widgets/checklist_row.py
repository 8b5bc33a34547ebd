"""One checklist item: a big tick box, what to do, when, and the patient's note."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vertprep.core.plan import PlannedItem, Status
from vertprep.i18n.plan_text import done_text, due_text
from vertprep.i18n.plan_words import origin_note, words
from vertprep.session import PatientSession
from vertprep.ui import theme
from vertprep.ui.undo import tick_history
from vertprep.ui.widgets.labels import role_label, set_status

NOTE_LINES = 3


class TickBox(QCheckBox):
    """The row's tick box. A double click counts as one click (a tremor or habit must
    not tick and untick at once), and Enter ticks as well as Space."""

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.click()
            return
        super().keyPressEvent(event)


class NoteEdit(QPlainTextEdit):
    """A note field three lines high at any text size; Tab moves on instead of indenting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        height = (
            self.fontMetrics().lineSpacing() * NOTE_LINES
            + round(2 * self.document().documentMargin())
            + margins.top()
            + margins.bottom()
        )
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(theme.scaled_px(theme.MIN_TARGET_PX), self.sizeHint().height())


class ChecklistRow(QFrame):
    """A checklist item. A click anywhere on the row (outside the note) ticks it."""

    def __init__(self, session: PatientSession, item_id: str, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.history = tick_history(session)
        self.item_id = item_id
        self.planned: PlannedItem | None = None
        self._pressed = False
        self.setProperty("role", "card")
        self.setObjectName(f"row_{item_id}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

        self.checkbox = TickBox()
        self.checkbox.setObjectName("tick")
        self.checkbox.toggled.connect(self._on_toggled)
        self.checkbox.installEventFilter(self)
        self.title = self._passive_label("heading")
        self.status = self._passive_label("")
        self.status.setObjectName("status")
        self.explanation = self._passive_label("")
        self.origin = self._passive_label("muted")
        self.origin.setObjectName("origin")
        self.due = self._passive_label("muted")
        self.due.setObjectName("due")
        self.note_caption = self._passive_label("caption")
        self.note = NoteEdit()
        self.note.setObjectName("note")
        self.note.setCursor(Qt.CursorShape.IBeamCursor)
        self.note.textChanged.connect(self._on_note_changed)
        self.note_caption.setBuddy(self.note)
        # An empty note box under every item made the list screens long: a button
        # opens it when the patient wants to write; a note written is always shown.
        self.note_button = QPushButton()
        self.note_button.setObjectName("writeNote")
        self.note_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.note_button.clicked.connect(self.open_note)
        self._note_opened = False

        text_column = QVBoxLayout()
        text_column.setSpacing(theme.SMALL_SPACING_PX)
        for widget in (
            self.title, self.status, self.explanation, self.origin, self.due, self.note_caption,
        ):  # fmt: skip
            text_column.addWidget(widget)
        text_column.addWidget(self.note)
        text_column.addWidget(self.note_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.CARD_MARGINS)
        layout.addWidget(self.checkbox, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text_column, 1)
        self.retranslate_ui()

    def _passive_label(self, role: str):
        label = role_label(role)
        # Clicks fall through to the row, which toggles the tick.
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    # -- showing ----------------------------------------------------------------
    def show_item(self, planned: PlannedItem) -> None:
        """Show the item's current state, without disturbing a note being typed.
        The texts are set again only when the item changed (a language switch sets
        them through ``changeEvent``), so a tick re-lays out one row, not all."""
        changed = planned != self.planned
        self.planned = planned
        blocked = self.checkbox.blockSignals(True)
        self.checkbox.setChecked(planned.state.done)
        self.checkbox.blockSignals(blocked)
        if self.note.toPlainText() != planned.state.note:
            blocked = self.note.blockSignals(True)
            self.note.setPlainText(planned.state.note)
            self.note.blockSignals(blocked)
        self._show_note_or_button()
        if changed:
            self.retranslate_ui()

    def _show_note_or_button(self) -> None:
        planned = self.planned
        shown = self._note_opened or bool(self.note.toPlainText())
        # Where the care team's instructions are asked for, the box is always there.
        shown = shown or (planned is not None and planned.item.asks_for_instructions)
        self.note_caption.setVisible(shown)
        self.note.setVisible(shown)
        self.note_button.setVisible(not shown)

    def open_note(self) -> None:
        """Show the note box and put the keyboard in it."""
        self._note_opened = True
        self._show_note_or_button()
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate_ui(self) -> None:
        if self.planned is None:
            return
        item, team = self.planned.item, self.session.team_plan
        title = words(item.title, team)
        self.title.setText(title)
        self.explanation.setText(words(item.explanation, team))
        self.explanation.setVisible(bool(item.explanation))
        origin = origin_note([item.title, item.explanation], team)
        self.origin.setText(origin)
        self.origin.setVisible(bool(origin))
        status = self.planned.status
        state_text = done_text(self.planned)
        self.status.setText(state_text)
        set_status(self.status, status.value)
        set_status(self, status.value)
        self.status.setVisible(status is not Status.UPCOMING)
        self.due.setText(due_text(self.planned))
        if item.asks_for_instructions:
            caption = self.tr("What your care team told you to do:")
        else:
            caption = self.tr("Your note:")
        self.note_caption.setText(caption)
        # A screen reader says the title, "checked" or "not checked", then this.
        self.checkbox.setAccessibleName(title)
        self.checkbox.setAccessibleDescription(
            self.tr("{status}. {due}").format(status=state_text, due=due_text(self.planned))
        )
        self.setAccessibleName(title)
        self.note.setAccessibleName(self.tr("Note for: {title}").format(title=title))
        self.note.setAccessibleDescription(caption)
        self.note.setPlaceholderText(self.tr("Write here what your care team told you."))
        self.note_button.setText(self.tr("Write a note"))
        self.note_button.setAccessibleName(self.tr("Write a note for: {title}").format(title=title))

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

    def eventFilter(self, watched, event: QEvent) -> bool:
        # The whole row shows the focus outline while its tick box has the focus.
        if watched is self.checkbox and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            focused = "true" if event.type() == QEvent.Type.FocusIn else "false"
            if self.property("focused") != focused:
                self.setProperty("focused", focused)
                self.style().unpolish(self)
                self.style().polish(self)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
