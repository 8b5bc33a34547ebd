"""Icons from the bundled resources."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from vertprep.resources import resource_path
from vertprep.ui.icon_engine import themed_icon


def load_icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``, drawn in the current theme's colours."""
    return themed_icon(resource_path(f"icons/{name}.svg"))
