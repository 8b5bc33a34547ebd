"""Print preview: choose what goes on paper, see it, then print it or save it as a PDF.

The preview, Print… and Save as PDF… all draw with
:func:`vertprep.printing.render.render_plan`, so paper matches the preview.
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vertprep.i18n.formatting import number
from vertprep.i18n.languages import LANGUAGES, SOURCE_LANGUAGE
from vertprep.printing.options import Paper, Part, PrintOptions, default_paper
from vertprep.printing.output import configure_printer, write_pdf
from vertprep.printing.plan_data import PlanData
from vertprep.printing.render import PrintError, RenderResult, render_plan
from vertprep.report.data import ReportData
from vertprep.report.render import configure_report_printer, render_report, write_report_pdf
from vertprep.session import PatientSession
from vertprep.ui import file_dialog
from vertprep.ui.widgets.date_field import hold_wheel
from vertprep.ui.widgets.labels import role_label, set_role
from vertprep.ui.widgets.wrapping_check import WrappingCheck

PREFERRED_SIZE = QSize(1150, 820)
# The choice of "What to print" that is the follow-up report, not a part of the plan.
REPORT = "report"


def current_app_language() -> str:
    """The language the app is shown in: the printout starts in it."""
    from vertprep.i18n.manager import LanguageManager

    return LanguageManager.instance().current or SOURCE_LANGUAGE


class PrintPreviewDialog(QDialog):
    """The print preview with the choices beside it; one ``QPrinter`` lives as long as
    the dialog, so the choices made in the system's print dialog are kept."""

    def __init__(self, session: PatientSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printDialog")
        self.session = session
        self.data = PlanData.from_session(session)
        self.report_data = ReportData.from_session(session)
        self.last_result: RenderResult | None = None
        # Kept for the dialog's life: a preview on a temporary QPrinter crashes.
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.setObjectName("printPreview")
        self.preview.paintRequested.connect(self._paint)

        self.part_label, self.part_combo = role_label(), self._combo("printPart")
        for part in Part:
            self.part_combo.addItem("", part)
        self.part_combo.addItem("", REPORT)
        self.language_label, self.language_combo = role_label(), self._combo("printLanguage")
        self.second_label, self.second_combo = role_label(), self._combo("printSecondLanguage")
        self.second_combo.addItem("", None)
        for code, name in LANGUAGES.items():
            # Each language in its own name, whatever language the app is in.
            self.language_combo.addItem(name, code)
            self.second_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(current_app_language()))
        )
        # Tick boxes whose words wrap: at twice the text size nothing is cut off.
        self.blank_row, self.large_row = WrappingCheck(), WrappingCheck()
        self.blank_check = self.blank_row.box
        self.blank_check.setObjectName("printBlank")
        self.large_check = self.large_row.box
        self.large_check.setObjectName("printLargePrint")
        self.paper_label, self.paper_combo = role_label(), self._combo("printPaper")
        for paper in Paper:
            self.paper_combo.addItem("", paper)
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(default_paper()))
        self.pages_label = role_label("muted")
        self.pages_label.setObjectName("printPages")
        self.zoom_in_button = self._button("zoomIn", self.preview.zoomIn)
        self.zoom_out_button = self._button("zoomOut", self.preview.zoomOut)
        self.print_button = self._button("printButton", self.print_plan)
        self.print_button.setProperty("role", "primary")
        self.print_button.setDefault(True)
        self.pdf_button = self._button("savePdfButton", self.save_pdf)
        self.close_button = self._button("closeButton", self.reject)
        self.status = role_label()
        self.status.setObjectName("printStatus")
        self.status.hide()
        self._said: tuple[str, bool, dict] | None = None

        for combo in (self.part_combo, self.language_combo, self.second_combo, self.paper_combo):
            combo.currentIndexChanged.connect(self.update_preview)
        for check in (self.blank_check, self.large_check):
            check.toggled.connect(self.update_preview)
        self._build_layout()
        self.retranslate_ui()
        self._fit_to_screen()
        self._configure()

    # -- building -----------------------------------------------------------------
    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        hold_wheel(combo)  # scrolling the choices never changes one
        return combo

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _build_layout(self) -> None:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(12, 12, 12, 12)
        for label, combo in (
            (self.part_label, self.part_combo),
            (self.language_label, self.language_combo),
            (self.second_label, self.second_combo),
        ):
            label.setBuddy(combo)
            column.addWidget(label)
            column.addWidget(combo)
        column.addWidget(self.blank_row)
        column.addWidget(self.large_row)
        self.paper_label.setBuddy(self.paper_combo)
        column.addWidget(self.paper_label)
        column.addWidget(self.paper_combo)
        column.addWidget(self.pages_label)
        zoom = QHBoxLayout()
        zoom.addWidget(self.zoom_out_button)
        zoom.addWidget(self.zoom_in_button)
        column.addLayout(zoom)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("printOptions")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(panel)
        # The choices take what room they need up to two fifths; the page the rest.
        scroll.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.options_scroll = scroll
        # What ends the dialog is always in view, under the choices, never scrolled away.
        self.action_panel = QWidget()
        self.action_panel.setObjectName("printActions")
        actions = QVBoxLayout(self.action_panel)
        actions.setContentsMargins(12, 4, 12, 12)
        actions.addWidget(self.status)
        for button in (self.print_button, self.pdf_button, self.close_button):
            actions.addWidget(button)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        side.addWidget(scroll, 1)
        side.addWidget(self.action_panel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(side, 2)
        layout.addWidget(self.preview, 3)

    def _fit_to_screen(self) -> None:
        """As large as the screen allows up to 1150×820, centred on the window: at twice
        the text size on a laptop its buttons are in view and the page readable."""
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        if window is not None and hasattr(window, "available_area"):
            area = window.available_area()
        else:
            area = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        width = min(PREFERRED_SIZE.width(), area.width() - 16)
        height = min(PREFERRED_SIZE.height(), area.height() - 48)
        self.resize(width, height)
        centre = window.geometry().center() if window is not None else area.center()
        rect = self.frameGeometry()
        rect.moveCenter(centre)
        # Within the screen, the title bar included.
        rect.moveLeft(max(area.left(), min(rect.left(), area.right() - rect.width())))
        rect.moveTop(max(area.top() + 40, min(rect.top(), area.bottom() - rect.height())))
        self.move(rect.topLeft())

    # -- the choices ----------------------------------------------------------------
    def report_chosen(self) -> bool:
        """Whether "Report for my follow-up visit" is chosen instead of the plan."""
        return self.part_combo.currentData() == REPORT

    def choose_report(self) -> None:
        self.part_combo.setCurrentIndex(self.part_combo.findData(REPORT))

    def options(self) -> PrintOptions:
        language = self.language_combo.currentData()
        second = self.second_combo.currentData()
        report = self.report_chosen()
        return PrintOptions(
            part=Part.ALL if report else self.part_combo.currentData(),
            language=language,
            second_language=second if second != language else None,
            blank=self.blank_check.isChecked() and not report,
            large_print=self.large_check.isChecked(),
            paper=self.paper_combo.currentData(),
        )

    def refresh_data(self) -> None:
        """Take the patient's data as it is now (the dialog is kept between uses)."""
        self.data = PlanData.from_session(self.session)
        self.report_data = ReportData.from_session(self.session)
        self.update_preview()

    def update_preview(self) -> None:
        self.blank_check.setEnabled(not self.report_chosen())  # a report is never blank
        self._configure()
        self.status.hide()
        self.preview.updatePreview()

    def _configure(self) -> None:
        if self.report_chosen():
            configure_report_printer(self.printer, self.options(), self.report_data)
        else:
            configure_printer(self.printer, self.options(), self.data)

    def _draw(self, printer: QPrinter) -> RenderResult:
        if self.report_chosen():
            return render_report(printer, self.options(), self.report_data)
        return render_plan(printer, self.options(), self.data)

    def _paint(self, printer: QPrinter) -> None:
        self.last_result = self._draw(printer)
        self._show_page_count()

    def _show_page_count(self) -> None:
        if self.last_result is not None:
            self.pages_label.setText(
                self.tr("Pages: {count}").format(count=number(self.last_result.page_count))
            )

    # -- printing and saving ----------------------------------------------------------
    def print_plan(self) -> None:
        """The system's print dialog; the plan is printed when it is accepted."""
        dialog = QPrintDialog(self.printer, self)
        dialog.setObjectName("systemPrintDialog")
        dialog.accepted.connect(self._print_accepted)
        dialog.finished.connect(dialog.deleteLater)
        # What QDialog.open() does; PySide6 hides it behind QPrintDialog.open(receiver, member).
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def _print_accepted(self) -> None:
        try:
            result = self._draw(self.printer)
        except PrintError:
            self._say("print_failed", error=True)
            return
        # The system dialog may have chosen another paper: show what was printed.
        paper = Paper.from_page_size(self.printer.pageLayout().pageSize())
        if paper is not None and paper is not self.paper_combo.currentData():
            blocked = self.paper_combo.blockSignals(True)
            self.paper_combo.setCurrentIndex(self.paper_combo.findData(paper))
            self.paper_combo.blockSignals(blocked)
        self.preview.updatePreview()
        self._say("printed", count=result.page_count)

    def default_pdf_name(self) -> str:
        if self.report_chosen():
            return self.tr("Report for my follow-up visit") + ".pdf"
        blank = self.blank_check.isChecked()
        return file_dialog.plan_file_name("" if blank else self.data.profile.name, ".pdf")

    def save_pdf(self) -> Path | None:
        chosen = file_dialog.ask_save_path(
            self, self.tr("Save the plan as PDF"), self.default_pdf_name(), self.tr("PDF (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            if self.report_chosen():
                result = write_report_pdf(path, self.options(), self.report_data)
            else:
                result = write_pdf(path, self.options(), self.data)
        except OSError as error:
            full = error.errno in (errno.ENOSPC, errno.EDQUOT)
            self._say("disk_full" if full else "pdf_failed", error=True, path=path)
            return None
        except PrintError:
            self._say("pdf_failed", error=True, path=path)
            return None
        self._say("pdf_saved", count=result.page_count, path=path)
        return path

    def _say(self, message: str, *, error: bool = False, **values) -> None:
        """Show a message under the choices; it is said again in a new language."""
        self._said = (message, error, values)
        set_role(self.status, "error" if error else "")
        self.status.setText(self._message_text(message, values))
        self.status.show()

    def _message_text(self, message: str, values: dict) -> str:
        if message == "print_failed":
            return self.tr("The plan could not be printed. Check the printer.")
        if message == "printed":
            return self.tr("Sent to the printer: {count} pages.").format(
                count=number(values["count"])
            )
        if message == "disk_full":
            return self.tr(
                "The disk is full, so the PDF could not be saved. A file that "
                "was already there is unchanged:\n{path}"
            ).format(**values)
        if message == "pdf_failed":
            return self.tr(
                "The PDF could not be saved here:\n{path}\nPlease choose another folder."
            ).format(**values)
        return self.tr("Saved {count} pages as PDF:\n{path}").format(
            count=number(values["count"]), path=values["path"]
        )

    # -- texts ------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Print your plan"))
        self.part_label.setText(self.tr("&What to print"))
        part_names = {
            Part.ALL: self.tr("The whole plan"),
            Part.BEFORE: self.tr("Only the Before checklist"),
            Part.DAY: self.tr("Only the day of the procedure"),
            Part.AFTER: self.tr("Only the After plan and warning signs"),
            REPORT: self.tr("Report for my follow-up visit"),
        }
        for index in range(self.part_combo.count()):
            self.part_combo.setItemText(index, part_names[self.part_combo.itemData(index)])
        self.language_label.setText(self.tr("&Language of the printout"))
        self.second_label.setText(self.tr("&Second language, side by side"))
        self.second_combo.setItemText(0, self.tr("None"))
        self.blank_row.setText(self.tr("&Blank plan to fill in by hand (no personal data)"))
        self.large_row.setText(self.tr("Lar&ge print"))
        self.paper_label.setText(self.tr("&Paper"))
        paper_names = {
            Paper.A4: self.tr("A4"),
            Paper.LETTER: self.tr("Letter (United States)"),
            Paper.LEGAL: self.tr("Legal"),
        }
        for index in range(self.paper_combo.count()):
            self.paper_combo.setItemText(index, paper_names[self.paper_combo.itemData(index)])
        self.zoom_in_button.setText(self.tr("Zoom &in"))
        self.zoom_out_button.setText(self.tr("Zoom &out"))
        self.print_button.setText(self.tr("&Print…"))
        self.pdf_button.setText(self.tr("Save as P&DF…"))
        self.close_button.setText(self.tr("&Close"))
        self.preview.setAccessibleName(self.tr("Preview of the printed plan"))
        self._show_page_count()
        if self.status.isVisibleTo(self) and self._said is not None:
            message, error, values = self._said
            self._say(message, error=error, **values)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
