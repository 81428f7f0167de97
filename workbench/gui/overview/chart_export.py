"""PNG and SVG export of a chart's whole pyqtgraph scene (title, plot and legend)."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters  # noqa: F401 - registers pg.exporters

#: PNG width in pixels: sharp on a slide and in a Word document.
PNG_WIDTH = 1800


class ChartExportError(OSError):
    """The chart could not be written; the message names the file."""


def export_chart(view: pg.GraphicsLayoutWidget, path: Path) -> Path:
    """Write ``view`` to ``path``; the suffix (.png or .svg) picks the format."""
    suffix = path.suffix.lower()
    path.parent.mkdir(parents=True, exist_ok=True)
    item = view.ci
    if suffix == ".svg":
        pg.exporters.SVGExporter(item).export(str(path))
    elif suffix == ".png":
        exporter = pg.exporters.ImageExporter(item)
        exporter.parameters()["width"] = PNG_WIDTH
        exporter.export(str(path))
    else:
        raise ChartExportError(f"cannot export a chart as {suffix or 'a file without suffix'}")
    if not path.exists() or path.stat().st_size == 0:
        raise ChartExportError(f"could not write {path}")
    return path
