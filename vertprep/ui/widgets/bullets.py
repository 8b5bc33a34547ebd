"""A list of translated sentences, each with a bullet, that re-translates itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from vertprep.ui import theme
from vertprep.ui.widgets.labels import role_label


class BulletList(QWidget):
    """Sentences marked with ``QT_TRANSLATE_NOOP(context, ...)``, shown as bullets."""

    def __init__(self, context: str, texts: tuple[str, ...], parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.texts = texts
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SMALL_SPACING_PX)
        self.labels = []
        for _ in texts:
            row = QHBoxLayout()
            bullet = role_label("", wrap=False)
            bullet.setText("•")
            bullet.setAccessibleName("")
            row.addWidget(bullet, 0, Qt.AlignmentFlag.AlignTop)
            label = role_label("")
            row.addWidget(label, 1)
            layout.addLayout(row)
            self.labels.append(label)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for label, text in zip(self.labels, self.texts, strict=True):
            label.setText(QCoreApplication.translate(self.context, text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
