"""One checklist item: a big tick box, what to do, when, and the patient's note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QPlainTextEdit, QVBoxLayout

from vertprep.core.checklist import CONTEXT as CONTENT_CONTEXT
from vertprep.core.plan import PlannedItem, Status
from vertprep.i18n.plan_text import done_text, due_text, status_word
from vertprep.session import PatientSession
from vertprep.ui.widgets.labels import role_label, set_status


class ChecklistRow(QFrame):
    """A checklist item. A click anywhere on the row (outside the note) ticks it."""

    def __init__(self, session: PatientSession, item_id: str, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.item_id = item_id
        self.planned: PlannedItem | None = None
        self.setProperty("role", "card")
        self.setObjectName(f"row_{item_id}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

        self.checkbox = QCheckBox()
        self.checkbox.setObjectName("tick")
        self.checkbox.toggled.connect(self._on_toggled)
        self.title = self._passive_label("heading")
        self.status = self._passive_label("")
        self.explanation = self._passive_label("")
        self.due = self._passive_label("muted")
        self.note_caption = self._passive_label("caption")
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 20)
        self.note.setCursor(Qt.CursorShape.IBeamCursor)
        self.note.textChanged.connect(self._on_note_changed)

        text_column = QVBoxLayout()
        text_column.setSpacing(4)
        for widget in (self.title, self.status, self.explanation, self.due, self.note_caption):
            text_column.addWidget(widget)
        text_column.addWidget(self.note)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
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
        """Show the item's current state, without disturbing a note being typed."""
        self.planned = planned
        blocked = self.checkbox.blockSignals(True)
        self.checkbox.setChecked(planned.state.done)
        self.checkbox.blockSignals(blocked)
        if self.note.toPlainText() != planned.state.note:
            blocked = self.note.blockSignals(True)
            self.note.setPlainText(planned.state.note)
            self.note.blockSignals(blocked)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self.planned is None:
            return
        item = self.planned.item
        title = QCoreApplication.translate(CONTENT_CONTEXT, item.title)
        self.title.setText(title)
        self.explanation.setText(QCoreApplication.translate(CONTENT_CONTEXT, item.explanation))
        status = self.planned.status
        self.status.setText(done_text(self.planned))
        set_status(self.status, status.value)
        set_status(self, status.value)
        self.status.setVisible(status is not Status.UPCOMING)
        self.due.setText(due_text(self.planned))
        if item.asks_for_instructions:
            caption = self.tr("What your care team told you to do:")
        else:
            caption = self.tr("Your note:")
        self.note_caption.setText(caption)
        self.checkbox.setAccessibleName(title)
        self.checkbox.setAccessibleDescription(
            self.tr("{status}. {due}").format(
                status=status_word(status), due=due_text(self.planned)
            )
        )
        self.note.setAccessibleName(self.tr("Note for: {title}").format(title=title))
        self.note.setPlaceholderText(self.tr("Write here what your care team told you."))

    # -- acting ----------------------------------------------------------------
    def _on_toggled(self, checked: bool) -> None:
        self.session.set_done(self.item_id, checked)

    def _on_note_changed(self) -> None:
        self.session.set_note(self.item_id, self.note.toPlainText())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.checkbox.toggle()
            self.checkbox.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
