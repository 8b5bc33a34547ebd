"""Switching the language while the window is open: every screen, Qt's own buttons,
right to left for Arabic, dates, and the patient's data left alone."""

from __future__ import annotations

import pytest
from i18n_support import (
    TextMatcher,
    compiled_messages,
    settle,
    shown_texts,
    switch,
)
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from vertprep.i18n.languages import LANGUAGES, SOURCE_LANGUAGE

TRANSLATED = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]


def _stale(matcher: TextMatcher, texts: list[tuple[str, str]]) -> list[str]:
    return [f"{where}: {text!r}" for where, text in texts if matcher.stale_english(text)]


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_screen_switches_to_the_language_and_back(qtbot, window, languages, code):
    matcher = TextMatcher(compiled_messages(code))
    for screen in window.screens:
        window.show_screen(screen.screen_id)
        settle()
        english = shown_texts(window)
        # (Texts Qt derives from an action's text are left out: a default tooltip, a
        # toolbar button. They may look like another context's source.)
        expected = {
            text: matcher.sources_of(text)
            for where, text in english
            if "tooltip" not in where and not where.startswith("QToolButton")
        }
        title_source = screen.title.text()

        switch(qtbot, languages, window, code)
        shown = shown_texts(window)
        shown_set = {text for _, text in shown}
        # No text of the screen, menus or window stayed in English where a translation
        # exists (a widget without retranslate_ui, or an item model not refreshed).
        assert _stale(matcher, shown) == [], screen.screen_id
        # And each translated English text came back as its translation.
        missing = [
            text
            for text, messages in expected.items()
            if any(m.translation != m.source for m in messages)
            and not any(matcher.is_translation(t, messages) for t in shown_set)
        ]
        assert missing == [], screen.screen_id
        context = type(screen).__name__
        assert screen.title.text() == QCoreApplication.translate(context, title_source)
        assert sorted(shown) != sorted(english), screen.screen_id

        switch(qtbot, languages, window, "en")
        assert sorted(shown_texts(window)) == sorted(english), screen.screen_id


def test_menus_title_and_tooltips_switch(qtbot, window, languages):
    actions = window.window_actions
    switch(qtbot, languages, window, "de")
    assert window.windowTitle() == "vertprep: Vorbereitung auf die Vertebroplastie"
    assert actions.file_menu.title() == "&Datei"
    assert actions.language_menu.title() == "&Sprache"
    assert window.navigation.back_button.text() == "Zurück"
    switch(qtbot, languages, window, "en")
    assert window.windowTitle() == "vertprep: getting ready for vertebroplasty"
    assert actions.file_menu.title() == "&File"
    assert window.navigation.back_button.toolTip() == "Previous screen (Alt+Left)"


def test_language_menu_lists_own_names_and_remembers(qtbot, window, languages):
    menu = window.window_actions.language_menu
    assert menu.menuAction() in window.window_actions.view_menu.actions()
    names = [action.text() for action in menu.actions()]
    assert names == ["English", "繁體中文", "Español", "Français", "Deutsch", "العربية"]
    assert menu.group.isExclusive()
    assert menu.language_actions["en"].isChecked()

    menu.language_actions["es"].trigger()
    qtbot.waitUntil(lambda: window.windowTitle().startswith("vertprep: preparación"))
    assert languages.current == "es"
    assert window.session.settings.language == "es"
    assert window.session.store.settings().language == "es"
    # Never translated: the names stay as they are in every language.
    assert [action.text() for action in menu.actions()] == names
    assert [a for a in menu.actions() if a.isChecked()] == [menu.language_actions["es"]]


def test_welcome_combo_switches_and_follows_the_menu(qtbot, make_window, session, languages):
    window = make_window(session)
    assert window.current_screen().screen_id == "welcome"
    chooser = window.screen("welcome").language_chooser
    combo = chooser.combo
    assert [combo.itemText(i) for i in range(combo.count())] == list(LANGUAGES.values())
    assert combo.currentText() == "English"
    # The choice sits above the screen's title.
    assert (
        chooser.mapTo(window, QPoint(0, 0)).y()
        < window.screen("welcome").title.mapTo(window, QPoint(0, 0)).y()
    )

    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # English -> 繁體中文
    qtbot.waitUntil(lambda: languages.current == "zh_TW")
    settle()
    assert window.screen("welcome").title.text() == "歡迎"
    assert session.store.settings().language == "zh_TW"

    window.window_actions.language_menu.language_actions["fr"].trigger()
    qtbot.waitUntil(lambda: combo.currentText() == "Français")
    settle()
    assert chooser.label.text() == "Langue\u00a0:"


def test_qt_standard_buttons_follow_the_language(qtbot, window, languages):
    switch(qtbot, languages, window, "de")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "vertprep",
        "?",
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        window,
    )
    qtbot.addWidget(box)
    box.open()
    qtbot.waitExposed(box)
    texts = lambda: sorted(b.text().replace("&", "") for b in box.buttons())  # noqa: E731
    assert texts() == ["Abbrechen", "OK"]
    # An open dialog follows a switch too.
    switch(qtbot, languages, window, "fr")
    qtbot.waitUntil(lambda: "Annuler" in texts())
    switch(qtbot, languages, window, "zh_TW")
    qtbot.waitUntil(lambda: "取消" in texts())
    switch(qtbot, languages, window, "en")
    qtbot.waitUntil(lambda: texts() == ["Cancel", "OK"])
    box.close()


def test_arabic_lays_out_right_to_left_and_back(qtbot, window, languages):
    def step_list_x() -> int:
        return window.step_list.mapTo(window, QPoint(0, 0)).x()

    assert step_list_x() == 0
    switch(qtbot, languages, window, "ar")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert languages.right_to_left
    assert window.isRightToLeft()
    qtbot.waitUntil(lambda: step_list_x() > window.width() // 2)
    switch(qtbot, languages, window, "de")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not window.isRightToLeft()
    qtbot.waitUntil(lambda: step_list_x() == 0)


DATES = {
    "en": ("10 December 2026", "Thursday"),
    "de": ("10. Dezember 2026", "Donnerstag"),
    "fr": ("10 décembre 2026", "jeudi"),
    "es": ("10 de diciembre de 2026", "jueves"),
    "zh_TW": ("2026年12月10日", "星期四"),
    "ar": ("١٠ ديسمبر ٢٠٢٦", "الخميس"),
}


def test_dates_follow_the_language(qtbot, window, languages):
    assert set(DATES) == set(LANGUAGES)
    window.show_screen("overview")
    for code, (day, weekday) in DATES.items():
        switch(qtbot, languages, window, code)
        line = window.screen("overview").procedure_line.text()
        assert day in line and weekday in line, code
        assert QLocale().toString(QDate(2026, 12, 10), QLocale.FormatType.LongFormat) in line
        # Hidden screens catch up with the language when they are shown.
        window.show_screen("day")
        assert day in window.screen("day").summary.text(), code
        # The date field of the details form is written the language's way too, without
        # the weekday (right to left, a QDateEdit orders its sections its own way:
        # compare the words).
        window.show_screen("welcome")
        shown = window.screen("welcome").form.date_edit.text()
        assert all(word.strip(",،") in shown for word in day.split()), code
        assert weekday not in shown
        window.show_screen("overview")


def test_ticks_notes_and_dates_are_untouched(qtbot, window, languages):
    session = window.session
    window.show_screen("before")
    row = window.screen("before").rows["medicines_review"]
    qtbot.mouseClick(row.checkbox, Qt.MouseButton.LeftButton)
    row.note.setPlainText("Stop apixaban 2 days before (Dr Weber).")
    before_states = session.store.item_states()
    before_profile = session.store.profile()
    for code in ("ar", "de", "zh_TW", "en"):
        switch(qtbot, languages, window, code)
        assert row.checkbox.isChecked()
        assert row.note.toPlainText() == "Stop apixaban 2 days before (Dr Weber)."
        assert session.store.item_states() == before_states
        assert session.store.profile() == before_profile


def test_the_text_size_buttons_read_a_minus_and_a_plus_in_arabic(qtbot, window, languages):
    """Right-to-left text would show "+A": the glyphs keep their own order."""
    from PySide6.QtGui import QTextLayout, QTextOption

    def visual_order(button) -> bool:
        text = button.text()
        layout = QTextLayout(text, button.font())
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        layout.setTextOption(option)
        layout.beginLayout()
        layout.createLine().setLineWidth(400)
        layout.endLayout()

        def x(index):
            return min(run.boundingRect().x() for run in layout.glyphRuns(index, 1))

        letter = text.index("A")
        return x(letter) < x(letter + 1)  # "A" stands left of its sign

    switch(qtbot, languages, window, "ar")
    bar = window.window_actions.view_settings.bar
    for button in (bar.smaller_button, bar.larger_button):
        assert visual_order(button), button.objectName()
