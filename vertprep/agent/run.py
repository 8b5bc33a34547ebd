"""``vertprep --background``: the reminder agent, with no window.

In order: one agent per data folder (a lock), the data, the language, a tray icon
where the desktop has a tray, a way to show notifications (or a note in the data
that there is none, which the window shows), then the agent until logout.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication

from vertprep import APP_NAME, __version__, resources
from vertprep.agent.backends import find_backend
from vertprep.agent.lock import AGENT_LOCK_NAME, agent_lock
from vertprep.agent.service import ReminderAgent
from vertprep.agent.tray import AgentTray
from vertprep.autostart import windowless_python
from vertprep.commands.arguments import EXIT_ERROR, EXIT_OK
from vertprep.i18n.languages import initial_language
from vertprep.i18n.manager import LanguageManager, system_languages
from vertprep.paths import database_path, resolve_data_dir
from vertprep.session import PatientSession
from vertprep.storage import StorageError, Store
from vertprep.storage.private_files import make_private, prepare_folder


def open_main_window(data_dir: Path) -> None:
    """Start the window for the same data folder (a running one comes to the front)."""
    QProcess.startDetached(windowless_python(), ["-m", "vertprep", "--data-dir", str(data_dir)])


def _icon_file(app_icon) -> str:
    """The app's icon as a PNG file, for notification services that want a path."""
    from platformdirs import user_cache_path

    path = user_cache_path(APP_NAME, appauthor=False) / "vertprep-64.png"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if app_icon.pixmap(64, 64).save(str(path), "PNG"):
            return str(path)
    except OSError:
        pass
    return ""


def run_agent(args: argparse.Namespace) -> int:
    """Run the reminder agent until logout; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)  # it has no window
    resources.ensure_loaded()
    data_dir = resolve_data_dir(args.data_dir).resolve()
    db_path = database_path(data_dir)
    try:
        prepare_folder(data_dir, db_path.name)  # owner-only, as the window makes it
        store = Store(db_path)
    except (OSError, StorageError) as error:
        print(f"vertprep --background: cannot open the data: {error}", file=sys.stderr)
        return EXIT_ERROR
    lock = agent_lock(data_dir)
    if not lock.tryLock(0):
        print(f"vertprep --background: reminders already run for {data_dir}", file=sys.stderr)
        store.close()
        return EXIT_OK
    make_private(data_dir / AGENT_LOCK_NAME)
    try:
        return _run(app, args, store, data_dir)
    finally:
        store.close()
        lock.unlock()


def _run(app: QApplication, args: argparse.Namespace, store: Store, data_dir: Path) -> int:
    from vertprep.ui.icons import load_icon

    session = PatientSession(store)
    languages = LanguageManager.instance()

    def follow_language() -> None:
        code = initial_language(args.lang, session.settings.language, system_languages())
        if code != languages.current:
            languages.set_language(code)

    follow_language()
    session.settings_changed.connect(follow_language)
    app_icon = load_icon("vertprep")
    tray = AgentTray.if_available(app_icon, lambda: open_main_window(data_dir), app.quit)
    backend = find_backend(tray.icon if tray else None, _icon_file(app_icon))
    if backend is None:
        # Said once in the window's settings, with the calendar export as the way out.
        session.update_settings(notifications_unavailable=True)
        print(
            "vertprep --background: this desktop has no notification service and no "
            "tray; reminders cannot be shown while the window is closed",
            file=sys.stderr,
        )
        return EXIT_ERROR
    if session.settings.notifications_unavailable:
        session.update_settings(notifications_unavailable=False)
    agent = ReminderAgent(session, backend, lambda: open_main_window(data_dir), data_dir)
    agent.language_override = args.lang  # else each patient's own language
    agent.stop_requested.connect(app.quit)
    agent.start()
    from vertprep.stop_requests import listen_for_stop

    # At a logout: the ordinary way out below (data closed, lock let go), not death.
    listen_for_stop(app.quit, app)
    return app.exec()
