"""Showback tab: per recipient per month direct, shared and total cost with the change
against the previous month, a trend, the top services; stacked allocation bars per month;
showback and chargeback workbooks for finance."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from workbench.core import palette
from workbench.core.formatting import format_percent
from workbench.core.tagging.allocation_model import UNALLOCATED
from workbench.gui.tagging.charts import AllocationBarsChart, month_label, recipient_colours
from workbench.gui.tagging.compute import OTHER_RECIPIENTS, TaggingView, top_recipients
from workbench.gui.tagging.tables import Cell, DataTable, text_cell
from workbench.gui.tagging.widgets import error_label, money_cell, muted_label, show_error

_BLOCKS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[int]) -> str:
    """A text trend of monthly totals (relative to the recipient's own maximum)."""
    if not values:
        return ""
    low, high = min(values), max(values)
    span = high - low
    if not span:
        return _BLOCKS[3] * len(values)
    # Scaled between the recipient's own lowest and highest month: the shape is the point.
    return "".join(_BLOCKS[round((v - low) / span * (len(_BLOCKS) - 1))] for v in values)


class ShowbackTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: TaggingView | None = None
        self.currency = ""
        self.lang = "en"
        self.last_export: Path | None = None
        self.colours: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        top = QHBoxLayout()
        self.month = QComboBox(self)
        top.addWidget(self.month)
        top.addStretch(1)
        self.showback_button = QPushButton(self)
        self.showback_button.setObjectName("PrimaryButton")
        self.split = QComboBox(self)
        self.chargeback_button = QPushButton(self)
        for widget in (self.showback_button, self.split, self.chargeback_button):
            top.addWidget(widget)
        layout.addLayout(top)
        self.message = error_label(self)
        self.info = muted_label(self)
        layout.addWidget(self.info)
        layout.addWidget(self.message)
        body = QHBoxLayout()
        body.setSpacing(20)
        self.table = DataTable(self)
        body.addWidget(self.table, 6)
        self.chart = AllocationBarsChart(self)
        self.chart.setMinimumHeight(300)
        body.addWidget(self.chart, 5)
        layout.addLayout(body, 1)
        self.month.activated.connect(self._fill_table)
        self.showback_button.clicked.connect(lambda: self._ask_export("showback"))
        self.chargeback_button.clicked.connect(lambda: self._ask_export("chargeback"))
        self.retranslate()

    def retranslate(self) -> None:
        self.showback_button.setText(self.tr("Export showback…"))
        self.chargeback_button.setText(self.tr("Export chargeback…"))
        self.chargeback_button.setToolTip(
            self.tr("Finance-ready GL lines with a reconciliation sheet")
        )
        current = self.split.currentData()
        self.split.clear()
        self.split.addItem(self.tr("One sheet per month"), "month")
        self.split.addItem(self.tr("One sheet per cost centre"), "cost_centre")
        self.split.setCurrentIndex(max(self.split.findData(current), 0))
        if self.view is not None:
            self.show_view(self.view, self.currency, self.lang)

    def show_view(self, view: TaggingView, currency: str, lang: str) -> None:
        self.view, self.currency, self.lang = view, currency, lang
        report = view.analysis.showback
        months = sorted({m for c, m in report.totals if c == currency})
        current = self.month.currentData()
        self.month.clear()
        for month in reversed(months):
            self.month.addItem(month_label(month, lang), month)
        index = self.month.findData(current)
        self.month.setCurrentIndex(index if index >= 0 else 0)
        series = next(
            (s for s in view.analysis.allocation_breakdown() if s.currency == currency), None
        )
        names = {UNALLOCATED: self.tr("(unallocated)"), OTHER_RECIPIENTS: self.tr("Other")}
        shown = top_recipients(series) if series is not None else None
        self.colours = recipient_colours(shown.order if shown is not None else [])
        self.chart.title.setText(self.tr("Allocated cost per month ({0})").format(currency))
        self.chart.show_series(shown, names, self.colours, lang)
        self.info.setText(
            self.tr(
                "Direct cost comes from the allocation rules; shared cost is each recipient's "
                "part of the shared pools. Hover the chart for exact amounts."
            )
        )
        self._fill_table()

    def _fill_table(self) -> None:
        if self.view is None:
            return
        report = self.view.analysis.showback
        currency, lang = self.currency, self.lang
        month = str(self.month.currentData() or "")
        months = sorted({m for c, m in report.totals if c == currency})
        colours = self.colours
        headers = [
            self.tr("Recipient"), self.tr("Direct"), self.tr("Shared"), self.tr("Total"),
            self.tr("Change"), self.tr("Trend"), self.tr("Top services"),
        ]  # fmt: skip
        rows = []
        for recipient in report.recipients(currency):
            line = report.line(currency, month, recipient)
            if line is None:
                continue
            history = [
                (found.total if (found := report.line(currency, m, recipient)) else 0)
                for m in months
            ]
            services = report.top_services.get((currency, recipient), [])[:2]
            name = self.tr("(unallocated)") if recipient == UNALLOCATED else recipient
            rows.append([
                Cell(name, name.casefold(), swatch=colours.get(recipient, palette.NEUTRAL)),
                money_cell(line.direct, currency, lang), money_cell(line.shared, currency, lang),
                money_cell(line.total, currency, lang), self._change_cell(line.change_ratio),
                Cell(sparkline(history), colour=palette.MUTED),
                text_cell(", ".join(s for s, _ in services)),
            ])  # fmt: skip
        total = sum(v for (c, m), v in report.totals.items() if c == currency and m == month)
        totals = [
            text_cell(self.tr("Total")), Cell(""), Cell(""), money_cell(total, currency, lang),
            Cell(""), Cell(""), Cell(""),
        ]  # fmt: skip
        self.table.set_data(headers, rows, totals, stretch=6, sort_by=3)

    def _change_cell(self, ratio: float | None) -> Cell:
        if ratio is None:
            return Cell("–", 0.0, number=True)
        arrow = "▲" if ratio > 0 else ("▼" if ratio < 0 else "→")
        colour = palette.BAD if ratio > 0.05 else (palette.GOOD if ratio < -0.05 else palette.MUTED)
        sign = "+" if ratio > 0 else ""
        return Cell(f"{arrow} {sign}{format_percent(ratio, self.lang)}", ratio, True, colour)

    def _ask_export(self, kind: str) -> None:
        default = self.tr("showback.xlsx") if kind == "showback" else self.tr("chargeback.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), default, "Excel (*.xlsx)")
        if path:
            self.export(kind, Path(path))

    def export(self, kind: str, path: Path) -> Path | None:
        """Write the showback or chargeback workbook (every currency) to ``path``."""
        from workbench.report.allocation_excel import (
            ChargebackSplit,
            write_chargeback_xlsx,
            write_showback_xlsx,
        )

        if self.view is None:
            return None
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        try:
            if kind == "showback":
                written = write_showback_xlsx(self.view.analysis.showback, path, self.lang)
            else:
                split: ChargebackSplit = (
                    "cost_centre" if self.split.currentData() == "cost_centre" else "month"
                )
                written = write_chargeback_xlsx(
                    self.view.analysis.allocation, path, self.lang, split_by=split
                )
        except OSError as exc:
            show_error(self.message, self.tr("Could not write {0}: {1}").format(path, exc))
            return None
        show_error(self.message, "")
        self.info.setText(self.tr("Saved {0}").format(written))
        self.last_export = written
        return written
