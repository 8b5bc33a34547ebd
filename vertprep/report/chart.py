"""The pain chart: ONE paint function for the screen and for paper.

:func:`paint_pain_chart` draws on any ``QPainter``: a widget's on screen, a
``QPrinter``'s for the PDF (where every line, mark and word stays vector). Nothing
is told by colour alone: entries before the procedure are squares, after it
circles; the procedure day is a labelled vertical line; the baseline a labelled
dashed line; each score is written beside its mark when there is room.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from vertprep.core.diary import PainEntry, format_score

MAX_SCORE = 10


@dataclass(frozen=True)
class ChartStyle:
    """Colours, font and line width (in the painter's units) of one chart."""

    ink: QColor
    line: QColor
    grid: QColor
    background: QColor | None
    font: QFont
    unit: float  # one "point" of line width, in the painter's units


@dataclass(frozen=True)
class ChartTexts:
    """The chart's words in one or two languages, and how to write a date."""

    axis: str  # "Pain (0–10)"
    procedure: str  # "Procedure"
    baseline: str  # "Usual pain before: {score}"
    empty: str  # "No pain scores yet"
    short_date: Callable[[date], str]
    number: Callable[[float], str] = format_score  # a score in the language's digits


@dataclass(frozen=True)
class ChartData:
    entries: tuple[PainEntry, ...]
    procedure_date: date | None
    baseline: float | None


def _text(painter: QPainter, rect: QRectF, flags, text: str) -> None:
    """Text in a box that never cuts it off (a fallback font may be taller)."""
    painter.drawText(rect, int(flags.value) | int(Qt.TextFlag.TextDontClip.value), text)


def _days(first: date, last: date) -> tuple[date, date]:
    if first == last:
        return first, date.fromordinal(last.toordinal() + 1)
    return first, last


def paint_pain_chart(
    painter: QPainter, rect: QRectF, data: ChartData, texts: ChartTexts, style: ChartStyle
) -> None:
    """Draw the chart inside ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(style.font)
    metrics = QFontMetricsF(style.font, painter.device())
    line_h = metrics.height()
    u = style.unit
    if style.background is not None:
        painter.fillRect(rect, style.background)
    painter.setPen(QPen(style.ink, u))

    # The plot area: room for the axis title above, numbers left, dates below.
    left = rect.left() + metrics.horizontalAdvance("10") + 3 * u
    top = rect.top() + line_h * 1.4
    right = rect.right() - 2 * u
    bottom = rect.bottom() - line_h * 1.5
    plot = QRectF(QPointF(left, top), QPointF(right, bottom))
    _text(
        painter,
        QRectF(rect.left(), rect.top(), rect.width(), line_h),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        texts.axis,
    )

    def y_of(score: float) -> float:
        return plot.bottom() - plot.height() * score / MAX_SCORE

    # Grid lines and the 0–10 scale.
    for score in range(0, MAX_SCORE + 1, 2):
        y = y_of(score)
        painter.setPen(QPen(style.grid, u * 0.5, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QPen(style.ink, u))
        _text(
            painter,
            QRectF(rect.left(), y - line_h / 2, left - rect.left() - 2 * u, line_h),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            texts.number(score),
        )
    painter.setPen(QPen(style.ink, u))
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    entries = sorted(data.entries, key=lambda e: e.day)
    days = [e.day for e in entries] + ([data.procedure_date] if data.procedure_date else [])
    if not entries:
        _text(painter, plot, Qt.AlignmentFlag.AlignCenter, texts.empty)
        painter.restore()
        return
    first, last = _days(min(days), max(days))
    span = (last - first).days
    pad = 4 * u

    def x_of(day: date) -> float:
        return plot.left() + pad + (plot.width() - 2 * pad) * (day - first).days / span

    # The dates under the axis: first, procedure day, last, where they do not overlap.
    labels = [first, last] + ([data.procedure_date] if data.procedure_date else [])
    placed: list[QRectF] = []
    for day in sorted(set(labels), key=lambda d: d != data.procedure_date):
        text = texts.short_date(day)
        width = metrics.horizontalAdvance(text) + 2 * u
        x = min(max(x_of(day) - width / 2, rect.left()), rect.right() - width)
        box = QRectF(x, plot.bottom() + u * 2, width, line_h)
        if any(box.intersects(other) for other in placed):
            continue
        placed.append(box)
        _text(painter, box, Qt.AlignmentFlag.AlignCenter, text)

    # The procedure day: a solid vertical line, labelled.
    if data.procedure_date is not None:
        x = x_of(data.procedure_date)
        painter.setPen(QPen(style.ink, u * 1.5))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        width = metrics.horizontalAdvance(texts.procedure) + 2 * u
        tx = x + 2 * u if x + width < plot.right() else x - width - 2 * u
        _text(
            painter,
            QRectF(tx, plot.top(), width, line_h),
            Qt.AlignmentFlag.AlignLeft,
            texts.procedure,
        )

    # The baseline: a dashed line across, labelled with its value.
    if data.baseline is not None:
        y = y_of(data.baseline)
        painter.setPen(QPen(style.ink, u * 1.2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        label = texts.baseline.format(score=texts.number(data.baseline))
        width = metrics.horizontalAdvance(label) + 2 * u
        above = y - line_h - u if y - line_h - u > plot.top() + line_h else y + u
        painter.setPen(QPen(style.ink, u))
        _text(
            painter,
            QRectF(plot.right() - width, above, width, line_h),
            Qt.AlignmentFlag.AlignRight,
            label,
        )

    # The scores: a line through them, a mark each (square before, circle after).
    points = [QPointF(x_of(e.day), y_of(e.score)) for e in entries]
    path = QPainterPath(points[0])
    for point in points[1:]:
        path.lineTo(point)
    painter.setPen(QPen(style.line, u * 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    size = 3.2 * u
    room_for_numbers = len(entries) <= max(2, int(plot.width() / (line_h * 1.6)))
    for entry, point in zip(entries, points, strict=True):
        painter.setPen(QPen(style.line, u * 1.5))
        painter.setBrush(style.line)
        before = data.procedure_date is not None and entry.day < data.procedure_date
        mark = QRectF(point.x() - size, point.y() - size, 2 * size, 2 * size)
        if before:
            painter.drawRect(mark)
        else:
            painter.drawEllipse(mark)
        if room_for_numbers:
            painter.setPen(QPen(style.ink, u))
            above = (
                point.y() - size - line_h
                if point.y() - size - line_h > plot.top()
                else (point.y() + size)
            )
            _text(
                painter,
                QRectF(point.x() - line_h, above, 2 * line_h, line_h),
                Qt.AlignmentFlag.AlignCenter,
                texts.number(entry.score),
            )
    painter.restore()


def chart_data(entries: list[PainEntry], procedure_date: date | None) -> ChartData:
    from vertprep.core.diary import baseline

    return ChartData(tuple(entries), procedure_date, baseline(entries, procedure_date))
