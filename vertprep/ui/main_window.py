"""The main window: the step list at the side, the screens, and the navigation bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vertprep import __version__
from vertprep.session import PatientSession
from vertprep.ui.actions import WindowActions
from vertprep.ui.icons import load_icon
from vertprep.ui.navigation import NavigationBar, fit_step_list
from vertprep.ui.notifier import Notifier, system_tray
from vertprep.ui.own_reminders import OwnRemindersScreen
from vertprep.ui.reminder_banner import ReminderBanner
from vertprep.ui.screens.about import AboutScreen
from vertprep.ui.screens.after import AfterScreen
from vertprep.ui.screens.base import Screen
from vertprep.ui.screens.before import BeforeScreen
from vertprep.ui.screens.day import DayScreen
from vertprep.ui.screens.help import HelpScreen
from vertprep.ui.screens.overview import OverviewScreen
from vertprep.ui.screens.welcome import WelcomeScreen
from vertprep.ui.undo import tick_history

SCREEN_CLASSES = (
    WelcomeScreen,
    OverviewScreen,
    AboutScreen,
    BeforeScreen,
    DayScreen,
    AfterScreen,
    OwnRemindersScreen,
    HelpScreen,
)
DEFAULT_SIZE = QSize(1100, 800)


class MainWindow(QMainWindow):
    """Shows one screen at a time; the step list and Back/Next move between them."""

    def __init__(self, session: PatientSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("mainWindow")
        self.setWindowIcon(load_icon("vertprep"))
        self.screens: list[Screen] = [cls(session) for cls in SCREEN_CLASSES]

        self.step_list = QListWidget()
        self.step_list.setObjectName("stepList")
        self.step_list.setIconSize(QSize(28, 28))
        self.step_list.setWordWrap(True)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        for screen in self.screens:
            QListWidgetItem(load_icon(screen.icon_name), "", self.step_list)
            self.stack.addWidget(screen)
            screen.navigate_requested.connect(self.show_screen)
        self.navigation = NavigationBar()
        self.navigation.back_clicked.connect(lambda: self.go_relative(-1))
        self.navigation.next_clicked.connect(lambda: self.go_relative(+1))
        self.navigation.follow_history(tick_history(session))
        self.step_list.currentRowChanged.connect(self._on_row_changed)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        # The reminder banner sits above every screen: the reminder that always works.
        self.reminder_banner = ReminderBanner(session)
        banner_row = QHBoxLayout()
        banner_row.setContentsMargins(8, 8, 8, 0)
        banner_row.addWidget(self.reminder_banner)
        right.addLayout(banner_row)
        right.addWidget(self.stack, 1)
        right.addWidget(self.navigation)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # The side column: the steps, and under them the high contrast switch.
        self.side_column = QVBoxLayout()
        self.side_column.setContentsMargins(0, 0, 0, 0)
        self.side_column.setSpacing(0)
        self.side_column.addWidget(self.step_list, 1)
        layout.addLayout(self.side_column)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        self.window_actions = WindowActions(self)
        session.plan_changed.connect(self._update_progress)
        self.retranslate_ui()
        self._update_progress()
        self.resize(DEFAULT_SIZE)
        start = "overview" if session.settings.onboarded else "welcome"
        self.show_screen(start)
        self.notifier = Notifier(session, system_tray(self), self)
        self.notifier.active_changed.connect(self.reminder_banner.set_reminders)
        self.notifier.start()

    # -- navigation ---------------------------------------------------------------
    def current_screen(self) -> Screen:
        return self.screens[self.stack.currentIndex()]

    def screen(self, screen_id: str) -> Screen:
        return next(s for s in self.screens if s.screen_id == screen_id)

    def show_screen(self, screen_id: str) -> None:
        index = next(i for i, s in enumerate(self.screens) if s.screen_id == screen_id)
        self.step_list.setCurrentRow(index)

    def go_relative(self, step: int) -> None:
        index = self.stack.currentIndex() + step
        if 0 <= index < len(self.screens):
            self.step_list.setCurrentRow(index)

    def _on_row_changed(self, index: int) -> None:
        if index < 0:
            return
        self.stack.setCurrentIndex(index)
        self.screens[index].scroll.verticalScrollBar().setValue(0)
        self.navigation.set_position(index, len(self.screens))
        self.window_actions.set_position(index, len(self.screens))

    def _update_progress(self) -> None:
        plan = self.session.plan()
        self.navigation.set_progress(plan.done_count, plan.total)

    # -- texts ------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("vertprep: getting ready for vertebroplasty"))
        self.window_actions.retranslate_ui()
        self.step_list.setAccessibleName(self.tr("Steps"))
        for index, screen in enumerate(self.screens):
            title = screen.nav_title()
            self.step_list.item(index).setText(title)
        fit_step_list(self.step_list)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.StyleChange and hasattr(self, "window_actions"):
            fit_step_list(self.step_list)  # the text size changed
        super().changeEvent(event)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About vertprep"),
            self.tr(
                "vertprep {version}\n\nHelps you prepare for vertebroplasty and follow up "
                "afterwards. It gives general information; your care team decides what is "
                "right for you."
            ).format(version=__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # Every change is already committed; nothing to save here.
        event.accept()
