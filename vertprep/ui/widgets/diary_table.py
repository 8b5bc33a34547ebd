"""The pain diary as a table, newest first: every value of the chart, for screen
readers and for reading the numbers; a row is chosen to change or delete it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from vertprep.core.diary import PainEntry
from vertprep.i18n import diary_text
from vertprep.i18n.formatting import chart_date, number

ROWS_SHOWN = 8  # taller than this, the table scrolls inside the screen


class DiaryTable(QTableWidget):
    """Day, pain, walking, pain medicine and note of each entry."""

    def __init__(self, parent=None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("diaryTable")
        self.entries: list[PainEntry] = []
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def chosen(self) -> PainEntry | None:
        row = self.currentRow()
        if 0 <= row < len(self.entries) and self.selectedItems():
            return self.entries[row]
        return None

    def set_entries(self, entries: list[PainEntry]) -> None:
        """Show ``entries`` newest first."""
        self.entries = sorted(entries, key=lambda e: e.day, reverse=True)
        self.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (
                chart_date(entry.day, with_year=True),  # no weekday: a narrower column
                number(entry.score),
                diary_text.walking_text(entry.walking),
                diary_text.medicine_text(entry.pain_medicine),
                entry.note,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row, column, item)
        self.resizeRowsToContents()
        shown = min(len(self.entries), ROWS_SHOWN)
        height = self.horizontalHeader().sizeHint().height() + 4
        height += sum(self.rowHeight(r) for r in range(shown)) or 40
        self.setFixedHeight(height)

    def retranslate_ui(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("DiaryTable", "Day"),
                QCoreApplication.translate("DiaryTable", "Pain (0–10)"),
                QCoreApplication.translate("DiaryTable", "Walking"),
                QCoreApplication.translate("DiaryTable", "Pain medicine"),
                QCoreApplication.translate("DiaryTable", "Note"),
            ]
        )
        self.setAccessibleName(QCoreApplication.translate("DiaryTable", "Your pain diary"))
        self.set_entries(self.entries)  # the words of walking and medicine
