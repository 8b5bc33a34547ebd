"""A new text size or contrast restyles the parts of the window in view at once and a
hidden screen when it is shown; dialogs of the window take the style too. Only text a
patient may copy (the care team's phone number, long paragraphs) is selectable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton

from vertprep.ui import theme


@pytest.fixture
def app_without_sheet(app):
    """As the app starts: no application-wide style sheet, the window styles its parts."""
    app.setStyleSheet("")
    yield app
    theme.apply_theme(app)


@pytest.fixture
def styled_window(app_without_sheet, make_window, scheduled_session):
    window = make_window(scheduled_session)
    yield window
    scheduled_session.update_settings(text_scale=100, high_contrast=False)


def title_points(screen) -> int:
    return screen.title.font().pointSize()


def test_the_screen_shown_takes_the_new_size_at_once(styled_window):
    window = styled_window
    window.show_screen("before")
    assert title_points(window.current_screen()) == theme.point_size(100, 1.6)
    window.session.update_settings(text_scale=150)
    assert title_points(window.current_screen()) == theme.point_size(150, 1.6)
    assert window.navigation.next_button.font().pointSize() == theme.point_size(150)


def test_a_hidden_screen_takes_the_new_size_and_contrast_when_shown(styled_window):
    window = styled_window
    about = window.screen("about")  # built, then hidden
    window.show_screen("before")
    window.session.update_settings(text_scale=200, high_contrast=True, contrast_chosen=True)
    assert title_points(about) == theme.point_size(100, 1.6)  # not restyled while hidden
    window.show_screen("about")
    assert title_points(about) == theme.point_size(200, 1.6)
    text = about.title.palette().color(about.title.foregroundRole()).name()
    assert text == theme.HIGH_CONTRAST.text


def test_a_message_of_the_window_is_styled(styled_window, qtbot):
    window = styled_window
    window.session.update_settings(text_scale=175)
    seen = {}

    def read_and_close() -> None:
        box = window.findChild(QMessageBox)
        # Bold buttons come from the style sheet alone.
        seen["bold"] = box.findChild(QPushButton).font().bold() if box else None
        if box:
            box.accept()

    QTimer.singleShot(0, read_and_close)
    window.show_about()
    assert seen["bold"] is True


def test_only_what_a_patient_may_copy_is_selectable(window):
    window.show_screen("after")
    after = window.current_screen()
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    assert after.warning_box.phone.textInteractionFlags() & selectable
    # The plan's sentences (a list of labels) can be copied too.
    assert after.new_pain.labels[0].textInteractionFlags() & selectable
    assert not after.title.textInteractionFlags() & selectable
    assert not after.warning_box.heading.textInteractionFlags() & selectable
    window.show_screen("about")
    assert window.current_screen().what_text.labels[0].textInteractionFlags() & selectable


def test_a_long_page_keeps_its_place_and_fits_its_width_after_a_restyle(styled_window):
    from PySide6.QtWidgets import QApplication

    window = styled_window
    window.show_screen("before")
    scroll = window.current_screen().scroll
    bar = scroll.verticalScrollBar()
    QApplication.processEvents()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    for scale, high_contrast in ((150, False), (150, True), (125, False)):
        window.session.update_settings(
            text_scale=scale, high_contrast=high_contrast, contrast_chosen=True
        )
        QApplication.processEvents()
        content = scroll.widget()
        assert scroll.widgetResizable()
        assert content.width() == scroll.viewport().width()
        assert content.height() >= content.heightForWidth(content.width())
        assert bar.maximum() == content.height() - scroll.viewport().height()
        assert bar.value() == place  # where it was, as before the restyle


def test_the_keyboard_stays_where_it_was_across_a_text_size_change(styled_window, qtbot):
    """Restyling moves no focus: a screen reader hears nothing new, and Tab goes on
    from the same tick box."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    window = styled_window
    window.show_screen("before")
    window.activateWindow()
    row = window.current_screen().rows["blood_tests"]
    row.checkbox.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is row.checkbox)
    moves = []

    class FocusWatch(QObject):
        def eventFilter(self, watched, event):
            if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
                moves.append((watched, event.type()))
            return False

    watch = FocusWatch()
    QApplication.instance().installEventFilter(watch)
    try:
        for scale, high_contrast in ((150, False), (150, True), (100, False)):
            window.session.update_settings(
                text_scale=scale, high_contrast=high_contrast, contrast_chosen=True
            )
            QApplication.processEvents()
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert QApplication.focusWidget() is row.checkbox
    assert moves == []


def test_a_long_page_is_laid_out_once_with_its_new_sizes(styled_window, monkeypatch):
    """The rows' sizes are measured again with the new sheet before the page is laid
    out, so nothing is left for the window to measure once the restyle is over
    (before, every row was laid out again then, with its labels measured anew)."""
    from PySide6.QtWidgets import QApplication, QLabel

    window = styled_window
    window.show_screen("before")
    QApplication.processEvents()
    screen = window.current_screen()
    measured = []
    real = QLabel.heightForWidth
    monkeypatch.setattr(
        QLabel,
        "heightForWidth",
        lambda self, width: measured.append(self) or real(self, width),
    )
    for scale in (150, 125, 200):
        window.session.update_settings(text_scale=scale)
        row = screen.rows["blood_tests"]
        hint = row.sizeHint()
        measured.clear()
        QApplication.processEvents()
        assert [label for label in measured if screen.isAncestorOf(label)] == []
        assert row.sizeHint() == hint  # what the page was laid out with
        content = screen.scroll.widget()
        assert content.width() == screen.scroll.viewport().width()


def test_a_new_text_size_lays_the_page_out_at_its_new_width_only(styled_window, monkeypatch):
    """The step list takes its new width before the screen is laid out, so the screen
    is not laid out first at the width it is about to leave."""
    from PySide6.QtWidgets import QApplication, QLabel

    window = styled_window
    window.show_screen("before")
    QApplication.processEvents()
    title = window.current_screen().title
    widths = []
    real = QLabel.heightForWidth
    monkeypatch.setattr(
        QLabel,
        "heightForWidth",
        lambda self, width: (self is title and widths.append(width)) or real(self, width),
    )
    for scale in (125, 150, 100):
        old = title.width()
        widths.clear()
        window.session.update_settings(text_scale=scale)
        QApplication.processEvents()
        assert title.width() != old  # the step list's width changed
        assert title.width() in widths
        assert old not in widths


@pytest.mark.parametrize("app_sheet", [False, True], ids=["parts styled", "app styled too"])
def test_a_window_changed_to_a_size_is_laid_out_as_one_started_at_it(
    app, app_sheet, clinic_plan_stored, make_window, scheduled_session
):
    """Laying the screen out early (at its new width) leaves the bars as they would
    be: the toolbar's buttons and the screen's width are those the window had when
    it started at that size."""
    from PySide6.QtWidgets import QApplication

    def geometry(window):
        QApplication.processEvents()
        toolbar = window.window_actions.toolbar
        buttons = [toolbar.widgetForAction(action) for action in toolbar.actions()]
        return (
            [button.geometry() for button in buttons if button is not None],
            window.step_list.width(),
            window.current_screen().scroll.widget().width(),
        )

    session = scheduled_session
    if not app_sheet:
        app.setStyleSheet("")  # as the app starts (theme.apply_theme styles it all)
    try:
        session.update_settings(text_scale=200, contrast_chosen=True)
        window = make_window(session)
        window.resize(1366, 740)
        window.show_screen("overview")
        started = geometry(window)
        for scale in (100, 200):
            session.update_settings(text_scale=scale)
            QApplication.processEvents()
        assert geometry(window) == started
    finally:
        session.update_settings(text_scale=100)
        theme.apply_theme(app)
