"""``--patient ID_OR_NAME`` and opening the stored data, shared by the sub-commands."""

from __future__ import annotations

from pathlib import Path


class PatientChoiceError(Exception):
    """No data, no such patient, or a name that fits several; one line says which."""


def stored_database(data_dir: str | None) -> Path:
    """The data file of ``--data-dir`` (or the usual folder); it must exist."""
    from vertprep.paths import database_path, resolve_data_dir

    db = database_path(resolve_data_dir(data_dir))
    if not db.is_file():
        raise PatientChoiceError(f"no vertprep data in {db.parent}")
    return db


def describe(summary) -> str:
    return f"{summary.id} {summary.name or '(no name)'}"


def choose_patient(store, query: str | None) -> int:
    """The patient ``--patient`` names; without it, the only active patient.
    Raises :class:`PatientChoiceError`, listing every match when a name fits several."""
    from vertprep.storage.patients import AmbiguousPatientError, UnknownPatientError

    if query is None:
        active = store.patients.summaries()
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
