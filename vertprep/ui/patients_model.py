"""The patients as a list model: one light query fills it (ids and names), the view
draws only the visible rows, and each shown row reads its date when first painted.

With 10,000 patients no widget is made per row; the search box filters a proxy model.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QStyledItemDelegate

from vertprep.i18n.formatting import date_field_format
from vertprep.storage.patients import PatientSummary

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 3


def _date(day) -> str:
    """ "10 December 2026": the long date without the weekday, so it fits a row."""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_field_format())


def display_name(name: str) -> str:
    """A patient's name as shown; an unnamed patient is "(no name)" in the language."""
    return name or QCoreApplication.translate("PatientsModel", "(no name)")


class PatientListModel(QAbstractListModel):
    """Rows of :class:`PatientSummary`: the name, and under it the procedure date."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PatientSummary] = []
        self._details: dict[int, PatientSummary | None] = {}
        self._lookup = None
        self.open_id: int | None = None

    def set_patients(self, rows: list[PatientSummary], open_id: int | None, lookup) -> None:
        """``rows`` hold id, name and archived; ``lookup(id)`` gives the whole summary
        (date, ticks) of a row when the view first shows it."""
        self.beginResetModel()
        self._rows = rows
        self._details = {}
        self._lookup = lookup
        self.open_id = open_id
        self.endResetModel()

    def _detailed(self, patient: PatientSummary) -> PatientSummary:
        if patient.id not in self._details:
            self._details[patient.id] = self._lookup(patient.id) if self._lookup else None
        return self._details[patient.id] or patient

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def summary(self, row: int) -> PatientSummary:
        return self._rows[row]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        patient = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(self._detailed(patient))
        if role == NAME_ROLE:
            return patient.name
        if role == ID_ROLE:
            return patient.id
        if role == ARCHIVED_ROLE:
            return patient.archived
        return None

    def _text(self, patient: PatientSummary) -> str:
        """Two lines: the name (and whether open or archived), then the date. Always two,
        so that every row has the same height (uniform item sizes)."""
        marks = [display_name(patient.name)]
        if patient.id == self.open_id:
            marks.append(QCoreApplication.translate("PatientsModel", "Open now"))
        if patient.archived:
            marks.append(QCoreApplication.translate("PatientsModel", "Archived"))
        if patient.procedure_date is not None:
            when = QCoreApplication.translate("PatientsModel", "Procedure date: {date}").format(
                date=_date(patient.procedure_date)
            )
        else:
            when = QCoreApplication.translate("PatientsModel", "No procedure date yet")
        return " · ".join(marks) + "\n" + when


class TwoLineDelegate(QStyledItemDelegate):
    """Rows two lines high, with room for the taller fallback fonts of Chinese and Arabic
    names (the view measures one row for all: uniform item sizes)."""

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        lines = option.fontMetrics.lineSpacing() * 2.6
        return QSize(size.width(), max(size.height(), int(lines)) + 8)


class PatientFilter(QSortFilterProxyModel):
    """Keeps the rows whose name contains the search text (any case)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFilterRole(NAME_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
