"""The window on an ordinary laptop (issue 14): it fits the screen at first start,
Back and Next stay in view, its size, place and maximised state come back, the
screens keep room at twice the text size, and a returning patient lands where
they left off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from vertprep.ui.main_window import FRAME_ALLOWANCE, MainWindow

# What a 1366×768 and a 1280×720 laptop leave for windows under a 27-pixel top panel.
LAPTOP_AREAS = [QRect(0, 27, 1366, 741), QRect(0, 27, 1280, 693)]


@pytest.fixture
def laptop(monkeypatch, request):
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
    from vertprep.ui.theme import apply_theme

    apply_theme(app, scale)
    try:
        window = make_window(scheduled_session)
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
