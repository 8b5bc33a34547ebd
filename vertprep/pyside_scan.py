"""Sparing PySide6 from reading the standard library's source.

Once PySide6 is loaded, its ``__feature__`` switch reads the whole source of each
module named in an import statement (``inspect.getsource``), once per module, to
see whether it mentions "PySide6" (PYSIDE-2029). It notes the answer in its table
``pyside_feature_dict``: 0 if so, -1 ("ignore this module") if not, or if there is
no source to read. For a printout that is 22 modules of the standard library, about
2.5 ms, and more for a window start.

No module of the standard library mentions PySide6, so PySide's answer for each is
-1: :func:`skip_standard_library` notes it in advance and PySide finds it already
there. It changes no answer (only names not yet in the table are added), and does
nothing at all if the table is not where it is expected (another PySide6 version).
``tests/test_pyside_scan.py`` fails if PySide stops reading sources this way, or
if an answer given here differs from PySide's own.
"""

from __future__ import annotations

import sys

IGNORED = -1  # PySide's answer for a module that does not mention PySide6


def feature_table() -> dict | None:
    """PySide's table of answers, or ``None`` when this PySide6 keeps none."""
    import PySide6.QtCore  # noqa: F401  (loads the feature switch and its table)

    table = getattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict", None)
    return table if type(table) is dict else None


def standard_modules() -> set[str]:
    """The standard library's top-level modules, and those of their submodules loaded."""
    top = sys.stdlib_module_names
    return set(top) | {name for name in list(sys.modules) if name.partition(".")[0] in top}


def skip_standard_library() -> None:
    """Give PySide6 its own answer for the standard library's modules in advance."""
    table = feature_table()
    if table is None:
        return
    for name in standard_modules():
        table.setdefault(name, IGNORED)
