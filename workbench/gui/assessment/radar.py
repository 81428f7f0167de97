"""Maturity radar (pyqtgraph): current, target and previous level per capability, always in
the palette's three maturity colours, on rings for Crawl, Walk and Run."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPolygonF
from PySide6.QtWidgets import QGraphicsPolygonItem, QSizePolicy, QWidget

from workbench.core.palette import (
    GRID,
    MATURITY_CURRENT,
    MATURITY_PREVIOUS,
    MATURITY_TARGET,
    MUTED,
)

RINGS = 3  # Crawl, Walk, Run


@dataclass(frozen=True)
class RadarSeries:
    name: str
    colour: str
    values: Sequence[float | None]  # level 0..3 per axis; None = not assessed
    dashed: bool = False
    filled: bool = False


def series_colours() -> tuple[str, str, str]:
    """(current, target, previous): the fixed maturity colours."""
    return MATURITY_CURRENT, MATURITY_TARGET, MATURITY_PREVIOUS


def _point_at(position: float, count: int, radius: float) -> tuple[float, float]:
    angle = math.pi / 2 - 2 * math.pi * position / count
    return radius * math.cos(angle), radius * math.sin(angle)


def _point(index: int, count: int, radius: float) -> tuple[float, float]:
    angle = math.pi / 2 - 2 * math.pi * index / count  # first axis at the top, clockwise
    return radius * math.cos(angle), radius * math.sin(angle)


#: Capability names longer than this wrap onto two lines around the radar.
WRAP_AT = 18
#: Pixels kept free between a label and the widget's edge.
EDGE = 6


def wrap_label(name: str, width: int = WRAP_AT) -> str:
    """Split a long axis label at the space nearest its middle (two lines at most)."""
    if len(name) <= width or " " not in name:
        return name
    middle = len(name) / 2
    cut = min((i for i, ch in enumerate(name) if ch == " "), key=lambda i: abs(i - middle))
    return f"{name[:cut]}\n{name[cut + 1 :]}"


@dataclass
class _AxisLabel:
    item: pg.TextItem
    x: float  # anchor point in radar units
    y: float
    anchor: tuple[float, float]
    size: tuple[float, float]  # text width and height in pixels


class RadarChart(pg.PlotWidget):  # type: ignore[misc]
    """Rings and spokes on a view whose scale is chosen so that every axis label fits inside
    the widget; the legend sits in its own row under the plot, so it never covers a label."""

    def __init__(self, parent: QWidget | None = None, *, font_size: int = 9) -> None:
        super().__init__(parent, background=None)
        self.font_size = font_size
        self.hideAxis("left")
        self.hideAxis("bottom")
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.setMenuEnabled(False)
        self.setMinimumSize(360, 320)
        self.axis_labels: list[_AxisLabel] = []
        plot = self.getPlotItem()
        self.legend = pg.LegendItem(colCount=3, horSpacing=18, verSpacing=0)
        self.legend.setParentItem(plot)
        # Row 4 of the PlotItem's grid is below the (hidden) bottom axis: outside the view.
        plot.layout.addItem(self.legend, 4, 1)
        plot.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignHCenter)
        # As wide as its entries, not as the plot: the three series sit together.
        self.legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        plot.vb.sigResized.connect(self.fit)

    def show_data(
        self, axes: Sequence[str], series: Sequence[RadarSeries], ring_labels: Sequence[str]
    ) -> None:
        plot = self.getPlotItem()
        plot.clear()
        self.legend.clear()
        self.legend.setLabelTextSize(f"{self.font_size}pt")
        self.axis_labels = []
        count = len(axes)
        if count < 3:
            return  # a radar needs three axes; the results view says so instead
        grid_pen = pg.mkPen(GRID, width=1)
        for ring in range(1, RINGS + 1):
            pts = [_point(i, count, ring) for i in range(count + 1)]
            plot.plot([p[0] for p in pts], [p[1] for p in pts], pen=grid_pen)
            label = pg.TextItem(ring_labels[ring - 1], color=MUTED, anchor=(0, 1))
            label.setFont(self._font(self.font_size - 1))
            # Between the first two spokes, so "Run" does not touch the top axis label.
            label.setPos(*_point_at(0.5, count, ring - 0.05))
            plot.addItem(label)
        font = self._font(self.font_size)
        metrics = QFontMetricsF(font)
        for i, name in enumerate(axes):
            x, y = _point(i, count, RINGS)
            plot.plot([0, x], [0, y], pen=grid_pen)
            lx, ly = _point(i, count, RINGS + 0.25)
            ax = 0.5 if abs(lx) < 0.2 * RINGS else (0.0 if lx > 0 else 1.0)
            ay = 0.5 if abs(ly) < 0.5 * RINGS else (1.0 if ly > 0 else 0.0)
            wrapped = wrap_label(name)
            text = pg.TextItem(wrapped, color=MUTED, anchor=(ax, ay))
            text.setFont(font)
            text.setPos(lx, ly)
            text.setToolTip(name)
            plot.addItem(text)
            lines = wrapped.split("\n")
            # TextItem draws with a few pixels of document margin on each side.
            size = (
                max(metrics.horizontalAdvance(line) for line in lines) + 8,
                metrics.lineSpacing() * len(lines) + 8,
            )
            self.axis_labels.append(_AxisLabel(text, lx, ly, (ax, ay), size))
        for s in series:
            values = [0.0 if v is None else float(v) for v in s.values]
            pts = [_point(i, count, values[i % count]) for i in range(count + 1)]
            style = Qt.PenStyle.DashLine if s.dashed else Qt.PenStyle.SolidLine
            pen = pg.mkPen(s.colour, width=3 if not s.dashed else 2, style=style)
            line = plot.plot(
                [p[0] for p in pts],
                [p[1] for p in pts],
                pen=pen,
                symbol="o",
                symbolSize=6,
                symbolBrush=s.colour,
                symbolPen=None,
            )
            self.legend.addItem(line, s.name)
            if s.filled:
                fill = QColor(s.colour)
                fill.setAlpha(45)
                polygon = QGraphicsPolygonItem(QPolygonF([QPointF(x, y) for x, y in pts]))
                polygon.setBrush(fill)
                polygon.setPen(Qt.PenStyle.NoPen)
                plot.addItem(polygon)
        self.fit()

    def _font(self, points: int) -> QFont:
        """The application's font (not the platform default serif) at ``points``."""
        font = QFont(self.font())
        font.setPointSize(points)
        return font

    def scale(self, width: float, height: float) -> float:
        """Pixels per level so the outer ring and every label fit in width x height px."""
        half_w, half_h = width / 2 - EDGE, height / 2 - EDGE
        best = min(half_w, half_h) / (RINGS + 0.3)
        for label in self.axis_labels:
            w, h = label.size
            # Extent of the label beyond its anchor point, away from the centre, in pixels.
            out_x = w * (1 - label.anchor[0]) if label.x >= 0 else w * label.anchor[0]
            out_y = h * label.anchor[1] if label.y >= 0 else h * (1 - label.anchor[1])
            if abs(label.x) > 1e-6:
                best = min(best, max(half_w - out_x, 1.0) / abs(label.x))
            if abs(label.y) > 1e-6:
                best = min(best, max(half_h - out_y, 1.0) / abs(label.y))
        return max(best, 1.0)

    def fit(self) -> None:
        """Set the view so one level is the same number of pixels across and up."""
        box = self.getPlotItem().vb
        width, height = box.width(), box.height()
        if width <= 0 or height <= 0:
            return
        pixels = self.scale(width, height)
        half_x, half_y = width / 2 / pixels, height / 2 / pixels
        box.setRange(xRange=(-half_x, half_x), yRange=(-half_y, half_y), padding=0)
