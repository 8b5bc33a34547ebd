"""Icons from the bundled resources."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from vertprep.resources import resource_path


def load_icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``."""
    return QIcon(resource_path(f"icons/{name}.svg"))
