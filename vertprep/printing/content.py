"""The printed plan in one language: header, Before checklist, the day, the After plan.

The medical content comes from :mod:`vertprep.core` unchanged; this module only
arranges it for paper. Texts are marked ``QT_TRANSLATE_NOOP("PrintedPlan", ...)``
for lupdate and translated through the print language's catalog.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from vertprep.core.checklist import CONTEXT as CONTENT_CONTEXT
from vertprep.core.checklist import Phase
from vertprep.core.plan import PlannedItem
from vertprep.core.timeline import CONTEXT as DAY_CONTEXT
from vertprep.core.timeline import STAGES, timed_stages
from vertprep.i18n.formatting import clock_time, long_date
from vertprep.i18n.plan_text import done_text, due_text
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

    def content(self, context: str, text: str) -> str:
        return esc(self.lang.tr(context, text))

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
                place=isolated(profile.place) if profile.place else BLANK_FIELD
            ),
            self.t(QT_TRANSLATE_NOOP("PrintedPlan", "Care team phone: {phone}")).format(
                phone=phone_html(profile.phone) if profile.phone else BLANK_FIELD
            ),
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
        return pieces + [self.item(planned) for planned in self.plan.phase(Phase.BEFORE)]

    def item(self, planned: PlannedItem) -> Piece:
        """A checklist item: square to tick, what to do, when, done or not, the note."""
        item, state = planned.item, planned.state
        lines = [
            paragraph(
                self.content(CONTENT_CONTEXT, item.title), size=self.sizes.body + 1, bold=True
            ),
            paragraph(self.content(CONTENT_CONTEXT, item.explanation)),
        ]
        if planned.due is not None:
            lines.append(paragraph(esc(due_text(planned, self.lang)), bold=True))
        elif item.window_start_days is not None:
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
        profile = self.data.profile
        if profile.procedure_date and profile.arrival_time:
            summary = self.t(QT_TRANSLATE_NOOP("PrintedPlan", "{date}, arrival at {time}")).format(
                date=self.date(profile.procedure_date), time=self.time(profile.arrival_time)
            )
            times = [
                self.time(timed.starts_at)
                for timed in timed_stages(profile.procedure_date, profile.arrival_time)
            ]
        else:
            summary = self.t(
                QT_TRANSLATE_NOOP("PrintedPlan", "Date: {date}   Arrival time: {time}")
            ).format(date=BLANK_FIELD, time=BLANK_SHORT)
            times = ["_" * 6 for _ in STAGES]
        estimate = self.t(
            QT_TRANSLATE_NOOP(
                "PrintedPlan",
                "The times are estimates for one treated vertebra. Your care team tells "
                "you the real times, and how long you stay.",
            )
        )
        pieces = [
            self.heading(
                "day", self.t(QT_TRANSLATE_NOOP("PrintedPlan", "The day of the procedure"))
            ),
            Piece(
                "day_summary",
                paragraph(summary, bold=True) + paragraph(estimate),
                keep_with_next=True,
            ),
        ]
        for stage, at in zip(STAGES, times, strict=True):
            body = paragraph(self.content(DAY_CONTEXT, stage.title), bold=True) + paragraph(
                self.content(DAY_CONTEXT, stage.explanation)
            )
            if not at.startswith("_"):  # estimated times, said as on the screen
                at = self.t(QT_TRANSLATE_NOOP("PrintedPlan", "about {time}")).format(time=at)
            pieces.append(
                Piece(f"stage:{stage.id}", body, Kind.ITEM, Gutter.TIME, paragraph(at, bold=True))
            )
        return pieces
