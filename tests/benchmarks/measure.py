"""Helpers for the benchmarks: medians, ratios against a baseline of the same run,
whole processes timed and weighed, and a table of results printed at the end.

Every figure is a ratio to a baseline measured in the same run on the same machine,
so a busy or slow machine moves both alike; absolute times are printed beside them.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Result:
    """One line of the results table: a figure, its baseline, and the target ratio."""

    what: str
    value: float
    baseline: float
    target: float | None
    unit: str = "ms"

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")

    @property
    def met(self) -> bool | None:
        return None if self.target is None else self.ratio <= self.target

    def line(self) -> str:
        target = "" if self.target is None else f"target {self.target:g}x"
        verdict = {None: "", True: "met", False: "NOT MET"}[self.met]
        return (
            f"{self.what:<58} {self.value:9.1f} {self.unit:<3} vs {self.baseline:8.1f} "
            f"{self.unit:<3} {self.ratio:6.2f}x  {target:<12} {verdict}"
        )


RESULTS: list[Result] = []
NOTES: list[str] = []


def record(what: str, value: float, baseline: float, target: float | None, unit="ms") -> Result:
    result = Result(what, value, baseline, target, unit)
    RESULTS.append(result)
    print("\n" + result.line())
    return result


def note(text: str) -> None:
    NOTES.append(text)
    print("\n" + text)


def median_ms(action: Callable[[], object], runs: int, warm_up: int = 1) -> float:
    """The median wall time of ``action`` in milliseconds."""
    for _ in range(warm_up):
        action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def worst_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return max(times) * 1000


# -- whole processes ------------------------------------------------------------------
def process_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # As on a patient's machine: compiled bytecode is cached after the first start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_process(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak resident memory (KiB) of one run of ``command``."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise subprocess.CalledProcessError(process.returncode, command)
    return elapsed, usage.ru_maxrss


def alternate(first: list[str], second: list[str], runs: int, env) -> tuple[list, list]:
    """Runs the two commands in turn (A B A B ...) after one warm-up of each, so that
    a change in the machine's speed touches both alike. Returns their (seconds, KiB)."""
    for command in (first, second):
        run_process(command, env)
    a, b = [], []
    for _ in range(runs):
        a.append(run_process(first, env))
        b.append(run_process(second, env))
    return a, b


def median_of_ratios(a: list[float], b: list[float]) -> float:
    return statistics.median(x / y for x, y in zip(a, b, strict=True))


def instructions(command: list[str], env: dict[str, str], workdir: Path) -> int | None:
    """Instructions executed by ``command`` under callgrind, or ``None`` without valgrind.
    Deterministic where wall time is noisy."""
    if shutil.which("valgrind") is None:
        return None
    out = workdir / f"callgrind.{len(list(workdir.glob('callgrind.*')))}"
    subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *command],
        env=env,
        check=True,
        capture_output=True,
    )
    for line in out.read_text(errors="replace").splitlines():
        if line.startswith("summary:") or line.startswith("totals:"):
            return int(line.split()[1])
    return None


def record_instructions(
    what: str, command: list[str], baseline: list[str], env, workdir: Path, target: float | None
) -> Result | None:
    """A row of instructions (millions) of ``command`` against ``baseline``, where
    valgrind is installed."""
    value = instructions(command, env, workdir)
    base = instructions(baseline, env, workdir)
    if not value or not base:
        return None
    return record(what, value / 1e6, base / 1e6, target, "M")


def print_table() -> None:
    """Every figure of the run, one line each (a session fixture calls this at the end)."""
    if not RESULTS and not NOTES:
        return
    print("\n\n== vertprep benchmarks: ratios against a baseline measured in the same run ==")
    for result in RESULTS:
        print(result.line())
    for text in NOTES:
        print(text)
