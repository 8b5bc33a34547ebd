"""An SVG picture that scales to the width it is given, keeping its proportions."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from vertprep.resources import resource_path


class Illustration(QWidget):
    """Draws ``resources/illustrations/<name>.svg`` as large as the width allows."""

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.renderer = QSvgRenderer(resource_path(f"illustrations/{name}.svg"), self)
        if not self.renderer.isValid():
            raise FileNotFoundError(name)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _aspect(self) -> float:
        box = self.renderer.viewBoxF()
        return box.height() / box.width() if box.width() else 0.8

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(min(width, 360) * self._aspect())

    def sizeHint(self) -> QSize:
        return QSize(320, self.heightForWidth(320))

    def minimumSizeHint(self) -> QSize:
        return QSize(140, self.heightForWidth(140))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        width = min(self.width(), 360, self.height() / self._aspect())
        height = width * self._aspect()
        left = (self.width() - width) / 2
        self.renderer.render(painter, QRectF(left, 0, width, height))
