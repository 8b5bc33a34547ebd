"""Speed targets, kept out of the default run: ``pytest -m benchmark -s tests/benchmarks``.

- Start-up: launch to the main window shown, against a bare PySide6 window
  started the same way in the same run (target: within 1.2x of it).
- One tick committed to the database (target: median under 5 ms).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from datetime import datetime

import pytest

pytestmark = pytest.mark.benchmark

RUNS = 7
BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 800)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def _median_seconds(command: list[str], env: dict[str, str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def test_start_up_is_close_to_a_bare_window(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # As on a patient's machine: compiled bytecode is cached after the first start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    data = tmp_path / "data"
    vertprep = [sys.executable, "-m", "vertprep", "--data-dir", str(data), "--exit-after-start"]
    bare_window = [sys.executable, "-c", BARE_WINDOW]
    for warm_up in (vertprep, bare_window):  # creates the data file and the caches
        subprocess.run(warm_up, env=env, check=True, capture_output=True)
    bare = _median_seconds(bare_window, env)
    app = _median_seconds(vertprep, env)
    ratio = app / bare
    print(
        f"\nstart-up median: vertprep {app * 1000:.0f} ms, bare window {bare * 1000:.0f} ms, "
        f"ratio {ratio:.2f} (target 1.20)"
    )
    assert ratio <= 1.2


def test_one_tick_commits_in_under_5_ms(store):
    durations = []
    for index in range(200):
        start = time.perf_counter()
        store.set_done("blood_tests", datetime(2026, 12, 1, 10, 0) if index % 2 else None)
        durations.append(time.perf_counter() - start)
    median_ms = statistics.median(durations) * 1000
    worst_ms = max(durations) * 1000
    print(f"\ntick commit: median {median_ms:.2f} ms, max {worst_ms:.2f} ms (target median < 5 ms)")
    assert median_ms < 5
