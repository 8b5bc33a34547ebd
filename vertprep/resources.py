"""Loading bundled resources (icons, illustrations, styles).

They are compiled into ``vertprep._resources_rc`` by ``resources/build.py``, so an
editable install and a wheel find the same files under ``:/vertprep/``. The
compiled translations are package data files instead (``vertprep/i18n/qm/``).
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QFile, QIODevice

PREFIX = ":/vertprep"
_loaded = False


def ensure_loaded() -> None:
    """Register the compiled resources with Qt (once)."""
    global _loaded
    if not _loaded:
        importlib.import_module("vertprep._resources_rc")
        _loaded = True


def resource_path(relative: str) -> str:
    """The Qt resource path of a bundled file, e.g. ``icons/print.svg``."""
    ensure_loaded()
    return f"{PREFIX}/{relative}"


def read_text(relative: str) -> str:
    """The text of a bundled file; raises ``FileNotFoundError`` if it is missing."""
    file = QFile(resource_path(relative))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Text):
        raise FileNotFoundError(resource_path(relative))
    try:
        return bytes(file.readAll().data()).decode("utf-8")
    finally:
        file.close()


def exists(relative: str) -> bool:
    return QFile.exists(resource_path(relative))
