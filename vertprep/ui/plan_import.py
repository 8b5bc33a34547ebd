"""File › Open care team plan…: choose a plan file, check it, and make it the patient's.

A file with a problem changes nothing: the message lists every problem, with its
line and key, in the person's language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vertprep.plan.model import TeamPlan
from vertprep.plan.problems import PlanFileError
from vertprep.plan.reader import read_plan_file
from vertprep.session import PatientSession
from vertprep.storage import StorageError

PROBLEMS_SHOWN = 12


def plan_file_filter() -> str:
    return QCoreApplication.translate("PlanImport", "Care team plans (*.toml);;All files (*)")


def problems_message(error: PlanFileError) -> str:
    """Every problem of a refused file, one a line, in the app's language."""
    lines = [p.describe(QCoreApplication.translate) for p in error.problems[:PROBLEMS_SHOWN]]
    more = len(error.problems) - PROBLEMS_SHOWN
    if more > 0:
        lines.append(
            QCoreApplication.translate("PlanImport", "… and {count} more.").format(count=more)
        )
    return "\n".join(f"• {line}" for line in lines)


def show_plan_problems(parent: QWidget, title: str, path: Path, error: PlanFileError) -> None:
    QMessageBox.warning(
        parent,
        title,
        QCoreApplication.translate(
            "PlanImport",
            "This care team plan cannot be used, and nothing was changed:\n{path}\n\n{problems}",
        ).format(path=path, problems=problems_message(error)),
    )


def import_plan(parent: QWidget, session: PatientSession, path: Path) -> TeamPlan | None:
    """Check ``path`` and make it the patient's plan; say what happened."""
    title = QCoreApplication.translate("PlanImport", "Open care team plan")
    try:
        plan = read_plan_file(path)
    except PlanFileError as error:
        show_plan_problems(parent, title, path, error)
        return None
    try:
        session.use_team_plan(plan, path.name)
    except StorageError:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "PlanImport", "The plan could not be saved. Nothing was changed."
            ),
        )
        return None
    QMessageBox.information(
        parent,
        title,
        QCoreApplication.translate(
            "PlanImport",
            "Your care team's plan is now in use:\n{path}\n\nWhat you ticked and wrote is kept.",
        ).format(path=path),
    )
    return plan


def open_plan_dialog(parent: QWidget, session: PatientSession) -> TeamPlan | None:
    """Ask for a plan file, then import it."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("PlanImport", "Open care team plan"),
        str(Path.home()),
        plan_file_filter(),
    )
    if not chosen:
        return None
    return import_plan(parent, session, Path(chosen))
