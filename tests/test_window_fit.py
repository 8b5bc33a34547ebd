"""The window on an ordinary laptop (issue 14): it fits the screen at first start,
Back and Next stay in view, its size, place and maximised state come back, the
screens keep room at twice the text size, and a returning patient lands where
they left off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget

from vertprep.ui.main_window import FRAME_ALLOWANCE, MainWindow

# What a 1366×768 and a 1280×720 laptop leave for windows under a 27-pixel top panel.
LAPTOP_AREAS = [QRect(0, 27, 1366, 741), QRect(0, 27, 1280, 693)]


@pytest.fixture
def laptop(monkeypatch, request, desktop_area):
    area = getattr(request, "param", LAPTOP_AREAS[0])
    monkeypatch.setattr(MainWindow, "available_area", lambda self: QRect(area))
    return area


def visible_in(widget: QWidget, window: QWidget) -> bool:
    """Whether all of ``widget`` lies inside the window's own area."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("laptop", LAPTOP_AREAS, indirect=True)
@pytest.mark.parametrize("scale", [100, 200])
def test_the_first_window_fits_the_screen_with_back_and_next_in_view(
    app, make_window, scheduled_session, laptop, scale
):
    from vertprep.ui.theme import apply_theme, current_scale

    scheduled_session.update_settings(text_scale=scale)
    try:
        window = make_window(scheduled_session)
        assert current_scale() == scale
        frame = window.geometry().adjusted(
            -FRAME_ALLOWANCE.width() // 2, -FRAME_ALLOWANCE.height() + 8,
            FRAME_ALLOWANCE.width() // 2, 8,
        )  # fmt: skip
        assert laptop.contains(frame), (window.geometry(), laptop)
        assert window.minimumSizeHint().height() <= window.height()
        navigation = window.navigation
        assert visible_in(navigation.next_button, window)
        assert visible_in(navigation.back_button, window)
    finally:
        apply_theme(app, 100)


def test_size_and_place_are_remembered(make_window, scheduled_session, laptop):
    window = make_window(scheduled_session)
    window.setGeometry(QRect(40, 60, 700, 500))
    window.close()
    again = make_window(scheduled_session)
    assert again.geometry() == QRect(40, 60, 700, 500)
    assert scheduled_session.store.settings().window_geometry != ""


def test_a_remembered_window_too_large_for_this_screen_is_made_to_fit(
    make_window, scheduled_session, monkeypatch
):
    monkeypatch.setattr(MainWindow, "available_area", lambda self: QRect(0, 0, 1920, 1200))
    window = make_window(scheduled_session)
    window.setGeometry(QRect(50, 50, 1800, 1100))
    window.close()
    small = LAPTOP_AREAS[1]
    monkeypatch.setattr(MainWindow, "available_area", lambda self: QRect(small))
    again = make_window(scheduled_session)
    assert again.height() <= small.height() - FRAME_ALLOWANCE.height() + 8
    assert again.width() <= small.width()


def test_the_maximised_state_is_remembered(qtbot, make_window, scheduled_session, laptop):
    window = make_window(scheduled_session)
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.close()
    again = make_window(scheduled_session)
    qtbot.waitUntil(again.isMaximized)


def test_a_returning_patient_lands_where_they_left_off(make_window, scheduled_session):
    window = make_window(scheduled_session)
    window.show_screen("after")
    window.close()
    again = make_window(scheduled_session)
    assert again.current_screen().screen_id == "after"


def test_a_patient_who_left_on_the_welcome_screen_comes_back_to_the_overview(
    make_window, scheduled_session
):
    window = make_window(scheduled_session)
    window.show_screen("welcome")
    window.close()
    assert make_window(scheduled_session).current_screen().screen_id == "overview"


@pytest.fixture
def twice_the_text(app, scheduled_session):
    from vertprep.ui.theme import apply_theme

    scheduled_session.update_settings(text_scale=200)  # the window applies it
    yield
    apply_theme(app, 100)


def test_at_twice_the_text_size_the_screen_keeps_half_the_window(
    qtbot, make_window, scheduled_session, laptop, twice_the_text
):
    for reminder in scheduled_session.active_reminders():
        scheduled_session.dismiss_reminder(reminder.id)
    window = make_window(scheduled_session)
    window.show_screen("before")
    screen = window.current_screen()
    qtbot.waitUntil(lambda: screen.scroll.viewport().height() > 0)
    assert window.reminder_banner.isHidden()
    assert screen.scroll.viewport().height() >= window.height() / 2
    # Every menu is in view (none pushed into a "»" overflow), Back and Next too.
    extension = window.menuBar().findChild(QWidget, "qt_menubar_ext_button")
    assert extension is None or not extension.isVisible()
    assert visible_in(window.navigation.next_button, window)


def test_at_twice_the_text_size_the_steps_are_icons_named_on_hover(
    make_window, scheduled_session, laptop, twice_the_text
):
    window = make_window(scheduled_session)
    step_list = window.step_list
    assert step_list.width() < 150
    item = step_list.item(1)
    assert item.toolTip() == item.text() == "Overview"  # also what screen readers hear


@pytest.mark.usefixtures("clinic_plan_stored")  # the clinic's dates: a step is overdue
def test_a_reminder_at_twice_the_text_size_leaves_the_screen_room(
    qtbot, make_window, scheduled_session, laptop, twice_the_text
):
    window = make_window(scheduled_session)
    banner = window.reminder_banner
    qtbot.waitUntil(banner.isVisible)
    screen = window.current_screen()
    # (Waits for the banner's layout to settle: its buttons go beside the status.)
    qtbot.waitUntil(lambda: banner.height() < 0.37 * window.height())
    assert screen.scroll.viewport().height() >= window.height() / 3


def test_the_print_dialog_fits_the_laptop_at_twice_the_text_size(
    qtbot, make_window, scheduled_session, laptop, twice_the_text
):
    window = make_window(scheduled_session)
    window.window_actions.open_print_dialog()
    dialog = window.window_actions.print_dialog
    qtbot.waitUntil(dialog.isVisible)
    try:
        # With its title bar, it fits the screen.
        assert dialog.height() <= laptop.height() - 40
        assert laptop.contains(dialog.geometry())
        # Print, Save as PDF and Close are in view without scrolling.
        for button in (dialog.print_button, dialog.pdf_button, dialog.close_button):
            assert visible_in(button, dialog), button.objectName()
            assert not dialog.options_scroll.isAncestorOf(button)
        # No words cut: the long tick box wraps, all of it shown.
        label = dialog.blank_row.label
        assert label.text().endswith("(no personal data)")
        assert label.heightForWidth(label.width()) <= label.height() + 1
        # The page is not a thin strip.
        assert dialog.preview.width() >= 0.45 * dialog.width()
    finally:
        dialog.reject()


@pytest.mark.parametrize("code", ["en", "de", "zh_TW", "ar"])
def test_the_toolbar_shows_its_words_when_the_row_has_room(qtbot, window, app, monkeypatch, code):
    from font_support import require_fonts
    from i18n_support import managed_languages, switch
    from PySide6.QtCore import Qt

    require_fonts(code)  # the words' width depends on the script's font being there

    languages = managed_languages(monkeypatch)
    manager = next(languages)
    try:
        switch(qtbot, manager, window, code)
        toolbar = window.window_actions.toolbar
        window.resize(1700, window.height())  # a wide window: room for the words
        qtbot.waitUntil(
            lambda: toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        window.resize(700, window.height())  # a narrow window: icons only, menus whole
        qtbot.waitUntil(lambda: toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly)
    finally:
        next(languages, None)


@pytest.mark.parametrize("code", ["de", "zh_TW", "ar"])
def test_every_menu_stays_in_the_menu_bar_at_twice_the_text_size(
    qtbot, window, app, monkeypatch, code
):
    """No menu (Help above all) is pushed into a "»" overflow on a 1366-pixel laptop."""
    from font_support import require_fonts
    from i18n_support import managed_languages, switch

    from vertprep.ui import theme

    require_fonts(code)
    languages = managed_languages(monkeypatch)
    manager = next(languages)
    try:
        switch(qtbot, manager, window, code)
        window.window_actions.view_settings.set_scale(200)
        # The window of a first start on a 1366×768 laptop is 1280 wide.
        window.resize(1280, 700)
        menu_bar = window.menuBar()

        def all_menus_shown() -> bool:
            corner = menu_bar.cornerWidget(Qt.Corner.TopRightCorner)
            for action in menu_bar.actions():
                place = menu_bar.actionGeometry(action)
                if place.isEmpty() or not menu_bar.rect().contains(place):
                    return False
                if corner is not None and place.intersects(corner.geometry()):
                    return False
            return True

        qtbot.waitUntil(all_menus_shown)
    finally:
        next(languages, None)
        theme.apply_theme(app, 100, False)
