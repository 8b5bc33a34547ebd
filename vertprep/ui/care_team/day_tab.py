"""The Care team screen's day: the minutes after arrival at which each stage starts,
where the team gives them, and when the procedure's reminders ring."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QFormLayout, QSpinBox, QTimeEdit, QVBoxLayout, QWidget

from vertprep.plan.editing import with_stage_minutes
from vertprep.plan.model import MAX_STAGE_MINUTES, TeamPlan
from vertprep.ui.widgets.labels import role_label
from vertprep.ui.widgets.wrapping_check import WrappingCheck


class DayTab(QWidget):
    """A tick box "time given" and the minutes after arrival, for each stage."""

    def __init__(
        self,
        plan_of: Callable[[], TeamPlan],
        set_plan: Callable[[TeamPlan], None],
        language: Callable[[], str],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.plan_of, self.set_plan, self.language = plan_of, set_plan, language
        layout = QVBoxLayout(self)
        self.intro = role_label("muted")
        layout.addWidget(self.intro)
        self.stages_holder = QWidget()
        layout.addWidget(self.stages_holder)
        reminders = QFormLayout()
        reminders.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(reminders)
        layout.addStretch(1)
        self.rows: dict[str, tuple[WrappingCheck, QSpinBox]] = {}
        self.hours_caption = role_label()
        self.hours = QSpinBox()
        self.hours.setObjectName("hoursBeforeArrival")
        self.hours.setRange(0, 24)
        self.evening_caption = role_label()
        self.evening = QTimeEdit()
        self.evening.setObjectName("eveningBefore")
        self.evening.setDisplayFormat("HH:mm")
        self.hours_caption.setBuddy(self.hours)
        self.evening_caption.setBuddy(self.evening)
        reminders.addRow(self.hours_caption, self.hours)
        reminders.addRow(self.evening_caption, self.evening)
        self.hours.valueChanged.connect(self._reminders_edited)
        self.evening.timeChanged.connect(self._reminders_edited)
        self._loading = False

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Tick a stage to give its time, in minutes after the patient's arrival. "
                "Stages without a time are shown in order, with no clock time."
            )
        )
        self.hours_caption.setText(self.tr("Reminder to leave, hours before arrival:"))
        self.evening_caption.setText(self.tr("Reminder the evening before, at:"))
        self.reload()

    def reload(self) -> None:
        plan = self.plan_of()
        self._loading = True
        # A new form each time: the stages (and their names) follow the plan.
        old, self.stages_holder = self.stages_holder, QWidget()
        self.layout().replaceWidget(old, self.stages_holder)
        old.hide()
        old.deleteLater()
        form = QFormLayout(self.stages_holder)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.rows = {}
        for stage in plan.stages:
            given = WrappingCheck()
            given.label.setText(stage.title.in_language(self.language(), plan.fallback_language)[0])
            given.box.setObjectName(f"stageTimed_{stage.id}")
            minutes = QSpinBox()
            minutes.setObjectName(f"stageMinutes_{stage.id}")
            minutes.setRange(0, MAX_STAGE_MINUTES)
            minutes.setSuffix(self.tr(" min"))
            minutes.setValue(stage.minutes or 0)
            minutes.setEnabled(stage.minutes is not None)
            minutes.setAccessibleName(
                self.tr("Minutes after arrival: {stage}").format(stage=given.text())
            )
            given.box.setChecked(stage.minutes is not None)
            given.box.toggled.connect(lambda _on, sid=stage.id: self._stage_edited(sid))
            minutes.valueChanged.connect(lambda _v, sid=stage.id: self._stage_edited(sid))
            self.rows[stage.id] = (given, minutes)
            form.addRow(given, minutes)
        self.hours.setValue(plan.reminders.hours_before_arrival)
        evening = plan.reminders.evening_before
        self.evening.setTime(QTime(evening.hour, evening.minute))
        self._loading = False

    def _stage_edited(self, stage_id: str) -> None:
        if self._loading:
            return
        given, minutes = self.rows[stage_id]
        minutes.setEnabled(given.box.isChecked())
        value = minutes.value() if given.box.isChecked() else None
        self.set_plan(with_stage_minutes(self.plan_of(), stage_id, value))

    def _reminders_edited(self, *_args) -> None:
        if self._loading:
            return
        plan = self.plan_of()
        reminders = replace(
            plan.reminders,
            hours_before_arrival=self.hours.value(),
            evening_before=self.evening.time().toPython(),
        )
        self.set_plan(replace(plan, reminders=reminders))
