"""A tick made by assistive technology counts like a click (issue 14).

AT-SPI's "Toggle" action (screen readers, switch access) calls
``QAbstractButton.toggle()``: it emits ``toggled`` but not ``clicked``. Every
checkable control is toggled that way here, and what it stores is checked.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton

from vertprep.ui import theme


def checkable_buttons(*tops) -> set[QAbstractButton]:
    found = set()
    for top in tops:
        found |= {b for b in top.findChildren(QAbstractButton) if b.isCheckable()}
    # (Qt's own "»" of a toolbar short of room only opens a menu.)
    return {b for b in found if b.objectName() != "qt_toolbar_ext_button"}


def test_every_checkable_control_acts_on_a_toggle(qtbot, app, window, monkeypatch):
    # The background-reminders tick starts the agent; here it is only recorded.
    started = []
    monkeypatch.setattr("vertprep.ui.background_reminders.start_agent", started.append)
    window.window_actions.open_print_dialog()
    dialog = window.window_actions.print_dialog
    screens = window.screens
    store = window.session.store
    welcome_screen = window.screen("welcome")
    welcome = welcome_screen.form
    reminders = window.screen("reminders")
    contrast = window.window_actions.view_settings.bar.contrast_box
    checks = {
        contrast: lambda: store.settings().high_contrast and theme.is_high_contrast(),
        welcome.no_date: lambda: store.profile().procedure_date is None,
        welcome.no_time: lambda: store.profile().arrival_time is None,
        reminders.has_time: lambda: not reminders.time_edit.isHidden(),
        dialog.blank_check: lambda: dialog.options().blank,
        dialog.large_check: lambda: dialog.options().large_print,
    }
    # The same choice sits on the welcome and the reminders screens: one tick shows on both.
    checks[welcome_screen.background_reminders.check] = lambda: (
        store.settings().background_reminders
        and bool(started)
        and reminders.background_reminders.check.isChecked()
    )
    mirrors = {reminders.background_reminders.check}
    recovery = window.screen("recovery")
    for score, button in enumerate(recovery.scale.buttons):  # the pain diary's 0-10
        checks[button] = lambda score=score: recovery.scale.score() == score
    for screen in screens:
        for item_id, row in getattr(screen, "rows", {}).items():
            checks[row.checkbox] = lambda item_id=item_id: store.item_state(item_id).done
    # Every checkable control of the app is covered here.
    assert checkable_buttons(window, dialog, *screens) == set(checks) | mirrors
    try:
        for button, stored in checks.items():
            assert not button.isChecked(), button.objectName()
            button.toggle()  # what AT-SPI's Toggle does: no click
            assert button.isChecked()
            assert stored(), f"{button.objectName()}: ticked but not applied or saved"
    finally:
        dialog.reject()
        theme.apply_theme(app, 100, False)


def test_high_contrast_toggled_off_again_is_saved(qtbot, app, window):
    box = window.window_actions.view_settings.bar.contrast_box
    try:
        box.toggle()
        assert window.session.store.settings().high_contrast
        box.toggle()
        assert not window.session.store.settings().high_contrast
        assert not theme.is_high_contrast()
        assert not window.window_actions.view_settings.contrast_action.isChecked()
    finally:
        theme.apply_theme(app, 100, False)
