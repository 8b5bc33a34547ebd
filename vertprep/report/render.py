"""Drawing the follow-up report: the plan's typesetting and pagination, with the
pain chart drawn in place by :func:`vertprep.report.chart.paint_pain_chart`, the
same function the screen uses, so the PDF holds the chart as vector graphics."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF
from PySide6.QtGui import QColor, QPainter

from vertprep.i18n import diary_text
from vertprep.i18n.formatting import chart_date, score
from vertprep.printing.blocks import Block, print_languages
from vertprep.printing.options import PrintOptions
from vertprep.printing.output import configure_page, draw_pdf
from vertprep.printing.render import PrintError, RenderResult, render_writers
from vertprep.printing.typeset import INK, NOTE_BAR, Typesetter
from vertprep.report.chart import ChartStyle, ChartTexts, chart_data, paint_pain_chart
from vertprep.report.content import CHART_KEY, CONTEXT, ReportWriter
from vertprep.report.data import ReportData

if TYPE_CHECKING:  # a QPdfWriter or a QPrinter; QtPrintSupport only for a printer
    from PySide6.QtPrintSupport import QPrinter

CHART_HEIGHT_PT = 190  # about 67 mm: readable, and the report still fits two pages
GRID = QColor("#8a8a8a")


class ChartBlock:
    """The chart as the paginator and the page see it: a height, a way to paint it."""

    def __init__(self, setter: Typesetter, block: Block, data: ReportData, writers) -> None:
        self.block = block
        self.metrics = setter.metrics
        self.height = setter.metrics.pt(CHART_HEIGHT_PT * (1.2 if setter.sizes.body > 12 else 1))
        self.data = chart_data(list(data.entries), data.profile.procedure_date)
        self.writers = writers
        first = writers[0].lang
        self.font = first.font(setter.sizes.small)
        if len(writers) > 1:
            families = first.font(1).families() + [
                f for f in writers[1].lang.font(1).families() if f not in first.font(1).families()
            ]
            self.font.setFamilies(families)

    def texts(self) -> ChartTexts:
        """Each label in every language of the report, joined by " / "."""

        def joined(key: str) -> str:
            texts = [diary_text.chart_text(key, writer.text_in) for writer in self.writers]
            return " / ".join(dict.fromkeys(texts))  # a text the same in both, once

        days = [entry.day for entry in self.data.entries]
        with_year = len({day.year for day in days}) > 1
        locale = self.writers[0].lang.locale
        return ChartTexts(
            joined("axis"),
            joined("procedure"),
            joined("baseline"),
            joined("empty"),
            lambda day: chart_date(day, locale, with_year),
            lambda value: score(value, locale),
        )

    def cut(self, start: float, limit: float) -> float:
        return limit  # never taller than a page

    def paint(self, painter: QPainter, top: float, start: float = 0.0, end=None) -> None:
        style = ChartStyle(
            ink=INK, line=NOTE_BAR, grid=GRID, background=None, font=self.font,
            unit=self.metrics.pt(0.75),
        )  # fmt: skip
        rect = QRectF(0, top - start, self.metrics.width, self.height)
        paint_pain_chart(painter, rect, self.data, self.texts(), style)


def report_writers(data: ReportData, options: PrintOptions) -> list[ReportWriter]:
    return [ReportWriter(data, options, lang) for lang in print_languages(options)]


def render_report(printer: QPrinter, options: PrintOptions, data: ReportData) -> RenderResult:
    """Draw the report for ``options`` on ``printer``, page after page."""
    writers = report_writers(data, options)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("the printer could not start")
    try:
        return render_writers(
            painter,
            printer,
            options,
            writers,
            {CHART_KEY: lambda setter, block: ChartBlock(setter, block, data, writers)},
        )
    finally:
        painter.end()


def report_title(options: PrintOptions, data: ReportData) -> str:
    lang = print_languages(options)[0]
    title = lang.tr(CONTEXT, QT_TRANSLATE_NOOP("PrintedReport", "Report for my follow-up visit"))
    return f"{title} \u2013 {data.profile.name}" if data.profile.name else title


def configure_report_printer(printer: QPrinter, options: PrintOptions, data: ReportData) -> None:
    configure_page(printer, options, report_title(options, data))


def write_report_pdf(path: Path, options: PrintOptions, data: ReportData) -> RenderResult:
    """Write the report to ``path`` as a PDF, whole or not at all."""

    def draw(printer: QPrinter) -> RenderResult:
        configure_report_printer(printer, options, data)
        return render_report(printer, options, data)

    return draw_pdf(path, draw)
