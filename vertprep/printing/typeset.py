"""Blocks set in type at the page's width: where each cell sits, how tall it is, how it is drawn.

Positions are worked out left to right and mirrored for a right-to-left language,
so an Arabic plan has its squares to tick on the right and its first language in
the right-hand column.
"""

from __future__ import annotations

from dataclasses import field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)

from vertprep.core.record import MutableRecord
from vertprep.printing.blocks import Block, CellDocument
from vertprep.printing.language import PrintLanguage
from vertprep.printing.options import TypeScale
from vertprep.printing.pieces import SPACE_BEFORE, Gutter, Kind

INK = QColor("#000000")
RULE = QColor("#6b6b6b")
ALERT_BORDER = QColor("#9e1c23")
ALERT_FILL = QColor("#fdf0f0")
NOTE_BAR = QColor("#1d5a85")


# Lines and fills go through ``strokePath``/``fillPath``, with pens and brushes built
# step by step: ``QPen(color, width)``, ``QBrush(color)``, ``setPen``, ``setBrush`` and
# ``fillRect`` all have overloads taking ``Qt`` enums, and merely choosing among them
# creates the 93 enums of the ``Qt`` namespace (~11 ms of ``vertprep print``).
def pen(color: QColor, width: float) -> QPen:
    """A solid pen ``width`` device pixels wide."""
    result = QPen()
    result.setColor(color)
    result.setWidthF(width)
    return result


def solid(color: QColor) -> QBrush:
    """A solid brush of ``color`` (a solid pen's brush)."""
    return pen(color, 0).brush()


def draw_lines(painter: QPainter, lines: list[tuple[QPointF, QPointF]], line_pen: QPen) -> None:
    path = QPainterPath()
    for start, end in lines:
        path.moveTo(start)
        path.lineTo(end)
    painter.strokePath(path, line_pen)


class Metrics(MutableRecord):
    """Lengths in device pixels, derived from the type sizes and the printer's resolution."""

    width: float
    dpi: float
    sizes: TypeScale

    def pt(self, points: float) -> float:
        return points * self.dpi / 72.0

    @property
    def body_line(self) -> float:
        return self.pt(self.sizes.body * 1.35)

    @property
    def gap(self) -> float:
        return self.pt(self.sizes.body * 0.8)

    @property
    def pad(self) -> float:
        return self.pt(self.sizes.body * 0.8)

    @property
    def write_gap(self) -> float:
        # Room for handwriting: about 9 mm at normal size, more in large print.
        return self.pt(self.sizes.body * 2.2)

    def space_before(self, kind: Kind) -> float:
        return SPACE_BEFORE[kind] * self.body_line

    def rule_pen(self) -> QPen:
        """The thin grey of rules and of lines to write on."""
        return pen(RULE, self.pt(0.6))


class SetCell(MutableRecord):
    """A cell's laid-out text and where it sits in its block."""

    doc: CellDocument
    x: float
    width: float
    y: float = 0.0


class SetBlock(MutableRecord):
    """A block with its cells placed; ``height`` is what it takes on the page."""

    block: Block
    metrics: Metrics
    rtl: bool
    cells: list[SetCell] = field(default_factory=list)
    lines_from: float = 0.0
    lines_to: float = 0.0
    text_bottom: float = 0.0
    height: float = 0.0

    def mirror(self, x: float, width: float) -> float:
        return self.metrics.width - x - width if self.rtl else x

    # -- cutting a block taller than a page ---------------------------------------
    def cut(self, start: float, limit: float) -> float:
        """The deepest row in (start, limit] that falls between lines in every cell."""
        spans = [
            (cell.y + top, cell.y + bottom)
            for cell in self.cells
            for top, bottom in cell.doc.line_spans()
        ]
        written = [
            self.text_bottom + n * self.metrics.write_gap
            for n in range(1, self.block.write_lines + 1)
        ]
        candidates = sorted({bottom for _, bottom in spans} | set(written), reverse=True)

        def clean(row: float) -> bool:
            return not any(top < row < bottom for top, bottom in spans)

        inside = [row for row in candidates if start < row <= limit]
        return next((row for row in inside if clean(row)), inside[0] if inside else limit)

    # -- drawing ------------------------------------------------------------------
    def paint(
        self, painter: QPainter, top: float, start: float = 0.0, end: float | None = None
    ) -> None:
        """Draw rows ``start``..``end`` of the block with its row ``start`` at ``top``."""
        end = self.height if end is None else end
        painter.save()
        painter.translate(0, top - start)
        clip = QRectF(0, start, self.metrics.width, end - start)
        if start > 0 or end < self.height:
            painter.setClipRect(clip.adjusted(-self.metrics.pt(2), 0, self.metrics.pt(2), 0))
        self._paint_frame(painter)
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Text, INK)
        palette.setColor(QPalette.ColorRole.WindowText, INK)
        sliced = start > 0 or end < self.height
        for cell in self.cells:
            painter.save()
            painter.translate(self.mirror(cell.x, cell.width), cell.y)
            if sliced:
                self._paint_lines(painter, cell, start - cell.y, end - cell.y)
            else:
                context = QAbstractTextDocumentLayout.PaintContext()
                context.palette = palette
                cell.doc.doc.documentLayout().draw(painter, context)
            painter.restore()
        self._paint_write_lines(painter)
        painter.restore()

    def _paint_lines(self, painter: QPainter, cell: SetCell, start: float, end: float) -> None:
        """Only the lines of a cell between two cuts. Lines outside are not drawn at all,
        not merely clipped: a PDF reader would still find clipped text, twice."""
        painter.setPen(INK)  # (touches ``Qt``, but only a block cut across pages comes here)
        block = cell.doc.doc.begin()
        while block.isValid():
            layout = block.layout()
            top = layout.position().y()
            for number in range(layout.lineCount()):
                line = layout.lineAt(number)
                middle = top + line.y() + line.height() / 2
                if start <= middle < end:
                    line.draw(painter, layout.position())
            block = block.next()

    def _paint_frame(self, painter: QPainter) -> None:
        m = self.metrics
        if self.block.kind is Kind.ALERT:
            inset = m.pt(1.25)
            frame = QPainterPath()
            frame.addRoundedRect(
                QRectF(inset, inset, m.width - 2 * inset, self.height - 2 * inset),
                m.pt(4),
                m.pt(4),
            )
            painter.fillPath(frame, solid(ALERT_FILL))
            painter.strokePath(frame, pen(ALERT_BORDER, m.pt(2.5)))
        elif self.block.kind is Kind.NOTE:
            bar = QPainterPath()
            bar.addRect(QRectF(self.mirror(0, m.pt(4)), 0, m.pt(4), self.height))
            painter.fillPath(bar, solid(NOTE_BAR))

    def _paint_write_lines(self, painter: QPainter) -> None:
        if not self.block.write_lines:
            return
        m = self.metrics
        x = self.mirror(self.lines_from, self.lines_to - self.lines_from)
        width = self.lines_to - self.lines_from
        rows = [self.text_bottom + n * m.write_gap for n in range(1, self.block.write_lines + 1)]
        draw_lines(painter, [(QPointF(x, y), QPointF(x + width, y)) for y in rows], m.rule_pen())


class Typesetter:
    """Sets blocks at the page width on one printer (the paint device decides the sizes)."""

    def __init__(self, device: QPaintDevice, width: float, sizes: TypeScale, rtl: bool) -> None:
        self.device = device
        self.metrics = Metrics(width, device.logicalDpiY(), sizes)
        self.sizes = sizes
        self.rtl = rtl
        self.gutter_widths: dict[Gutter, float] = {Gutter.NONE: 0.0}
        # A narrow column's content is mostly the same square to tick on every item:
        # it is measured and set once for all (only ever read once set).
        self._gutters: dict[tuple[str, PrintLanguage, float | None], CellDocument] = {}

    def measure_gutters(self, blocks: list[Block]) -> None:
        """Each narrow column is as wide as its widest content (a long clock time)."""
        for block in blocks:
            if block.gutter is Gutter.NONE:
                continue
            width = self.gutter(block).natural_width() + self.metrics.pt(1)
            self.gutter_widths[block.gutter] = max(self.gutter_widths.get(block.gutter, 0), width)

    def gutter(self, block: Block, width: float | None = None) -> CellDocument:
        """The narrow column's document of ``block``, set at ``width`` (``None``: as
        wide as its content)."""
        key = (block.gutter_html, block.cells[0][1], width)
        if key not in self._gutters:
            self._gutters[key] = self.cell(block.gutter_html, block.cells[0][1], width)
        return self._gutters[key]

    def cell(self, html: str, lang: PrintLanguage, width: float | None = None) -> CellDocument:
        return CellDocument(self.device, html, lang, self.sizes.body, width)

    def columns(self, block: Block) -> tuple[tuple[float, float], list[tuple[float, float]]]:
        """(x, width) of the narrow column and of each text column, left to right."""
        m = self.metrics
        left = {Kind.ALERT: m.pad, Kind.NOTE: m.pt(4) + m.gap}.get(block.kind, 0.0)
        right = m.width - (m.pad if block.kind is Kind.ALERT else 0.0)
        if len(block.cells) == 1:
            gutter_w = self.gutter_widths.get(block.gutter, 0.0)
            text_x = left + gutter_w + m.gap if gutter_w else left
            return (left, gutter_w), [(text_x, right - text_x)]
        # The second language takes the right half all the way down (so its lines
        # start at the same place); the first takes what the narrow column leaves.
        second_x = (m.width + m.gap) / 2
        gutter_w = self.gutter_widths.get(block.gutter, 0.0)
        first_x = left + gutter_w + m.gap if gutter_w else left
        first_end = second_x - m.gap
        return (left, gutter_w), [(first_x, first_end - first_x), (second_x, right - second_x)]

    def set(self, block: Block) -> SetBlock:
        m = self.metrics
        result = SetBlock(block, m, self.rtl)
        (gutter_x, gutter_w), text_columns = self.columns(block)
        top = m.pad if block.kind is Kind.ALERT else m.pt(3) if block.kind is Kind.NOTE else 0.0
        bottom = 0.0
        if block.gutter is not Gutter.NONE:
            doc = self.gutter(block, gutter_w)
            bottom = doc.height()
            result.cells.append(SetCell(doc, gutter_x, gutter_w, top))
        for (html, lang), (x, width) in zip(block.cells, text_columns, strict=True):
            doc = self.cell(html, lang, width)
            bottom = max(bottom, doc.height())
            result.cells.append(SetCell(doc, x, width, top))
        result.text_bottom = top + bottom
        result.lines_from = text_columns[0][0]
        result.lines_to = text_columns[-1][0] + text_columns[-1][1]
        result.height = result.text_bottom + block.write_lines * m.write_gap
        if block.write_lines:
            result.height += m.pt(self.sizes.body * 0.4)  # room below the last line
        result.height += top
        return result
