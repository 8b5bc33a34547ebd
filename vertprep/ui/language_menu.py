"""The View > Language menu: every language in its own name, the current one ticked."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from vertprep.i18n.languages import LANGUAGES
from vertprep.i18n.manager import LanguageManager
from vertprep.session import PatientSession


class LanguageMenu(QMenu):
    """Switches the whole app to another language at once; the choice is remembered.

    The language names are never translated: whoever looks for "Deutsch" or
    "العربية" finds it whatever language the app is in now.
    """

    def __init__(self, session: PatientSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageMenu")
        self.session = session
        self.manager = LanguageManager.instance()
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, own_name in LANGUAGES.items():
            action = QAction(own_name, self.group)
            action.setCheckable(True)
            action.setData(code)
            action.setObjectName(f"language_{code}")
            self.addAction(action)
            self.language_actions[code] = action
        self.group.triggered.connect(self._on_triggered)
        self._show_current()
        self.retranslate_ui()

    def _on_triggered(self, action: QAction) -> None:
        self.manager.choose(action.data(), self.session)

    def _show_current(self) -> None:
        action = self.language_actions.get(self.manager.current)
        if action is not None:
            action.setChecked(True)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("&Language"))
        self.menuAction().setToolTip(self.tr("Show vertprep in another language"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # Every switch changes the translators, so this also follows a switch made
            # elsewhere (the menu, the welcome screen, --lang).
            self._show_current()
            self.retranslate_ui()
        super().changeEvent(event)
