"""The pain chart: one paint function, shape and words instead of colour, and a
text alternative that states the trend."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from vertprep.core.diary import PainEntry
from vertprep.report.chart import ChartStyle, ChartTexts, chart_data, paint_pain_chart

PROCEDURE = date(2026, 12, 10)
ENTRIES = [PainEntry(date(2026, 12, 3), 8), PainEntry(date(2026, 12, 24), 3)]


class RecordingPainter(QPainter):
    """Notes every text drawn, as a PDF reader would find it."""

    def __init__(self, device) -> None:
        super().__init__(device)
        self.texts: list[str] = []

    def drawText(self, *args) -> None:
        self.texts.append(args[-1])
        super().drawText(*args)


def texts() -> ChartTexts:
    return ChartTexts("Pain (0–10)", "Procedure", "Usual pain before: {score}", "None", str)


def style(ink="#000000") -> ChartStyle:
    return ChartStyle(QColor(ink), QColor(ink), QColor("#888888"), QColor("#ffffff"), QFont(), 1.0)


def paint(entries, image: QImage) -> list[str]:
    painter = RecordingPainter(image)
    try:
        paint_pain_chart(
            painter,
            QRectF(0, 0, image.width(), image.height()),
            chart_data(entries, PROCEDURE),
            texts(),
            style(),
        )
    finally:
        painter.end()
    return painter.texts


def test_the_chart_names_the_procedure_day_the_baseline_and_each_score(app):
    image = QImage(600, 300, QImage.Format.Format_RGB32)
    drawn = paint(ENTRIES, image)
    assert "Procedure" in drawn
    assert "Usual pain before: 8" in drawn
    assert {"8", "3"} <= set(drawn)
    assert str(PROCEDURE) in drawn  # the procedure day under the axis


def test_with_no_entries_the_chart_says_so(app):
    image = QImage(600, 300, QImage.Format.Format_RGB32)
    assert "None" in paint([], image)


def test_on_screen_the_chart_has_words_for_screen_readers(scheduled_session, make_window, clock):
    clock.now = datetime(2026, 12, 24, 10, 0)
    store = scheduled_session.store
    for entry in ENTRIES:
        store.diary.put_entry(entry)
    window = make_window(scheduled_session)
    window.show_screen("recovery")
    card = window.screen("recovery").chart_card
    description = card.chart.accessibleDescription()
    assert "8 out of 10 before the procedure" in description
    assert "3 out of 10" in description and "day 14" in description
    assert "went down by 5" in description
    assert card.chart.accessibleName() == "Chart of your pain over time"
    assert "■" in card.legend.text() and "●" in card.legend.text()  # shapes, not colours


def test_the_chart_grows_with_the_text_and_follows_high_contrast(scheduled_session, make_window):
    window = make_window(scheduled_session)
    window.show_screen("recovery")
    chart = window.screen("recovery").chart_card.chart
    normal = chart.sizeHint().height()
    scheduled_session.update_settings(text_scale=200, high_contrast=True, contrast_chosen=True)
    window.window_actions.view_settings.apply()
    assert chart.sizeHint().height() > normal * 1.6
    assert chart.style_now().ink == QColor("#ffffff")
    assert chart.style_now().background == QColor("#000000")
