"""``--patient ID_OR_NAME`` and opening the stored data, shared by the sub-commands."""

from __future__ import annotations

from pathlib import Path

from vertprep.commands.arguments import EXIT_ERROR, CommandError, stored_database


class PatientChoiceError(CommandError):
    """No data, no such patient, or a name that fits several; one line says which."""


def required_database(data_dir: str | None) -> Path:
    """The data file of ``--data-dir`` (or the usual folder); it must exist."""
    db = stored_database(data_dir)
    if db is None:
        folder = data_dir or "the usual data folder"
        raise PatientChoiceError(f"no vertprep data in {folder}", EXIT_ERROR)
    return db


def describe(summary) -> str:
    return f"{summary.id} {summary.name or '(no name)'}"


def choose_patient(store, query: str | None) -> int:
    """The patient ``--patient`` names; without it, the only active patient.
    Raises :class:`PatientChoiceError`, listing every match when a name fits several."""
    from vertprep.storage.patients import AmbiguousPatientError, UnknownPatientError

    if query is None:
        active = store.patients.entries()
        if len(active) > 1:
            raise PatientChoiceError(
                f"{len(active)} patients are stored here: say whose with --patient ID_OR_NAME "
                "(see: vertprep patients list)"
            )
        return active[0].id if active else store.patient_id
    try:
        return store.patients.find(query).id
    except AmbiguousPatientError as error:
        listed = "; ".join(describe(match) for match in error.matches)
        raise PatientChoiceError(
            f"{query!r} fits {len(error.matches)} patients: {listed}. Give the id instead"
        ) from None
    except UnknownPatientError:
        raise PatientChoiceError(f"no patient {query!r} (see: vertprep patients list)") from None
