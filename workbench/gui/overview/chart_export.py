"""PNG and SVG export of a chart's whole pyqtgraph scene (title, plot and legend)."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters  # noqa: F401 - registers pg.exporters
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

#: PNG width in pixels: sharp on a slide and in a Word document.
PNG_WIDTH = 1800


class ChartExportError(OSError):
    """The chart could not be written; the message names the file."""


def _export_svg(view: pg.GraphicsLayoutWidget, path: Path) -> None:
    """Render the scene through Qt's SVG generator.

    pyqtgraph's own SVGExporter post-processes Qt's path syntax and fails on the paths
    that recent Qt versions write, so the scene is rendered directly instead.
    """
    source = view.ci.sceneBoundingRect()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(source.size().toSize())
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(path.stem)
    painter = QPainter(generator)
    try:
        view.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        painter.end()


def export_chart(view: pg.GraphicsLayoutWidget, path: Path) -> Path:
    """Write ``view`` to ``path``; the suffix (.png or .svg) picks the format."""
    suffix = path.suffix.lower()
    path.parent.mkdir(parents=True, exist_ok=True)
    item = view.ci
    if suffix == ".svg":
        _export_svg(view, path)
    elif suffix == ".png":
        exporter = pg.exporters.ImageExporter(item)
        exporter.parameters()["width"] = PNG_WIDTH
        exporter.export(str(path))
    else:
        raise ChartExportError(f"cannot export a chart as {suffix or 'a file without suffix'}")
    if not path.exists() or path.stat().st_size == 0:
        raise ChartExportError(f"could not write {path}")
    return path
