"""Guards the Qt binding version pinned in pyproject.toml."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_calls_keep_none_alive(qapp):
    # PySide6 6.12.0 dropped one reference to None per call returning nothing; on
    # Python 3.11 the app then aborted with "deallocating None" after a while.
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setToolTip("tip")
    assert sys.getrefcount(None) > before - 100
