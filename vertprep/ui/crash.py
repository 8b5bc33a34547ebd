"""What a patient sees if something unexpected goes wrong: a plain message, no traceback."""

from __future__ import annotations

import logging
import sys
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from vertprep.storage import StorageError
from vertprep.storage.database import BUSY, READ_ONLY
from vertprep.storage.private_files import open_private_log

ERROR_LOG = "errors.log"


def install_excepthook(data_dir: Path, interactive: bool = True) -> None:
    """Log unexpected errors to ``errors.log`` in the data folder and say so kindly."""

    def hook(kind, value, tb) -> None:
        log = data_dir / ERROR_LOG
        try:
            with open_private_log(log) as stream:
                stream.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
                stream.writelines(traceback.format_exception(kind, value, tb))
        except OSError:
            log = None
        print(f"vertprep: unexpected error: {value!r}", file=sys.stderr)
        if not interactive or QApplication.instance() is None:
            return
        if isinstance(value, StorageError) and value.kind == READ_ONLY:
            text = QCoreApplication.translate(
                "Crash",
                "vertprep could not save your last change, so it was not kept: your "
                "data file is read-only.",
            )
        elif isinstance(value, StorageError) and value.kind == BUSY:
            text = QCoreApplication.translate(
                "Crash",
                "vertprep could not save your last change, so it was not kept: another "
                "program is using your data. Please close it, then try again.",
            )
        elif isinstance(value, StorageError):
            text = QCoreApplication.translate(
                "Crash",
                "vertprep could not save your last change, so it was not kept. Please "
                "check that the computer's disk is not full, then try again.",
            )
        else:
            text = QCoreApplication.translate(
                "Crash",
                "Something went wrong. Your ticks and notes are saved. If this happens "
                "again, please tell the people who make vertprep.",
            )
        from PySide6.QtWidgets import QMessageBox  # loaded when there is something to say

        QMessageBox.warning(None, QCoreApplication.translate("Crash", "vertprep"), text)

    sys.excepthook = hook
    _log_warnings_to(data_dir / ERROR_LOG)


class _PrivateLogHandler(logging.FileHandler):
    """Appends to ``errors.log``, created 0600 only when there is something to say."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, delay=True)

    def _open(self):
        return open_private_log(Path(self.baseFilename))

    def handleError(self, record) -> None:
        pass  # a log that cannot be written must not stop the app


def _log_warnings_to(log: Path) -> None:
    """Warnings of vertprep's modules (a damaged stored value read as missing) go to
    ``errors.log`` too; they never hold personal data."""
    logger = logging.getLogger("vertprep")
    if any(getattr(h, "vertprep_log", None) == log for h in logger.handlers):
        return
    handler = _PrivateLogHandler(log)
    handler.vertprep_log = log
    handler.setFormatter(logging.Formatter("--- %(asctime)s %(name)s: %(message)s"))
    logger.addHandler(handler)
