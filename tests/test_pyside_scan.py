"""PySide's look at imported modules gives the same answers the quicker way."""

from __future__ import annotations

import inspect
import subprocess
import sys
import textwrap

from vertprep.pyside_scan import uses_pyside_by_file


def pyside_answer(module) -> bool:
    """PySide 6's own check (shibokensupport.feature._mod_uses_pyside), as it is."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_file_check_agrees_with_pysides_for_every_loaded_module():
    import vertprep.app  # ours with and without PySide, and the stdlib's
    import vertprep.plan.model  # noqa: F401

    checked = 0
    for module in list(sys.modules.values()):
        answer = uses_pyside_by_file(module)
        if answer is not None:
            assert answer == pyside_answer(module), module.__name__
            checked += 1
    assert checked > 100
    assert uses_pyside_by_file(sys.modules["vertprep.app"]) is True
    assert uses_pyside_by_file(sys.modules["vertprep.plan.model"]) is False
    assert uses_pyside_by_file(sys) is None  # built in: PySide's own check decides


def test_pyside_records_the_same_for_modules_imported_after(tmp_path):
    """In a fresh process: modules imported after the quicker check is given are
    recorded as PySide records them (0: uses PySide; -1: ignore), and their source
    is no longer kept in linecache."""
    (tmp_path / "with_qt.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "without_qt.py").write_text("VALUE = 1\n")
    code = textwrap.dedent(
        """
        import linecache, sys
        from vertprep.pyside_scan import quicken_pyside_scan
        print(quicken_pyside_scan(), quicken_pyside_scan())
        import PySide6.QtCore
        import with_qt, without_qt, colorsys
        feature = sys.modules["shibokensupport.feature"]
        names = ("with_qt", "without_qt", "colorsys")
        print(*(feature.pyside_feature_dict[name] for name in names))
        print(sum(1 for path in linecache.cache if path.endswith(names)))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["True", "False", "0", "-1", "-1", "0"]
