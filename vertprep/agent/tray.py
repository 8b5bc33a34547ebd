"""The reminder agent's tray icon, where the desktop has a tray: a click opens the
window; its menu opens the window or stops the reminders until the next login."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from vertprep.i18n.manager import LanguageManager


class AgentTray(QObject):
    """Owns the tray icon and its menu (a menu nobody holds would be collected)."""

    def __init__(
        self,
        icon: QIcon,
        open_window: Callable[[], None],
        stop: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.open_window = open_window
        self.icon = QSystemTrayIcon(icon, self)
        self.menu = QMenu()
        self.open_action = self.menu.addAction("")
        self.open_action.triggered.connect(open_window)
        self.stop_action = self.menu.addAction("")
        self.stop_action.triggered.connect(stop)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        LanguageManager.instance().language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()
        self.icon.show()

    @classmethod
    def if_available(cls, *args, **kwargs) -> AgentTray | None:
        """A tray icon, or ``None`` where the desktop has no tray."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        return cls(*args, **kwargs)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_window()

    def retranslate_ui(self) -> None:
        self.icon.setToolTip(QCoreApplication.translate("AgentNotice", "vertprep reminders"))
        self.open_action.setText(QCoreApplication.translate("AgentNotice", "Open vertprep"))
        self.stop_action.setText(
            QCoreApplication.translate("AgentNotice", "Stop reminders until the next login")
        )
