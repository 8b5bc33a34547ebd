"""One tick committed to the database: median under 5 ms (storage alone, no window).

Run the benchmarks with ``pytest -m benchmark -s tests/benchmarks``: whole processes
(start-up, printing, memory) are in ``test_processes.py``, the window's answers to
each action in ``test_responsiveness.py``.
"""

from __future__ import annotations

import statistics
import time
from datetime import datetime

import pytest

pytestmark = pytest.mark.benchmark


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
