"""Text size and high contrast while the app runs: the always-visible buttons, the
shortcuts, remembering the choice, and following the system until the person chooses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from vertprep.storage import Store
from vertprep.ui import theme
from vertprep.ui.icons import load_icon


def _stored(db_path):
    store = Store(db_path)
    try:
        return store.settings()
    finally:
        store.close()


def _body_label(window):
    return window.screen("before").intro


def _press(qtbot, window, key, modifiers=Qt.KeyboardModifier.ControlModifier):
    target = QGuiApplication.focusObject() or window.step_list
    qtbot.keyClick(target, key, modifiers)


def test_ctrl_plus_minus_and_zero_change_all_text_and_are_remembered(qtbot, window, db_path):
    window.show_screen("before")
    window.step_list.setFocus()
    label = _body_label(window)
    assert label.font().pointSize() == theme.point_size(100)

    _press(qtbot, window, Qt.Key.Key_Plus)
    qtbot.waitUntil(lambda: theme.current_scale() == 125)
    qtbot.waitUntil(lambda: label.font().pointSize() == theme.point_size(125))
    assert _stored(db_path).text_scale == 125

    _press(qtbot, window, Qt.Key.Key_Equal)  # "+" without Shift on many keyboards
    qtbot.waitUntil(lambda: theme.current_scale() == 150)
    _press(qtbot, window, Qt.Key.Key_Minus)
    qtbot.waitUntil(lambda: theme.current_scale() == 125)
    _press(qtbot, window, Qt.Key.Key_0)
    qtbot.waitUntil(lambda: theme.current_scale() == 100)
    assert label.font().pointSize() == theme.point_size(100)
    assert _stored(db_path).text_scale == 100


def test_text_grows_to_twice_normal_and_no_further(qtbot, window, db_path):
    bar = window.window_actions.view_settings.bar
    for _ in range(10):
        if bar.larger_button.isEnabled():
            qtbot.mouseClick(bar.larger_button, Qt.MouseButton.LeftButton)
    assert theme.current_scale() == theme.MAX_SCALE == 200
    assert _body_label(window).font().pointSize() == 2 * theme.BASE_POINT_SIZE
    assert not bar.larger_button.isEnabled()
    assert not window.window_actions.view_settings.larger_action.isEnabled()
    assert bar.normal_button.text() == "200%"
    assert _stored(db_path).text_scale == 200

    qtbot.mouseClick(bar.normal_button, Qt.MouseButton.LeftButton)
    assert theme.current_scale() == 100
    assert not bar.smaller_button.isEnabled()
    assert bar.normal_button.text() == "100%"


def test_a_remembered_size_and_contrast_apply_at_start(qtbot, make_window, scheduled_session):
    scheduled_session.update_settings(text_scale=175, high_contrast=True, contrast_chosen=True)
    window = make_window(scheduled_session)
    assert theme.current_scale() == 175
    assert theme.is_high_contrast()
    assert _body_label(window).font().pointSize() == theme.point_size(175)
    assert window.window_actions.view_settings.contrast_action.isChecked()


def test_the_size_control_is_always_in_view(qtbot, window):
    bar = window.window_actions.view_settings.bar
    for screen in window.screens:
        window.show_screen(screen.screen_id)
        for widget in (bar.smaller_button, bar.normal_button, bar.larger_button):
            assert widget.isVisible()
            assert widget.visibleRegion().boundingRect().size() == widget.size()
    assert bar.contrast_box.isVisible()


def test_high_contrast_box_switches_the_theme_and_remembers_the_choice(qtbot, window, db_path):
    box = window.window_actions.view_settings.bar.contrast_box
    assert not theme.is_high_contrast()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(theme.is_high_contrast)
    app_palette = QGuiApplication.palette()
    assert app_palette.color(QPalette.ColorRole.Window).name() == theme.HIGH_CONTRAST.window
    assert box.isChecked()
    assert window.window_actions.view_settings.contrast_action.isChecked()
    stored = _stored(db_path)
    assert stored.high_contrast and stored.contrast_chosen

    window.window_actions.view_settings.contrast_action.trigger()  # the View menu entry
    qtbot.waitUntil(lambda: not theme.is_high_contrast())
    assert not box.isChecked()
    assert not _stored(db_path).high_contrast


def test_ctrl_shift_h_switches_contrast(qtbot, window):
    window.step_list.setFocus()
    _press(
        qtbot, window, Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    qtbot.waitUntil(theme.is_high_contrast)


def test_dark_system_gets_high_contrast_until_the_person_chooses(
    qtbot, monkeypatch, make_window, scheduled_session
):
    system_dark = [True]
    monkeypatch.setattr(theme, "system_prefers_high_contrast", lambda: system_dark[0])
    window = make_window(scheduled_session)
    control = window.window_actions.view_settings
    assert theme.is_high_contrast()
    assert control.contrast_action.isChecked()

    system_dark[0] = False  # the desktop goes light: the app follows
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    qtbot.waitUntil(lambda: not theme.is_high_contrast())

    control.set_high_contrast(False)  # an explicit choice of the normal theme
    system_dark[0] = True
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not theme.is_high_contrast()


def test_system_preference_reads_the_colour_scheme(app, monkeypatch):
    assert theme.wants_high_contrast(True, True)
    assert not theme.wants_high_contrast(True, False)
    monkeypatch.setattr(theme, "system_prefers_high_contrast", lambda: True)
    assert theme.wants_high_contrast(False, False)


@pytest.mark.parametrize("high_contrast", [False, True])
def test_icons_are_drawn_in_the_theme_text_colour(app, high_contrast):
    theme.apply_theme(app, 100, high_contrast)
    image = load_icon("before").pixmap(48, 48).toImage()
    ink = theme.palette_for(high_contrast).text
    colours = {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }
    assert ink in colours
