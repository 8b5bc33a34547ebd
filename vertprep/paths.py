"""Where vertprep keeps its data: one function decides."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

DATA_DIR_ENV = "VERTPREP_DATA_DIR"
DATABASE_NAME = "vertprep.sqlite3"


def default_data_dir() -> Path:
    """The per-user data folder of the platform (e.g. ~/.local/share/vertprep)."""
    # Imported here so that importing this module does no work.
    from platformdirs import user_data_path

    return user_data_path("vertprep", appauthor=False)


def resolve_data_dir(cli_value: str | None, environ: Mapping[str, str] | None = None) -> Path:
    """The data folder: ``--data-dir`` first, then ``$VERTPREP_DATA_DIR``, then the platform's."""
    environ = os.environ if environ is None else environ
    if cli_value:
        return Path(cli_value).expanduser()
    from_env = environ.get(DATA_DIR_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return default_data_dir()


def database_path(data_dir: Path) -> Path:
    """The SQLite file inside a data folder."""
    return data_dir / DATABASE_NAME
