"""The pain diary and check-ins in words, for the screens, the check-in and the report.

Each function takes ``tr(context, text)``: the app's language by default, or a
printout's language (``PrintLanguage.tr``), so screen and paper say the same.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from vertprep.core.check_ins import CONTEXT as CHECK_IN_CONTEXT
from vertprep.core.check_ins import POINT_NAMES, CheckInPoint
from vertprep.core.diary import DiaryProblem, Trend, Walking
from vertprep.i18n.formatting import number, score

CONTEXT = "DiaryText"
Translate = Callable[[str, str], str]


def app_tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


SCALE_ENDS = (
    QT_TRANSLATE_NOOP("DiaryText", "0 = no pain"),
    QT_TRANSLATE_NOOP("DiaryText", "10 = the worst pain you can imagine"),
)

WALKING_WORDS: dict[Walking, str] = {
    Walking.NOT_AT_ALL: QT_TRANSLATE_NOOP("DiaryText", "Not at all"),
    Walking.INDOORS: QT_TRANSLATE_NOOP("DiaryText", "Only indoors"),
    Walking.SHORT_WALK: QT_TRANSLATE_NOOP("DiaryText", "A short walk outside"),
    Walking.LONG_WALK: QT_TRANSLATE_NOOP("DiaryText", "A long walk outside"),
}

PROBLEMS: dict[DiaryProblem, str] = {
    DiaryProblem.NO_SCORE: QT_TRANSLATE_NOOP(
        "DiaryText", "Choose how strong your pain is, from 0 to 10. Nothing was saved."
    ),
    DiaryProblem.BAD_SCORE: QT_TRANSLATE_NOOP(
        "DiaryText", "The pain score must be a number from 0 to 10. Nothing was saved."
    ),
    DiaryProblem.FUTURE_DAY: QT_TRANSLATE_NOOP(
        "DiaryText", "This day has not come yet. Choose today or an earlier day. Nothing was saved."
    ),
    DiaryProblem.DAY_TAKEN: QT_TRANSLATE_NOOP(
        "DiaryText",
        "There is already an entry for this day. Change that entry instead. Nothing was saved.",
    ),
    DiaryProblem.NOTE_TOO_LONG: QT_TRANSLATE_NOOP(
        "DiaryText", "The note is too long. Nothing was saved."
    ),
    DiaryProblem.NO_ENTRY: QT_TRANSLATE_NOOP(
        "DiaryText", "This entry no longer exists. Nothing was saved."
    ),
}


def scale_ends(tr: Translate = app_tr) -> str:
    """ "0 = no pain   10 = the worst pain you can imagine"."""
    return "   ".join(tr(CONTEXT, text) for text in SCALE_ENDS)


def problem_text(problem: DiaryProblem, tr: Translate = app_tr) -> str:
    return tr(CONTEXT, PROBLEMS[problem])


def walking_text(walking: Walking | None, tr: Translate = app_tr) -> str:
    if walking is None:
        return tr(CONTEXT, QT_TRANSLATE_NOOP("DiaryText", "Not said"))
    return tr(CONTEXT, WALKING_WORDS[walking])


def medicine_text(took: bool | None, tr: Translate = app_tr) -> str:
    if took is None:
        return tr(CONTEXT, QT_TRANSLATE_NOOP("DiaryText", "Not said"))
    if took:
        return tr(CONTEXT, QT_TRANSLATE_NOOP("DiaryText", "Yes"))
    return tr(CONTEXT, QT_TRANSLATE_NOOP("DiaryText", "No"))


def point_name(point: CheckInPoint, tr: Translate = app_tr) -> str:
    """ "One week after" (the procedure), "Before the procedure"."""
    return tr(CHECK_IN_CONTEXT, POINT_NAMES[point])


def trend_text(
    found: Trend,
    day_text: Callable[[date], str],
    tr: Translate = app_tr,
    locale: QLocale | None = None,
) -> str:
    """The chart's words: "Your pain was 8 before the procedure, and 3 on ..."."""
    if found.latest is None and found.before is None:
        return tr(CONTEXT, QT_TRANSLATE_NOOP("DiaryText", "No pain scores are written down yet."))
    if found.latest is None:
        return tr(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "DiaryText",
                "Your usual pain before the procedure: {before} out of 10. "
                "No score after the procedure yet.",
            ),
        ).format(before=score(found.before, locale))
    if found.before is None:
        return tr(
            CONTEXT,
            QT_TRANSLATE_NOOP("DiaryText", "Your latest pain score: {now} out of 10, on {date}."),
        ).format(now=number(found.latest.score, locale), date=day_text(found.latest.day))
    change = found.change
    if change > 0:
        direction = QT_TRANSLATE_NOOP("DiaryText", "It went down by {points}.")
    elif change < 0:
        direction = QT_TRANSLATE_NOOP("DiaryText", "It went up by {points}.")
    else:
        direction = QT_TRANSLATE_NOOP("DiaryText", "It is the same as before.")
    first = tr(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "DiaryText",
            "Your pain was {before} out of 10 before the procedure, and {now} out of 10 "
            "on {date} (day {days} after it).",
        ),
    ).format(
        before=score(found.before, locale),
        now=number(found.latest.score, locale),
        date=day_text(found.latest.day),
        days=number(found.days_after, locale),
    )
    return first + " " + tr(CONTEXT, direction).format(points=score(abs(change), locale))


CHART_TEXTS = {
    "axis": QT_TRANSLATE_NOOP("DiaryText", "Pain (0–10)"),
    "procedure": QT_TRANSLATE_NOOP("DiaryText", "Procedure"),
    "baseline": QT_TRANSLATE_NOOP("DiaryText", "Usual pain before: {score}"),
    "empty": QT_TRANSLATE_NOOP("DiaryText", "No pain scores yet"),
    "legend": QT_TRANSLATE_NOOP(
        "DiaryText",
        "■ a day before the procedure   ● a day after it   │ the procedure day   "
        "– – your usual pain before it",
    ),
    "chart_name": QT_TRANSLATE_NOOP("DiaryText", "Chart of your pain over time"),
}


def chart_text(key: str, tr: Translate = app_tr) -> str:
    return tr(CONTEXT, CHART_TEXTS[key])
