"""Starting the desktop app: paths, storage, QApplication, theme, window, in that order."""

from __future__ import annotations

import argparse
import contextlib
import linecache
import os
import sys
from collections.abc import Callable
from typing import NoReturn

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from vertprep import APP_NAME, __version__, resources
from vertprep.i18n.languages import initial_language
from vertprep.i18n.manager import LanguageManager, system_languages
from vertprep.paths import database_path, resolve_data_dir
from vertprep.session import PatientSession
from vertprep.single_instance import SingleInstance
from vertprep.storage import NewerSchemaError, StorageError, Store
from vertprep.storage.database import (
    BUSY,
    DISK_FULL,
    NO_ACCESS,
    READ_ONLY,
    storage_error,
)
from vertprep.storage.private_files import prepare_folder

# Exit codes of every vertprep command (see --help): done, could not do it, bad usage.
EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
# What waits for the first paint starts at the latest this long after the window is
# shown (a window that is never painted, e.g. on a display that does not draw it).
AFTER_FIRST_PAINT_LATEST_MS = 1000

_window_run_over = False  # set once a window has closed and everything is put away


# Why the data cannot be used, in the person's words (StorageError.kind -> text).
STARTUP_MESSAGES = {
    READ_ONLY: QT_TRANSLATE_NOOP(
        "Startup",
        "Your data file is read-only, so vertprep could not save any change. Ask the "
        "person who looks after this computer to make it writable:\n{path}",
    ),
    BUSY: QT_TRANSLATE_NOOP(
        "Startup",
        "Another program is using your data right now. Close it, then start vertprep "
        "again:\n{path}",
    ),
    DISK_FULL: QT_TRANSLATE_NOOP(
        "Startup",
        "The computer's disk is full, so vertprep cannot save your data. Free some "
        "space, then start vertprep again:\n{path}",
    ),
    NO_ACCESS: QT_TRANSLATE_NOOP(
        "Startup",
        "vertprep is not allowed to use this folder for your data, or its name is too "
        "long:\n{path}",
    ),
}


def _storage_message(error: StorageError) -> str:
    if isinstance(error, NewerSchemaError):
        return QCoreApplication.translate(
            "Startup",
            "Your data was saved by a newer version of vertprep. Please install the "
            "newer version to open it. The file has not been changed:\n{path}",
        ).format(path=error.path)
    if error.kind in STARTUP_MESSAGES:
        text = QCoreApplication.translate("Startup", STARTUP_MESSAGES[error.kind])
        return text.format(path=error.path)
    return QCoreApplication.translate(
        "Startup", "vertprep cannot open or save your data in this file:\n{path}"
    ).format(path=error.path)


def _automatic_backup(store: Store) -> None:
    """Today's copy in backups/ if the data changed; a failure never stops the app."""
    from datetime import date

    from vertprep.storage.auto_backup import automatic_backup

    try:
        automatic_backup(store.connection, store.path, date.today())
    except Exception as error:  # a missed copy is reported, never fatal
        print(f"vertprep: the automatic backup was not made: {error}", file=sys.stderr)


def _apply_person(app, settings, lang_arg: str | None, first: bool = False) -> None:
    """The person's language (unless --lang overrides it for this run), text size and
    contrast: until they pick a contrast, a dark or high-contrast desktop gets high
    contrast."""
    from vertprep.ui.theme import (
        current_scale,
        is_high_contrast,
        set_theme_state,
        wants_high_contrast,
    )

    languages = LanguageManager.instance()
    code = initial_language(lang_arg, settings.language, system_languages())
    if first or code != languages.current:
        languages.set_language(code)  # at first also the locale of dates, even for English
    high_contrast = wants_high_contrast(settings.contrast_chosen, settings.high_contrast)
    if first or (current_scale(), is_high_contrast()) != (settings.text_scale, high_contrast):
        # The window gives its parts the style sheet (see MainWindow.restyle).
        set_theme_state(app, settings.text_scale, high_contrast)


def _refuse(args: argparse.Namespace, error: StorageError) -> int:
    """Say why the data cannot be used (one line, and a dialog for the window), in
    the language of ``--lang``, else the system's when vertprep has it, else English:
    the person's own choice is in the data that could not be read."""
    LanguageManager.instance().set_language(initial_language(args.lang, "", system_languages()))
    message = _storage_message(error)
    print(f"vertprep: {message}", file=sys.stderr)
    if not args.exit_after_start:
        from PySide6.QtWidgets import QMessageBox  # (its ~100 enums: only when needed)

        QMessageBox.critical(None, "vertprep", message)
    return EXIT_ERROR


def _bring_to_front(window) -> None:
    """Another start asked for the window: show it, restored, in front."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class _AfterFirstPaint(QObject):
    """Calls ``callback`` once, as soon as ``window`` has been painted for the first
    time (or after ``AFTER_FIRST_PAINT_LATEST_MS`` at the latest): what can wait for
    that does not hold up the first screen."""

    def __init__(self, window, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback: Callable[[], None] | None = callback
        window.installEventFilter(self)
        QTimer.singleShot(AFTER_FIRST_PAINT_LATEST_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # once this paint is on screen
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def window_run_over() -> bool:
    """Whether a window ran in this process and everything is saved, closed and
    released (see :func:`end_process`)."""
    return _window_run_over


def _owns_clipboard() -> bool:
    """Whether what the person copied from vertprep is still only in vertprep: Qt
    hands it to the desktop's clipboard keeper (X11) or flushes it (Windows) when
    the application object is destroyed, so that it can still be pasted afterwards."""
    app = QApplication.instance()
    return app is not None and app.clipboard().ownsClipboard()


def end_process(code: int) -> NoReturn:
    """Leave the process at once after a window run: every change is committed, the
    data closed and the folder's lock released by then. What is skipped is Python and
    PySide taking apart thousands of Qt objects one by one at exit (30–50 ms after
    the window has gone, and PySide's teardown order is a known source of crashes at
    exit); only what is buffered for the terminal or a log is written out first.
    If the person copied something from vertprep (a phone number), the process ends
    the ordinary way instead, so that Qt passes it on and it can still be pasted."""
    if _owns_clipboard():
        sys.exit(code)
    if "logging" in sys.modules:
        sys.modules["logging"].shutdown()
    for stream in (sys.stdout, sys.stderr):
        # No terminal (a windowed start: the stream is None), or it is closed.
        with contextlib.suppress(AttributeError, OSError, ValueError):
            stream.flush()
    os._exit(code)


def _after_first_paint(app: QApplication, window, instance: SingleInstance) -> None:
    """What a window run starts once its first screen is shown: the socket another
    start knocks on, and closing the window the ordinary way when the system asks
    the process to stop."""
    from vertprep.stop_requests import listen_for_stop

    # Before the socket: a stop request sent once a second start can get through (as
    # the tests do) finds it listened for.
    listen_for_stop(lambda: _close_everything(app), window)
    instance.listen()


def _close_everything(app: QApplication) -> None:
    """As if the person closed every window: a dialog's own loop ends, the main window
    keeps its place, and the app quits."""
    app.closeAllWindows()
    app.quit()


def run_gui(args: argparse.Namespace) -> int:
    """Start the app window; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    resources.ensure_loaded()
    # The language is set once the person's settings are read (_apply_person), or by
    # _refuse for a message about data that cannot be used: loaded once, not twice.

    data_dir = resolve_data_dir(args.data_dir)
    db_path = database_path(data_dir)
    # One running vertprep per data folder: a second start brings the first forward.
    instance = SingleInstance(data_dir)
    try:
        prepare_folder(data_dir, db_path.name)
        # The lock now; the socket another start knocks on once the window is painted.
        claimed = instance.claim(listen=False)
    except OSError as error:
        return _refuse(args, storage_error(db_path, error))
    if not claimed:
        if instance.ask_running_to_activate():
            print("vertprep: already open for this data folder; brought its window forward")
        else:
            print("vertprep: already open for this data folder", file=sys.stderr)
        return EXIT_OK
    try:
        store = Store(db_path)
    except StorageError as error:
        instance.release()
        return _refuse(args, error)

    from vertprep.ui.crash import install_excepthook
    from vertprep.ui.main_window import MainWindow

    install_excepthook(data_dir, interactive=not args.exit_after_start)
    # The person's language before anything else can speak (even an unexpected error).
    _apply_person(app, store.settings(), args.lang, first=True)
    session = PatientSession(store)
    if not args.exit_after_start and session.patients.active_count() > 1:
        from vertprep.ui.patients_dialog import ask_whose_plan_at_start

        # With several patients: whose plan, before any of it is shown.
        ask_whose_plan_at_start(session)
        _apply_person(app, session.settings, args.lang)
    # PySide's own look at imported modules (see vertprep.pyside_scan: used only for
    # a module without a .py file, or by a PySide that looks another way) reads their
    # sources through linecache, which keeps them all (~3 MB with every module): let
    # go before the window takes its memory. A traceback reads its lines again.
    linecache.clearcache()
    window = MainWindow(session)
    instance.activated.connect(lambda: _bring_to_front(window))
    if args.exit_after_start:
        _AfterFirstPaint(window, app.quit)  # start-up is over when the screen is painted
    else:
        _AfterFirstPaint(window, lambda: _after_first_paint(app, window, instance))
        # Yesterday's changes are copied once the window is up, today's at quit.
        QTimer.singleShot(3000, window, lambda: _automatic_backup(session.store))
    window.show()
    try:
        return app.exec()
    finally:
        # Nothing of the window (the watch on the data folder, a timer) may reach for
        # the store once it is closed: the window goes at the next turn of any event
        # loop (the process itself ends first; deleting it now took 4-25 ms).
        window.deleteLater()
        _automatic_backup(session.store)
        session.store.close()
        instance.release()
        global _window_run_over
        _window_run_over = True
