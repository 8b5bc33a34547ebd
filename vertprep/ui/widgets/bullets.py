"""A list of sentences, each with a bullet: marked texts that re-translate themselves,
or the care team's plan texts, set again by the screen on each refresh."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from vertprep.ui import theme
from vertprep.ui.widgets.labels import role_label
from vertprep.ui.widgets.layouts import clear_layout


class BulletList(QWidget):
    """Sentences marked with ``QT_TRANSLATE_NOOP(context, ...)`` (translated here), or
    given already in words with :meth:`set_texts` (``context`` empty)."""

    def __init__(
        self, context: str = "", texts: tuple[str, ...] = (), bullets: bool = True, parent=None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.texts = texts
        self.bullets = bullets
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(theme.SMALL_SPACING_PX)
        self.labels = []
        self.retranslate_ui()

    def set_texts(self, shown: list[str]) -> None:
        """Show these sentences (already in the person's language)."""
        if len(shown) != len(self.labels):
            clear_layout(self.rows)
            self.labels = [self._add_row() for _ in shown]
        for label, text in zip(self.labels, shown, strict=True):
            label.setText(text)

    def _add_row(self):
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        if self.bullets:
            bullet = role_label("", wrap=False)
            bullet.setText("•")
            bullet.setAccessibleName("")
            row.addWidget(bullet, 0, Qt.AlignmentFlag.AlignTop)
        label = role_label("", selectable=True)  # a sentence to copy, as elsewhere
        row.addWidget(label, 1)
        self.rows.addWidget(holder)
        return label

    def retranslate_ui(self) -> None:
        if self.context:
            self.set_texts([QCoreApplication.translate(self.context, t) for t in self.texts])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
