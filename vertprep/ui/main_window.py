"""The main window: the step list at the side, the screens, and the navigation bar."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QByteArray, QChildEvent, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from vertprep import __version__
from vertprep.agent.watch import DataWatcher
from vertprep.session import PatientSession
from vertprep.storage import StorageError
from vertprep.ui import theme
from vertprep.ui.actions import WindowActions
from vertprep.ui.focus_order import reading_order, takes_tab
from vertprep.ui.icons import load_icon
from vertprep.ui.navigation import NavigationBar, fit_step_list
from vertprep.ui.notifier import Notifier, system_tray
from vertprep.ui.patient_banner import PatientBanner, several_patients
from vertprep.ui.reminder_banner import ReminderBanner
from vertprep.ui.screen_registry import ENTRIES_BY_ID, SCREENS, index_of
from vertprep.ui.screens.base import Screen
from vertprep.ui.undo import tick_history

DEFAULT_SIZE = QSize(1280, 860)
# Room left for the window's title bar and frame, which the window manager adds.
FRAME_ALLOWANCE = QSize(16, 48)


def fitted_geometry(available: QRect, wanted: QSize = DEFAULT_SIZE) -> QRect:
    """The window's first place: ``wanted`` or less, so that it fits ``available``
    (the screen without its panels) with its frame, centred in it."""
    width = min(wanted.width(), available.width() - FRAME_ALLOWANCE.width())
    height = min(wanted.height(), available.height() - FRAME_ALLOWANCE.height())
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    rect.moveTop(max(available.top() + FRAME_ALLOWANCE.height() - 8, rect.top()))
    return rect


class MainWindow(QMainWindow):
    """Shows one screen at a time; the step list and Back/Next move between them."""

    def __init__(self, session: PatientSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("mainWindow")
        self.setWindowIcon(load_icon("vertprep"))
        # Screens are built when first shown; each page of the stack holds one.
        self._built: dict[int, Screen] = {}

        self.step_list = QListWidget()
        self.step_list.setObjectName("stepList")
        self.step_list.setIconSize(QSize(28, 28))
        self.step_list.setWordWrap(True)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        for entry in SCREENS:
            QListWidgetItem(load_icon(entry.icon_name), "", self.step_list)
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(page)
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
        # Whose plan this is, above every screen, when more than one patient is stored.
        self.patient_banner = PatientBanner(session)
        right.addWidget(self.patient_banner)
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
        self.window_actions.view_settings.theme_changed.connect(self.restyle)
        session.plan_changed.connect(self._update_progress)
        session.patient_switched.connect(self._on_patient_switched)
        session.patients_changed.connect(self._update_title)
        session.profile_changed.connect(self._update_title)
        self.patient_banner.switch_requested.connect(
            self.window_actions.patient_actions.open_patients
        )
        self.restyle()
        self.retranslate_ui()
        self._update_progress()
        self._fit_room()
        self._restore_geometry()
        self.show_screen(self._start_screen())
        self.notifier = Notifier(session, system_tray(self), self)
        self.notifier.active_changed.connect(self.reminder_banner.set_reminders)
        self.notifier.start()
        # What the reminder agent writes (a step ticked from a notification) shows here.
        self.data_watcher = DataWatcher(session.store.path.parent, self)
        self.data_watcher.changed.connect(session.reload_if_changed_elsewhere)
        # The other screens are built when first shown (a few milliseconds each), not
        # while the window is idle: a patient who never opens one never pays its memory.

    # -- where the window and the patient were -----------------------------------
    def available_area(self) -> QRect:
        """The screen's area without panels and docks."""
        screen = QWidget.screen(self) or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def _restore_geometry(self) -> None:
        area = self.available_area()
        saved = self.session.settings.window_geometry
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            if self.isMaximized() or self.isFullScreen():
                return
            # Another screen since, or a smaller one: never larger than what fits.
            if area.contains(self.geometry()):
                return
            self.setGeometry(fitted_geometry(area, self.size()))
            return
        self.setGeometry(fitted_geometry(area))

    def _start_screen(self) -> str:
        settings = self.session.settings
        if not settings.onboarded:
            return "welcome"
        # Where the patient left off, else the overview (never the welcome again).
        last = settings.last_screen
        return last if last in ENTRIES_BY_ID and last != "welcome" else "overview"

    def _remember_window(self) -> None:
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        screen_id = SCREENS[self.stack.currentIndex()].screen_id
        settings = self.session.settings
        if (settings.window_geometry, settings.last_screen) != (geometry, screen_id):
            self.session.update_settings(window_geometry=geometry, last_screen=screen_id)

    # -- screens ------------------------------------------------------------------
    def screen_at(self, index: int) -> Screen:
        """The screen at ``index``, built now if it was not yet."""
        screen = self._built.get(index)
        if screen is None:
            theme.restyle(self.stack.widget(index))  # built once, in the current style
            screen = SCREENS[index].load_class()(self.session)
            screen.navigate_requested.connect(self.show_screen)
            self.stack.widget(index).layout().addWidget(screen)
            self._built[index] = screen
            # Built after the navigation bar, yet Tab reaches it before: right after
            # the side column, then through the screen top to bottom.
            QWidget.setTabOrder(self._last_in_side_column(), screen.scroll)
            screen.order_tabs()
        return screen

    def _last_in_side_column(self) -> QWidget:
        widgets: list[QWidget] = []
        for position in range(self.side_column.count()):
            widget = self.side_column.itemAt(position).widget()
            if widget is not None:
                widgets += [widget] if takes_tab(widget) else reading_order(widget)
        return widgets[-1] if widgets else self.step_list

    @property
    def screens(self) -> list[Screen]:
        """Every screen, in order (builds those not built yet)."""
        return [self.screen_at(index) for index in range(len(SCREENS))]

    # -- navigation ---------------------------------------------------------------
    def current_screen(self) -> Screen:
        return self.screen_at(self.stack.currentIndex())

    def screen(self, screen_id: str) -> Screen:
        return self.screen_at(index_of(screen_id))

    def show_screen(self, screen_id: str) -> None:
        self.step_list.setCurrentRow(index_of(screen_id))

    def go_relative(self, step: int) -> None:
        index = self.stack.currentIndex() + step
        if 0 <= index < len(SCREENS):
            self.step_list.setCurrentRow(index)

    def _on_row_changed(self, index: int) -> None:
        if index < 0:
            return
        screen = self.screen_at(index)
        theme.restyle(self.stack.widget(index))  # if the theme changed while it was hidden
        focus = QApplication.focusWidget()
        self.stack.setCurrentIndex(index)
        screen.scroll.verticalScrollBar().setValue(0)
        # The keyboard goes on to the new screen (its scrolling page, named after its
        # title), not to whatever Qt picks when Next is disabled at the last screen;
        # while the patient moves through the step list, it stays there.
        if focus is not None and focus is not self.step_list and self.isActiveWindow():
            screen.scroll.setFocus(Qt.FocusReason.OtherFocusReason)
        self.navigation.set_position(index, len(SCREENS))
        self.window_actions.set_position(index, len(SCREENS))

    def _update_progress(self) -> None:
        plan = self.session.plan()
        self.navigation.set_progress(plan.done_count, plan.total)

    # -- style ------------------------------------------------------------------
    def _styled_parts(self) -> list[QWidget]:
        """The parts that carry the style sheet: the bars, the side column, the screen
        shown, and the dialogs and menus that belong to the window."""
        side = [self.side_column.itemAt(i).widget() for i in range(self.side_column.count())]
        windows = [
            child
            for child in self.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if child.isWindow()
        ]
        bars = [
            self.menuBar(),
            *self.findChildren(QToolBar),
            self.patient_banner,
            self.reminder_banner,
            self.navigation,
        ]
        page = self.stack.currentWidget()
        return [w for w in (*bars, *side, page, *windows) if w is not None]

    def childEvent(self, event: QChildEvent) -> None:
        # A dialog or menu of the window, about to be shown for the first time.
        # (The type first: wrapping a child still being built for Python is costly.)
        if event.type() == QEvent.Type.ChildPolished:
            child = event.child()
            if isinstance(child, QWidget) and child.isWindow():
                theme.restyle(child)
        super().childEvent(event)

    def restyle(self) -> None:
        """Give the parts in view the style sheet of the current text size and contrast;
        a hidden screen takes it when shown. Restyling every screen would take as long
        as there are widgets in all of them."""
        page = self.stack.currentWidget()
        areas = theme.scroll_areas(page)
        # The screen's content keeps its size until the end, and is then laid out
        # once, at the width the new text size leaves it: the bars and the step list
        # take their new sizes first, and the screen its new width.
        with theme.content_size_held(areas):
            parts = [part for part in self._styled_parts() if part is not page]
            if any([theme.restyle(part) for part in parts]):
                self._fit_room()  # the text size may have changed
                self._lay_out_down_to(areas)
            theme.restyle(page)

    def _lay_out_down_to(self, areas: list[QScrollArea]) -> None:
        """Give the screen shown its new width now: the layouts from the window's
        middle down to the screen's scrolling ``areas`` (not what they hold)."""
        chain = []
        for area in areas:
            widget = area.parentWidget()
            while widget is not None and widget not in chain:
                chain.append(widget)
                if widget is self.centralWidget():
                    break
                widget = widget.parentWidget()
        for widget in reversed(chain):
            if widget.layout() is not None:
                widget.layout().activate()

    # -- texts ------------------------------------------------------------------
    def _on_patient_switched(self) -> None:
        """Another person's plan: their language, and their first screen."""
        from vertprep.i18n.languages import initial_language
        from vertprep.i18n.manager import LanguageManager, system_languages

        code = initial_language(None, self.session.settings.language, system_languages())
        manager = LanguageManager.instance()
        if code != manager.current:
            manager.set_language(code)
        self.show_screen("overview" if self.session.settings.onboarded else "welcome")
        self._update_title()

    def _update_title(self) -> None:
        title = self.tr("vertprep: getting ready for vertebroplasty")
        if several_patients(self.session):
            from vertprep.ui.patients_model import display_name

            title = self.tr("{name}: {title}").format(
                name=display_name(self.session.profile.name), title=title
            )
        self.setWindowTitle(title)

    def retranslate_ui(self) -> None:
        self._update_title()
        self.window_actions.retranslate_ui()
        self.step_list.setAccessibleName(self.tr("Steps"))
        for index, entry in enumerate(SCREENS):
            item = self.step_list.item(index)
            item.setText(entry.nav_title())
            item.setToolTip(entry.nav_title())  # the name, when only icons are shown
        fit_step_list(self.step_list)
        self.window_actions.fit_top_row()

    def _fit_room(self) -> None:
        """At large text sizes the bars take less room, so the screens keep theirs."""
        fit_step_list(self.step_list)
        self.navigation.fit_text_size()
        self.reminder_banner.fit_text_size()
        self.window_actions.fit_top_row()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.window_actions.fit_top_row()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.StyleChange and hasattr(self, "window_actions"):
            self._fit_room()  # an application-wide style sheet changed
        super().changeEvent(event)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # not needed for the first screen

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
        # Every change is already committed; only the window's place is kept now.
        # (If that fails the patient's data is safe: the window just opens as new.)
        with contextlib.suppress(StorageError):
            self._remember_window()
        # Undo ends with the window (closing it quits the app). Emptied now, while
        # everything is alive: the history's commands are Python objects that Qt owns,
        # and left in it they crashed the interpreter when Python's collector took the
        # session apart later (the benchmark run, after every window was gone).
        tick_history(self.session).stack.clear()
        # No more reminder checks: the data may be closed soon after. (Told here rather
        # than by an event filter on the window, which ran Python for its every event.)
        self.notifier.stop()
        event.accept()
