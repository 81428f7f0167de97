"""pyqtgraph bar charts with a narrow data protocol (:class:`ChartData`).

A chart only *draws* what the page hands it: categories, series of exact nano amounts and
their colours, and optionally a cumulative-share line. The only arithmetic here is view
arithmetic (stacking offsets, hit testing). Everything a chart shows is inside its
pyqtgraph scene (title, plot, legend), so PNG/SVG exports match the screen.

- hover shows the exact amount in the locale money format (a tooltip);
- clicking the legend toggles a series (the stack closes up);
- clicking a bar or segment emits ``segment_clicked(dimension, value)``: the page turns
  that into a filter (drill-down);
- on a time chart (``ChartData.periods``), clicking a bar or its label on the time axis
  also emits ``period_clicked(start, end)`` (before ``segment_clicked``): the month to
  filter on;
- bars always start at zero; the value axis carries the currency, abbreviated.

Signals:
    segment_clicked(str, str): the dimension and the group that was clicked.
    period_clicked(object, object): the clicked category's period (start, exclusive end).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QToolTip, QVBoxLayout, QWidget

from workbench.core import palette
from workbench.core.formatting import format_money_nano, format_percent
from workbench.core.money import to_float
from workbench.gui.overview.chart_axes import CategoryAxis, MoneyAxis, PercentAxis
from workbench.gui.overview.chart_export import export_chart

BAR_WIDTH = 0.66


@dataclass(frozen=True)
class ChartSeries:
    name: str
    nano: tuple[int, ...]  # one exact amount per category
    colour: str
    #: Per-category colours (a Pareto colours each service); empty = ``colour`` everywhere.
    colours: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChartData:
    """What one chart shows. ``click_dimension`` names what a click filters on; the
    clicked value is the series name (``click_on="series"``) or the category."""

    title: str
    currency: str
    lang: str
    categories: tuple[str, ...]
    series: tuple[ChartSeries, ...]
    value_label: str
    click_dimension: str = ""
    click_on: str = "series"
    horizontal: bool = False
    cumulative: tuple[float, ...] = ()  # Pareto: cumulative share (0..1) per category
    cumulative_label: str = ""
    #: Extra hover lines per category (movers: "was € x, now € y").
    details: tuple[str, ...] = ()
    not_clickable: frozenset[str] = field(default_factory=frozenset)
    #: What a click on each category filters on, when it differs from the label shown.
    click_values: tuple[str, ...] = ()
    empty_text: str = ""
    #: Time charts: the period (start, exclusive end) a click on each category filters on.
    periods: tuple[tuple[dt.date, dt.date], ...] = ()


class BarChart(QWidget):
    segment_clicked = Signal(str, str)
    period_clicked = Signal(object, object)

    def __init__(self, parent: QWidget | None = None, *, horizontal: bool = False) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.data: ChartData | None = None
        self.setObjectName("ChartCard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.items: list[pg.BarGraphItem] = []
        self.line: pg.PlotDataItem | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 10)
        outer.setSpacing(2)
        self.header = QHBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.addStretch(1)
        self.png_button = QToolButton(self)
        self.svg_button = QToolButton(self)
        for button in (self.png_button, self.svg_button):
            button.setAutoRaise(True)
            button.setObjectName("ChartExport")
            self.header.addWidget(button)
        self.png_button.setText("PNG")
        self.svg_button.setText("SVG")
        outer.addLayout(self.header)
        self.view = pg.GraphicsLayoutWidget(self)
        self.view.setFrameShape(pg.GraphicsLayoutWidget.Shape.NoFrame)
        self.view.setMinimumHeight(260)
        self.view.ci.setContentsMargins(6, 6, 12, 6)
        self.title = self.view.addLabel("", row=0, col=0)
        self.value_axis = MoneyAxis("bottom" if horizontal else "left")
        self.category_axis = CategoryAxis("left" if horizontal else "bottom")
        self.percent_axis = PercentAxis("right")
        axes = {"right": self.percent_axis}
        if horizontal:
            axes.update(left=self.category_axis, bottom=self.value_axis)
        else:
            axes.update(left=self.value_axis, bottom=self.category_axis)
        self.plot = self.view.addPlot(row=1, col=0, axisItems=axes)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.legend = pg.LegendItem(colCount=5, horSpacing=18, verSpacing=0)
        self.view.addItem(self.legend, row=2, col=0)
        self.legend.sigSampleClicked.connect(self._on_legend_clicked)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("Muted")
        self.empty_label.setWordWrap(True)
        outer.addWidget(self.view, 1)
        outer.addWidget(self.empty_label)
        self.empty_label.hide()
        self.view.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.view.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.png_button.clicked.connect(lambda: self.request_export("png"))
        self.svg_button.clicked.connect(lambda: self.request_export("svg"))
        #: Set by the page: asks the user for a path, then calls :meth:`export`.
        self.export_requested: list[object] = []

    # -- drawing ------------------------------------------------------------------------

    def _colours(self) -> tuple[QColor, QColor]:
        pal = self.palette()
        return pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.WindowText)

    def set_data(self, data: ChartData) -> None:
        self.data = data
        background, ink = self._colours()
        self.view.setBackground(background)
        self.title.setText(data.title, size="12pt", bold=True, color=ink.name())
        for axis in (self.value_axis, self.category_axis, self.percent_axis):
            axis.setTextPen(pg.mkPen(ink))
            axis.setPen(pg.mkPen(QColor(palette.MUTED)))
            axis.setStyle(tickFont=self.font())
        self.plot.clear()
        self.legend.clear()
        self.items, self.line = [], None
        empty = not data.categories or not data.series
        self.empty_label.setText(data.empty_text)
        self.empty_label.setVisible(empty and bool(data.empty_text))
        self.value_axis.currency, self.value_axis.lang = data.currency, data.lang
        self.percent_axis.lang = data.lang
        labels = list(data.categories)
        if not data.horizontal:
            self.category_axis.max_chars = 16 if len(labels) > 6 else 28
        self.category_axis.set_labels(list(reversed(labels)) if data.horizontal else labels)
        self.plot.showGrid(x=data.horizontal, y=not data.horizontal, alpha=0.15)
        self.legend.setLabelTextColor(ink)
        self.legend.setLabelTextSize("10pt")
        label_style = {"color": ink.name(), "font-size": "10pt"}
        self.plot.setLabel("bottom" if data.horizontal else "left", data.value_label, **label_style)
        self.plot.setLabel("left" if data.horizontal else "bottom", "")
        for series in data.series:
            item = pg.BarGraphItem(x=[0], height=[0], width=BAR_WIDTH, brush=series.colour)
            item.series_name = series.name
            self.plot.addItem(item)
            self.legend.addItem(item, series.name)
            self.items.append(item)
        if data.cumulative:
            pen = pg.mkPen(ink, width=2)
            self.line = self.plot.plot([0], [0], pen=pen, symbol="o", symbolSize=6)
            self.line.setSymbolBrush(ink)
            self.legend.addItem(self.line, data.cumulative_label)
            self.plot.showAxis("right")
            self.plot.setLabel("right", data.cumulative_label, **label_style)
        else:
            self.plot.hideAxis("right")
        self.restack()

    def visible_series(self) -> list[int]:
        return [i for i, item in enumerate(self.items) if item.isVisible()]

    def stacks(self) -> tuple[np.ndarray, np.ndarray]:
        """(bottom, top) per [series, category] in view units, visible series stacked
        upwards (positive amounts) or downwards (credits) from zero."""
        assert self.data is not None
        n = len(self.data.categories)
        values = np.array(
            [[to_float(v) for v in s.nano] for s in self.data.series], dtype=np.float64
        ).reshape(len(self.data.series), n)
        bottom = np.zeros_like(values)
        up, down = np.zeros(n), np.zeros(n)
        for i in self.visible_series():
            positive = values[i] >= 0
            bottom[i] = np.where(positive, up, down)
            up = np.where(positive, up + values[i], up)
            down = np.where(positive, down, down + values[i])
        return bottom, bottom + values

    def _positions(self) -> np.ndarray:
        assert self.data is not None
        n = len(self.data.categories)
        return np.arange(n - 1, -1, -1, dtype=float) if self.data.horizontal else np.arange(n)

    def restack(self) -> None:
        if self.data is None:
            return
        bottom, top = self.stacks()
        pos = self._positions()
        for i, (item, series) in enumerate(zip(self.items, self.data.series, strict=True)):
            brushes = [pg.mkBrush(c) for c in series.colours] if series.colours else None
            extent = top[i] - bottom[i]
            if self.data.horizontal:
                item.setOpts(x0=bottom[i], width=extent, y=pos, height=BAR_WIDTH, brushes=brushes)
            else:
                item.setOpts(x=pos, y0=bottom[i], height=extent, width=BAR_WIDTH, brushes=brushes)
        visible = self.visible_series()
        high = float(top[visible].max()) if visible and top.size else 0.0
        low = float(bottom[visible].min()) if visible and bottom.size else 0.0
        high, low = max(high, 0.0), min(low, 0.0)
        pad = (high - low) * 0.06 or 1.0
        n = max(len(self.data.categories), 1)
        if self.data.horizontal:
            self.plot.setXRange(low - (pad if low < 0 else 0), high + pad, padding=0)
            self.plot.setYRange(-0.6, n - 0.4, padding=0)
        else:
            self.plot.setYRange(low - (pad if low < 0 else 0), high + pad, padding=0)
            self.plot.setXRange(-0.6, n - 0.4, padding=0)
        if self.line is not None:
            self.percent_axis.full_scale = high + pad
            shares = np.asarray(self.data.cumulative, dtype=np.float64)
            self.line.setData(pos, shares * (high + pad))
            self.percent_axis.picture = None
            self.percent_axis.update()

    # -- hover and click ----------------------------------------------------------------

    def hit(self, x: float, y: float) -> tuple[int, int] | None:
        """(series index, category index) under the view point (x, y), or None."""
        if self.data is None or not self.data.categories:
            return None
        along, across = (y, x) if self.data.horizontal else (x, y)
        n = len(self.data.categories)
        slot = int(round(along))
        if not 0 <= slot < n or abs(along - slot) > BAR_WIDTH / 2:
            return None
        category = n - 1 - slot if self.data.horizontal else slot
        bottom, top = self.stacks()
        for i in self.visible_series():
            lo, hi = sorted((bottom[i, category], top[i, category]))
            if lo <= across <= hi and hi > lo:
                return i, category
        return None

    def hover_text(self, series_index: int, category: int) -> str:
        assert self.data is not None
        data = self.data
        series = data.series[series_index]
        amount = format_money_nano(series.nano[category], data.currency, data.lang)
        lines = [f"<b>{series.name}</b>" if len(data.series) > 1 else "", data.categories[category]]
        lines = [line for line in lines if line]
        lines.append(f"<b>{amount}</b>")
        if data.cumulative:
            lines.append(
                f"{data.cumulative_label}: {format_percent(data.cumulative[category], data.lang)}"
            )
        if data.details and data.details[category]:
            lines.append(data.details[category])
        return "<br>".join(lines)

    def value_at(self, series_index: int, category: int) -> str:
        """The group a click on this bar filters on."""
        assert self.data is not None
        if self.data.click_on == "category":
            if self.data.click_values:
                return self.data.click_values[category]
            return self.data.categories[category]
        return self.data.series[series_index].name

    def click(self, series_index: int, category: int) -> None:
        if self.data is None:
            return
        # The period first, so the page can fold it into the group drill-down that follows.
        self.click_period(category)
        if not self.data.click_dimension:
            return
        value = self.value_at(series_index, category)
        if value not in self.data.not_clickable:
            self.segment_clicked.emit(self.data.click_dimension, value)

    def click_period(self, category: int) -> None:
        """A click on a time chart's category (bar or axis label): emit its period."""
        if self.data is not None and 0 <= category < len(self.data.periods):
            start, end = self.data.periods[category]
            self.period_clicked.emit(start, end)

    def axis_category(self, scene_pos: QPointF) -> int | None:
        """The category whose label on the category axis is under ``scene_pos``."""
        if self.data is None or not self.data.categories:
            return None
        if not self.category_axis.sceneBoundingRect().contains(scene_pos):
            return None
        point = self.plot.vb.mapSceneToView(scene_pos)
        along = point.y() if self.data.horizontal else point.x()
        slot = int(round(along))
        n = len(self.data.categories)
        if not 0 <= slot < n or abs(along - slot) > 0.5:
            return None
        return n - 1 - slot if self.data.horizontal else slot

    def _view_point(self, scene_pos: QPointF) -> QPointF | None:
        box = self.plot.vb
        if not box.sceneBoundingRect().contains(scene_pos):
            return None
        point: QPointF = box.mapSceneToView(scene_pos)
        return point

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        point = self._view_point(scene_pos)
        found = self.hit(point.x(), point.y()) if point is not None else None
        if found is None:
            QToolTip.hideText()
            self._set_axis_cursor(scene_pos)
            return
        QToolTip.showText(QCursor.pos(), self.hover_text(*found), self.view)

    def _on_mouse_clicked(self, event: object) -> None:
        scene_pos = event.scenePos()  # type: ignore[attr-defined]
        point = self._view_point(scene_pos)
        found = self.hit(point.x(), point.y()) if point is not None else None
        if found is not None:
            self.click(*found)
            return
        category = self.axis_category(scene_pos)
        if category is not None:
            self.click_period(category)

    def _set_axis_cursor(self, scene_pos: QPointF) -> None:
        """A pointing hand over a clickable month on the time axis."""
        clickable = bool(self.data and self.data.periods) and (
            self.axis_category(scene_pos) is not None
        )
        shape = Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        self.view.viewport().setCursor(shape)

    def _on_legend_clicked(self, _item: object) -> None:
        self.restack()

    # -- export -------------------------------------------------------------------------

    def request_export(self, kind: str) -> None:
        for callback in self.export_requested:
            if callable(callback):
                callback(self, kind)

    def export(self, path: str | Path) -> Path:
        return export_chart(self.view, Path(path))
