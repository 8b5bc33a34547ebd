"""A long checklist is built a screenful at once and the rest in later turns of the
event loop: every row arrives, in the plan's order, with Tab, ticks, a language
switch, a text size change and a new plan all right, during the build and after."""

from __future__ import annotations

import dataclasses

import pytest
from i18n_support import switch
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from vertprep.i18n.plan_words import words
from vertprep.ui.focus_order import reading_order, takes_tab
from vertprep.ui.screens import before as before_module

TIMEOUT_MS = 10_000


def scaled(team, factor: int, suffix: str = ""):
    """The care team's plan ``factor`` times longer, every step repeated under new
    ids (with ``suffix``, every id new: another team's plan)."""
    steps = [
        dataclasses.replace(step, id=f"{step.id}{suffix}_{copy}" if copy or suffix else step.id)
        for copy in range(factor)
        for step in team.steps
    ]
    return dataclasses.replace(team, steps=tuple(steps))


@pytest.fixture
def long_plan(scheduled_session):
    scheduled_session.use_team_plan(scaled(scheduled_session.team_plan, 10))
    return scheduled_session


def planned_ids(screen) -> list[str]:
    return [p.item.id for p in screen.session.plan().phase(screen.phase)]


def rows_in_layout(screen) -> list[str]:
    box = screen.rows_box
    return [box.itemAt(i).widget().item_id for i in range(box.count())]


def show_before(window):
    window.show_screen("before")
    QApplication.processEvents()
    return window.screen("before")


def wait_complete(qtbot, screen) -> None:
    qtbot.waitUntil(lambda: screen.rows_complete, timeout=TIMEOUT_MS)


def test_todays_plan_is_built_at_once(window):
    before = window.screen("before")
    assert before.rows_complete
    assert rows_in_layout(before) == planned_ids(before)


def test_a_long_plan_shows_a_screenful_at_once_then_every_row_in_order(
    qtbot, long_plan, make_window
):
    window = make_window(long_plan)
    before = show_before(window)
    total = len(planned_ids(before))
    assert total == 90
    # The first rows are there at once, more than fit on the screen; not all yet.
    at_once = len(before.rows)
    assert before_module.ROWS_AT_ONCE <= at_once < total
    assert not before.rows_complete
    bottom = before.rows_box.itemAt(at_once - 1).widget()
    qtbot.waitUntil(lambda: bottom.y() > 0)  # laid out
    assert bottom.y() > before.scroll.viewport().height()
    wait_complete(qtbot, before)
    assert rows_in_layout(before) == planned_ids(before) == list(before.rows)
    team = long_plan.team_plan
    for planned in long_plan.plan().phase(before.phase):
        row = before.rows[planned.item.id]
        assert row.isVisible()
        assert row.title.text() == words(planned.item.title, team)
    # Nothing in view moved: the page still shows its top.
    assert before.scroll.verticalScrollBar().value() == 0


def tab_chain(screen) -> list[QWidget]:
    """The widgets inside the scrolled content that Tab reaches, in Tab's order
    from the scrolling page itself."""
    content = screen.scroll.widget()
    chain, widget = [], screen.scroll.nextInFocusChain()
    while widget is not screen.scroll:
        if takes_tab(widget) and content.isAncestorOf(widget):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_tab_goes_through_every_row_in_order_after_the_build(qtbot, long_plan, make_window):
    window = make_window(long_plan)
    before = show_before(window)
    wait_complete(qtbot, before)
    content_order = reading_order(before.scroll.widget())
    assert tab_chain(before) == content_order
    # And from the last row on to the navigation bar, as before the build.
    last = content_order[-1]
    after_last = last.nextInFocusChain()
    while not (takes_tab(after_last) and after_last.isVisible() and after_last.isEnabled()):
        after_last = after_last.nextInFocusChain()
    assert window.navigation.isAncestorOf(after_last)


def test_a_late_row_ticks(qtbot, long_plan, make_window):
    window = make_window(long_plan)
    before = show_before(window)
    wait_complete(qtbot, before)
    last_id = planned_ids(before)[-1]
    row = before.rows[last_id]
    before.scroll.ensureWidgetVisible(row)
    qtbot.mouseClick(row.checkbox, Qt.MouseButton.LeftButton)
    assert long_plan.item_state(last_id).done
    assert row.checkbox.isChecked()


def test_a_tick_during_the_build_shows_on_the_row(qtbot, long_plan, make_window):
    window = make_window(long_plan)
    before = show_before(window)
    assert not before.rows_complete
    first_id, last_id = planned_ids(before)[0], planned_ids(before)[-1]
    long_plan.set_done(first_id, True)
    long_plan.set_done(last_id, True)  # its row is not built yet
    wait_complete(qtbot, before)
    assert before.rows[first_id].checkbox.isChecked()
    assert before.rows[last_id].checkbox.isChecked()


def test_a_language_switch_during_the_build(qtbot, long_plan, make_window, languages):
    window = make_window(long_plan)
    before = show_before(window)
    assert not before.rows_complete
    switch(qtbot, languages, window, "de")
    wait_complete(qtbot, before)
    team = long_plan.team_plan
    texts = [
        (before.rows[p.item.id].title.text(), words(p.item.title, team))
        for p in long_plan.plan().phase(before.phase)
    ]
    assert all(shown == wanted for shown, wanted in texts)
    assert before.rows[planned_ids(before)[-1]].note_button.text() == "Notiz schreiben"


def test_a_text_size_change_during_the_build(qtbot, long_plan, make_window):
    window = make_window(long_plan)
    before = show_before(window)
    assert not before.rows_complete
    first = before.rows[planned_ids(before)[0]]
    size = first.title.font().pointSizeF()
    long_plan.update_settings(text_scale=150)
    QApplication.processEvents()
    wait_complete(qtbot, before)
    QApplication.processEvents()
    larger = first.title.font().pointSizeF()
    assert larger > size
    sizes = {before.rows[item_id].title.font().pointSizeF() for item_id in planned_ids(before)}
    assert sizes == {larger}


def test_a_new_plan_during_the_build(qtbot, long_plan, make_window):
    window = make_window(long_plan)
    before = show_before(window)
    assert not before.rows_complete
    long_plan.use_team_plan(scaled(long_plan.team_plan, 1, suffix="new"))
    QApplication.processEvents()
    long_plan.use_team_plan(scaled(long_plan.team_plan, 10, suffix="x"))
    wait_complete(qtbot, before)
    QApplication.processEvents()
    assert rows_in_layout(before) == planned_ids(before) == list(before.rows)
    assert all("new_0x_" in item_id for item_id in before.rows)
    assert tab_chain(before) == reading_order(before.scroll.widget())


def test_the_build_waits_while_the_screen_is_hidden(qtbot, long_plan, make_window):
    window = make_window(long_plan)
    before = show_before(window)
    window.show_screen("overview")
    built = len(before.rows)
    for _ in range(5):
        QApplication.processEvents()
    assert len(before.rows) == built and not before.rows_complete
    show_before(window)
    wait_complete(qtbot, before)
    assert rows_in_layout(before) == planned_ids(before)


def test_the_after_screen_keeps_what_follows_its_list_below_it(qtbot, long_plan, make_window):
    window = make_window(long_plan)
    window.show_screen("after")
    after = window.screen("after")
    wait_complete(qtbot, after)
    QApplication.processEvents()
    body = after.body
    positions = [body.indexOf(w) for w in (after.new_pain_heading, after.bone_health)]
    rows_box_index = next(
        i for i in range(body.count()) if body.itemAt(i).layout() is after.rows_box
    )
    assert all(position > rows_box_index for position in positions)
    last_row = after.rows[planned_ids(after)[-1]]
    assert after.new_pain_heading.y() > last_row.y() + last_row.height()
