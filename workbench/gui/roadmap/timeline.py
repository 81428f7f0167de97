"""Gantt-style timeline (QGraphicsView): one bar per action over its horizon window,
coloured by status, months on the x axis, in the roadmap's display order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from workbench.core.palette import GOOD, GRID, MATURITY_CURRENT, MUTED, WARNING

#: Months covered by each horizon; "12+" is drawn as 12-15 with an open end.
WINDOWS: Final[dict[str, tuple[int, int]]] = {
    "0-3": (0, 3),
    "3-6": (3, 6),
    "6-12": (6, 12),
    "12+": (12, 15),
}
STATUS_COLOURS: Final[dict[str, str]] = {"todo": MATURITY_CURRENT, "doing": WARNING, "done": GOOD}
LABEL_WIDTH: Final = 420
MONTH_WIDTH: Final = 62
ROW_HEIGHT: Final = 30
HEADER: Final = 34


@dataclass(frozen=True)
class TimelineRow:
    label: str
    horizon: str
    status: str
    tooltip: str


class TimelineView(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.bars = 0

    def show_rows(
        self, rows: Sequence[TimelineRow], month_label: str, legend: Sequence[tuple[str, str]]
    ) -> None:
        scene = self.scene()
        scene.clear()
        text_colour = self.palette().color(self.foregroundRole())
        font = QFont(self.font())
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF(), 9.0) * 0.9)
        grid_pen = QPen(QColor(GRID))
        height = HEADER + ROW_HEIGHT * max(len(rows), 1)
        for month in range(0, 16, 3):
            x = LABEL_WIDTH + month * MONTH_WIDTH
            scene.addLine(x, HEADER - 6, x, height, grid_pen)
            label = scene.addText(f"{month_label} {month}" if month < 15 else "", small)
            label.setDefaultTextColor(QColor(MUTED))
            label.setPos(x - 4, 2)
        previous_horizon = ""
        for i, row in enumerate(rows):
            y = HEADER + i * ROW_HEIGHT
            if row.horizon != previous_horizon and i:
                scene.addLine(0, y, LABEL_WIDTH + 15 * MONTH_WIDTH, y, grid_pen)
            previous_horizon = row.horizon
            text = row.label if len(row.label) <= 58 else row.label[:56] + "…"
            item = scene.addText(text, font)
            item.setDefaultTextColor(text_colour)
            item.setPos(4, y + 2)
            item.setToolTip(row.tooltip)
            start, end = WINDOWS.get(row.horizon, (12, 15))
            colour = QColor(STATUS_COLOURS.get(row.status, MATURITY_CURRENT))
            rect = QRectF(
                LABEL_WIDTH + start * MONTH_WIDTH + 2, y + 6, (end - start) * MONTH_WIDTH - 4, 18
            )
            bar = scene.addRect(rect, QPen(Qt.PenStyle.NoPen), QBrush(colour))
            bar.setToolTip(row.tooltip)
        self.bars = len(rows)
        left = float(LABEL_WIDTH)
        for name, swatch in legend:
            scene.addRect(
                QRectF(left, height + 12, 14, 14), QPen(Qt.PenStyle.NoPen), QColor(swatch)
            )
            label = scene.addText(name, small)
            label.setDefaultTextColor(text_colour)
            label.setPos(left + 18, height + 6)
            left += 40 + label.boundingRect().width()
        scene.setSceneRect(0, 0, LABEL_WIDTH + 15 * MONTH_WIDTH + 20, height + 40)
