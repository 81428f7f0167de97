"""pyqtgraph axes that speak the locale: abbreviated money, categories, percentages."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg

from workbench.core.formatting import abbreviate_money, format_percent


class MoneyAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph has no type hints
    """Ticks as ``€1.2M`` / ``€ 1,2 mln``, in the chart's billing currency."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.currency = ""
        self.lang = "en"
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        return [abbreviate_money(round(v, 6), self.currency, self.lang) for v in values]


class CategoryAxis(pg.AxisItem):  # type: ignore[misc]
    """Text labels at integer positions, thinned so that at most ``max_labels`` show."""

    def __init__(self, orientation: str, max_labels: int = 14) -> None:
        super().__init__(orientation)
        self.labels: list[str] = []
        self.max_labels = max_labels
        #: Longer labels are cut with an ellipsis (the hover shows the full name).
        self.max_chars = 40

    def set_labels(self, labels: list[str]) -> None:
        self.labels = labels
        stride = max(1, -(-len(labels) // self.max_labels))
        major = [
            (float(i), label if len(label) <= self.max_chars else label[: self.max_chars - 1] + "…")
            for i, label in enumerate(labels)
            if i % stride == 0
        ]
        self.setTicks([major, []])


class PercentAxis(pg.AxisItem):  # type: ignore[misc]
    """A share axis (0-100 %) drawn on a money view: 100 % sits at ``full_scale``."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.full_scale = 1.0
        self.lang = "en"
        self.enableAutoSIPrefix(False)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:  # noqa: N802, N803
        steps = [i / 4 * self.full_scale for i in range(5)]
        return [(self.full_scale / 4, steps)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        if self.full_scale <= 0:
            return ["" for _ in values]
        return [format_percent(v / self.full_scale, self.lang, 0) for v in values]
