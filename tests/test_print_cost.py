"""What keeps ``vertprep print`` quick, checked where it could quietly come back: a
printout in English with its details on the command line creates none of the ``Qt``
namespace's 93 enums (~11 ms) and loads no module it does not use (the store and
sqlite3, the TOML parser, the language manager, the widgets, the print dialogs)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PRINT_AND_REPORT = """
import enum, json, sys
created = []
original = enum.EnumType._create_


def recording(cls, class_name, *args, **kwargs):
    created.append(class_name)
    return original(cls, class_name, *args, **kwargs)


enum.EnumType._create_ = recording
import inspect
read = []
real_getsource = inspect.getsource


def reading(module):
    read.append(getattr(module, "__name__", "?"))
    return real_getsource(module)


inspect.getsource = reading
from vertprep.cli import main

code = main(["print", "--out", sys.argv[1], "--lang", "en", "--name", "Maria Keller",
             "--date", "2026-12-10", "--arrival", "08:30", "--phone", "+41 22 123 45 67"])
print(json.dumps({"code": code, "enums": created, "modules": sorted(sys.modules), "read": read}))
"""
NOT_LOADED = (
    "sqlite3",
    "tomllib",
    "html",
    "vertprep.storage",
    "vertprep.i18n.manager",
    "vertprep.commands.calendar_cmd",
    "vertprep.commands.patients_cmd",
    "vertprep._resources_rc",
    "PySide6.QtWidgets",
    "PySide6.QtPrintSupport",
)


def test_an_english_printout_needs_neither_qt_enums_nor_unused_modules(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = tmp_path / "plan.pdf"
    done = subprocess.run(
        [sys.executable, "-c", PRINT_AND_REPORT, str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0 and out.stat().st_size > 0
    # The recording works: the page sizes' enum is made, as it must be.
    assert "PageSizeId" in report["enums"]
    # ``Qt.PenStyle``, ``Qt.Key``...: any of them means the whole namespace was made.
    assert not {"PenStyle", "BrushStyle", "Key", "AlignmentFlag"} & set(report["enums"])
    loaded = [name for name in NOT_LOADED if name in report["modules"]]
    assert loaded == []
    # PySide looks at each module imported after it through the quicker check (the
    # file's bytes), not by reading its source: none of ours, nor typing, dataclasses...
    # (The record works: a module without a .py file still goes to PySide's own look.)
    assert "PySide6.QtCore" in report["read"]
    assert [name for name in report["read"] if name.startswith("vertprep")] == []
    assert not {"typing", "dataclasses", "datetime"} & set(report["read"])
