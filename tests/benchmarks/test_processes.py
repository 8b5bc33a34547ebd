"""Whole processes against a baseline started the same way in the same run:

- start-up to the first screen usable, against a bare PySide6 window (time, and
  instructions under callgrind where valgrind is installed): target 1.5x;
- ``vertprep print`` against a process that writes a one-line PDF: target 1.5x;
- idle memory (the first screen built; the others are built when first shown), against the bare window: target 1.3x.

Beside them, for what no change to vertprep's code can take away: a *floor window*,
plain PySide6 with what vertprep's first screen asks of Qt (the 13 pt font and its
heading sizes, vertprep's style sheet on the same parts, a translator and a handler
for its LanguageChange, a menu bar with standard shortcuts, a toolbar and a step list
with the SVG icons, a screen of aligned labels and buttons, a progress bar), timed
and weighed against the bare window the same way. It touches the same families of
Qt enums vertprep cannot do without (``Qt``, ``QEvent``, ``QKeySequence``, ``QIcon``):
PySide makes a Python enum of each the first time its class is used.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from pathlib import Path

import measure
import pytest

pytestmark = pytest.mark.benchmark

RUNS = 9
# Quits once its window has been painted, as ``vertprep --exit-after-start`` does:
# both are timed to their first screen. (Quitting on a timer right after show() would
# quit before the first paint: the offscreen platform paints on the next turn.) Then it
# leaves the process at once, as vertprep does after a window run (app.end_process), so
# that no side counts the taking apart of its Qt objects at exit: that is not start-up.
BARE_WINDOW = """
import os
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class Window(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        QTimer.singleShot(0, app.quit)
app = QApplication(sys.argv[:1])
window = Window()
window.resize(1100, 800)
window.show()
code = app.exec()
sys.stdout.flush()
os._exit(code)  # as vertprep ends a window run (app.end_process)
"""
# argv: the filled style sheet, a .qm file, the icons folder, and "idle" to sit idle
# and print its resident memory as idle_memory.py does; else it quits after its
# first paint, like the two above.
FLOOR_WINDOW = """
import os
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, Qt, QTimer, QTranslator
from PySide6.QtGui import QAction, QFont, QIcon, QKeySequence
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QMainWindow, QProgressBar, QPushButton, QToolBar, QVBoxLayout, QWidget)
IDLE = sys.argv[4:] == ["idle"]
class Window(QMainWindow):
    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Getting ready"))
        super().changeEvent(event)
    def paintEvent(self, event):
        super().paintEvent(event)
        if not IDLE:
            QTimer.singleShot(0, app.quit)
def report():
    with open("/proc/self/status") as status:
        print([line.split()[1] for line in status if line.startswith("VmRSS:")][0])
    app.quit()
app = QApplication(sys.argv[:1])
if IDLE:
    QTimer.singleShot(3000, report)
sheet = Path(sys.argv[1]).read_text(encoding="utf-8")
translator = QTranslator(app)
translator.load(sys.argv[2])
app.installTranslator(translator)
font = QFont(app.font())
font.setPointSize(13)
app.setFont(font)
icons = Path(sys.argv[3])
window = Window()
menus = [window.menuBar().addMenu(title) for title in ("File", "Edit", "View", "Go", "Help")]
for key in ("Print", "Quit", "Undo", "Back", "Forward", "HelpContents"):
    action = QAction(key, window)
    action.setShortcut(getattr(QKeySequence.StandardKey, key))
    menus[0].addAction(action)
toolbar = QToolBar()
for name in ("print", "calendar", "back", "next"):
    toolbar.addAction(QIcon(str(icons / f"{name}.svg")), name.title())
window.addToolBar(toolbar)
steps = QListWidget()
for name in ("details", "overview", "about", "before", "day", "after", "recovery",
             "calendar", "help", "phone"):
    QListWidgetItem(QIcon(str(icons / f"{name}.svg")), f"The {name} screen", steps)
page = QWidget()
body = QVBoxLayout(page)
body.setAlignment(Qt.AlignmentFlag.AlignTop)
lines = [("title", "Good morning, Maria Keller"), ("heading", "12 days to go")]
lines += [("", f"Line {i} of what is due, next, and who to call") for i in range(12)]
for role, text in lines + [("heading", "Your own reminders")]:
    label = QLabel(text)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    body.addWidget(label)
for text in ("Set the date", "Your own reminders", "Back", "Next"):
    body.addWidget(QPushButton(text))
progress = QProgressBar()
progress.setValue(30)
body.addWidget(progress)
central = QWidget()
row = QHBoxLayout(central)
row.addWidget(steps)
row.addWidget(page, 1)
for part in (window.menuBar(), toolbar, steps, page):
    part.setStyleSheet(sheet)
window.setCentralWidget(central)
window.resize(1280, 860)
window.show()
code = app.exec()
sys.stdout.flush()
os._exit(code)  # as vertprep ends a window run (app.end_process)
"""
ONE_LINE_PDF = """
import sys
from PySide6.QtGui import QGuiApplication, QPainter, QPdfWriter
app = QGuiApplication(sys.argv[:1])
writer = QPdfWriter(sys.argv[1])
painter = QPainter(writer)
painter.drawText(100, 100, "Your vertebroplasty plan")
painter.end()
"""
IDLE = str(Path(__file__).with_name("idle_memory.py"))
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def results_table():
    yield
    measure.print_table()


def vertprep(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "vertprep", *args, "--data-dir", str(data)]


def returning_patient(data: Path, env) -> None:
    """A data folder past the welcome screen: every start after the first opens on
    the overview."""
    from vertprep.paths import database_path
    from vertprep.storage import Store

    subprocess.run(vertprep(data, "--exit-after-start"), env=env, check=True, capture_output=True)
    store = Store(database_path(data))
    store.update_settings(onboarded=True)
    store.close()


def floor_window(tmp_path) -> list[str]:
    """The floor window's command (its style sheet as vertprep fills it at 100%)."""
    sheet = tmp_path / "theme.qss"
    if not sheet.exists():
        code = (
            "import sys\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "from vertprep.ui.theme import style_sheet\n"
            "open(sys.argv[1], 'w', encoding='utf-8').write(style_sheet(100, False))\n"
        )
        subprocess.run(
            [sys.executable, "-c", code, str(sheet)], env=measure.process_env(), check=True
        )
    qm = ROOT / "vertprep" / "i18n" / "qm" / "vertprep_de.qm"
    icons = ROOT / "resources" / "icons"
    return [sys.executable, "-c", FLOOR_WINDOW, str(sheet), str(qm), str(icons)]


def test_start_up_against_a_bare_window(tmp_path):
    env = measure.process_env()
    returning_patient(tmp_path / "data", env)
    app = vertprep(tmp_path / "data", "--exit-after-start")
    bare = [sys.executable, "-c", BARE_WINDOW]
    timed_app, timed_bare = measure.alternate(app, bare, RUNS, env)
    app_s = [t for t, _ in timed_app]
    bare_s = [t for t, _ in timed_bare]
    ratio = measure.median_of_ratios(app_s, bare_s)
    measure.record(
        "start-up to the first screen, vs a bare window",
        statistics.median(app_s) * 1000,
        statistics.median(app_s) * 1000 / ratio,
        1.5,
    )
    floor = floor_window(tmp_path)
    timed_floor, timed_bare = measure.alternate(floor, bare, RUNS, env)
    floor_s = [t for t, _ in timed_floor]
    floor_ratio = measure.median_of_ratios(floor_s, [t for t, _ in timed_bare])
    floor_ms = statistics.median(floor_s) * 1000
    measure.record("floor window to its first paint, vs a bare window", floor_ms,
                   floor_ms / floor_ratio, None)  # fmt: skip
    measure.record_instructions(
        "start-up instructions (millions), vs a bare window", app, bare, env, tmp_path, 1.5
    )
    measure.record_instructions(
        "floor window instructions, vs a bare window", floor, bare, env, tmp_path, None
    )


def test_print_against_a_one_line_pdf(tmp_path):
    env = measure.process_env()
    command = [
        sys.executable, "-m", "vertprep", "print", "--out", str(tmp_path / "plan.pdf"),
        "--name", "Maria Keller", "--date", "2026-12-10", "--arrival", "08:30",
    ]  # fmt: skip
    one_line = [sys.executable, "-c", ONE_LINE_PDF, str(tmp_path / "line.pdf")]
    timed_print, timed_line = measure.alternate(command, one_line, RUNS, env)
    print_s = [t for t, _ in timed_print]
    line_s = [t for t, _ in timed_line]
    ratio = measure.median_of_ratios(print_s, line_s)
    median = statistics.median(print_s) * 1000
    measure.record("vertprep print, vs a one-line-PDF process", median, median / ratio, 1.5)
    measure.record_instructions(
        "vertprep print instructions (millions), vs a one-line PDF",
        command,
        one_line,
        env,
        tmp_path,
        1.5,
    )


def idle_kib(args: list[str], env) -> int:
    done = subprocess.run(
        [sys.executable, IDLE, *args], env=env, check=True, capture_output=True, text=True
    )
    return int(done.stdout.split()[-1])


def test_idle_memory_against_a_bare_window(tmp_path):
    env = measure.process_env()
    data = str(tmp_path / "data")
    returning_patient(tmp_path / "data", env)
    app = statistics.median(idle_kib(["app", data], env) for _ in range(3))
    bare = statistics.median(idle_kib(["bare"], env) for _ in range(3))
    measure.record(
        "idle memory, first screen built, vs a bare window", app / 1024, bare / 1024, 1.3, "MB"
    )
    floor = [*floor_window(tmp_path), "idle"]
    floor_kib = statistics.median(
        int(subprocess.run(floor, env=env, check=True, capture_output=True, text=True).stdout)
        for _ in range(3)
    )
    measure.record("idle memory of the floor window, vs the bare window", floor_kib / 1024,
                   bare / 1024, None, "MB")  # fmt: skip
