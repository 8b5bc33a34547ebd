"""Starting the desktop app: paths, storage, QApplication, theme, window, in that order."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from vertprep import APP_NAME, __version__, resources
from vertprep.i18n.languages import initial_language
from vertprep.i18n.manager import LanguageManager, system_languages
from vertprep.paths import database_path, resolve_data_dir
from vertprep.session import PatientSession
from vertprep.storage import NewerSchemaError, StorageError, Store


def _storage_message(error: StorageError) -> str:
    if isinstance(error, NewerSchemaError):
        return QCoreApplication.translate(
            "Startup",
            "Your data was saved by a newer version of vertprep. Please install the "
            "newer version to open it. The file has not been changed:\n{path}",
        ).format(path=error.path)
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
    from vertprep.ui.theme import apply_theme, current_scale, is_high_contrast, wants_high_contrast

    languages = LanguageManager.instance()
    code = initial_language(lang_arg, settings.language, system_languages())
    if code != languages.current:
        languages.set_language(code)
    high_contrast = wants_high_contrast(settings.contrast_chosen, settings.high_contrast)
    if first or (current_scale(), is_high_contrast()) != (settings.text_scale, high_contrast):
        apply_theme(app, settings.text_scale, high_contrast)


def run_gui(args: argparse.Namespace) -> int:
    """Start the app window; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    resources.ensure_loaded()
    # The language comes before the store, so that even its error message is translated:
    # --lang, else the system's language when vertprep has it, else English.
    languages = LanguageManager.instance()
    languages.set_language(initial_language(args.lang, "", system_languages()))

    data_dir = resolve_data_dir(args.data_dir)
    try:
        store = Store(database_path(data_dir))
    except StorageError as error:
        message = _storage_message(error)
        print(f"vertprep: {message}", file=sys.stderr)
        if not args.exit_after_start:
            QMessageBox.critical(None, "vertprep", message)
        return 1

    from vertprep.ui.crash import install_excepthook
    from vertprep.ui.main_window import MainWindow

    install_excepthook(data_dir, interactive=not args.exit_after_start)
    session = PatientSession(store)
    _apply_person(app, session.settings, args.lang, first=True)
    if not args.exit_after_start:
        from vertprep.ui.patients_dialog import ask_whose_plan_at_start

        # With several patients: whose plan, before any of it is shown.
        ask_whose_plan_at_start(session)
        _apply_person(app, session.settings, args.lang)
    window = MainWindow(session)
    window.show()
    if args.exit_after_start:
        QTimer.singleShot(0, app.quit)
    else:
        # Yesterday's changes are copied once the window is up, today's at quit.
        QTimer.singleShot(3000, lambda: _automatic_backup(session.store))
    try:
        return app.exec()
    finally:
        _automatic_backup(session.store)
        session.store.close()
