"""Plain SVG icons from ``resources/icons``, recoloured to the palette's text colour.

The folder is found through :mod:`workbench.core.resources` (installed copy or checkout).

The SVGs draw with ``currentColor``; we substitute a concrete colour at load time (as
napari does) so icons read on both light and dark palettes. No .qrc build step.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from workbench.core.resources import resource_path


@cache
def _render(name: str, colour: str, size: int) -> QPixmap:
    path = resource_path("icons", f"{name}.svg")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    if path.is_file():
        svg = path.read_text(encoding="utf-8").replace("currentColor", colour)
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
    return QPixmap.fromImage(image)


def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon ``resources/icons/<name>.svg``; an empty icon when the file is missing."""
    if colour is None:
        colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    result = QIcon()
    for size in (16, 24, 32, 48):
        result.addPixmap(_render(name, colour, size))
    return result


def icon_size() -> QSize:
    return QSize(20, 20)
