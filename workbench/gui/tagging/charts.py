"""The page's two charts (pyqtgraph): the monthly coverage trend and the stacked
allocation bars. Each takes the core's typed chart data for ONE currency and only draws;
hovering a month shows its exact values in the caption line under the chart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workbench.core import palette
from workbench.core.formatting import abbreviate_money, format_money, format_month, format_percent
from workbench.core.tagging.allocation_model import UNALLOCATED
from workbench.core.tagging.coverage import CoverageTrend
from workbench.core.tagging.showback import StackedSeries
from workbench.gui.tagging.compute import OTHER_RECIPIENTS


def month_label(month: str, lang: str) -> str:
    return format_month(dt.date(int(month[:4]), int(month[5:7]), 1), lang)


def _lines_overlap(a: Sequence[float | None], b: Sequence[float | None]) -> bool:
    """True when two coverage lines are within half a percentage point everywhere."""
    pairs = [(x, y) for x, y in zip(a, b, strict=False) if x is not None and y is not None]
    return bool(pairs) and all(abs(x - y) < 0.005 for x, y in pairs)


class _MoneyAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph has no type hints
    def __init__(self) -> None:
        super().__init__("left")
        self.currency = ""
        self.lang = "en"
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        return [abbreviate_money(round(v, 6), self.currency, self.lang) for v in values]


class _PercentAxis(pg.AxisItem):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__("left")
        self.lang = "en"
        self.enableAutoSIPrefix(False)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:  # noqa: N802, N803
        return [(0.25, [0.0, 0.25, 0.5, 0.75, 1.0])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        return [format_percent(v, self.lang, 0) for v in values]


class _Chart(QWidget):
    """A plot with a category x axis (months) and a hover caption."""

    def __init__(self, left: pg.AxisItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.title = QLabel(self)
        self.title.setObjectName("SectionTitle")
        self.bottom = pg.AxisItem("bottom")
        self.left = left
        self.plot = pg.PlotWidget(self, axisItems={"left": left, "bottom": self.bottom})
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.hover = QLabel(self)
        self.hover.setObjectName("Muted")
        self.hover.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.hover)
        self.months: list[str] = []
        self.lang = "en"
        self.plot.scene().sigMouseMoved.connect(self._on_mouse)
        self._apply_palette()

    def _apply_palette(self) -> None:
        pal = self.palette()
        self.plot.setBackground(pal.color(QPalette.ColorRole.Base))
        ink = pal.color(QPalette.ColorRole.WindowText)
        for axis in (self.left, self.bottom):
            axis.setTextPen(ink)
            axis.setPen(QColor(palette.MUTED))

    def set_legend(self, entries: list[tuple[str, str]]) -> None:
        """(text, colour) pairs as coloured squares in one wrapped line."""
        parts = [
            f"<span style='color:{colour}'>■</span>&nbsp;{escape(text)}" for text, colour in entries
        ]
        self.legend.setText("&nbsp;&nbsp;&nbsp; ".join(parts))

    def _set_months(self, months: list[str]) -> None:
        self.months = months
        stride = max(1, -(-len(months) // 6))
        ticks = [
            (float(i), month_label(m, self.lang)) for i, m in enumerate(months) if i % stride == 0
        ]
        self.bottom.setTicks([ticks, []])

    def _on_mouse(self, pos: QPointF) -> None:
        if not self.months or not self.plot.sceneBoundingRect().contains(pos):
            return
        x = self.plot.getPlotItem().vb.mapSceneToView(pos).x()
        index = round(x)
        if 0 <= index < len(self.months):
            self.hover.setText(self.describe(index))

    def describe(self, index: int) -> str:
        """The exact values of month ``index`` (the hover caption)."""
        return ""


class CoverageTrendChart(_Chart):
    """Coverage per required key and for all required keys, 0-100 %, one line per key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.percent_axis = _PercentAxis()
        super().__init__(self.percent_axis, parent)
        self.trend: CoverageTrend | None = None
        self.labels: dict[str, str] = {}

    def show_trend(self, trend: CoverageTrend | None, labels: dict[str, str], lang: str) -> None:
        """``labels``: series key -> legend text (the "all required" line is drawn bold)."""
        self.trend, self.labels, self.lang = trend, labels, lang
        self.percent_axis.lang = lang
        self.plot.clear()
        self.hover.setText("")
        if trend is None:
            self._set_months([])
            return
        self._set_months(trend.months)
        colours = palette.assign_colours(k for k in trend.series if k != "all_required")
        # The emphasis line takes the text colour, so it stays visible on a dark palette.
        ink = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
        # The wide emphasis line goes underneath; a key whose line equals one already drawn
        # (owner coverage often equals "all required") is dashed, so both stay visible.
        ordered = sorted(trend.series.items(), key=lambda item: item[0] != "all_required")
        drawn: list[list[float | None]] = []
        for key, values in ordered:
            xs = [float(i) for i, v in enumerate(values) if v is not None]
            ys = [float(v) for v in values if v is not None]
            bold = key == "all_required"
            colour = ink if bold else colours[key]
            hidden = any(_lines_overlap(values, other) for other in drawn)
            style = Qt.PenStyle.DashLine if hidden else Qt.PenStyle.SolidLine
            drawn.append(list(values))
            pen = pg.mkPen(QColor(colour), width=5 if bold else 2, style=style)
            self.plot.plot(
                xs, ys, pen=pen, symbol="o", symbolSize=5, symbolBrush=QColor(colour),
                symbolPen=None,
            )  # fmt: skip
        self.set_legend(
            [(labels.get(k, k), ink if k == "all_required" else colours[k]) for k in trend.series]
        )
        self.plot.setYRange(0.0, 1.05, padding=0)
        self.plot.setXRange(-0.5, max(len(trend.months) - 0.5, 0.5), padding=0)

    def describe(self, index: int) -> str:
        if self.trend is None:
            return ""
        parts = [month_label(self.trend.months[index], self.lang)]
        for key, values in self.trend.series.items():
            value = values[index]
            text = "–" if value is None else format_percent(value, self.lang)
            parts.append(f"{self.labels.get(key, key)}: {text}")
        return "  ·  ".join(parts)


class AllocationBarsChart(_Chart):
    """One stacked bar per month, one segment per recipient; unallocated grey on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.money_axis = _MoneyAxis()
        super().__init__(self.money_axis, parent)
        self.series: StackedSeries | None = None
        self.names: dict[str, str] = {}

    def show_series(
        self,
        series: StackedSeries | None,
        names: dict[str, str],
        colours: dict[str, str],
        lang: str,
    ) -> None:
        """``names``: recipient -> display text (translates the unallocated bucket)."""
        self.series, self.names, self.lang = series, names, lang
        self.plot.clear()
        self.hover.setText("")
        if series is None:
            self._set_months([])
            return
        self.money_axis.currency, self.money_axis.lang = series.currency, lang
        self._set_months(series.months)
        xs = [float(i) for i in range(len(series.months))]
        base = [0.0] * len(xs)
        # Negative segments (credits) would overlap when stacked: draw them from zero down.
        for recipient in series.order:
            heights = series.values[recipient]
            starts = [b if h >= 0 else 0.0 for b, h in zip(base, heights, strict=True)]
            bar = pg.BarGraphItem(
                x=xs, y0=starts, height=heights, width=0.7,
                brush=QColor(colours[recipient]), pen=pg.mkPen(None),
            )  # fmt: skip
            self.plot.addItem(bar)
            base = [b + max(h, 0.0) for b, h in zip(base, heights, strict=True)]
        self.set_legend([(names.get(r, r), colours[r]) for r in series.order])
        top = max([*base, 1.0])
        self.plot.setYRange(min(0.0, *[min(v) for v in series.values.values()]), top * 1.05)
        self.plot.setXRange(-0.6, len(xs) - 0.4, padding=0)

    def describe(self, index: int) -> str:
        if self.series is None:
            return ""
        s = self.series
        parts = [
            f"{month_label(s.months[index], self.lang)}: "
            f"{format_money(s.totals[index], s.currency, self.lang)}"
        ]
        for recipient in s.order:
            value = s.values[recipient][index]
            if value:
                name = self.names.get(recipient, recipient)
                parts.append(f"{name} {format_money(value, s.currency, self.lang)}")
        return "  ·  ".join(parts)


def recipient_colours(names: list[str]) -> dict[str, str]:
    """Team colours for one chart and its table (palette.assign_colours: the same set of
    teams always gets the same colours); greys for "other" and the unallocated bucket."""
    colours = palette.assign_colours(n for n in names if n not in (UNALLOCATED, OTHER_RECIPIENTS))
    colours[UNALLOCATED] = palette.MUTED  # darker than the grey of "other"
    colours[OTHER_RECIPIENTS] = palette.NEUTRAL
    return colours
