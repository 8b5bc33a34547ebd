"""The screens of the main window, in order, known before any of them is built.

The window lists every screen from here and builds a screen only when it is first
shown (start-up builds one, not eight). Titles are marked under their screen's
class name, the context ``self.tr`` uses inside that class.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class ScreenEntry:
    """A screen: its id, icon, step-list title, and where its class lives."""

    screen_id: str
    icon_name: str
    title: str
    module: str
    class_name: str

    def nav_title(self) -> str:
        """The screen's name in the step list, in the current language."""
        return QCoreApplication.translate(self.class_name, self.title)

    def load_class(self) -> type:
        return getattr(importlib.import_module(self.module), self.class_name)


SCREENS: tuple[ScreenEntry, ...] = (
    ScreenEntry(
        "welcome",
        "details",
        QT_TRANSLATE_NOOP("WelcomeScreen", "Welcome and your details"),
        "vertprep.ui.screens.welcome",
        "WelcomeScreen",
    ),
    ScreenEntry(
        "overview",
        "overview",
        QT_TRANSLATE_NOOP("OverviewScreen", "Overview"),
        "vertprep.ui.screens.overview",
        "OverviewScreen",
    ),
    ScreenEntry(
        "about",
        "about",
        QT_TRANSLATE_NOOP("AboutScreen", "About the procedure"),
        "vertprep.ui.screens.about",
        "AboutScreen",
    ),
    ScreenEntry(
        "before",
        "before",
        QT_TRANSLATE_NOOP("BeforeScreen", "Before the procedure"),
        "vertprep.ui.screens.before",
        "BeforeScreen",
    ),
    ScreenEntry(
        "day",
        "day",
        QT_TRANSLATE_NOOP("DayScreen", "The day of the procedure"),
        "vertprep.ui.screens.day",
        "DayScreen",
    ),
    ScreenEntry(
        "after",
        "after",
        QT_TRANSLATE_NOOP("AfterScreen", "After the procedure"),
        "vertprep.ui.screens.after",
        "AfterScreen",
    ),
    ScreenEntry(
        "recovery",
        "recovery",
        QT_TRANSLATE_NOOP("RecoveryScreen", "Your recovery"),
        "vertprep.ui.screens.recovery",
        "RecoveryScreen",
    ),
    ScreenEntry(
        "reminders",
        "calendar",
        QT_TRANSLATE_NOOP("OwnRemindersScreen", "Your own reminders"),
        "vertprep.ui.own_reminders",
        "OwnRemindersScreen",
    ),
    ScreenEntry(
        "help",
        "help",
        QT_TRANSLATE_NOOP("HelpScreen", "Help and keyboard"),
        "vertprep.ui.screens.help",
        "HelpScreen",
    ),
)

ENTRIES_BY_ID: dict[str, ScreenEntry] = {entry.screen_id: entry for entry in SCREENS}


def index_of(screen_id: str) -> int:
    return next(i for i, entry in enumerate(SCREENS) if entry.screen_id == screen_id)
