"""A language choice for the welcome screen: the languages in their own names."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from vertprep.i18n.languages import LANGUAGES
from vertprep.i18n.manager import LanguageManager
from vertprep.session import PatientSession
from vertprep.ui.widgets.date_field import hold_wheel
from vertprep.ui.widgets.labels import role_label


class LanguageChooser(QWidget):
    """A "Language: [English]" choice: it switches the app at once and is remembered."""

    def __init__(self, session: PatientSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageChooser")
        self.session = session
        self.manager = LanguageManager.instance()
        self.label = role_label(wrap=False)
        self.combo = QComboBox()
        self.combo.setObjectName("languageCombo")
        hold_wheel(self.combo)  # scrolling the page never switches the language
        for code, own_name in LANGUAGES.items():
            self.combo.addItem(own_name, code)
        self.label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        self._show_current()
        self.combo.activated.connect(self._on_activated)
        self.retranslate_ui()

    def _on_activated(self, index: int) -> None:
        self.manager.choose(self.combo.itemData(index), self.session)

    def _show_current(self) -> None:
        index = self.combo.findData(self.manager.current)
        if index >= 0 and index != self.combo.currentIndex():
            blocked = self.combo.blockSignals(True)
            self.combo.setCurrentIndex(index)
            self.combo.blockSignals(blocked)

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Language:"))
        self.combo.setAccessibleName(self.tr("Language"))
        self.combo.setToolTip(self.tr("Show vertprep in another language"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # Every switch changes the translators, so this also follows a switch made
            # elsewhere (the menu, the welcome screen, --lang).
            self._show_current()
            self.retranslate_ui()
        super().changeEvent(event)
