"""Run as a script: starts vertprep (``app DATA_DIR``) or a bare PySide6 window
(``bare``), lets it sit idle, prints the resident memory in KiB, and quits. The
screens not shown are built when first shown, so an idle window holds only the
first one. Used by ``test_processes.py``."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

IDLE_MS = 3000  # long enough for anything started after the first paint


def resident_kib() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def report_and_quit() -> None:
    print(resident_kib(), flush=True)
    QApplication.quit()


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(IDLE_MS, report_and_quit)
    if sys.argv[1] == "bare":
        window = QMainWindow()
        window.resize(1100, 800)
        window.show()
        sys.exit(app.exec())
    from vertprep.cli import main

    sys.exit(main(["--data-dir", sys.argv[2]]))
