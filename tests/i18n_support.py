"""Helpers for the translation tests: reading .ts files, switching languages in a
window, and collecting every text a person sees (or hears from a screen reader)."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QEvent, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def load_script(name: str):
    """A tool script of translations/ (not a package) as a module."""
    spec = importlib.util.spec_from_file_location(name, TRANSLATIONS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    kind: str  # "" (finished), "unfinished", "obsolete" or "vanished"

    @property
    def usable(self) -> bool:
        """Compiled into the .qm and shown (lrelease skips empty and obsolete ones)."""
        return bool(self.translation) and self.kind not in {"obsolete", "vanished"}


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            messages.append(
                Message(
                    name,
                    message.findtext("source"),
                    translation.text or "" if translation is not None else "",
                    translation.get("type", "") if translation is not None else "",
                )
            )
    return messages


def compiled_messages(code: str) -> list[Message]:
    """The messages of a language as the app has them compiled (vertprep/i18n/qm/):
    what a switch must show, even while someone edits the .ts file."""
    import tr_scan

    from vertprep.i18n.catalog import Catalog

    catalog = Catalog(code)
    # Every text of the code (not only those already in the .ts file), so that a new,
    # untranslated one is known as such.
    return [
        Message(context, source, catalog.tr(context, source), "")
        for context, source in sorted(tr_scan.scan(ROOT / "vertprep").messages)
    ]


def ts_path(code: str) -> Path:
    return TRANSLATIONS / f"vertprep_{code}.ts"


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def pattern(text: str) -> re.Pattern[str]:
    """A text with {placeholders} as a regular expression matching any filled-in form."""
    parts = PLACEHOLDER.split(text)
    return re.compile("(?s)" + "(.+?)".join(re.escape(part) for part in parts))


def distinctive(text: str) -> bool:
    """Whether a text (without its placeholders) is specific enough to recognise."""
    return sum(ch.isalpha() for ch in PLACEHOLDER.sub("", text)) >= 3


class TextMatcher:
    """Recognises, in a shown text, which message of a language it came from."""

    def __init__(self, messages: list[Message]) -> None:
        self.messages = [m for m in messages if m.usable and distinctive(m.source)]
        self._source = [(pattern(m.source), m) for m in self.messages]
        self._translation = [(pattern(m.translation), m) for m in self.messages]

    def sources_of(self, text: str) -> list[Message]:
        """Messages whose English source ``text`` is (placeholders filled in)."""
        return [m for p, m in self._source if p.fullmatch(text)]

    def is_translation(self, text: str, messages: list[Message]) -> bool:
        return any(pattern(m.translation).fullmatch(text) for m in messages)

    def stale_english(self, text: str) -> list[Message]:
        """Messages whose English ``text`` shows although it is translated in every
        context that has it (where one context is not translated yet, the completeness
        test reports it, not this one)."""
        found = self.sources_of(text)
        if found and all(m.translation != m.source for m in found):
            return found
        return []


def shown_texts(window: QMainWindow) -> list[tuple[str, str]]:
    """(where, text) for every text of the window a person sees or a screen reader reads:
    the title, menus and their actions, labels, buttons, tooltips, placeholders and
    accessible names of every visible widget."""
    found = [("window title", window.windowTitle())]
    for action in window.menuBar().actions():
        found.append(("menu", action.text()))
        menu = action.menu()
        for sub in menu.actions() if menu else ():
            found.append(("menu action", sub.text()))
            found.append(("menu tooltip", sub.toolTip()))
            if sub.menu():
                found += [("submenu action", a.text()) for a in sub.menu().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or isinstance(widget, QMenu):
            continue
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((name, widget.text()))
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            found.append((name + " placeholder", widget.placeholderText()))
        if isinstance(widget, QComboBox):
            found += [(name, widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            # Item models get no LanguageChange: their owner must refresh them.
            found += [(name + " item", text) for text in _model_texts(widget.model())]
        found.append((name + " tooltip", widget.toolTip()))
        found.append((name + " accessible name", widget.accessibleName()))
    return [(where, text) for where, text in found if text]


def _model_texts(model) -> list[str]:
    texts = []
    # A list model hides columnCount(): it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    texts.append(value)
    return texts


def settle() -> None:
    """Let posted events (LanguageChange, layout requests) be handled."""
    for _ in range(3):
        QApplication.processEvents()


def managed_languages(monkeypatch):
    """Body of the ``languages`` fixture (conftest.py): the application's
    LanguageManager, and English, left to right and the original locale again after
    the test, whatever the test switched to."""
    from vertprep.i18n import pseudo
    from vertprep.i18n.manager import LanguageManager

    # Windows of earlier tests that pytest-qt closed with deleteLater() would still get
    # the LanguageChange (and read their closed stores): delete them now.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    manager = LanguageManager.instance()
    saved = QLocale()
    monkeypatch.delenv(pseudo.PSEUDO_ENV, raising=False)
    yield manager
    monkeypatch.delenv(pseudo.PSEUDO_ENV, raising=False)
    manager.set_language("en")
    QLocale.setDefault(saved)
    settle()


def switch(qtbot, manager, window: QMainWindow, code: str) -> None:
    """Switch to ``code`` and wait until the window has taken the LanguageChange."""
    from PySide6.QtCore import QCoreApplication

    manager.set_language(code)
    title = "vertprep: getting ready for vertebroplasty"
    qtbot.waitUntil(lambda: window.windowTitle() == QCoreApplication.translate("MainWindow", title))
    settle()
