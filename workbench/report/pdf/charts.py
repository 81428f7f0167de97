"""Vector charts for spend: stacked monthly bars, horizontal bars with a Pareto line, lines.

Drawn with ReportLab graphics primitives for full control over the look: thin grid
lines, bars from zero, abbreviated axis labels with the currency, a legend below.
Labels passed in must already be plain text (see :func:`workbench.report.safe.label`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib.colors import HexColor, white

from workbench.core import palette
from workbench.report.pdf.fonts import SANS, SANS_BOLD
from workbench.report.safe import plain

AXIS_FONT = 7.0
INK = HexColor(palette.INK)
MUTED = HexColor(palette.MUTED)
GRID = HexColor(palette.GRID)


@dataclass(frozen=True)
class Series:
    name: str
    colour: str
    values: tuple[float, ...]


def nice_ticks(maximum: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least ``maximum`` (bars always start at zero)."""
    if maximum <= 0:
        return [0.0, 1.0]
    raw = maximum / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    ticks = [0.0]
    while ticks[-1] < maximum - 1e-9:
        ticks.append(ticks[-1] + step)
    return ticks


def text_width(text: str, size: float, font: str = SANS) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, font, size))


def fit(text: str, width: float, size: float, font: str = SANS) -> str:
    """Clean ``text`` (no control or bidi characters) and shorten it to ``width`` points."""
    text = plain(text, max_length=200)
    if text_width(text, size, font) <= width:
        return text
    while text and text_width(text + "…", size, font) > width:
        text = text[:-1]
    return text + "…"


def legend(
    drawing: Drawing, items: Sequence[tuple[str, str]], x: float, y: float, width: float
) -> float:
    """Swatches in rows from (x, y) downwards; returns the height used."""
    cursor_x, cursor_y, row_height = x, y, 11.0
    for name, colour in items:
        label = fit(name, 150, AXIS_FONT + 0.5)
        item_width = 12 + text_width(label, AXIS_FONT + 0.5) + 14
        if cursor_x + item_width > x + width and cursor_x > x:
            cursor_x, cursor_y = x, cursor_y - row_height
        drawing.add(Rect(cursor_x, cursor_y, 8, 8, fillColor=HexColor(colour), strokeColor=None))
        drawing.add(
            String(cursor_x + 12, cursor_y + 1, label, fontName=SANS, fontSize=AXIS_FONT + 0.5)
        )
        cursor_x += item_width
    return y - cursor_y + row_height


def stacked_bars(
    width: float,
    height: float,
    categories: Sequence[str],
    series: Sequence[Series],
    y_format: Callable[[float], str],
) -> Drawing:
    """Monthly stacked columns; the legend sits below the plot."""
    legend_rows = 1 + len(series) // 4
    legend_height = 11.0 * legend_rows + 6
    drawing = Drawing(width, height + legend_height)
    totals = [sum(s.values[i] for s in series) for i in range(len(categories))]
    ticks = nice_ticks(max(totals, default=0.0))
    top = ticks[-1] or 1.0
    labels = [y_format(t) for t in ticks]
    left = max(text_width(label, AXIS_FONT) for label in labels) + 8
    bottom, plot_top = legend_height + 16, height + legend_height - 6
    plot_width, plot_height = width - left - 4, plot_top - bottom
    for tick, label in zip(ticks, labels, strict=True):
        y = bottom + plot_height * tick / top
        drawing.add(Line(left, y, left + plot_width, y, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(
            String(
                left - 4,
                y - 2.5,
                label,
                fontName=SANS,
                fontSize=AXIS_FONT,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    slot = plot_width / max(len(categories), 1)
    bar_width = slot * 0.68
    label_every = max(1, math.ceil(len(categories) * 34 / plot_width))
    for index, category in enumerate(categories):
        x = left + slot * index + (slot - bar_width) / 2
        y = bottom
        for entry in series:
            value = max(entry.values[index], 0.0)
            bar_height = plot_height * value / top
            if bar_height > 0:
                drawing.add(
                    Rect(
                        x,
                        y,
                        bar_width,
                        bar_height,
                        fillColor=HexColor(entry.colour),
                        strokeColor=white,
                        strokeWidth=0.3,
                    )
                )
            y += bar_height
        if index % label_every == 0:
            drawing.add(
                String(
                    x + bar_width / 2,
                    bottom - 10,
                    category,
                    fontName=SANS,
                    fontSize=AXIS_FONT,
                    fillColor=MUTED,
                    textAnchor="middle",
                )
            )
    drawing.add(Line(left, bottom, left + plot_width, bottom, strokeColor=INK, strokeWidth=0.6))
    legend(drawing, [(s.name, s.colour) for s in series], left, legend_height - 14, plot_width)
    return drawing


def pareto_bars(
    width: float,
    items: Sequence[tuple[str, float, str]],
    value_labels: Sequence[str],
    share_labels: Sequence[str],
) -> Drawing:
    """Horizontal bars (label, value, colour), largest first, with the cumulative share.

    The cumulative share of the total is printed at the right of each bar (the Pareto
    view: how quickly the top items add up).
    """
    row, gap = 15.0, 4.0
    height = len(items) * (row + gap) + 8
    drawing = Drawing(width, height)
    label_width = min(170.0, width * 0.34)
    share_width = 44.0
    value_width = max((text_width(v, AXIS_FONT + 0.5) for v in value_labels), default=0) + 10
    plot_width = width - label_width - value_width - share_width - 8
    peak = max((value for _, value, _ in items), default=0.0) or 1.0
    for index, (name, value, colour) in enumerate(items):
        y = height - (index + 1) * (row + gap)
        drawing.add(
            String(
                0,
                y + 4,
                fit(name, label_width - 6, AXIS_FONT + 1),
                fontName=SANS,
                fontSize=AXIS_FONT + 1,
                fillColor=INK,
            )
        )
        bar = plot_width * max(value, 0.0) / peak
        drawing.add(Rect(label_width, y, bar, row, fillColor=HexColor(colour), strokeColor=None))
        drawing.add(
            String(
                label_width + bar + 4,
                y + 4,
                value_labels[index],
                fontName=SANS,
                fontSize=AXIS_FONT + 0.5,
                fillColor=INK,
            )
        )
        drawing.add(
            String(
                width,
                y + 4,
                share_labels[index],
                fontName=SANS,
                fontSize=AXIS_FONT,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    return drawing


def line_chart(
    width: float,
    height: float,
    categories: Sequence[str],
    series: Sequence[Series],
    y_format: Callable[[float], str],
) -> Drawing:
    """Lines with point markers, y from zero; for monthly totals."""
    drawing = Drawing(width, height + 18)
    peak = max((v for s in series for v in s.values), default=0.0)
    ticks = nice_ticks(peak)
    top = ticks[-1] or 1.0
    labels = [y_format(t) for t in ticks]
    left = max(text_width(label, AXIS_FONT) for label in labels) + 8
    bottom = 30.0
    plot_width, plot_height = width - left - 4, height - 12
    for tick, label in zip(ticks, labels, strict=True):
        y = bottom + plot_height * tick / top
        drawing.add(Line(left, y, left + plot_width, y, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(
            String(
                left - 4,
                y - 2.5,
                label,
                fontName=SANS,
                fontSize=AXIS_FONT,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    slot = plot_width / max(len(categories), 1)
    for index, category in enumerate(categories):
        drawing.add(
            String(
                left + slot * (index + 0.5),
                bottom - 10,
                category,
                fontName=SANS,
                fontSize=AXIS_FONT,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    for entry in series:
        points: list[float] = []
        for index, value in enumerate(entry.values):
            points.extend([left + slot * (index + 0.5), bottom + plot_height * value / top])
        drawing.add(PolyLine(points, strokeColor=HexColor(entry.colour), strokeWidth=1.6))
    drawing.add(Line(left, bottom, left + plot_width, bottom, strokeColor=INK, strokeWidth=0.6))
    legend(drawing, [(s.name, s.colour) for s in series], left, 2, plot_width)
    return drawing


def title_string(drawing: Drawing, text: str) -> None:
    """A bold title inside a drawing (used where a chart stands alone)."""
    drawing.add(String(0, drawing.height - 10, text, fontName=SANS_BOLD, fontSize=9, fillColor=INK))
