"""The Allocation tab's result: allocatable share, unallocated cost and the buckets per
recipient (direct + shared), with unallocated always its own row and the invariant check.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from workbench.core import palette
from workbench.core.formatting import format_money_nano, format_percent
from workbench.core.tagging.allocation_model import UNALLOCATED
from workbench.gui.tagging.compute import TaggingView
from workbench.gui.tagging.tables import Cell, DataTable, text_cell
from workbench.gui.tagging.widgets import KpiTile, money_cell, muted_label


class RecipientsPanel(QWidget):
    """KPI tiles and the check on the left, the buckets table (sortable) on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(16)
        column = QVBoxLayout()
        column.setSpacing(10)
        self.allocated_tile, self.unallocated_tile = KpiTile(self), KpiTile(self)
        column.addWidget(self.allocated_tile)
        column.addWidget(self.unallocated_tile)
        self.check = muted_label(self)
        column.addWidget(self.check)
        column.addStretch(1)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setFixedWidth(300)
        layout.addWidget(holder)
        self.table = DataTable(self)
        self.table.setMinimumHeight(150)
        layout.addWidget(self.table, 1)

    def unallocated_name(self) -> str:
        return self.tr("(unallocated)")

    def show_view(self, view: TaggingView, currency: str, lang: str) -> None:
        report = view.analysis.showback
        result = view.analysis.allocation
        totals: dict[str, list[int]] = {}
        for line in report.lines:
            if line.currency == currency:
                entry = totals.setdefault(line.recipient, [0, 0])
                entry[0] += line.direct
                entry[1] += line.shared
        totals.setdefault(UNALLOCATED, [0, 0])  # always visible, even at zero
        grand = sum(v for (c, _m), v in result.totals.items() if c == currency)
        rows = []
        for recipient in [*report.recipients(currency), UNALLOCATED][: len(totals)]:
            direct, shared = totals[recipient]
            unallocated = recipient == UNALLOCATED
            name = self.unallocated_name() if unallocated else recipient
            share = (direct + shared) / grand if grand else None
            rows.append([
                Cell(name, name.casefold(), colour=palette.BAD if unallocated else ""),
                money_cell(direct, currency, lang), money_cell(shared, currency, lang),
                money_cell(direct + shared, currency, lang),
                Cell("–" if share is None else format_percent(share, lang), share or 0.0, True),
            ])  # fmt: skip
        headers = [
            self.tr("Recipient"),
            self.tr("Direct"),
            self.tr("Shared"),
            self.tr("Total"),
            self.tr("Share"),
        ]
        total_row = [
            text_cell(self.tr("Total")),
            Cell(""),
            Cell(""),
            money_cell(grand, currency, lang),
            Cell(""),
        ]
        self.table.set_data(headers, rows, total_row, sort_by=3)
        allocated = sum(v for (c, _m), v in result.allocated().items() if c == currency)
        left = sum(v for (c, _m), v in result.unallocated().items() if c == currency)
        formula = self.tr(
            "Allocated spend (direct + shared) ÷ total spend, on the chosen cost metric"
        )
        share_text = "–" if not grand else format_percent(allocated / grand, lang)
        self.allocated_tile.show_value(
            self.tr("Allocatable share"), share_text,
            format_money_nano(allocated, currency, lang, 0), formula,
        )  # fmt: skip
        self.unallocated_tile.show_value(
            self.tr("Unallocated"), format_money_nano(left, currency, lang, 0),
            self.tr("No rule or pool split gave this cost a recipient"),
            colour=palette.BAD if left else palette.GOOD,
        )  # fmt: skip
        try:
            result.check_invariant()
            self.check.setText(
                self.tr("✓ Allocated + unallocated = total spend, to the cent, for every month.")
            )
        except AssertionError as exc:
            self.check.setText(self.tr("✗ The allocation does not add up: {0}").format(exc))
