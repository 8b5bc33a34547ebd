"""PySide's look at every module imported after it, done without keeping its source.

Once PySide is loaded, every import statement asks PySide whether the imported module
uses PySide (to know whether its ``__feature__`` switches, e.g. ``snake_case``, may
apply there; PYSIDE-2029). PySide finds out with ``inspect.getsource``: it finds the
module's file among all loaded modules, decodes and splits its whole source into lines
and keeps them in ``linecache``, only to search for the word "PySide6" — about 70 µs
a module, some 100 modules before the first screen, and megabytes of source kept.

:func:`quicken_pyside_scan` gives PySide the same answer, for a module whose source is
a ``.py`` file, by looking for the same word in the file's bytes ("PySide6" is ASCII,
so it is in the bytes exactly when it is in the decoded text). Anything else (no file,
a file that cannot be read, a PySide that asks differently) goes to PySide's own check.
"""

from __future__ import annotations

import sys
from types import ModuleType

# Where PySide 6 keeps its look at imported modules (the module ``__feature__``).
FEATURE_MODULE = "shibokensupport.feature"
CHECK_NAME = "_mod_uses_pyside"
WORD = b"PySide6"


def uses_pyside_by_file(module: ModuleType) -> bool | None:
    """Whether the ``.py`` file of ``module`` names PySide6; None when it has no such
    file or the file cannot be read (PySide's own check decides then)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return None
    try:
        with open(path, "rb") as source:
            return WORD in source.read()
    except OSError:
        return None


def quicken_pyside_scan() -> bool:
    """Load PySide (not yet any Qt module) and give it the quicker check; returns
    whether it was given (False with a PySide that looks some other way)."""
    import PySide6  # noqa: F401  (loads shiboken and PySide's look at imports)

    feature = sys.modules.get(FEATURE_MODULE)
    own_check = getattr(feature, CHECK_NAME, None)
    if not callable(own_check) or getattr(own_check, "quickened", False):
        return False

    def check(module, *rest, **options):
        answer = None if rest or options else uses_pyside_by_file(module)
        return own_check(module, *rest, **options) if answer is None else answer

    check.quickened = True
    setattr(feature, CHECK_NAME, check)
    return True
