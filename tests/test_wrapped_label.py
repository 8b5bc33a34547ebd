"""A wrapped label remembers its height for each width (layouts ask many times while
they settle); whatever changes the height makes it measure again, so it always
answers as a plain QLabel with the same text, font, style and margins."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from vertprep.ui import theme
from vertprep.ui.widgets.labels import WrappedLabel, role_label, set_role

TEXT = "Ask your care team when to stop blood thinners before the procedure. " * 3
WIDTHS = (120, 240, 480)


def make_pair(qtbot, sheet: str = "") -> tuple[QWidget, WrappedLabel, QLabel]:
    """A role label and a plain QLabel twin, side by side under one parent (not shown)."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setStyleSheet(sheet)
    layout = QVBoxLayout(parent)
    cached = role_label("heading")
    plain = QLabel()
    plain.setProperty("role", "heading")
    plain.setWordWrap(True)
    for label in (cached, plain):
        label.setText(TEXT)
        layout.addWidget(label)
    assert isinstance(cached, WrappedLabel)
    return parent, cached, plain


@pytest.fixture
def pair(app, qtbot):
    """The two labels, shown under a parent of the app's style."""
    parent, cached, plain = make_pair(qtbot)
    parent.show()
    qtbot.waitExposed(parent)
    return parent, cached, plain


def assert_same_heights(cached, plain) -> None:
    for width in WIDTHS:
        # Asked twice: the second answer comes from memory.
        assert cached.heightForWidth(width) == plain.heightForWidth(width)
        assert cached.heightForWidth(width) == plain.heightForWidth(width)
    for _ in range(2):
        assert cached.sizeHint() == plain.sizeHint()
        assert cached.minimumSizeHint() == plain.minimumSizeHint()


def test_a_height_asked_again_is_not_measured_again(pair, monkeypatch):
    _, cached, _ = pair
    measured = []
    real = QLabel.heightForWidth
    monkeypatch.setattr(
        QLabel, "heightForWidth", lambda self, width: measured.append(width) or real(self, width)
    )
    cached.setText(TEXT + " again")  # nothing remembered for this text yet
    first = cached.heightForWidth(240)
    assert cached.heightForWidth(240) == first
    assert measured == [240]


def test_heights_follow_the_text(pair):
    _, cached, plain = pair
    assert_same_heights(cached, plain)
    for label in (cached, plain):
        label.setText("Short.")
    assert_same_heights(cached, plain)
    for label in (cached, plain):
        label.clear()
    assert_same_heights(cached, plain)


def test_heights_follow_the_font_the_style_and_the_margins(pair):
    parent, cached, plain = pair
    assert_same_heights(cached, plain)
    font = parent.font()
    font.setPointSize(font.pointSize() * 2)
    parent.setFont(font)
    assert_same_heights(cached, plain)
    # (A new sheet goes through theme.restyle(), which makes the labels measure again.)
    parent.setStyleSheet(
        'QLabel[role="heading"] { font-size: 30pt; padding: 12px 40px; }'
        'QLabel[role="wide"] { font-size: 30pt; padding: 0 90px; }'
    )
    assert_same_heights(cached, plain)
    for label in (cached, plain):
        label.setContentsMargins(30, 0, 30, 0)
    assert_same_heights(cached, plain)
    # Another role: other paddings, the same font.
    for label in (cached, plain):
        set_role(label, "wide")
    assert_same_heights(cached, plain)
    for label in (cached, plain):
        label.setAlignment(Qt.AlignmentFlag.AlignRight)
        label.setIndent(25)
        label.setMargin(7)
    assert_same_heights(cached, plain)
    for label in (cached, plain):
        label.setMinimumWidth(300)
    assert_same_heights(cached, plain)
    for label in (cached, plain):
        label.setWordWrap(False)
    assert cached.heightForWidth(120) == plain.heightForWidth(120)
    assert cached.sizeHint() == plain.sizeHint()


def test_a_restyle_measures_again(pair, monkeypatch):
    """A new style sheet may pad labels differently, at the same font size."""
    parent, cached, plain = pair
    sheets = iter(["QLabel { padding: 0; }", "QLabel { padding: 0 120px; }"])
    monkeypatch.setattr(theme, "current_style_sheet", lambda: next(sheets))
    theme.restyle(parent)
    assert_same_heights(cached, plain)
    theme.restyle(parent)
    assert_same_heights(cached, plain)


def test_a_new_contrast_measures_nothing_again(pair, monkeypatch):
    """Colours alone pad nothing differently: what a label knows holds."""
    parent, cached, plain = pair
    sheets = iter(["QLabel { color: black; }", "QLabel { color: white; }"])
    monkeypatch.setattr(theme, "current_style_sheet", lambda: next(sheets))
    theme.restyle(parent)
    assert_same_heights(cached, plain)
    measured = []
    for name in ("heightForWidth", "sizeHint", "minimumSizeHint"):
        real = getattr(QLabel, name)
        monkeypatch.setattr(
            QLabel,
            name,
            lambda self, *args, real=real, name=name: measured.append(name) or real(self, *args),
        )
    theme.restyle(parent)
    for width in WIDTHS:
        cached.heightForWidth(width)
    cached.sizeHint()
    cached.minimumSizeHint()
    assert measured == []


def test_a_label_asked_before_it_is_polished_answers_as_a_plain_one(app, qtbot):
    """A label asked for its size before it is polished is measured in the font its
    style gives it, and still answers as a plain QLabel once that style changes."""
    parent, cached, plain = make_pair(qtbot, 'QLabel[role="heading"] { font-size: 31pt; }')
    unpolished = cached.font().pointSize()
    assert unpolished != 31
    cached.sizeHint()  # polished first, then measured at 31 points
    parent.show()
    qtbot.waitExposed(parent)
    assert_same_heights(cached, plain)
    parent.setStyleSheet(f'QLabel[role="heading"] {{ font-size: {unpolished}pt; }}')
    assert cached.font().pointSize() == unpolished
    assert_same_heights(cached, plain)


def test_a_size_hint_changed_by_its_caller_is_not_the_labels(pair):
    _, cached, plain = pair
    for ask in (cached.sizeHint, cached.minimumSizeHint):
        hint = ask()
        hint.setWidth(hint.width() + 500)
        assert ask() != hint
    assert_same_heights(cached, plain)


def test_unwrapped_labels_stay_plain(app):
    assert type(role_label(wrap=False)) is QLabel
