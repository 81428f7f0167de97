"""Vector charts for maturity and the roadmap: radar, level bars and a Gantt timeline.

Current, target and previous maturity are always drawn in the palette's three maturity
colours, so a reader learns them once. Labels must already be plain text.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib.colors import Color, HexColor, white

from workbench.core import palette
from workbench.report.pdf.charts import AXIS_FONT, GRID, INK, MUTED, fit, legend, text_width
from workbench.report.pdf.fonts import SANS, SANS_BOLD


@dataclass(frozen=True)
class LevelSeries:
    name: str
    colour: str
    values: tuple[float | None, ...]
    filled: bool = False
    dashed: bool = False


def _wrap(text: str, width: float, size: float, max_lines: int = 2) -> list[str]:
    """Word-wrap ``text`` to ``width`` points in at most ``max_lines`` lines (last one fitted)."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines - 1:
        line = words.pop(0)
        while words and text_width(f"{line} {words[0]}", size) <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(fit(line, width, size))
    if words:
        lines.append(fit(" ".join(words), width, size))
    return lines or [""]


def radar(
    size: float, labels: Sequence[str], series: Sequence[LevelSeries], level_max: float
) -> Drawing:
    """A radar (spider) chart; one spoke per capability, rings per level."""
    legend_height = 18.0
    drawing = Drawing(size, size + legend_height)
    cx, cy = size / 2, size / 2 + legend_height
    radius = size / 2 - 62
    count = max(len(labels), 3)

    def point(index: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * index / count
        r = radius * max(min(value, level_max), 0.0) / level_max
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    for ring in range(1, int(level_max) + 1):
        ring_points = [c for i in range(count) for c in point(i, ring)]
        drawing.add(Polygon(ring_points, fillColor=None, strokeColor=GRID, strokeWidth=0.6))
        drawing.add(
            String(
                cx + 2,
                cy + radius * ring / level_max + 1.5,
                str(ring),
                fontName=SANS,
                fontSize=AXIS_FONT - 1,
                fillColor=MUTED,
            )
        )
    for index, label in enumerate(labels):
        x, y = point(index, level_max)
        drawing.add(Line(cx, cy, x, y, strokeColor=GRID, strokeWidth=0.5))
        lx, ly = point(index, level_max * 1.06)
        anchor = "middle" if abs(lx - cx) < 8 else ("start" if lx > cx else "end")
        room = {"start": size - lx, "end": lx, "middle": 2 * min(lx, size - lx)}[anchor] - 2
        lines = _wrap(label, max(room, 40.0), AXIS_FONT)
        # Two-line labels are centred on the spoke's end (first line above it).
        top = ly - 2.5 + (AXIS_FONT + 1) * (len(lines) - 1) / 2
        for number, line in enumerate(lines):
            drawing.add(
                String(
                    lx,
                    top - number * (AXIS_FONT + 1),
                    line,
                    fontName=SANS,
                    fontSize=AXIS_FONT,
                    fillColor=INK,
                    textAnchor=anchor,
                )
            )
    for entry in series:
        if all(v is None for v in entry.values):
            continue
        points = [c for i, v in enumerate(entry.values) for c in point(i, v or 0.0)]
        base = HexColor(entry.colour)
        fill = Color(base.red, base.green, base.blue, alpha=0.18) if entry.filled else None
        drawing.add(
            Polygon(
                points,
                fillColor=fill,
                strokeColor=HexColor(entry.colour),
                strokeWidth=1.6 if entry.filled else 1.3,
                strokeDashArray=[3, 2] if entry.dashed else None,
            )
        )
        for i, value in enumerate(entry.values):
            if value is not None:
                x, y = point(i, value)
                drawing.add(Circle(x, y, 1.6, fillColor=HexColor(entry.colour), strokeColor=None))
    items = [(s.name, s.colour) for s in series if any(v is not None for v in s.values)]
    total = sum(12 + text_width(n, AXIS_FONT + 0.5) + 14 for n, _ in items)
    legend(drawing, items, max((size - total) / 2, 0), 4, size)
    return drawing


def level_bars(
    width: float,
    rows: Sequence[tuple[str, float | None, float | None, float | None]],
    level_max: float,
    level_names: Sequence[str],
    value_format: Callable[[float], str] = lambda v: f"{v:.1f}",
) -> Drawing:
    """Per row (label, current, target, previous): a bar, a target tick, a previous tick.

    The value label sits right of the bar, moved past a target or previous tick it would
    otherwise touch.
    """
    row, gap = 14.0, 9.0
    axis = 16.0
    height = len(rows) * (row + gap) + axis + 16
    drawing = Drawing(width, height)
    label_width = min(200.0, width * 0.38)
    plot_width = width - label_width - 30
    base = axis + 16

    def x_of(value: float) -> float:
        return label_width + plot_width * max(min(value, level_max), 0.0) / level_max

    for level in range(int(level_max) + 1):
        x = x_of(level)
        drawing.add(Line(x, base - 4, x, height, strokeColor=GRID, strokeWidth=0.5))
        name = level_names[level] if level < len(level_names) else str(level)
        drawing.add(
            String(
                x,
                base - 13,
                f"{level} {name}",
                fontName=SANS,
                fontSize=AXIS_FONT - 0.5,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    for index, (label, current, target, previous) in enumerate(rows):
        y = height - (index + 1) * (row + gap)
        drawing.add(
            String(
                0,
                y + 4,
                fit(label, label_width - 8, AXIS_FONT + 1.5),
                fontName=SANS,
                fontSize=AXIS_FONT + 1.5,
                fillColor=INK,
            )
        )
        if current is not None:
            drawing.add(
                Rect(
                    label_width,
                    y + 2,
                    x_of(current) - label_width,
                    row - 4,
                    fillColor=HexColor(palette.MATURITY_CURRENT),
                    strokeColor=None,
                )
            )
            value_text = value_format(current)
            text_x = x_of(current) + 3
            text_end = text_x + text_width(value_text, AXIS_FONT, SANS_BOLD)
            for tick in (target, previous):
                if tick is not None and text_x - 3 <= x_of(tick) <= text_end + 2:
                    text_x = max(text_x, x_of(tick) + 4)
                    text_end = text_x + text_width(value_text, AXIS_FONT, SANS_BOLD)
            drawing.add(
                String(
                    text_x,
                    y + 4,
                    value_text,
                    fontName=SANS_BOLD,
                    fontSize=AXIS_FONT,
                    fillColor=INK,
                )
            )
        if previous is not None:
            drawing.add(
                Line(
                    x_of(previous),
                    y - 1,
                    x_of(previous),
                    y + row + 1,
                    strokeWidth=2,
                    strokeColor=HexColor(palette.MATURITY_PREVIOUS),
                )
            )
        if target is not None:
            drawing.add(
                Line(
                    x_of(target),
                    y - 2,
                    x_of(target),
                    y + row + 2,
                    strokeWidth=2.4,
                    strokeColor=HexColor(palette.MATURITY_TARGET),
                )
            )
    return drawing


def maturity_legend(width: float, names: Sequence[tuple[str, str]]) -> Drawing:
    drawing = Drawing(width, 14)
    legend(drawing, names, 0, 3, width)
    return drawing


@dataclass(frozen=True)
class GanttRow:
    label: str
    start: dt.date
    end: dt.date
    colour: str


def _months_between(start: dt.date, end: dt.date) -> list[dt.date]:
    months = [dt.date(start.year, start.month, 1)]
    while months[-1] <= end:
        last = months[-1]
        months.append(dt.date(last.year + last.month // 12, last.month % 12 + 1, 1))
    return months


def gantt(
    width: float,
    rows: Sequence[GanttRow],
    month_label: Callable[[dt.date], str],
    today: dt.date | None = None,
    legend_items: Sequence[tuple[str, str]] = (),
) -> Drawing:
    """Bars on a month axis; a vertical marker at ``today`` (the report date); a legend of
    the bar colours (``(name, colour)``, e.g. the domains) below the chart."""
    row, gap, axis = 12.0, 5.0, 16.0
    below = 22.0 if legend_items else 0.0
    height = len(rows) * (row + gap) + axis + 4 + below
    drawing = Drawing(width, height)
    if legend_items:
        legend(drawing, list(legend_items), 0, below - 14, width)
    label_width = min(210.0, width * 0.4)
    first = min(r.start for r in rows)
    last = max(r.end for r in rows)
    months = _months_between(first, last)
    span_days = max((months[-1] - months[0]).days, 1)
    plot_width = width - label_width - 4

    def x_of(day: dt.date) -> float:
        return label_width + plot_width * (day - months[0]).days / span_days

    label_every = max(1, math.ceil(len(months) * 30 / plot_width))
    for index, month in enumerate(months):
        x = x_of(month)
        drawing.add(Line(x, below, x, height - axis, strokeColor=GRID, strokeWidth=0.5))
        if index < len(months) - 1 and index % label_every == 0:
            drawing.add(
                String(
                    x + 2,
                    height - axis + 5,
                    month_label(month),
                    fontName=SANS,
                    fontSize=AXIS_FONT - 0.5,
                    fillColor=MUTED,
                )
            )
    for index, entry in enumerate(rows):
        y = height - axis - (index + 1) * (row + gap) + gap
        drawing.add(
            String(
                0,
                y + 3,
                fit(entry.label, label_width - 8, AXIS_FONT + 0.5),
                fontName=SANS,
                fontSize=AXIS_FONT + 0.5,
                fillColor=INK,
            )
        )
        end = max(entry.end, entry.start + dt.timedelta(days=7))
        drawing.add(
            Rect(
                x_of(entry.start),
                y,
                x_of(end) - x_of(entry.start),
                row,
                fillColor=HexColor(entry.colour),
                strokeColor=white,
                strokeWidth=0.4,
                rx=2,
                ry=2,
            )
        )
    if today is not None and months[0] <= today <= months[-1]:
        x = x_of(today)
        drawing.add(
            Line(
                x,
                below,
                x,
                height - axis,
                strokeColor=HexColor(palette.BAD),
                strokeWidth=0.9,
                strokeDashArray=[2, 2],
            )
        )
    return drawing
