"""Page breaks: no block that fits on a page is split, headings stay with what follows,
and only a block taller than a page is cut, between lines."""

from __future__ import annotations

from vertprep.printing.paginate import Flow, paginate


def pages_of(flows, height=100.0, cut=None):
    return [[p.index for p in page] for page in paginate(flows, lambda _n: height, cut)]


def test_blocks_fill_a_page_then_move_on_whole():
    flows = [Flow(40), Flow(40), Flow(40)]
    result = paginate(flows, lambda _n: 100.0)
    assert [[p.index for p in page] for page in result] == [[0, 1], [2]]
    # The third block is not split: all of it is on page two, from its top.
    third = result[1][0]
    assert (third.top, third.start, third.end) == (0.0, 0.0, 40.0)


def test_space_before_is_dropped_at_the_top_of_a_page():
    result = paginate([Flow(60), Flow(50, space_before=10)], lambda _n: 100.0)
    assert [p.top for p in result[1]] == [0.0]
    result = paginate([Flow(30), Flow(50, space_before=10)], lambda _n: 100.0)
    assert [p.top for p in result[0]] == [0.0, 40.0]


def test_a_heading_moves_to_the_next_page_with_its_first_item():
    flows = [Flow(70), Flow(10, keep_with_next=True), Flow(30)]
    assert pages_of(flows) == [[0], [1, 2]]


def test_no_page_is_left_empty_when_a_heading_and_its_item_never_fit_together():
    flows = [Flow(50), Flow(10, keep_with_next=True), Flow(95)]
    result = pages_of(flows)
    assert all(result)
    assert sorted(index for page in result for index in page) == [0, 1, 2]


def test_pages_may_have_different_room():
    flows = [Flow(60), Flow(60), Flow(60)]
    result = paginate(flows, lambda n: 130.0 if n == 0 else 60.0)
    assert [[p.index for p in page] for page in result] == [[0, 1], [2]]


def test_only_a_block_taller_than_a_page_is_cut_at_a_line_boundary():
    lines = [0, 18, 36, 54, 72, 90, 108, 126, 144, 162, 180, 198, 216, 234]

    def cut(_index, start, limit):
        return max(row for row in lines if start < row <= limit)

    result = paginate([Flow(20), Flow(234)], lambda _n: 100.0, cut)
    assert [[p.index for p in page] for page in result] == [[0], [1], [1], [1]]
    slices = [(p.start, p.end) for page in result[1:] for p in page]
    assert slices == [(0.0, 90), (90, 180), (180, 234.0)]
    # Every cut falls on a line boundary, and the slices cover the block exactly.
    assert all(end in lines for _start, end in slices)
