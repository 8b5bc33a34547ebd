"""Print from the window: the Print action on every screen, the preview and its choices,
Print… through the system's dialog, and Save as PDF…"""

from __future__ import annotations

from typing import ClassVar

import pytest
from print_helpers import missing, pdf_page_count, pdf_text
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter

from vertprep.printing.options import Paper, Part
from vertprep.ui import file_dialog


@pytest.fixture
def dialog(qtbot, window):
    window.window_actions.print_action.trigger()
    opened = window.window_actions.print_dialog
    qtbot.waitUntil(lambda: opened.isVisible() and opened.last_result is not None)
    yield opened
    opened.reject()


def test_print_is_in_the_file_menu_and_toolbar_with_ctrl_p(window):
    action = window.window_actions.print_action
    assert action in window.window_actions.file_menu.actions()
    assert action in window.window_actions.toolbar.actions()
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert action.shortcut().toString() == "Ctrl+P"
    assert not action.icon().isNull()
    assert action.text() == "&Print…"
    # Added to the window itself, so the shortcut works whatever has the focus.
    assert action in window.actions()


def test_ctrl_p_opens_the_preview_on_every_screen(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for screen in window.screens:
        window.show_screen(screen.screen_id)
        qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        dialog = window.window_actions.print_dialog
        qtbot.waitUntil(lambda d=dialog: d is not None and d.isVisible())
        assert dialog.windowTitle() == "Print your plan"
        dialog.reject()
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())


def test_the_preview_shows_the_plan_and_its_page_count(dialog):
    assert dialog.last_result.page_count == dialog.preview.pageCount() >= 3
    assert dialog.pages_label.text() == f"Pages: {dialog.preview.pageCount()}"
    assert dialog.options().part is Part.ALL
    assert dialog.options().language == "en"
    assert not dialog.options().bilingual


def test_the_choices_change_the_preview(qtbot, dialog):
    whole = dialog.preview.pageCount()
    dialog.part_combo.setCurrentIndex(dialog.part_combo.findData(Part.DAY))
    assert dialog.preview.pageCount() < whole
    keys = {placed.key for page in dialog.last_result.pages for placed in page}
    assert "stage:cement" in keys and "item:fasting" not in keys
    dialog.part_combo.setCurrentIndex(dialog.part_combo.findData(Part.ALL))
    dialog.large_check.setChecked(True)
    assert dialog.preview.pageCount() > whole
    dialog.large_check.setChecked(False)
    dialog.second_combo.setCurrentIndex(dialog.second_combo.findData("zh_TW"))
    assert dialog.options().second_language == "zh_TW"
    assert dialog.preview.pageCount() > whole
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_TW"))
    assert dialog.options().second_language is None  # the same language twice is one
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData(Paper.LETTER))
    assert dialog.printer.pageLayout().pageSize().id() == Paper.LETTER.page_size().id()


def test_the_language_names_are_in_their_own_language(dialog):
    names = [dialog.language_combo.itemText(i) for i in range(dialog.language_combo.count())]
    assert "繁體中文" in names and "العربية" in names and "English" in names


def test_save_as_pdf_writes_the_previewed_plan(qtbot, dialog, tmp_path, monkeypatch):

    chosen = tmp_path / "for the doctor"  # no extension: .pdf is added
    monkeypatch.setattr(file_dialog, "ask_save_path", lambda *a: str(chosen))
    dialog.second_combo.setCurrentIndex(dialog.second_combo.findData("ar"))
    saved = dialog.save_pdf()
    assert saved == tmp_path / "for the doctor.pdf"
    assert pdf_page_count(saved) == dialog.preview.pageCount()
    text = pdf_text(saved)
    assert "Maria Keller" in text
    assert missing(text, "الخميس", "ar") == []  # the procedure date in Arabic too
    assert dialog.status.isVisible() and str(saved) in dialog.status.text()


def test_save_as_pdf_where_it_cannot_be_written_says_so_and_writes_nothing(
    dialog, tmp_path, monkeypatch
):

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "missing" / "plan.pdf"
    monkeypatch.setattr(file_dialog, "ask_save_path", lambda *a: str(target))
    assert dialog.save_pdf() is None
    assert dialog.status.property("role") == "error"
    assert "could not be saved" in dialog.status.text()
    assert list(folder.iterdir()) == []


def test_save_as_pdf_cancelled_does_nothing(dialog, tmp_path, monkeypatch):

    monkeypatch.setattr(file_dialog, "ask_save_path", lambda *a: "")
    assert dialog.save_pdf() is None
    assert not dialog.status.isVisible()


class AcceptingPrintDialog(QObject):
    """Stands in for the system's print dialog: the person presses Print at once."""

    accepted = Signal()
    finished = Signal(int)
    opened: ClassVar[list[QPrinter]] = []

    def __init__(self, printer, parent=None) -> None:
        super().__init__(parent)
        self.printer = printer

    def setObjectName(self, name) -> None:
        super().setObjectName(name)

    def setWindowModality(self, modality) -> None:
        self.modality = modality

    def show(self) -> None:
        AcceptingPrintDialog.opened.append(self.printer)
        self.accepted.emit()
        self.finished.emit(1)


def test_print_goes_through_the_system_dialog_onto_its_printer(
    qtbot, dialog, tmp_path, monkeypatch
):
    from vertprep.ui import print_dialog

    monkeypatch.setattr(print_dialog, "QPrintDialog", AcceptingPrintDialog)
    # As if "Print to file" were chosen in the system dialog, on Letter paper.
    out = tmp_path / "printed.pdf"
    dialog.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    dialog.printer.setOutputFileName(str(out))
    dialog.print_button.click()
    assert AcceptingPrintDialog.opened[-1] is dialog.printer
    assert out.is_file()
    assert "Maria Keller" in pdf_text(out)
    assert pdf_page_count(out) == dialog.last_result.page_count
    assert dialog.status.text().startswith("Sent to the printer")


def test_the_real_print_dialog_opens_on_the_previews_printer(qtbot, dialog):
    dialog.print_plan()
    system = dialog.findChild(QObject, "systemPrintDialog")
    qtbot.waitUntil(lambda: system.isVisible())
    assert system.printer() is dialog.printer
    system.reject()


def test_the_dialog_keeps_its_choices_and_takes_new_data(qtbot, window, dialog):
    dialog.large_check.setChecked(True)
    dialog.reject()
    window.session.update_profile(name="Maria Keller-Rossi")
    window.window_actions.print_action.trigger()
    assert window.window_actions.print_dialog is dialog
    assert dialog.large_check.isChecked()
    assert dialog.data.profile.name == "Maria Keller-Rossi"


def test_the_dialog_follows_a_language_change(qtbot, dialog):
    from vertprep.i18n.pseudo import PseudoTranslator, stretch

    def language_change() -> None:
        # Sent straight to the dialog: what Qt does for every window on a switch.
        QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))

    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        language_change()
        assert dialog.windowTitle() == stretch("Print your plan")
        assert dialog.print_button.text() == stretch("&Print…")
        assert dialog.part_combo.itemText(0) == stretch("The whole plan")
        assert dialog.second_combo.itemText(0) == stretch("None")
        assert dialog.pages_label.text().startswith(stretch("Pages:"))
    finally:
        QCoreApplication.removeTranslator(translator)
    language_change()
    assert dialog.windowTitle() == "Print your plan"


def test_nothing_in_the_dialog_is_cut_off(qtbot, dialog):
    from layout_checks import clipped_widgets

    assert clipped_widgets(dialog) == []


def test_the_printout_starts_in_the_apps_language(qtbot, window, monkeypatch):
    from vertprep.ui import print_dialog

    monkeypatch.setattr(print_dialog, "current_app_language", lambda: "ar")
    created = print_dialog.PrintPreviewDialog(window.session, window)
    qtbot.addWidget(created)
    assert created.options().language == "ar"
    # A name that says what the file is (the name of the patient too).
    assert created.default_pdf_name() == "Vertebroplasty plan - Maria Keller.pdf"
