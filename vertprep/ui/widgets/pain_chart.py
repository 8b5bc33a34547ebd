"""The pain chart on screen: the same paint function as on paper, in the theme's
colours and the app's text size. Its words (the trend) are shown beside it and
given to screen readers as its description."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QRectF, QSize
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from vertprep.i18n.diary_text import chart_text
from vertprep.i18n.formatting import chart_date, score
from vertprep.report.chart import ChartData, ChartStyle, ChartTexts, paint_pain_chart
from vertprep.ui import theme

LINES_HIGH = 14  # the chart is as tall as this many lines of text


def chart_texts(data: ChartData, tr=None, locale: QLocale | None = None) -> ChartTexts:
    """The chart's words in the app's language (or ``tr`` and ``locale``'s)."""
    kwargs = {} if tr is None else {"tr": tr}
    days = [entry.day for entry in data.entries]
    with_year = len({day.year for day in days}) > 1

    def short_date(day: date) -> str:
        return chart_date(day, locale, with_year)

    return ChartTexts(
        chart_text("axis", **kwargs),
        chart_text("procedure", **kwargs),
        chart_text("baseline", **kwargs),
        chart_text("empty", **kwargs),
        short_date,
        lambda value: score(value, locale),
    )


class PainChart(QWidget):
    """Draws :func:`paint_pain_chart` at the widget's size."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("painChart")
        self.data = ChartData((), None, None)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, data: ChartData) -> None:
        self.data = data
        self.update()

    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(int(line * 20), int(line * LINES_HIGH))

    def minimumSizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(int(line * 8), int(line * LINES_HIGH))

    def style_now(self) -> ChartStyle:
        colours = theme.current_palette()
        return ChartStyle(
            ink=QColor(colours.text),
            line=QColor(colours.accent),
            grid=QColor(colours.border),
            background=QColor(colours.surface),
            font=self.font(),
            unit=max(1.0, QFontMetricsF(self.font()).height() / 14),
        )

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        try:
            paint_pain_chart(
                painter, QRectF(self.rect()), self.data, chart_texts(self.data), self.style_now()
            )
        finally:
            painter.end()
