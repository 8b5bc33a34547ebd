"""Label helpers: wrapped text with a style role from the theme."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QSize, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    """A word-wrapped label that remembers its height for each width asked, and its
    size hints.

    Qt's layouts ask a wrapped label for its height at a width many times while they
    settle (about twenty times per label after a text size change, at half a dozen
    widths), and QLabel lays the text out anew each time: on a long checklist that
    was most of a restyle. Its size hints (three more layouts of the text) are
    thrown away by every change of style, even one that changes only colours.
    An answer holds for the font it was measured in; all are forgotten when the
    text, the wrapping, the margins, the alignment, the minimum width or the style
    properties change, when the label is shown, and when a new style sheet pads it
    differently (``recheck_heights``, after a restyle). (No ``changeEvent`` here: a Python
    override is called for every change event of every label, which cost more than
    the measuring it saved.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, tuple[QFont, int]] = {}
        # (font, size hint, minimum size hint), for the last few fonts.
        self._size_hints: list[tuple[QFont, QSize, QSize]] = []
        self._padding: tuple[QMargins, int, QSize, QSize] | None = None

    def heightForWidth(self, width: int) -> int:
        font = self.font()
        known = self._heights.get(width)
        if known is not None and known[0] == font:
            return known[1]
        height = super().heightForWidth(width)
        self._heights[width] = (font, height)
        return height

    def sizeHint(self) -> QSize:
        return QSize(self._hints()[1])  # a copy: the caller may change it

    def minimumSizeHint(self) -> QSize:
        return QSize(self._hints()[2])

    def _hints(self) -> tuple[QFont, QSize, QSize]:
        font = self.font()
        for known in self._size_hints:
            if known[0] == font:
                return known
        # QLabel measures both at once (polished first: the font may change then, so
        # it is read again). A text size or two back is kept, for a person going
        # back and forth between sizes.
        hint, minimum = super().sizeHint(), super().minimumSizeHint()
        known = (self.font(), hint, minimum)
        self._size_hints = [known, *self._size_hints[: _KEPT_FONTS - 1]]
        return known

    def forget_heights(self) -> None:
        self._heights.clear()
        self._size_hints.clear()

    def recheck_heights(self) -> None:
        """After a new style sheet: what the label knows holds if the sheet pads and
        sizes it as before (a new font is noticed when asked). A change of contrast
        keeps it all."""
        padding = (self.contentsMargins(), self.indent(), self.minimumSize(), self.maximumSize())
        if padding != self._padding:
            self._padding = padding
            self.forget_heights()

    def setText(self, text: str) -> None:
        if text != self.text():
            self.forget_heights()
            super().setText(text)

    def clear(self) -> None:
        self.forget_heights()
        super().clear()

    def setWordWrap(self, on: bool) -> None:
        self.forget_heights()
        super().setWordWrap(on)

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:
        self.forget_heights()
        super().setTextFormat(text_format)

    def setTextInteractionFlags(self, flags: Qt.TextInteractionFlag) -> None:
        self.forget_heights()
        super().setTextInteractionFlags(flags)

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:
        self.forget_heights()
        super().setAlignment(alignment)

    def setIndent(self, indent: int) -> None:
        self.forget_heights()
        super().setIndent(indent)

    def setMargin(self, margin: int) -> None:
        self.forget_heights()
        super().setMargin(margin)

    def setMinimumWidth(self, width: int) -> None:
        self.forget_heights()
        super().setMinimumWidth(width)

    def setContentsMargins(self, *margins) -> None:
        self.forget_heights()
        super().setContentsMargins(*margins)

    def showEvent(self, event: QShowEvent) -> None:
        # Polished (paddings from the style sheet) when first shown.
        self.forget_heights()
        super().showEvent(event)


_KEPT_FONTS = 3


def forget_heights(root: QWidget) -> None:
    """Make the wrapped labels in ``root`` measure again (after a new style sheet,
    whose paddings may differ)."""
    for label in root.findChildren(WrappedLabel):
        label.forget_heights()
    if isinstance(root, WrappedLabel):
        root.forget_heights()


def role_label(
    role: str = "",
    parent: QWidget | None = None,
    *,
    wrap: bool = True,
    selectable: bool = False,
) -> QLabel:
    """A label styled by ``QLabel[role="..."]`` in the theme, word-wrapped by default.

    ``selectable`` where a patient may want to copy the text: a phone number, a long
    paragraph. Not for headings and short lines: a selectable label keeps a text
    document of its own that is laid out again whenever the style changes."""
    label = WrappedLabel(parent) if wrap else QLabel(parent)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def set_status(widget: QWidget, status: str, styled: frozenset[str] | None = None) -> None:
    """Set the ``status`` style property and re-apply the style sheet to show it.

    ``styled``, if given, names the only statuses the style sheet gives ``widget`` a
    look for: between two others the sheet is not applied again (it would look the
    same, and re-applying it re-lays out everything inside the widget)."""
    previous = widget.property("status")
    if previous == status:
        return
    widget.setProperty("status", status)
    if styled is not None and previous not in styled and status not in styled:
        return
    if isinstance(widget, WrappedLabel):
        widget.forget_heights()
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        # A widget not polished yet (a new card) takes the property when first shown;
        # so the first screen does without QStyle, whose enums take long to create.
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def set_role(widget: QWidget, role: str) -> None:
    """Set the ``role`` style property and re-apply the style sheet to show it."""
    if (widget.property("role") or "") == role:
        return
    widget.setProperty("role", role)
    if isinstance(widget, WrappedLabel):
        widget.forget_heights()
    widget.style().unpolish(widget)
    widget.style().polish(widget)
