"""Maturity radar (pyqtgraph): current, target and previous level per capability, always in
the palette's three maturity colours, on rings for Crawl, Walk and Run."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPolygonF
from PySide6.QtWidgets import QGraphicsPolygonItem, QWidget

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


def _point(index: int, count: int, radius: float) -> tuple[float, float]:
    angle = math.pi / 2 - 2 * math.pi * index / count  # first axis at the top, clockwise
    return radius * math.cos(angle), radius * math.sin(angle)


class RadarChart(pg.PlotWidget):  # type: ignore[misc]
    def __init__(self, parent: QWidget | None = None, *, font_size: int = 9) -> None:
        super().__init__(parent, background=None)
        self.font_size = font_size
        self.setAspectLocked(True)
        self.hideAxis("left")
        self.hideAxis("bottom")
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.setMenuEnabled(False)
        self.setMinimumSize(360, 320)
        self.legend: pg.LegendItem | None = None

    def show_data(
        self, axes: Sequence[str], series: Sequence[RadarSeries], ring_labels: Sequence[str]
    ) -> None:
        plot = self.getPlotItem()
        plot.clear()
        if self.legend is None:
            self.legend = plot.addLegend(offset=(10, 10), labelTextSize=f"{self.font_size}pt")
        self.legend.clear()
        count = len(axes)
        if count < 3:
            return  # a radar needs three axes; the results view says so instead
        grid_pen = pg.mkPen(GRID, width=1)
        for ring in range(1, RINGS + 1):
            pts = [_point(i, count, ring) for i in range(count + 1)]
            plot.plot([p[0] for p in pts], [p[1] for p in pts], pen=grid_pen)
            label = pg.TextItem(ring_labels[ring - 1], color=MUTED, anchor=(0, 1))
            label.setFont(QFont("", self.font_size - 1))
            label.setPos(0.08, ring - 0.02)
            plot.addItem(label)
        font = QFont("", self.font_size)
        for i, name in enumerate(axes):
            x, y = _point(i, count, RINGS)
            plot.plot([0, x], [0, y], pen=grid_pen)
            lx, ly = _point(i, count, RINGS + 0.25)
            ax = 0.5 if abs(lx) < 0.2 * RINGS else (0.0 if lx > 0 else 1.0)
            ay = 0.5 if abs(ly) < 0.5 * RINGS else (1.0 if ly > 0 else 0.0)
            text = pg.TextItem(name, color=MUTED, anchor=(ax, ay))
            text.setFont(font)
            text.setPos(lx, ly)
            plot.addItem(text)
        for s in series:
            values = [0.0 if v is None else float(v) for v in s.values]
            pts = [_point(i, count, values[i % count]) for i in range(count + 1)]
            style = Qt.PenStyle.DashLine if s.dashed else Qt.PenStyle.SolidLine
            pen = pg.mkPen(s.colour, width=3 if not s.dashed else 2, style=style)
            plot.plot(
                [p[0] for p in pts],
                [p[1] for p in pts],
                pen=pen,
                name=s.name,
                symbol="o",
                symbolSize=6,
                symbolBrush=s.colour,
                symbolPen=None,
            )
            if s.filled:
                fill = QColor(s.colour)
                fill.setAlpha(45)
                polygon = QGraphicsPolygonItem(QPolygonF([QPointF(x, y) for x, y in pts]))
                polygon.setBrush(fill)
                polygon.setPen(Qt.PenStyle.NoPen)
                plot.addItem(polygon)
        margin = RINGS + 1.6
        plot.setRange(xRange=(-margin, margin), yRange=(-margin + 0.6, margin - 0.6), padding=0)
