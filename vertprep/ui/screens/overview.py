"""Overview: days until the procedure, what is overdue, due today and next,
the follow-up window once the procedure is done, and the patient's own reminders."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout

from vertprep.core.plan import PlannedItem, Status
from vertprep.core.schedule import days_until, follow_up_window
from vertprep.i18n.bidi import on_screen
from vertprep.i18n.formatting import clock_time, long_date, number
from vertprep.i18n.plan_text import due_text, status_word, when_text
from vertprep.i18n.plan_words import words
from vertprep.plan.model import Phase
from vertprep.ui.screens.base import Screen
from vertprep.ui.widgets.care_note import CareTeamNote
from vertprep.ui.widgets.labels import role_label, set_status
from vertprep.ui.widgets.layouts import clear_layout
from vertprep.ui.widgets.wrapping_button import WrappingButton

OWN_REMINDERS_SHOWN = 5


class OverviewScreen(Screen):
    """Where the patient stands today, in a few lines."""

    screen_id = "overview"
    refreshed_by = ("plan_changed", "profile_changed", "reminders_changed")

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.greeting = role_label("heading")
        self.countdown = role_label("heading")
        self.countdown.setObjectName("countdown")
        self.procedure_line = role_label()
        self.procedure_line.setObjectName("procedureLine")
        self.place_line = role_label()
        self.place_line.setObjectName("placeLine")
        self.set_date_button = WrappingButton()
        self.set_date_button.setObjectName("setDateButton")
        self.set_date_button.clicked.connect(lambda: self.navigate_requested.emit("welcome"))
        self.follow_up_line = role_label()
        self.follow_up_line.setObjectName("followUpLine")
        self.items_box = QVBoxLayout()
        self.items_box.setSpacing(8)
        self.own_heading = role_label("heading")
        self.own_box = QVBoxLayout()
        self.own_box.setSpacing(4)
        self.own_button = WrappingButton()
        self.own_button.setObjectName("ownRemindersButton")
        self.own_button.clicked.connect(lambda: self.navigate_requested.emit("reminders"))
        own_buttons = QVBoxLayout()  # export to calendar: on the toolbar and that screen
        own_buttons.addWidget(self.own_button)
        self.care_note = CareTeamNote()
        for widget in (self.greeting, self.countdown, self.procedure_line, self.place_line):
            self.body.addWidget(widget)
        self.body.addWidget(self.set_date_button)
        self.body.addWidget(self.follow_up_line)
        self.body.addLayout(self.items_box)
        self.body.addWidget(self.own_heading)
        self.body.addLayout(self.own_box)
        self.body.addLayout(own_buttons)
        self.body.addWidget(self.care_note)
        self.finish_layout()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Overview"))
        self.set_date_button.setText(self.tr("Enter your procedure date"))
        self.own_heading.setText(self.tr("Your own reminders"))
        self.own_button.setText(self.tr("Add a reminder"))
        self.refresh()

    def refresh(self) -> None:
        profile = self.session.profile
        today = self.session.today()
        name = profile.name
        self.greeting.setText(self.tr("Hello, {name}.").format(name=name) if name else "")
        self.greeting.setVisible(bool(name))
        self.countdown.setText(self._countdown_text(days_until(profile.procedure_date, today)))
        self.set_date_button.setVisible(profile.procedure_date is None)
        if profile.procedure_date is None:
            self.procedure_line.setText(
                self.tr("Enter the date when you know it: the dates of every step follow.")
            )
        elif profile.arrival_time is None:
            self.procedure_line.setText(
                self.tr("Procedure: {date}.").format(date=long_date(profile.procedure_date))
            )
        else:
            self.procedure_line.setText(
                self.tr("Procedure: {date}. Arrive at {time}.").format(
                    date=long_date(profile.procedure_date), time=clock_time(profile.arrival_time)
                )
            )
        place = profile.place or self.session.team_plan.contacts.hospital
        self.place_line.setVisible(bool(place))
        self.place_line.setText(
            self.tr("Hospital or clinic: {place}").format(place=on_screen(place))
        )
        window = follow_up_window(self.session.team_plan, profile.procedure_date)
        show_follow_up = window is not None and profile.procedure_date <= today
        self.follow_up_line.setVisible(show_follow_up)
        if show_follow_up:
            self.follow_up_line.setText(
                self.tr("Your follow-up consultation: between {first} and {last}.").format(
                    first=long_date(window.first), last=long_date(window.last)
                )
            )
        self._show_items()
        self._show_own_reminders()

    def _countdown_text(self, days: int | None) -> str:
        if days is None:
            return self.tr("Your procedure date is not set yet.")
        if days == 0:
            return self.tr("Your procedure is today.")
        if days == 1:
            return self.tr("Your procedure is tomorrow.")
        if days > 1:
            return self.tr("Your procedure is in {days} days.").format(days=number(days))
        if days == -1:
            return self.tr("Your procedure was yesterday.")
        return self.tr("Your procedure was {days} days ago.").format(days=number(-days))

    def _show_items(self) -> None:
        clear_layout(self.items_box)
        plan = self.session.plan()
        shown = plan.with_status(Status.OVERDUE) + plan.with_status(Status.DUE_TODAY)
        next_item = plan.next_up()
        if next_item is not None and next_item not in shown:
            shown.append(next_item)
        if not shown:
            self.items_box.addWidget(role_label("muted"))
            self.items_box.itemAt(0).widget().setText(self.tr("Every step is done. Well done!"))
            return
        for planned in shown:
            self.items_box.addWidget(self._item_card(planned, planned is next_item))

    def _item_card(self, planned: PlannedItem, is_next: bool) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        card.setObjectName(f"summary_{planned.item.id}")
        set_status(card, planned.status.value)
        layout = QVBoxLayout(card)
        status = role_label()
        word = self.tr("Next step") if is_next and planned.status is Status.UPCOMING else ""
        status.setText(word or status_word(planned.status))
        set_status(status, planned.status.value)
        title = role_label("heading")
        title.setText(words(planned.item.title, self.session.team_plan))
        due = role_label("muted")
        due.setText(due_text(planned))
        target = "before" if planned.item.phase is Phase.BEFORE else "after"
        button = WrappingButton(
            self.tr("Open the checklist") if target == "before" else self.tr("Open the after plan")
        )
        button.clicked.connect(lambda: self.navigate_requested.emit(target))
        for widget in (status, title, due, button):
            layout.addWidget(widget)
        return card

    def _show_own_reminders(self) -> None:
        """The patient's own reminders from today on (past ones come as the banner)."""
        clear_layout(self.own_box)
        today = self.session.today()
        coming = [r for r in self.session.own_reminders() if r.day >= today]
        if not coming:
            empty = role_label("muted")
            empty.setText(self.tr("None yet. Add your own, such as “call the pharmacy”."))
            self.own_box.addWidget(empty)
            return
        for reminder in coming[:OWN_REMINDERS_SHOWN]:
            line = role_label()
            line.setObjectName(f"overviewOwn_{reminder.id}")
            line.setText(
                self.tr("{when}: {text}").format(when=when_text(reminder), text=reminder.text)
            )
            self.own_box.addWidget(line)
        if len(coming) > OWN_REMINDERS_SHOWN:
            more = role_label("muted")
            more.setText(
                self.tr("More reminders: {count}").format(
                    count=number(len(coming) - OWN_REMINDERS_SHOWN)
                )
            )
            self.own_box.addWidget(more)
