"""Shared fixtures: an offscreen Qt, a temporary data folder for every test, a fixed clock."""

from __future__ import annotations

import os

# Set before Qt is imported anywhere: the tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# One locale whatever the session's (LANG=de_DE.UTF-8, en_US.UTF-8, C.UTF-8): Qt reads
# it once, when the application starts, for the system locale, dates and the language
# the app picks on a first start; the command-line tests' subprocesses inherit it.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANG"] = "C.UTF-8"
os.environ["LANGUAGE"] = ""

from datetime import date, datetime, time
from pathlib import Path

import pytest

from vertprep.paths import DATA_DIR_ENV, database_path

# A fixed "now" (Tuesday 1 December 2026, 10:00 local) so dates in tests never drift.
FIXED_NOW = datetime(2026, 12, 1, 10, 0)
PROCEDURE_DATE = date(2026, 12, 10)
ARRIVAL = time(8, 30)


class FixedClock:
    """A clock the test can move."""

    def __init__(self, now: datetime = FIXED_NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder; the real one is never touched."""
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))  # login entries
    return folder


@pytest.fixture(autouse=True)
def agents_started(monkeypatch) -> list:
    """Ticking "Remind me even when vertprep is closed" never starts a real reminder
    agent in a test; the data folders it would have started one for are listed here."""
    started: list = []
    monkeypatch.setattr("vertprep.ui.background_reminders.start_agent", started.append)
    return started


@pytest.fixture(autouse=True)
def desktop_area(monkeypatch):
    """The main window sees a large desktop screen (the offscreen one is 800×600), so
    it opens at its default size unless a test gives it a laptop's screen."""
    from PySide6.QtCore import QRect

    from vertprep.ui.main_window import MainWindow

    area = QRect(0, 0, 1920, 1080)
    monkeypatch.setattr(MainWindow, "available_area", lambda self: QRect(area))
    return area


@pytest.fixture(autouse=True)
def _no_notes_question(request, monkeypatch):
    """A calendar export from the window first asks, in a modal box, whether the notes
    go in too; tests answer "no notes" without showing it, except those marked
    ``notes_question`` (tests/test_calendar_notes.py), which answer the box itself."""
    if request.node.get_closest_marker("notes_question") is None:
        from vertprep.ui import calendar_dialog

        monkeypatch.setattr(calendar_dialog, "ask_about_notes", lambda parent: False)


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return database_path(data_dir)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def app(qapp):
    """The QApplication with vertprep's resources and theme loaded."""
    from vertprep import resources
    from vertprep.ui.theme import apply_theme

    resources.ensure_loaded()
    apply_theme(qapp)
    return qapp


@pytest.fixture
def store(db_path: Path):
    from vertprep.storage import Store

    opened = Store(db_path)
    yield opened
    opened.close()


@pytest.fixture
def session(app, store, clock):
    from vertprep.session import PatientSession

    return PatientSession(store, clock=clock)


@pytest.fixture
def scheduled_session(session):
    """A session with a procedure date and arrival time, past the welcome screen."""
    session.update_profile(
        procedure_date=PROCEDURE_DATE,
        arrival_time=ARRIVAL,
        name="Maria Keller",
        phone="+41 22 123 45 67",
    )
    session.update_settings(onboarded=True)
    return session


@pytest.fixture
def make_window(qtbot, store):
    """Build a main window for a session; the window is gone before the store closes."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from vertprep.ui.main_window import MainWindow

    windows = []

    def build(session) -> MainWindow:
        window = MainWindow(session)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield build
    sessions = [window.session for window in windows]
    for window in windows:
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # A restore reopens the session's store: close what the store fixture does not
    # (Python 3.13 reports an unclosed database, which the suite treats as an error).
    for session in sessions:
        if session.store is not store:
            session.store.close()


@pytest.fixture
def window(make_window, scheduled_session):
    return make_window(scheduled_session)


@pytest.fixture
def clinic_plan_stored(store):
    """The patient imported a clinic's plan that sets days before and after, and the
    day's stage times (see plan_support.py); sessions made after this read it."""
    from plan_support import clinic_plan

    from vertprep.plan.stored import store_plan

    store_plan(store, clinic_plan(), "clinic.toml")
    return store


@pytest.fixture
def languages(app, monkeypatch):
    """The app's LanguageManager; English and the original locale again after the test."""
    from i18n_support import managed_languages

    yield from managed_languages(monkeypatch)


@pytest.fixture
def before(window):
    """The Before screen shown; text size and contrast back to normal after the test."""
    window.show_screen("before")
    yield window.current_screen()
    window.session.update_settings(text_scale=100, high_contrast=False)
