"""What a patient sees if something unexpected goes wrong: a plain message, no traceback."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from vertprep.storage import StorageError

ERROR_LOG = "errors.log"


def install_excepthook(data_dir: Path, interactive: bool = True) -> None:
    """Log unexpected errors to ``errors.log`` in the data folder and say so kindly."""

    def hook(kind, value, tb) -> None:
        log = data_dir / ERROR_LOG
        try:
            with log.open("a", encoding="utf-8") as stream:
                stream.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
                stream.writelines(traceback.format_exception(kind, value, tb))
        except OSError:
            log = None
        print(f"vertprep: unexpected error: {value!r}", file=sys.stderr)
        if not interactive or QApplication.instance() is None:
            return
        if isinstance(value, StorageError):
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
        QMessageBox.warning(None, QCoreApplication.translate("Crash", "vertprep"), text)

    sys.excepthook = hook
