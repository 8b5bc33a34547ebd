"""The After plan of the printout: warning signs, the first days, follow-up, bone health,
and the patient's own reminders."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from vertprep.core.model import OwnReminder
from vertprep.i18n.plan_labels import AFTER_HEADINGS, EMERGENCY_LINE
from vertprep.i18n.plan_labels import label as plan_label
from vertprep.plan.model import AdviceGroup, Phase, Urgency
from vertprep.printing.options import Part
from vertprep.printing.pieces import (
    BLANK_FIELD,
    OPEN_BOX,
    Gutter,
    Kind,
    Piece,
    bullets,
    esc,
    paragraph,
    phone_html,
    user_text,
)

if TYPE_CHECKING:
    from vertprep.printing.content import PlanWriter


def _advice(writer: PlanWriter, group: AdviceGroup) -> list[str]:
    return [writer.words(advice.text) for advice in writer.data.team.advice_in(group)]


def after_pieces(writer: PlanWriter, *, with_warning_signs: bool = True) -> list[Piece]:
    """The weeks after, in the order of the After screen: warning signs first (unless
    the whole plan is printed: it has them on its first page)."""
    t = writer.t
    pieces = [
        writer.heading("after", t(QT_TRANSLATE_NOOP("PrintedPlan", "After the procedure"))),
        *([warning_signs(writer)] if with_warning_signs else []),
        writer.heading("first_days", esc(plan_label(AFTER_HEADINGS["first_days"], writer.lang))),
        Piece("recovery", bullets(_advice(writer, AdviceGroup.RECOVERY))),
        writer.heading("follow_up", esc(plan_label(AFTER_HEADINGS["follow_up"], writer.lang))),
    ]
    pieces += [writer.item(planned) for planned in writer.plan.phase(Phase.AFTER)]
    new_pain = "".join(paragraph(text) for text in _advice(writer, AdviceGroup.NEW_PAIN))
    limits = "".join(paragraph(text) for text in _advice(writer, AdviceGroup.LIMITS))
    pieces += [
        writer.heading("new_pain", esc(plan_label(AFTER_HEADINGS["new_pain"], writer.lang))),
        Piece("new_pain_text", new_pain),
        writer.heading("bone_health", esc(plan_label(AFTER_HEADINGS["bone_health"], writer.lang))),
        Piece("bone_health_list", bullets(_advice(writer, AdviceGroup.BONE_HEALTH))),
    ]
    if limits:
        heading = t(QT_TRANSLATE_NOOP("PrintedPlan", "What vertebroplasty does not do"))
        pieces += [writer.heading("limits", heading), Piece("limits_text", limits)]
    return pieces


def warning_signs(writer: PlanWriter) -> Piece:
    """The signs that need help at once, and the care team's number, in one framed box."""
    t, sizes = writer.t, writer.sizes
    phone = writer.data.team_phone
    signs = writer.data.team.warning_signs_by_urgency()
    emergency_number = writer.data.team.emergency_number
    heading = "\u26a0 " + esc(plan_label(AFTER_HEADINGS["warning_signs"], writer.lang))
    emergency = esc(plan_label(AFTER_HEADINGS["emergency_intro"], writer.lang))
    team = esc(plan_label(AFTER_HEADINGS["team_intro"], writer.lang))
    phone_line = t(QT_TRANSLATE_NOOP("PrintedPlan", "Your care team: {phone}")).format(
        phone=phone_html(phone) if phone else BLANK_FIELD
    )
    body = (
        paragraph(heading, size=sizes.heading, bold=True)
        # Each group under a heading of its own urgency.
        + paragraph(emergency, size=sizes.body + 2, bold=True)
        + bullets([writer.words(s.text) for s in signs[Urgency.EMERGENCY]])
        + (
            paragraph(
                esc(plan_label(EMERGENCY_LINE, writer.lang)).format(
                    number=phone_html(emergency_number)
                ),
                bold=True,
            )
            if emergency_number
            else ""
        )
        + paragraph(team, size=sizes.body + 2, bold=True)
        + bullets([writer.words(s.text) for s in signs[Urgency.CALL_TEAM]])
        + paragraph(phone_line, size=sizes.body + 2, bold=True)
    )
    return Piece("warning_signs", body, Kind.ALERT)


def reminders_for_part(writer: PlanWriter) -> list[OwnReminder]:
    """All own reminders in the whole plan; in one part, those that fall in its days."""
    data, part = writer.data, writer.options.part
    day = data.profile.procedure_date
    if part is Part.ALL:
        return list(data.own_reminders)
    if day is None:
        return []  # without a procedure date no reminder belongs to a part
    if part is Part.BEFORE:
        return data.reminders_between(None, day - timedelta(days=1))
    if part is Part.DAY:
        return data.reminders_between(day, day)
    return data.reminders_between(day + timedelta(days=1), None)


def own_reminder_pieces(writer: PlanWriter) -> list[Piece]:
    """A short "Your own reminders" section, when the patient wrote any."""
    reminders = reminders_for_part(writer)
    if not reminders:
        return []
    title = writer.t(QT_TRANSLATE_NOOP("PrintedPlan", "Your own reminders"))
    pieces = [writer.heading("own_reminders", title)]
    for reminder in reminders:
        when = writer.date(reminder.day)
        if reminder.at is not None:
            when = writer.t(QT_TRANSLATE_NOOP("PrintedPlan", "{date} at {time}")).format(
                date=when, time=writer.time(reminder.at)
            )
        body = paragraph(when, bold=True) + user_text(reminder.text)
        box = paragraph(OPEN_BOX, size=writer.sizes.box)
        pieces.append(Piece(f"reminder:{reminder.id}", body, Kind.ITEM, Gutter.BOX, box))
    return pieces
