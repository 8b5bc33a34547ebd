"""The one function that draws the printed plan onto a ``QPrinter`` or a ``QPdfWriter``.

The preview, the print dialog, PDF export and ``vertprep print`` all call
:func:`render_plan`, so what is previewed is exactly what is printed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainter

from vertprep.core.record import Record
from vertprep.printing.blocks import build_blocks, page_block, plan_writers
from vertprep.printing.options import PrintOptions
from vertprep.printing.paginate import Flow, paginate
from vertprep.printing.plan_data import PlanData
from vertprep.printing.typeset import Typesetter, draw_lines

if TYPE_CHECKING:  # a QPdfWriter or a QPrinter; QtPrintSupport only for a printer
    from PySide6.QtPrintSupport import QPrinter


class PrintError(Exception):
    """The printer (or the PDF file) could not be drawn on."""


class Placed(Record):
    """Where a block landed: rows ``start``..``end`` of it, ``top`` below the page's top."""

    key: str
    top: float
    start: float
    end: float
    height: float


class RenderResult(Record):
    """What was drawn, page by page, so callers and tests can check the layout."""

    pages: tuple[tuple[Placed, ...], ...]
    page_width: float
    page_height: float

    @property
    def page_count(self) -> int:
        return len(self.pages)


def render_plan(printer: QPrinter, options: PrintOptions, data: PlanData) -> RenderResult:
    """Draw the plan for ``options`` on ``printer``, page after page.

    The printer's own page size and margins are used as they are, so a paper
    chosen in the system's print dialog is respected.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("the printer could not start")
    try:
        result = _render(painter, printer, options, data)
    except BaseException:
        painter.end()
        raise
    if not painter.end():
        raise PrintError("the printout could not be finished")
    return result


def _render(
    painter: QPainter, printer: QPrinter, options: PrintOptions, data: PlanData
) -> RenderResult:
    return render_writers(painter, printer, options, plan_writers(data, options))


def render_writers(
    painter: QPainter,
    printer: QPrinter,
    options: PrintOptions,
    writers: list,
    drawn_blocks: dict[str, Callable] | None = None,
) -> RenderResult:
    """Lay out and draw the pieces of ``writers`` (one per language), page after page.

    ``drawn_blocks`` maps a piece's key to ``make(typesetter, block)``, which returns
    something drawn instead of text (a chart) with ``height``, ``paint`` and ``cut``.
    """
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    width, height = float(area.width()), float(area.height())
    blocks = build_blocks(writers)
    setter = Typesetter(printer, width, options.type_scale, writers[0].lang.right_to_left)
    setter.measure_gutters(blocks)
    drawn_blocks = drawn_blocks or {}
    set_blocks = [
        drawn_blocks[block.key](setter, block) if block.key in drawn_blocks else setter.set(block)
        for block in blocks
    ]
    metrics = setter.metrics

    def footer(page: int, pages: int):
        texts = [writer.footer(page, pages) for writer in writers]
        return setter.set(page_block("footer", writers, texts))

    header = setter.set(page_block("header", writers[:1], [writers[0].running_header()]))
    rule_room = metrics.gap
    footer_room = footer(888, 888).height + rule_room
    header_room = header.height + rule_room

    def room(page: int) -> float:
        return height - footer_room - (header_room if page > 0 else 0.0)

    flows = [
        Flow(placed.height, metrics.space_before(block.kind), block.keep_with_next)
        for placed, block in zip(set_blocks, blocks, strict=True)
    ]
    pages = paginate(
        flows, room, cut=lambda index, start, limit: set_blocks[index].cut(start, limit)
    )

    result_pages = []
    for number, placements in enumerate(pages):
        if number > 0 and not printer.newPage():
            raise PrintError("the printer could not start a new page")
        top = 0.0
        if number > 0:
            header.paint(painter, 0.0)
            _rule(painter, metrics, header.height + rule_room / 2, width)
            top = header_room
        for placement in placements:
            set_blocks[placement.index].paint(
                painter, top + placement.top, placement.start, placement.end
            )
        foot = footer(number + 1, len(pages))
        _rule(painter, metrics, height - foot.height - rule_room / 2, width)
        foot.paint(painter, height - foot.height)
        result_pages.append(
            tuple(
                Placed(
                    blocks[p.index].key,
                    top + p.top,
                    p.start,
                    p.end,
                    set_blocks[p.index].height,
                )
                for p in placements
            )
        )
    return RenderResult(tuple(result_pages), width, height)


def _rule(painter: QPainter, metrics, y: float, width: float) -> None:
    draw_lines(painter, [(QPointF(0, y), QPointF(width, y))], metrics.rule_pen())
