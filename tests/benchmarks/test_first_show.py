"""How long the window is blocked when a screen is shown for the first time, against
a plain full-window repaint of the same window.

Screens are built when first shown. Each case opens the window on one screen and
shows every other screen once, timing from the click in the step list to the window
repainted. A long checklist is built a screenful at once and the rest in later turns
of the event loop: those turns are timed one by one (the longest is what blocks the
window), and so is the whole time until every row is there. Then a new care team's
plan arrives while the Before screen is shown, and its rows are rebuilt.
Cases: today's plan, a plan ten and a hundred times longer. Targets, at ten times
the plan: nothing blocks the window longer than 100 ms. ``test_growth_per_item``
(last) prints how each figure grows per plan item.
"""

from __future__ import annotations

import dataclasses
import statistics
import time

import measure
import pytest
from PySide6.QtWidgets import QApplication

from vertprep.ui.screen_registry import SCREENS

pytestmark = pytest.mark.benchmark

PLAN_ITEMS = 13  # items in today's plan
LIMIT_MS = 100  # nothing blocks the window longer, at ten times the plan
CASES = {"today's plan": 1, "plan x10": 10, "plan x100": 100}
CHECKLISTS = ("before", "after")
MEASURED: dict[str, dict[str, float]] = {}


@pytest.fixture(scope="module", autouse=True)
def results_table():
    yield
    measure.print_table()


def scaled(team, factor: int, suffix: str = ""):
    """A care team's plan ``factor`` times longer: every step repeated under new ids
    (and with ``suffix`` every id new, as another team's plan would have)."""
    steps = [
        dataclasses.replace(step, id=f"{step.id}{suffix}_{copy}" if copy or suffix else step.id)
        for copy in range(factor)
        for step in team.steps
    ]
    return dataclasses.replace(team, steps=tuple(steps))


def settle_and_repaint(window) -> None:
    QApplication.processEvents()
    window.repaint()


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def complete(screen) -> bool:
    # (A build without lists in parts has every row at once.)
    return getattr(screen, "rows_complete", True)


def until_complete(window, screen) -> tuple[float, float]:
    """Turns of the event loop until the screen has every row: the longest turn and
    the time of them all, in ms."""
    turns = []
    while not complete(screen):
        turns.append(timed(lambda: settle_and_repaint(window)))
        assert len(turns) < 10_000
    if turns:  # the last rows, laid out and painted
        turns.append(timed(lambda: settle_and_repaint(window)))
    return max(turns, default=0.0), sum(turns)


def one_window(qapp, session, make_window, start: str, shown: list[str]) -> dict[str, float]:
    """Opens a window on ``start`` and shows each of ``shown`` once; the figures."""
    qapp.setStyleSheet("")  # as the app starts: the window styles its parts
    session.update_settings(last_screen=start)
    window = make_window(session)
    settle_and_repaint(window)
    figures = {
        "repaint": statistics.median(timed(lambda: settle_and_repaint(window)) for _ in range(9))
    }
    for screen_id in shown:

        def show(screen_id=screen_id) -> None:
            window.show_screen(screen_id)
            settle_and_repaint(window)

        figures[f"first show of {screen_id}"] = timed(show)
        screen = window.screen(screen_id)
        if screen_id in CHECKLISTS:
            longest, total = until_complete(window, screen)
            figures[f"longest later turn of {screen_id}"] = longest
            figures[f"{screen_id} complete"] = figures[f"first show of {screen_id}"] + total
    return window, figures


def rebuild(window, new_plan) -> dict[str, float]:
    """A new care team's plan while the Before screen is shown: every row made anew."""
    session = window.session
    window.show_screen("before")
    before = window.screen("before")
    until_complete(window, before)
    settle_and_repaint(window)

    def arrive() -> None:
        session.use_team_plan(new_plan)
        settle_and_repaint(window)

    figures = {"rebuild of before": timed(arrive)}
    longest, total = until_complete(window, before)
    figures["longest later turn of the rebuild"] = longest
    figures["rebuild complete"] = figures["rebuild of before"] + total
    assert list(before.rows) == [p.item.id for p in session.plan().phase(before.phase)]
    return figures


@pytest.mark.parametrize("name", list(CASES))
def test_first_show_against_a_plain_repaint(name, qapp, scheduled_session, make_window):
    factor = CASES[name]
    team = scheduled_session.team_plan
    ids = [entry.screen_id for entry in SCREENS]
    collected: list[dict[str, float]] = []
    for run in range(1 if factor >= 100 else 3):
        scheduled_session.use_team_plan(scaled(team, factor))
        # Opened on the last screen, the window shows every other one; then the last
        # one is shown in a window opened on the overview.
        window, figures = one_window(qapp, scheduled_session, make_window, ids[-1], ids[:-1])
        figures |= rebuild(window, scaled(team, factor, suffix=f"n{run}"))
        # Closed: the windows share the session, and a new plan rebuilds the screens
        # shown in every open window.
        window.close()
        scheduled_session.use_team_plan(scaled(team, factor))
        last_window, last = one_window(qapp, scheduled_session, make_window, "overview", ids[-1:])
        last_window.close()
        figures[f"first show of {ids[-1]}"] = last[f"first show of {ids[-1]}"]
        collected.append(figures)
    figures = {key: statistics.median(run[key] for run in collected) for key in collected[0]}
    MEASURED[name] = figures
    repaint = figures["repaint"]
    for what, value in figures.items():
        if what != "repaint":
            measure.record(f"[{name}] {what}", value, repaint, None)
    if factor == 10:
        for what, value in figures.items():
            if what != "repaint" and not what.endswith("complete"):
                measure.record(f"[{name}] {what}, against {LIMIT_MS} ms", value, LIMIT_MS, 1.0)


def test_growth_per_item():
    """How much each figure grows per plan item (linear growth is a constant here;
    quadratic growth would grow with the plan)."""
    base = MEASURED.get("today's plan")
    if base is None:
        pytest.skip("run with the cases")
    for name, factor in CASES.items():
        figures = MEASURED.get(name)
        if figures is None or factor == 1:
            continue
        added = (factor - 1) * PLAN_ITEMS
        parts = [
            f"{what.removeprefix('first show of ')} {(figures[what] - base[what]) / added:+.3f}"
            for what in figures
            if what != "repaint"
        ]
        measure.note(f"growth per plan item ({name}), ms: " + ", ".join(parts))
