"""The Care team screen's steps: add the clinic's own, remove unused ones, set timing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vertprep.plan.editing import (
    add_step,
    moved_step,
    step_id_for,
    with_step,
    with_timing,
    without_step,
)
from vertprep.plan.model import MAX_DAYS, Phase, Step, TeamPlan, When
from vertprep.ui.widgets.labels import role_label
from vertprep.ui.widgets.wrapping_button import WrappingButton
from vertprep.ui.widgets.wrapping_check import WrappingCheck

LIST_ROWS = 6

WHEN_FOR_PHASE = {
    Phase.BEFORE: (When.CONSULTATION, When.BEFORE_PROCEDURE, When.DAYS_BEFORE, When.AS_ADVISED),
    Phase.AFTER: (When.WINDOW, When.DAYS_AFTER, When.AS_ADVISED),
}


class StepsTab(QWidget):
    """The plan's steps in a list, and the chosen one's texts and timing beside it.

    ``plan_of()`` gives the dialog's plan, ``set_plan(plan)`` stores a change, and
    ``language()`` the language the nurse writes in.
    """

    def __init__(
        self,
        plan_of: Callable[[], TeamPlan],
        set_plan: Callable[[TeamPlan], None],
        language: Callable[[], str],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.plan_of, self.set_plan, self.language = plan_of, set_plan, language
        self.list = QListWidget()
        self.list.setObjectName("stepList")
        self.list.setWordWrap(True)  # long titles and large text: no sideways scrolling
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._show_step)
        self.add_before = WrappingButton()
        self.add_before.setObjectName("addBeforeStep")
        self.add_before.clicked.connect(lambda: self._add(Phase.BEFORE))
        self.add_after = WrappingButton()
        self.add_after.setObjectName("addAfterStep")
        self.add_after.clicked.connect(lambda: self._add(Phase.AFTER))
        self.remove = WrappingButton()
        self.remove.setObjectName("removeStep")
        self.remove.clicked.connect(self._remove)
        self.move_up = WrappingButton()
        self.move_up.setObjectName("moveStepUp")
        self.move_up.clicked.connect(lambda: self._move(-1))
        self.move_down = WrappingButton()
        self.move_down.setObjectName("moveStepDown")
        self.move_down.clicked.connect(lambda: self._move(+1))
        buttons = QVBoxLayout()  # one under the other: long words at 200% need the width
        for button in (self.add_before, self.add_after, self.remove):
            buttons.addWidget(button)
        order = QHBoxLayout()
        for button in (self.move_up, self.move_down):
            order.addWidget(button)

        self.title = QLineEdit()
        self.title.setObjectName("stepTitle")
        self.explanation = QPlainTextEdit()
        self.explanation.setObjectName("stepExplanation")
        self.explanation.setTabChangesFocus(True)
        self.when = QComboBox()
        self.when.setObjectName("stepWhen")
        # Long choices at large text: the box may be narrower than its longest item.
        self.when.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.when.setMinimumContentsLength(12)
        self.days = QSpinBox()
        self.days.setObjectName("stepDays")
        self.days.setRange(0, MAX_DAYS)
        self.last_day = QSpinBox()
        self.last_day.setObjectName("stepLastDay")
        self.last_day.setRange(0, MAX_DAYS)
        self.asks = WrappingCheck()
        self.asks.box.setObjectName("stepAsks")
        self.own_words = role_label("muted")
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.captions = [role_label() for _ in range(5)]
        for caption, field in zip(
            self.captions,
            (self.title, self.explanation, self.when, self.days, self.last_day),
            strict=True,
        ):
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        self.form.addRow(self.asks)
        self.form.addRow(self.own_words)
        # The list above the chosen step: at 200% text there is no room side by side.
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(order)
        layout.addLayout(buttons)
        layout.addLayout(self.form)
        self.title.textEdited.connect(self._edited)
        self.explanation.textChanged.connect(self._edited)
        self.when.activated.connect(self._edited)
        self.days.valueChanged.connect(self._edited)
        self.last_day.valueChanged.connect(self._edited)
        self.asks.box.toggled.connect(self._edited)
        self._loading = False
        # Steps added in this sitting: their id follows the title until saved.
        self.fresh_ids: set[str] = set()

    def _fit_list(self) -> None:
        """The list shows about LIST_ROWS steps at any text size."""
        row = self.list.fontMetrics().lineSpacing() * 2
        self.list.setMinimumHeight(row * LIST_ROWS)
        self.list.setMaximumHeight(row * (LIST_ROWS + 2))

    # -- texts ------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.add_before.setText(self.tr("Add a step before the procedure"))
        self.add_after.setText(self.tr("Add a step after the procedure"))
        self.remove.setText(self.tr("Remove this step"))
        self.move_up.setText(self.tr("Move up"))
        self.move_down.setText(self.tr("Move down"))
        self.remove.setToolTip(
            self.tr("Patients who already ticked it keep their record; it is no longer shown.")
        )
        for caption, text in zip(
            self.captions,
            (
                self.tr("Title:"),
                self.tr("Explanation:"),
                self.tr("When:"),
                self.tr("Days:"),
                self.tr("Last day after the procedure:"),
            ),
            strict=True,
        ):
            caption.setText(text)
        self.list.setAccessibleName(QCoreApplication.translate("CareTeamDialog", "Steps"))
        self.asks.setText(self.tr("The note asks for the care team's instructions"))
        self._fit_list()
        self.reload()

    def when_words(self) -> dict[When, str]:
        return {
            When.CONSULTATION: self.tr("By the consultation"),
            When.BEFORE_PROCEDURE: self.tr("Before the procedure, no date"),
            When.DAYS_BEFORE: self.tr("A number of days before the procedure"),
            When.DAYS_AFTER: self.tr("A number of days after the procedure"),
            When.WINDOW: self.tr("Between two days after the procedure"),
            When.AS_ADVISED: self.tr("No date: as the doctor advises"),
        }

    # -- showing ------------------------------------------------------------------
    def reload(self, keep: str | None = None) -> None:
        """Fill the list from the plan, keeping the step ``keep`` (or the current) chosen."""
        current = keep or self._current_id()
        plan, language = self.plan_of(), self.language()
        self._loading = True
        self.list.clear()
        for step in plan.steps:
            phase = self.tr("Before") if step.phase is Phase.BEFORE else self.tr("After")
            title = step.title.in_language(language, plan.fallback_language)[0]
            item = QListWidgetItem(self.tr("{phase}: {title}").format(phase=phase, title=title))
            item.setData(Qt.ItemDataRole.UserRole, step.id)
            self.list.addItem(item)
        ids = [step.id for step in plan.steps]
        self._loading = False
        self.list.setCurrentRow(ids.index(current) if current in ids else 0)
        self._show_step(self.list.currentRow())

    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _current_step(self) -> Step | None:
        step_id = self._current_id()
        return self.plan_of().step(step_id) if step_id else None

    def _show_step(self, _row: int) -> None:
        if self._loading:
            return
        step, plan, language = self._current_step(), self.plan_of(), self.language()
        self.remove.setEnabled(step is not None)
        for widget in (self.title, self.explanation, self.when, self.days, self.last_day):
            widget.setEnabled(step is not None)
        if step is None:
            return
        self._loading = True
        self.title.setText(step.title.values.get(language, ""))
        self.title.setPlaceholderText(step.title.in_language(language, plan.fallback_language)[0])
        self.explanation.setPlainText(step.explanation.values.get(language, ""))
        self.explanation.setPlaceholderText(
            step.explanation.in_language(language, plan.fallback_language)[0]
        )
        self.when.clear()
        words = self.when_words()
        for when in WHEN_FOR_PHASE[step.phase]:
            self.when.addItem(words[when], when)
        self.when.setCurrentIndex(max(self.when.findData(step.when), 0))
        self.days.setValue(step.days or 0)
        self.last_day.setValue(step.last_day or 0)
        self.asks.box.setChecked(step.asks_for_instructions)
        if step.source:
            self.own_words.setText(
                self.tr("From the sources of vertprep's plan ({source}).").format(
                    source="\u2068" + step.source + "\u2069"  # its own direction in Arabic
                )
            )
        else:
            self.own_words.setText(self.tr("Your team's own step."))
        self._loading = False
        self._show_timing_fields(step.when)

    def _show_timing_fields(self, when: When) -> None:
        dated = when in (When.DAYS_BEFORE, When.DAYS_AFTER, When.WINDOW)
        self.form.setRowVisible(self.days, dated)
        self.form.setRowVisible(self.last_day, when is When.WINDOW)
        self.captions[3].setText(
            self.tr("First day after the procedure:") if when is When.WINDOW else self.tr("Days:")
        )

    # -- changing ----------------------------------------------------------------
    def _edited(self, *_args) -> None:
        step = self._current_step()
        if self._loading or step is None:
            return
        language = self.language()
        when = self.when.currentData() or step.when
        changed = with_timing(step, when, self.days.value(), self.last_day.value())
        changed = replace(
            changed,
            title=step.title.with_language(language, self.title.text()),
            explanation=step.explanation.with_language(language, self.explanation.toPlainText()),
            asks_for_instructions=self.asks.box.isChecked(),
        )
        plan = with_step(self.plan_of(), changed)
        if step.id in self.fresh_ids and language == plan.fallback_language:
            # A new step's id is made from its title, so the file reads well.
            others = without_step(plan, step.id)
            new_id = step_id_for(others, self.title.text() or self.tr("New step"))
            plan = replace(plan, steps=tuple(
                replace(s, id=new_id) if s.id == step.id else s for s in plan.steps
            ))  # fmt: skip
            self.fresh_ids = (self.fresh_ids - {step.id}) | {new_id}
            self.list.currentItem().setData(Qt.ItemDataRole.UserRole, new_id)
            changed = replace(changed, id=new_id)
        self.set_plan(plan)
        self._show_timing_fields(when)
        item = self.list.currentItem()
        phase = self.tr("Before") if step.phase is Phase.BEFORE else self.tr("After")
        title = changed.title.in_language(language, self.plan_of().fallback_language)[0]
        item.setText(self.tr("{phase}: {title}").format(phase=phase, title=title))

    def _add(self, phase: Phase) -> None:
        title = self.tr("New step")
        step = add_step(self.plan_of(), phase, self.language(), title, "")
        self.fresh_ids.add(step.id)
        self.set_plan(with_step(self.plan_of(), step))
        self.reload(keep=step.id)
        self.title.setFocus()
        self.title.selectAll()

    def _move(self, offset: int) -> None:
        step_id = self._current_id()
        if step_id:
            self.set_plan(moved_step(self.plan_of(), step_id, offset))
            self.reload(keep=step_id)

    def _remove(self) -> None:
        step_id = self._current_id()
        if step_id:
            row = self.list.currentRow()
            self.set_plan(without_step(self.plan_of(), step_id))
            ids = [s.id for s in self.plan_of().steps]
            self.reload(keep=ids[min(row, len(ids) - 1)] if ids else None)
