"""PySide6 is spared reading the standard library's source, and answers as it would
have: these tests fail when PySide stops working the way vertprep.pyside_scan relies
on (the shortcut would then be useless, or wrong)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types

# Imports a module of the standard library not yet loaded, after PySide6, and
# reports which sources were read and what PySide's table says.
SCAN = """
import inspect, json, sys
skip = sys.argv[1] == "skip"
import PySide6.QtCore
feature = sys.modules["shibokensupport.feature"]
read = []
real_getsource = inspect.getsource
def recording(module):
    read.append(getattr(module, "__name__", "?"))
    return real_getsource(module)
inspect.getsource = recording
if skip:
    from vertprep.pyside_scan import skip_standard_library
    skip_standard_library()
before = dict(feature.pyside_feature_dict)
import colorsys, wave  # named in an import statement after PySide6
from vertprep.printing.pieces import Kind  # a module of ours, read as before
table = feature.pyside_feature_dict
print(json.dumps({"read": read, "colorsys": table.get("colorsys"), "wave": table.get("wave"),
                  "pieces": table.get("vertprep.printing.pieces"),
                  "changed": {k: v for k, v in before.items() if table.get(k) != v}}))
"""


def scan(mode: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", SCAN, mode],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_pyside_still_reads_each_new_modules_source_and_ignores_the_standard_library():
    """What the shortcut relies on: without it, PySide reads the source of a module
    imported after it and notes -1 for one of the standard library."""
    report = scan("plain")
    assert {"colorsys", "wave", "vertprep.printing.pieces"} <= set(report["read"])
    assert report["colorsys"] == report["wave"] == -1


def test_the_standard_library_is_not_read_and_gets_pysides_own_answer():
    plain, skipped = scan("plain"), scan("skip")
    assert "colorsys" not in skipped["read"] and "wave" not in skipped["read"]
    assert (skipped["colorsys"], skipped["wave"]) == (plain["colorsys"], plain["wave"])
    # Our own modules are still read and answered by PySide; nothing it had noted changes.
    assert "vertprep.printing.pieces" in skipped["read"]
    assert skipped["pieces"] == plain["pieces"]
    assert skipped["changed"] == {}


def test_no_loaded_module_of_the_standard_library_mentions_pyside6():
    """The answer given in advance is the one PySide's own check gives, for every
    module of the standard library a printout or a window start loads."""
    import PySide6.QtWidgets  # noqa: F401  (loads what a window start loads)

    import vertprep.app
    import vertprep.printing.render  # noqa: F401
    from vertprep.pyside_scan import standard_modules

    check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    loaded = [sys.modules[name] for name in standard_modules() if name in sys.modules]
    assert len(loaded) > 50
    assert [module.__name__ for module in loaded if check(module)] == []


def test_without_pysides_table_nothing_is_done(monkeypatch):
    import vertprep.pyside_scan as pyside_scan

    # A PySide6 whose feature switch keeps no such table (the real one stays as it is).
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", types.ModuleType("feature"))
    assert pyside_scan.feature_table() is None
    pyside_scan.skip_standard_library()  # no error, nothing to fill
