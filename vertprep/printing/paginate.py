"""Breaking a column of blocks into pages, without splitting any block that fits on one.

Plain Python over heights, so the rules are easy to test: a block that fits on a
page is never split; a heading stays with the block after it; only a block taller
than a whole page (a very long note) is cut, and then between two lines of text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from vertprep.core.record import Record


class Placement(Record):
    """Rows ``start``..``end`` of block ``index``, drawn ``top`` below the page's content top."""

    index: int
    top: float
    start: float
    end: float


class Flow(Record):
    """One block as the paginator sees it."""

    height: float
    space_before: float = 0.0
    keep_with_next: bool = False


# (block index, first row, deepest allowed end) -> the row to end this slice at.
CutFinder = Callable[[int, float, float], float]


def _group_height(flows: Sequence[Flow], index: int) -> float:
    """Height of a block and the blocks it is kept with (a heading and its first item)."""
    height = flows[index].height
    while flows[index].keep_with_next and index + 1 < len(flows):
        index += 1
        height += flows[index].space_before + flows[index].height
    return height


# A last page filled less than this is balanced with the page before it.
MIN_LAST_PAGE_FILL = 0.4


def paginate(
    flows: Sequence[Flow],
    page_height: Callable[[int], float],
    cut: CutFinder | None = None,
) -> list[list[Placement]]:
    """Place the blocks on pages; ``page_height(n)`` is the room on page ``n`` (from 0).
    A nearly empty last page (five bullets and white) shares the blocks of the page
    before it, so that both are about as full, on as many pages."""
    pages = _place(flows, page_height, cut)
    if len(pages) < 2 or _fill(flows, pages, -1, page_height) >= MIN_LAST_PAGE_FILL:
        return pages
    best, best_gap = pages, 1.0 - _fill(flows, pages, -1, page_height)
    for placement in pages[-2][1:]:
        index = placement.index
        if placement.start > 0 or flows[index - 1].keep_with_next:
            continue  # never between a heading and what it stays with
        trial = _place(flows, page_height, cut, break_before=index)
        if len(trial) != len(pages):
            continue
        gap = abs(_fill(flows, trial, -2, page_height) - _fill(flows, trial, -1, page_height))
        if gap < best_gap:
            best, best_gap = trial, gap
    return best


def _fill(flows, pages, page: int, page_height) -> float:
    """How full a page is, from 0 to 1."""
    placements = pages[page]
    if not placements:
        return 0.0
    last = placements[-1]
    used = last.top + last.end - last.start
    return used / page_height(page % len(pages))


def _place(
    flows: Sequence[Flow],
    page_height: Callable[[int], float],
    cut: CutFinder | None = None,
    break_before: int | None = None,
) -> list[list[Placement]]:
    pages: list[list[Placement]] = [[]]
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pages.append([])
        y = 0.0

    for index, flow in enumerate(flows):
        if index == break_before and pages[-1]:
            new_page()
        room = page_height(len(pages) - 1)
        space = flow.space_before if pages[-1] else 0.0
        group = _group_height(flows, index)
        fits_empty_page = flow.height <= page_height(len(pages))
        # A group that does not fit here starts a fresh page, unless even a fresh
        # page cannot hold it and the block alone still fits here.
        if (
            pages[-1]
            and fits_empty_page
            and y + space + group > room
            and (group <= page_height(len(pages)) or y + space + flow.height > room)
        ):
            new_page()
            room, space = page_height(len(pages) - 1), 0.0
        if flow.height <= room - y - space:
            pages[-1].append(Placement(index, y + space, 0.0, flow.height))
            y += space + flow.height
            continue
        # Taller than a page: start at the top of one and cut between lines.
        if pages[-1]:
            new_page()
        start = 0.0
        while start < flow.height:
            room = page_height(len(pages) - 1)
            end = min(flow.height, start + room)
            if end < flow.height and cut is not None:
                end = cut(index, start, end)
            if end <= start:  # no line boundary fits: cut at the page edge
                end = min(flow.height, start + room)
            pages[-1].append(Placement(index, 0.0, start, end))
            y = end - start
            start = end
            if start < flow.height:
                new_page()
    return pages
