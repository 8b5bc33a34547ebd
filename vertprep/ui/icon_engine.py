"""Line icons drawn in the current theme's ink, so they stay visible in high contrast.

The bundled SVG icons are drawn with one ink colour (``INK``). This engine swaps that
colour for the theme's text colour each time Qt asks for a picture, so an icon made
before the theme changed still follows it; nobody has to reload icons.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QFile, QIODevice, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from vertprep.ui import theme

INK = b"#1b2a38"  # the colour every line icon in resources/icons is drawn with


def _read(path: str) -> bytes:
    file = QFile(path)
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        return b""
    try:
        return bytes(file.readAll().data())
    finally:
        file.close()


class ThemedSvgIconEngine(QIconEngine):
    """Renders one SVG with its ink in the colour of the current theme and icon mode."""

    def __init__(self, path: str, svg: bytes | None = None) -> None:
        super().__init__()
        self._path = path
        self._svg = _read(path) if svg is None else svg
        # One parsed picture per ink: a window repaint draws every icon in view, and
        # parsing the SVG again each time was most of what drawing one cost.
        self._renderers: dict[str, QSvgRenderer] = {}

    def _ink(self, mode: QIcon.Mode) -> str:
        palette = theme.current_palette()
        if mode == QIcon.Mode.Selected:
            return palette.accent_text
        if mode == QIcon.Mode.Disabled:
            return palette.border
        return palette.text

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ink = self._ink(mode)
        renderer = self._renderers.get(ink)
        if renderer is None:
            data = self._svg.replace(INK, ink.encode("ascii"))
            renderer = self._renderers[ink] = QSvgRenderer(QByteArray(data))
        if renderer.isValid():
            renderer.render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = self.pixmap(size * scale, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def isNull(self) -> bool:
        return not self._svg

    def clone(self) -> QIconEngine:
        return ThemedSvgIconEngine(self._path, self._svg)

    def key(self) -> str:
        return "vertprep-themed-svg"


def themed_icon(path: str) -> QIcon:
    """An icon for the SVG at ``path`` (a Qt resource path) that follows the theme."""
    return QIcon(ThemedSvgIconEngine(path))
