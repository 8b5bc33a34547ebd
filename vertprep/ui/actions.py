"""The window's menus, toolbar and shortcuts, and their texts."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QApplication, QToolBar
from shiboken6 import isValid as shiboken_valid

from vertprep.ui.icons import load_icon
from vertprep.ui.language_menu import LanguageMenu
from vertprep.ui.patient_actions import PatientActions
from vertprep.ui.screen_registry import SCREENS
from vertprep.ui.text_size import ViewSettings
from vertprep.ui.undo import tick_history

ACCELERATOR_IN_BRACKETS = re.compile(r"\s*[(（]&\w[)）]")
# Room around a menu title (padding 2 × 12 px) and a tool button's words (padding,
# border, the gap after the icon, the toolbar's spacing), at any text size.
_MENU_ITEM_CHROME_PX = 2 * 12 + 4  # (less at large sizes: measured generously)
_TOOL_BUTTON_CHROME_PX = 2 * 16 + 4 + 8 + 8 + 12

if TYPE_CHECKING:
    from vertprep.ui.main_window import MainWindow


def button_label(menu_text: str) -> str:
    """A menu text as a toolbar button says it: without the keyboard letter, whether
    written "&Print" or, as Chinese menus do, "列印(&P)", and without the "…"."""
    text = ACCELERATOR_IN_BRACKETS.sub("", menu_text)
    text = text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")
    return text.rstrip("….").strip()


class WindowActions(QObject):
    """Builds the menu bar and toolbar of a main window and keeps them translated.

    Features add their actions here: one ``QAction`` each, reachable from a menu,
    with a shortcut where it helps, and a text set in ``retranslate_ui()``.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.edit_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.go_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.setIconSize(QSize(24, 24))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # Icons alone when the menu row has no room for the words: fit_top_row().
        self.toolbar.toggleViewAction().setEnabled(False)  # never hidden by accident
        # The toolbar and text size beside the menus, contrast under the steps: in view.
        self.view_settings = ViewSettings(window.session, self.toolbar, self)
        self.view_settings.place_bar(window, self.toolbar, window.side_column)
        self.view_menu.addActions(list(self.view_settings.actions))
        self.view_menu.addSeparator()
        history = tick_history(window.session)
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(history.undo)
        history.stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.edit_menu.addAction(self.undo_action)
        # View > Language: translates its own title (it is a widget of its own).
        self.language_menu = LanguageMenu(window.session, window)
        self.view_menu.addMenu(self.language_menu)

        self.print_action = QAction(load_icon("print"), "", self)
        self.print_action.setObjectName("printAction")
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.open_print_dialog)
        self.print_dialog = None  # made on first use, then kept so the choices stay
        self.file_menu.addAction(self.print_action)
        self.toolbar.addAction(self.print_action)
        window.addAction(self.print_action)  # Ctrl+P on every screen
        self.report_action = QAction(self)
        self.report_action.setObjectName("reportAction")
        self.report_action.triggered.connect(lambda: self.open_print_dialog(report=True))
        self.file_menu.addAction(self.report_action)

        self.export_calendar_action = QAction(load_icon("calendar"), "", self)
        self.export_calendar_action.triggered.connect(self._export_calendar)
        self.file_menu.addAction(self.export_calendar_action)
        self.toolbar.addAction(self.export_calendar_action)
        self.export_diary_action = QAction(self)
        self.export_diary_action.setObjectName("exportDiaryAction")
        self.export_diary_action.triggered.connect(self._export_diary)
        self.file_menu.addAction(self.export_diary_action)

        self.patient_actions = PatientActions(window, self.file_menu)
        self.file_menu.addSeparator()
        self.open_plan_action = QAction(self)
        self.open_plan_action.setObjectName("openPlanAction")
        self.open_plan_action.triggered.connect(self._open_plan)
        self.file_menu.addAction(self.open_plan_action)
        # For the nurse: not among the patient's steps, only here in the File menu (a
        # menu of its own pushed Help out of the menu bar at twice the text size).
        self.edit_plan_action = QAction(self)
        self.edit_plan_action.setObjectName("editPlanAction")
        self.edit_plan_action.triggered.connect(self.open_care_team_dialog)
        self.file_menu.addAction(self.edit_plan_action)
        self.care_team_dialog = None

        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(window.close)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.back_action = QAction(load_icon("back"), "", self)
        self.back_action.setShortcuts([QKeySequence("Alt+Left"), QKeySequence("PgUp")])
        self.back_action.triggered.connect(lambda: window.go_relative(-1))
        self.next_action = QAction(load_icon("next"), "", self)
        self.next_action.setShortcuts([QKeySequence("Alt+Right"), QKeySequence("PgDown")])
        self.next_action.triggered.connect(lambda: window.go_relative(+1))
        self.go_menu.addActions([self.back_action, self.next_action])
        self.go_menu.addSeparator()
        self.screen_actions = []
        for index, entry in enumerate(SCREENS):
            action = QAction(load_icon(entry.icon_name), "", self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, sid=entry.screen_id: window.show_screen(sid))
            self.go_menu.addAction(action)
            self.screen_actions.append(action)

        self.help_action = QAction(load_icon("help"), "", self)
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.help_action.triggered.connect(lambda: window.show_screen("help"))
        self.help_menu.addAction(self.help_action)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(window.show_about)
        self.help_menu.addAction(self.about_action)
        for action in (
            self.quit_action, self.back_action, self.next_action, *self.screen_actions,
            self.undo_action, self.help_action, *self.view_settings.actions,
        ):  # fmt: skip
            window.addAction(action)  # shortcuts work wherever the focus is

    def open_print_dialog(self, report: bool = False) -> None:
        """The print preview of the patient's plan (or follow-up report), with its
        current data."""
        from vertprep.ui.print_dialog import PrintPreviewDialog

        if self.print_dialog is None:
            self.print_dialog = PrintPreviewDialog(self.main_window.session, self.main_window)
            self.print_dialog.finished.connect(self._focus_back)
        else:
            self.print_dialog.refresh_data()
        # Where the keyboard was, to go back there when the dialog closes.
        self._focus_before_dialog = QApplication.focusWidget()
        if report:
            self.print_dialog.choose_report()
        self.print_dialog.open()

    def _open_plan(self) -> None:
        from vertprep.ui.plan_import import open_plan_dialog

        open_plan_dialog(self.main_window, self.main_window.session)

    def open_care_team_dialog(self) -> None:
        """The Care team screen, where a nurse sets up the team's plan."""
        from vertprep.ui.care_team.dialog import CareTeamDialog

        if self.care_team_dialog is None:
            self.care_team_dialog = CareTeamDialog(self.main_window.session, self.main_window)
        else:
            self.care_team_dialog.load(self.main_window.session.team_plan)
        self.care_team_dialog.open()

    def _focus_back(self) -> None:
        widget = getattr(self, "_focus_before_dialog", None)
        self._focus_before_dialog = None
        if widget is not None and shiboken_valid(widget) and widget.isVisible():
            widget.setFocus(Qt.FocusReason.PopupFocusReason)

    def _export_diary(self) -> None:
        from vertprep.ui.diary_export_dialog import export_diary_dialog

        export_diary_dialog(self.main_window, self.main_window.session)

    def _export_calendar(self) -> None:
        from vertprep.ui.calendar_dialog import export_calendar_dialog

        export_calendar_dialog(self.main_window, self.main_window.session)

    def fit_top_row(self) -> None:
        """The toolbar's buttons with their words where the menu row has room for them,
        else as icons (named in a tooltip and for screen readers), else left out (Print
        and Export stay in the File menu): at twice the text size the menus must never
        be pushed into a "»" overflow."""
        menu_bar = self.main_window.menuBar()
        if menu_bar.isNativeMenuBar():
            return
        metrics = menu_bar.fontMetrics()
        # Every menu the bar holds, so a menu added later is counted too, with its
        # words as shown (Chinese keeps its "(F)"; only the "&" goes).
        menus = sum(
            metrics.horizontalAdvance(action.text().replace("&", "")) + _MENU_ITEM_CHROME_PX
            for action in menu_bar.actions()
            if action.isVisible()
        )
        bold = QFont(self.toolbar.font())
        bold.setBold(True)
        button_metrics = QFontMetrics(bold)
        icon = self.toolbar.iconSize().width()
        actions = self.toolbar.actions()
        words = sum(
            button_metrics.horizontalAdvance(action.iconText()) + icon + _TOOL_BUTTON_CHROME_PX
            for action in actions
        )
        icons = len(actions) * (icon + _TOOL_BUTTON_CHROME_PX - 12)
        bar = self.view_settings.bar
        # Last resort (long German menus at twice the size): the size button between
        # A− and A+ goes; Ctrl+0 and View › Normal text size still reset the size.
        normal = bar.normal_button
        normal_width = normal.sizeHint().width() + bar.layout().spacing()
        whole_bar = bar.sizeHint().width() + (normal_width if normal.isHidden() else 0)
        room = self.main_window.width() - menus - whole_bar
        normal.setHidden(room < 0)
        if room < 0:
            room += normal_width
        style = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        if words > room:
            style = Qt.ToolButtonStyle.ToolButtonIconOnly
        if self.toolbar.toolButtonStyle() != style:
            self.toolbar.setToolButtonStyle(style)
        self.toolbar.setVisible(icons <= room)
        # The menu bar lays out its corner only when told: after new words or a new
        # style the corner must get the width it now asks for.
        QTimer.singleShot(0, self, self._lay_out_corner)

    def _lay_out_corner(self) -> None:
        menu_bar = self.main_window.menuBar()
        corner = menu_bar.cornerWidget(Qt.Corner.TopRightCorner)
        if corner is not None and corner.sizeHint() != corner.size():
            menu_bar.setCornerWidget(corner, Qt.Corner.TopRightCorner)

    def set_position(self, index: int, count: int) -> None:
        self.back_action.setEnabled(index > 0)
        self.next_action.setEnabled(index < count - 1)

    def retranslate_ui(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_action.setText(self.tr("&Undo the last change"))
        self.help_action.setText(self.tr("&Help and keyboard shortcuts"))
        self.view_settings.retranslate_ui()
        self.view_menu.setTitle(self.tr("&View"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.quit_action.setText(self.tr("&Quit"))
        self.patient_actions.retranslate_ui()
        self.print_action.setText(self.tr("&Print…"))
        self.print_action.setToolTip(self.tr("Print your plan, or save it as a PDF"))
        self.export_calendar_action.setText(self.tr("Export to &calendar…"))
        self.export_calendar_action.setToolTip(
            self.tr("Save your plan and reminders as a file for your calendar")
        )
        self.open_plan_action.setText(self.tr("&Open care team plan…"))
        self.open_plan_action.setToolTip(
            self.tr("Use the plan file your care team gave you: its steps, times and contacts")
        )
        self.edit_plan_action.setText(self.tr("&Edit the care team's plan…"))
        self.report_action.setText(self.tr("&Report for my follow-up visit…"))
        self.export_diary_action.setText(self.tr("Export &diary…"))
        self.back_action.setText(self.tr("&Back"))
        self.next_action.setText(self.tr("&Next"))
        self.about_action.setText(self.tr("&About vertprep"))
        for action, entry in zip(self.screen_actions, SCREENS, strict=True):
            action.setText(entry.nav_title())
        for action in self.toolbar.actions():
            action.setIconText(button_label(action.text()))
