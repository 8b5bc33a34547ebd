"""Switching the language of the running app, at any moment and without a restart.

One :class:`LanguageManager` per application owns the two translators in use
(vertprep's own and Qt's ``qtbase``, for OK/Cancel and the standard dialogs) and
keeps references to them: a ``QTranslator`` nobody references is collected and
silently stops translating. Installing and removing them makes Qt send
``QEvent.LanguageChange`` to every widget, whose ``retranslate_ui()`` then sets
its texts again; dates follow through ``QLocale.setDefault``.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QGuiApplication

from vertprep.i18n import pseudo
from vertprep.i18n.catalog import load_translator, locale_for
from vertprep.i18n.languages import LANGUAGES, SOURCE_LANGUAGE, canonical

OBJECT_NAME = "vertprepLanguageManager"


def system_languages() -> list[str]:
    """The system's preferred languages, most preferred first (e.g. ``["de-AT", "de"]``)."""
    return QLocale.system().uiLanguages()


def load_qt_translator(code: str, parent: QObject | None = None) -> QTranslator | None:
    """Qt's own translation (``qtbase_XX.qm``) for ``code``, or ``None`` if Qt has none."""
    if code == SOURCE_LANGUAGE:
        return None
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(parent)
    if translator.load(f"qtbase_{code}", folder):
        return translator
    return None


class LanguageManager(QObject):
    """Installs the translators, locale and layout direction of the chosen language.

    Get the application's one manager with :meth:`instance`. ``choose()`` is what a
    person's choice calls (it is remembered); ``set_language()`` only switches.
    """

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self._code = SOURCE_LANGUAGE
        # The translators in use; referenced here so that they stay alive.
        self._app_translator: QTranslator | None = None
        self._qt_translator: QTranslator | None = None
        self._pseudo_translator: QTranslator | None = None

    @classmethod
    def instance(cls) -> LanguageManager:
        """The manager of the running application (created on first use)."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("LanguageManager needs a QApplication")
        found = app.findChild(cls, OBJECT_NAME)
        return found if found is not None else cls(app)

    @property
    def current(self) -> str:
        """The code of the language in use, e.g. ``"zh_TW"``."""
        return self._code

    @property
    def right_to_left(self) -> bool:
        return QGuiApplication.isRightToLeft()

    def choose(self, code: str, session) -> None:
        """Switch to ``code`` and remember it for the next start."""
        self.set_language(code)
        if session.settings.language != self._code:
            session.update_settings(language=self._code)

    def set_language(self, code: str) -> None:
        """Switch every text, date and the layout direction to ``code`` now."""
        known = canonical(code)
        if known is None:
            raise ValueError(f"unknown language {code!r}; known: {', '.join(LANGUAGES)}")
        # Load first: if a file is missing, nothing has changed yet.
        app_translator = load_translator(known, self)
        qt_translator = load_qt_translator(known, self)
        locale = locale_for(known)
        QLocale.setDefault(locale)
        self._uninstall()
        self._app_translator, self._qt_translator = app_translator, qt_translator
        self._code = known
        self._install()
        # ``Qt`` here, not at import: its 93 enums would cost a printout ~10 ms.
        from PySide6.QtCore import Qt

        direction = locale.textDirection()
        QGuiApplication.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if direction == Qt.LayoutDirection.RightToLeft
            else Qt.LayoutDirection.LeftToRight
        )
        # Widgets that show dates (date edits, calendars) take the new default locale.
        QCoreApplication.sendEvent(QCoreApplication.instance(), QEvent(QEvent.Type.LocaleChange))
        self.language_changed.emit(known)

    # -- translators ------------------------------------------------------------
    def _translators(self) -> list[QTranslator]:
        return [t for t in (self._app_translator, self._qt_translator) if t is not None]

    def _install(self) -> None:
        app = QCoreApplication.instance()
        if pseudo.enabled():
            # One translator that stretches whatever the real ones give.
            self._pseudo_translator = pseudo.PseudoTranslator(self._translators, self)
            app.installTranslator(self._pseudo_translator)
            return
        # Qt's first, then vertprep's: the last installed is asked first, so the few
        # key names vertprep translates where Qt does not ("Space" in Arabic) win.
        for translator in reversed(self._translators()):
            app.installTranslator(translator)

    def _uninstall(self) -> None:
        app = QCoreApplication.instance()
        for translator in (self._pseudo_translator, *self._translators()):
            if translator is not None:
                app.removeTranslator(translator)
                translator.deleteLater()
        self._app_translator = self._qt_translator = self._pseudo_translator = None
