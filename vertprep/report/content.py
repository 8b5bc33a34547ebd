"""The follow-up report in one language: pain before and now, the chart, the warning
signs answered "yes", steps done, notes and questions for the doctor.

Texts are marked ``QT_TRANSLATE_NOOP("PrintedReport", ...)`` and translated through
the print language's catalog, so a Chinese-speaking patient can hand the doctor
an English column beside their own.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from vertprep.core.diary import before_procedure, trend
from vertprep.core.recovery_contacts import sign_text
from vertprep.i18n import diary_text
from vertprep.i18n.formatting import long_date, number, score
from vertprep.i18n.plan_text import done_text
from vertprep.i18n.plan_words import words
from vertprep.printing.language import PrintLanguage
from vertprep.printing.options import PrintOptions
from vertprep.printing.pieces import (
    BLANK_FIELD,
    Kind,
    Piece,
    bullets,
    esc,
    isolated,
    paragraph,
)
from vertprep.report.data import ReportData

CONTEXT = "PrintedReport"
CHART_KEY = "chart"


class ReportWriter:
    """Builds the pieces of the report for one language."""

    def __init__(self, data: ReportData, options: PrintOptions, language: PrintLanguage) -> None:
        self.data = data
        self.options = options
        self.lang = language
        self.sizes = options.type_scale

    # -- helpers ------------------------------------------------------------------
    def t(self, text: str) -> str:
        return esc(self.lang.tr(CONTEXT, text))

    def text_in(self, context: str, text: str) -> str:
        """A text marked under ``context``, in this column's language."""
        return self.lang.tr(context, text)

    def num(self, value: int) -> str:
        return number(value, self.lang.locale)

    def date(self, day) -> str:
        return long_date(day, self.lang.locale)

    def heading(self, key: str, text: str) -> Piece:
        body = paragraph(text, size=self.sizes.heading, bold=True)
        return Piece(key, body, Kind.HEADING, keep_with_next=True)

    def user_bullets(self, lines: list[str]) -> str:
        return bullets([isolated(line) for line in lines])

    # -- the report ---------------------------------------------------------------
    def pieces(self) -> list[Piece]:
        return [
            *self.header(),
            *self.pain(),
            *self.warning_signs(),
            *self.check_ins(),
            *self.steps_done(),
            *self.notes(),
            *self.questions(),
        ]

    def title(self) -> str:
        return self.t(QT_TRANSLATE_NOOP("PrintedReport", "Report for my follow-up visit"))

    def header(self) -> list[Piece]:
        profile = self.data.profile
        lines = [
            self.t(QT_TRANSLATE_NOOP("PrintedReport", "Name: {name}")).format(
                name=isolated(profile.name) if profile.name else BLANK_FIELD
            ),
            self.t(QT_TRANSLATE_NOOP("PrintedReport", "Procedure date: {date}")).format(
                date=esc(self.date(profile.procedure_date))
                if profile.procedure_date
                else BLANK_FIELD
            ),
            self.t(QT_TRANSLATE_NOOP("PrintedReport", "Printed on {date}")).format(
                date=esc(self.date(self.data.printed_on))
            ),
        ]
        note = self.t(
            QT_TRANSLATE_NOOP(
                "PrintedReport",
                "Written by the patient with vertprep, from their own pain diary and "
                "check-ins. vertprep sends nothing to anyone, and nobody watched these "
                "answers. Your care team decides what is right for you.",
            )
        )
        return [
            Piece("title", paragraph(self.title(), size=self.sizes.title, bold=True), Kind.TITLE),
            Piece("details", "".join(paragraph(line) for line in lines)),
            Piece("care_note", paragraph(note), Kind.NOTE),
        ]

    def pain(self) -> list[Piece]:
        entries = list(self.data.entries)
        procedure = self.data.profile.procedure_date
        found = trend(entries, procedure)
        lines = []
        before = before_procedure(entries, procedure)
        if found.before is not None:
            lines.append(
                self.t(
                    QT_TRANSLATE_NOOP(
                        "PrintedReport",
                        "Pain before the procedure (median; days written down: {count}): "
                        "{score} out of 10",
                    )
                ).format(count=self.num(len(before)), score=score(found.before, self.lang.locale))
            )
        if found.latest is not None:
            lines.append(
                self.t(QT_TRANSLATE_NOOP("PrintedReport", "Pain now ({date}): {score} out of 10"))
                .format(date=esc(self.date(found.latest.day)), score=self.num(found.latest.score))
            )  # fmt: skip
        words = diary_text.trend_text(found, self.date, self.text_in, self.lang.locale)
        lines.append(esc(words))
        body = "".join(paragraph(line, bold=index < len(lines) - 1) for index, line in
                       enumerate(lines))  # fmt: skip
        scale = esc(diary_text.scale_ends(self.text_in))
        legend = esc(diary_text.chart_text("legend", self.text_in))
        return [
            self.heading("pain", self.t(QT_TRANSLATE_NOOP("PrintedReport", "Pain"))),
            Piece("pain_summary", body + paragraph(scale, size=self.sizes.small)),
            Piece(CHART_KEY, ""),
            Piece("chart_legend", paragraph(legend, size=self.sizes.small)),
        ]

    def warning_signs(self) -> list[Piece]:
        lines = []
        for check_in in self.data.check_ins:
            for sign_id in check_in.flagged():
                text = check_in.sign_texts.get(sign_id, sign_id)
                lines.append(
                    self.t(QT_TRANSLATE_NOOP("PrintedReport", "{date} ({when}): {sign}")).format(
                        date=esc(self.date(check_in.answered_on)),
                        when=esc(diary_text.point_name(check_in.point, self.text_in)),
                        sign=esc(sign_text(text, self.text_in, self.data.team)),
                    )
                )
        if lines:
            body = bullets(lines)
        else:
            body = paragraph(
                self.t(
                    QT_TRANSLATE_NOOP(
                        "PrintedReport", "No warning sign was answered yes in the check-ins."
                    )
                )
            )
        title = QT_TRANSLATE_NOOP("PrintedReport", "Warning signs answered yes in the check-ins")
        return [
            self.heading("flagged", "\u26a0 " + self.t(title)),
            Piece("flagged_list", body, Kind.ALERT if lines else Kind.TEXT),
        ]

    def check_ins(self) -> list[Piece]:
        if not self.data.check_ins:
            return []
        lines = []
        for check_in in self.data.check_ins:
            if check_in.score is None:
                continue
            lines.append(
                self.t(
                    QT_TRANSLATE_NOOP("PrintedReport", "{when}, {date}: pain {score} out of 10")
                ).format(
                    when=esc(diary_text.point_name(check_in.point, self.text_in)),
                    date=esc(self.date(check_in.answered_on)),
                    score=self.num(check_in.score),
                )
            )
        return [
            self.heading("check_ins", self.t(QT_TRANSLATE_NOOP("PrintedReport", "Check-ins"))),
            Piece("check_in_list", bullets(lines)),
        ]

    def steps_done(self) -> list[Piece]:
        plan = self.data.plan()
        done = [p for p in plan.items if p.state.done]
        lines = [
            esc(words(p.item.title, plan.team, self.lang))
            + " \u2013 "
            + esc(done_text(p, self.lang))
            for p in done
        ]
        body = bullets(lines) if lines else paragraph(
            self.t(QT_TRANSLATE_NOOP("PrintedReport", "No step is ticked as done yet."))
        )  # fmt: skip
        return [
            self.heading("steps", self.t(QT_TRANSLATE_NOOP("PrintedReport", "Steps done"))),
            Piece("steps_list", body),
        ]

    def notes(self) -> list[Piece]:
        lines = [
            self.t(QT_TRANSLATE_NOOP("PrintedReport", "{date}: {note}")).format(
                date=esc(self.date(entry.day)), note=isolated(entry.note)
            )
            for entry in self.data.entries
            if entry.note.strip()
        ]
        if not lines:
            return []
        return [
            self.heading("notes", self.t(QT_TRANSLATE_NOOP("PrintedReport", "My notes"))),
            Piece("notes_list", bullets(lines)),
        ]

    def questions(self) -> list[Piece]:
        lines = self.data.question_lines()
        body = self.user_bullets(lines) if lines else ""
        return [
            self.heading(
                "questions", self.t(QT_TRANSLATE_NOOP("PrintedReport", "Questions for my doctor"))
            ),
            Piece("questions_list", body or paragraph(""), write_lines=3),
        ]

    # -- page furniture -----------------------------------------------------------------
    def running_header(self) -> str:
        parts = [self.title()]
        if self.data.profile.name:
            parts.append(isolated(self.data.profile.name))
        return paragraph(" \u00b7 ".join(parts), size=self.sizes.small)

    def footer(self, page: int, pages: int) -> str:
        number = self.t(QT_TRANSLATE_NOOP("PrintedReport", "Page {page} of {pages}")).format(
            page=esc(self.lang.locale.toString(page)), pages=esc(self.lang.locale.toString(pages))
        )
        return paragraph(number, size=self.sizes.small, bold=True)
