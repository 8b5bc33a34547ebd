"""The printed plan in one language: header, Before checklist, the day, the After plan.

The care content comes from the care team's plan (:mod:`vertprep.plan`) unchanged;
this module only arranges it for paper. Texts are marked ``QT_TRANSLATE_NOOP("PrintedPlan", ...)``
for lupdate and translated through the print language's catalog.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from vertprep.core.plan import PlannedItem
from vertprep.core.timeline import timed_stages
from vertprep.i18n.formatting import clock_time, long_date
from vertprep.i18n.plan_labels import (
    CONTACT_LABELS,
    DAY_IN_ORDER,
    DAY_TIMED,
    INSTRUCTION_LABELS,
    INSTRUCTIONS_HEADING,
)
from vertprep.i18n.plan_labels import label as plan_label
from vertprep.i18n.plan_text import done_text, due_text, undated_text
from vertprep.i18n.plan_words import origin_note, words
from vertprep.plan.model import PREPARATION_KEYS, Phase, Text
from vertprep.printing.content_after import after_pieces, own_reminder_pieces, warning_signs
from vertprep.printing.language import PrintLanguage
from vertprep.printing.options import Part, PrintOptions
from vertprep.printing.pieces import (
    BLANK_FIELD,
    BLANK_SHORT,
    OPEN_BOX,
    TICK,
    TICKED_BOX,
    Gutter,
    Kind,
    Piece,
    esc,
    isolated,
    paragraph,
    phone_html,
    user_text,
)
from vertprep.printing.plan_data import PlanData

CONTEXT = "PrintedPlan"


class PlanWriter:
    """Builds the pieces of the printout for one language."""

    def __init__(self, data: PlanData, options: PrintOptions, language: PrintLanguage) -> None:
        self.data = data
        self.options = options
        self.lang = language
        self.sizes = options.type_scale
        self.plan = data.plan()

    # -- helpers ------------------------------------------------------------------
    def t(self, text: str) -> str:
        return esc(self.lang.tr(CONTEXT, text))

    def words(self, text: Text) -> str:
        """A text of the care team's plan in this printout's language."""
        return esc(words(text, self.data.team, self.lang))

    def origin(self, *texts: Text) -> str:
        """ "Your care team wrote this in English." where the language is missing."""
        note = origin_note(list(texts), self.data.team, self.lang)
        return paragraph(esc(note), size=self.sizes.small) if note else ""

    def date(self, day: date) -> str:
        return esc(long_date(day, self.lang.locale))

    def time(self, moment) -> str:
        return esc(clock_time(moment, self.lang.locale))

    def heading(self, key: str, text: str) -> Piece:
        body = paragraph(text, size=self.sizes.heading, bold=True)
        return Piece(key, body, Kind.HEADING, keep_with_next=True)

    # -- the whole printout -------------------------------------------------------
    def pieces(self) -> list[Piece]:
        part = self.options.part
        pieces = self.header()
        if part is Part.ALL:
            # The warning signs on the first page, under the title, where they are
            # found at once (after the details they would not fit beside a second
            # language, and would go to page 2).
            pieces.insert(1, warning_signs(self))
        if part in (Part.ALL, Part.BEFORE):
            pieces += self.before()
        if part in (Part.ALL, Part.DAY):
            pieces += self.day()
        if part in (Part.ALL, Part.AFTER):
            pieces += after_pieces(self, with_warning_signs=part is not Part.ALL)
        pieces += own_reminder_pieces(self)
        return pieces

    def header(self) -> list[Piece]:
        profile = self.data.profile
        title = paragraph(
            self.t(QT_TRANSLATE_NOOP("PrintedPlan", "Your vertebroplasty plan")),
            size=self.sizes.title,
            bold=True,
        )
        lines = [
            self.t(QT_TRANSLATE_NOOP("PrintedPlan", "Name: {name}")).format(
                name=isolated(profile.name) if profile.name else BLANK_FIELD
            ),
            self.t(QT_TRANSLATE_NOOP("PrintedPlan", "Procedure date: {date}")).format(
                date=self.date(profile.procedure_date) if profile.procedure_date else BLANK_FIELD
            ),
            self.t(QT_TRANSLATE_NOOP("PrintedPlan", "Arrival time: {time}")).format(
                time=self.time(profile.arrival_time) if profile.arrival_time else BLANK_SHORT
            ),
            self.t(QT_TRANSLATE_NOOP("PrintedPlan", "Hospital or clinic: {place}")).format(
                place=isolated(self.place) if self.place else BLANK_FIELD
            ),
            self.t(QT_TRANSLATE_NOOP("PrintedPlan", "Care team phone: {phone}")).format(
                phone=phone_html(self.data.team_phone) if self.data.team_phone else BLANK_FIELD
            ),
            *self.contact_lines(),
            self.t(QT_TRANSLATE_NOOP("PrintedPlan", "Printed on {date}")).format(
                date=self.date(self.data.printed_on)
            ),
        ]
        details = "".join(paragraph(line) for line in lines)
        note = paragraph(self.care_team_note())
        return [
            Piece("title", title, Kind.TITLE),
            Piece("details", details),
            Piece("care_note", note, Kind.NOTE),
        ]

    @property
    def place(self) -> str:
        """Where: what the patient entered, else the hospital of the team's plan."""
        return self.data.profile.place or self.data.team.contacts.hospital

    def contact_lines(self) -> list[str]:
        """The care team's contacts that its plan gives (the phone is printed above)."""
        contacts = self.data.team.contacts
        lines = []
        for key in ("emergency_number", "department", "address", "hours"):
            value = getattr(contacts, key)
            if value:
                name = esc(plan_label(CONTACT_LABELS[key], self.lang))
                numeric = key == "emergency_number"
                lines.append(
                    self.t(QT_TRANSLATE_NOOP("PrintedPlan", "{label}: {value}")).format(
                        label=name, value=isolated(value, left_to_right=numeric)
                    )
                )
        return lines

    def instructions(self, keys: tuple[str, ...]) -> list[Piece]:
        """The care team's own instructions among ``keys``, as the team wrote them."""
        given = [(k, t) for k, t in self.data.team.instructions.given() if k in keys]
        if not given:
            return []
        body = paragraph(esc(plan_label(INSTRUCTIONS_HEADING, self.lang)), bold=True)
        for key, text in given:
            body += paragraph(esc(plan_label(INSTRUCTION_LABELS[key], self.lang)), bold=True)
            body += paragraph(self.words(text)) + self.origin(text)
        return [Piece(f"instructions:{'+'.join(keys)}", body, Kind.NOTE)]

    def care_team_note(self) -> str:
        return self.t(
            QT_TRANSLATE_NOOP(
                "PrintedPlan",
                "This plan gives general information. Your care team decides what is "
                "right for you: follow their instructions.",
            )
        )

    def running_header(self) -> str:
        """The line at the top of every page after the first, to match loose pages."""
        profile = self.data.profile
        parts = [self.t(QT_TRANSLATE_NOOP("PrintedPlan", "Your vertebroplasty plan"))]
        if profile.name:
            parts.append(isolated(profile.name))
        if profile.procedure_date:
            parts.append(self.date(profile.procedure_date))
        return paragraph(" \u00b7 ".join(parts), size=self.sizes.small)

    def footer(self, page: int, pages: int) -> str:
        """The care-team note and "Page N of M", at the foot of every page."""
        number = self.t(QT_TRANSLATE_NOOP("PrintedPlan", "Page {page} of {pages}")).format(
            page=esc(self.lang.locale.toString(page)), pages=esc(self.lang.locale.toString(pages))
        )
        note = self.t(
            QT_TRANSLATE_NOOP(
                "PrintedPlan",
                "This plan informs you; your care team decides what is right for you.",
            )
        )
        return paragraph(note, size=self.sizes.small) + paragraph(
            number, size=self.sizes.small, bold=True
        )

    # -- before -------------------------------------------------------------------
    def before(self) -> list[Piece]:
        intro = self.t(
            QT_TRANSLATE_NOOP(
                "PrintedPlan",
                "Tick each step when it is done. Write down what your care team tells "
                "you, for example when to stop a medicine.",
            )
        )
        pieces = [
            self.heading(
                "before", self.t(QT_TRANSLATE_NOOP("PrintedPlan", "Before the procedure"))
            ),
            # A section's heading and words stay with its first item.
            Piece("before_intro", paragraph(intro), keep_with_next=True),
        ]
        pieces += self.instructions(PREPARATION_KEYS)
        return pieces + [self.item(planned) for planned in self.plan.phase(Phase.BEFORE)]

    def item(self, planned: PlannedItem) -> Piece:
        """A checklist item: square to tick, what to do, when, done or not, the note."""
        item, state = planned.item, planned.state
        lines = [paragraph(self.words(item.title), size=self.sizes.body + 1, bold=True)]
        if item.explanation:
            lines.append(paragraph(self.words(item.explanation)))
        lines.append(self.origin(item.title, item.explanation))
        if planned.due is not None:
            lines.append(paragraph(esc(due_text(planned, self.lang)), bold=True))
        elif item.days is None:
            lines.append(paragraph(esc(undated_text(planned, self.lang)), bold=True))
        elif planned.item.last_day is not None:
            lines.append(
                paragraph(
                    self.t(QT_TRANSLATE_NOOP("PrintedPlan", "Date: {date}")).format(
                        date=BLANK_FIELD
                    )
                )
            )
        else:
            lines.append(
                paragraph(
                    self.t(QT_TRANSLATE_NOOP("PrintedPlan", "Do this by: {date}")).format(
                        date=BLANK_FIELD
                    )
                )
            )
        if state.done:
            lines.append(paragraph(f"{TICK} " + esc(done_text(planned, self.lang)), bold=True))
        if item.asks_for_instructions:
            caption = QT_TRANSLATE_NOOP("PrintedPlan", "What your care team told you to do:")
        else:
            caption = QT_TRANSLATE_NOOP("PrintedPlan", "Your note:")
        write_lines = 0
        lines.append(paragraph(self.t(caption)))
        if state.note.strip():
            lines.append(user_text(state.note.strip()))
        else:
            write_lines = 3 if item.asks_for_instructions else 1
        box = paragraph(TICKED_BOX if state.done else OPEN_BOX, size=self.sizes.box)
        return Piece(
            f"item:{item.id}",
            "".join(lines),
            Kind.ITEM,
            Gutter.BOX,
            box,
            write_lines=write_lines,
        )

    # -- the day ------------------------------------------------------------------
    def day(self) -> list[Piece]:
        profile, team = self.data.profile, self.data.team
        known = profile.procedure_date is not None and profile.arrival_time is not None
        if known:
            summary = self.t(QT_TRANSLATE_NOOP("PrintedPlan", "{date}, arrival at {time}")).format(
                date=self.date(profile.procedure_date), time=self.time(profile.arrival_time)
            )
        else:
            summary = self.t(
                QT_TRANSLATE_NOOP("PrintedPlan", "Date: {date}   Arrival time: {time}")
            ).format(date=BLANK_FIELD, time=BLANK_SHORT)
        estimate = esc(plan_label(DAY_TIMED if team.timed else DAY_IN_ORDER, self.lang))
        pieces = [
            self.heading(
                "day", self.t(QT_TRANSLATE_NOOP("PrintedPlan", "The day of the procedure"))
            ),
            Piece(
                "day_summary",
                paragraph(summary, bold=True) + paragraph(estimate),
                keep_with_next=True,
            ),
            *self.instructions(("length_of_stay",)),
        ]
        timed = timed_stages(team, profile.procedure_date, profile.arrival_time)
        for number, (stage, at) in enumerate(zip(team.stages, timed, strict=True), start=1):
            if at.starts_at is not None:  # the team's estimate, said as on the screen
                gutter = self.t(QT_TRANSLATE_NOOP("PrintedPlan", "about {time}")).format(
                    time=self.time(at.starts_at)
                )
            elif stage.minutes is not None:
                gutter = "_" * 6  # the team times it: the patient writes the time in
            else:
                gutter = esc(self.lang.locale.toString(number)) + "."
            body = paragraph(self.words(stage.title), bold=True)
            if stage.text:
                body += paragraph(self.words(stage.text))
            body += self.origin(stage.title, stage.text)
            pieces.append(
                Piece(
                    f"stage:{stage.id}", body, Kind.ITEM, Gutter.TIME, paragraph(gutter, bold=True)
                )
            )
        return pieces
