""" "Lines allocated by this rule": the cost lines behind a selected rule or recipient.

The Allocation tab calls :meth:`AllocationLinesPanel.show_selection` when a rule row or a
recipient row is selected; the lines are computed on this panel's
:class:`~workbench.gui.workers.Worker` by :func:`workbench.core.tagging.allocation_lines.
allocation_lines` (the per-row rule ids are computed there on first use), so the GUI never
waits. Copy puts the table on the clipboard; Export writes the whole selection to Excel.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from workbench.core.formatting import format_money_nano
from workbench.core.tagging.allocation import AllocationResult
from workbench.core.tagging.allocation_lines import NO_RULE, AllocationLines, allocation_lines
from workbench.gui.tagging.tables import Cell, DataTable, text_cell
from workbench.gui.tagging.widgets import (
    error_label,
    money_cell,
    muted_label,
    section_title,
    show_error,
)
from workbench.gui.workers import Worker

# Lines shown (and exported); the rest is one count and total per currency.
SHOWN_LINES = 500


@dataclass(frozen=True)
class LineSelection:
    """What to list: a rule id (NO_RULE: unallocated) or a recipient, in one currency."""

    rule: str | None
    recipient: str | None
    currency: str
    label: str  # the rule id or recipient as shown (already translated)


def compute_lines(
    costs: pa.Table,
    result: AllocationResult,
    selection: LineSelection,
    file_names: dict[str, str],
    **_callbacks: Any,
) -> tuple[LineSelection, AllocationLines]:
    """The worker's task (progress/cancel callbacks are not needed: < 1 s on the demo)."""
    lines = allocation_lines(
        costs,
        result,
        rule=selection.rule,
        recipient=selection.recipient,
        currency=selection.currency,
        file_names=file_names,
        limit=SHOWN_LINES,
    )
    return selection, lines


class AllocationLinesPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = "en"
        self.selection: LineSelection | None = None
        self.lines: AllocationLines | None = None
        self.last_export: Path | None = None
        self.worker = Worker(self)
        self.worker.done.connect(self._on_done)
        self.worker.failed.connect(self._on_failed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = section_title(self)
        top.addWidget(self.title, 1)
        self.copy_button, self.export_button = QPushButton(self), QPushButton(self)
        top.addWidget(self.copy_button)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.summary = muted_label(self)
        layout.addWidget(self.summary)
        self.table = DataTable(self)
        self.table.setMinimumHeight(150)
        layout.addWidget(self.table, 1)
        self.message = error_label(self)
        layout.addWidget(self.message)
        self.copy_button.clicked.connect(self.table.copy_to_clipboard)
        self.export_button.clicked.connect(self._ask_export)
        self.retranslate()

    def retranslate(self) -> None:
        by_recipient = self.selection is not None and self.selection.rule is None
        self.title.setText(
            self.tr("Lines allocated to this recipient")
            if by_recipient
            else self.tr("Lines allocated by this rule")
        )
        self.copy_button.setText(self.tr("Copy"))
        self.export_button.setText(self.tr("Export to Excel…"))
        self._fill()

    def clear(self) -> None:
        self.worker.cancel()
        self.selection, self.lines = None, None
        self.retranslate()

    def shutdown(self) -> None:
        """Cancel the running lines query and wait for the pool thread."""
        self.worker.shutdown()

    def show_selection(
        self,
        costs: pa.Table,
        result: AllocationResult,
        selection: LineSelection,
        file_names: dict[str, str],
        lang: str,
    ) -> None:
        self.lang = lang
        self.selection, self.lines = selection, None
        self.retranslate()
        self.summary.setText(self.tr("Finding the lines…"))
        self.worker.start(compute_lines, costs, result, selection, file_names)

    @Slot(object)
    def _on_done(self, found: object) -> None:
        if not isinstance(found, tuple) or found[0] != self.selection:
            return  # an older selection
        self.lines = found[1]
        show_error(self.message, "")
        self._fill()

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        show_error(self.message, self.tr("The lines could not be listed: {0}").format(exc))

    def _headers(self) -> list[str]:
        return [
            self.tr("Recipient"),
            self.tr("Resource"),
            self.tr("Service"),
            self.tr("Account"),
            self.tr("Month"),
            self.tr("Cost"),
            self.tr("File:row"),
        ]

    def _recipient_text(self, recipient: str, pool: str) -> str:
        if recipient:
            return recipient
        return self.tr("pool {0}").format(pool) if pool else self.tr("(unallocated)")

    def _fill(self) -> None:
        selection, found = self.selection, self.lines
        self.copy_button.setEnabled(bool(found and found.lines))
        self.export_button.setEnabled(bool(found and found.lines))
        if selection is None:
            self.summary.setText(
                self.tr("Select a rule or a recipient to see the cost lines behind it.")
            )
            self.table.set_data(self._headers(), [])
            return
        if found is None:
            return
        lang, currency = self.lang, selection.currency
        rows = []
        for line in found.lines:
            resource = line.resource_name or line.resource_id or self.tr("(no resource)")
            account = line.account_name or line.account_id
            tip = "\n".join(t for t in (line.resource_id, line.rule_id, line.rule_description) if t)
            rows.append([
                text_cell(self._recipient_text(line.recipient, line.pool)),
                text_cell(resource, tip), text_cell(line.service),
                text_cell(account, line.account_id), text_cell(line.month),
                money_cell(line.amount, line.currency, lang), text_cell(line.source),
            ])  # fmt: skip
        total = found.totals.get(currency, 0)
        totals = [text_cell(self.tr("Total")), Cell(""), Cell(""), Cell(""), Cell(""),
                  money_cell(total, currency, lang), Cell("")]  # fmt: skip
        self.table.set_data(self._headers(), rows, totals, stretch=1, sort_by=5)
        self.summary.setText(self._summary(selection, found))

    def _summary(self, selection: LineSelection, found: AllocationLines) -> str:
        what = (
            self.tr("No rule matched")
            if selection.rule == NO_RULE
            else self.tr("Rule {0}").format(selection.label)
            if selection.rule is not None
            else self.tr("Recipient {0}").format(selection.label)
        )
        text = self.tr("{0}: {1} lines from {2} cost rows.").format(
            what, self._count(found.line_count), self._count(found.row_count)
        )
        hidden = found.hidden_totals.get(selection.currency, 0)
        if found.hidden_count:
            text += " " + self.tr("The largest {0} are shown; {1} more lines total {2}.").format(
                self._count(len(found.lines)),
                self._count(found.hidden_count),
                format_money_nano(hidden, selection.currency, self.lang),
            )
        if selection.recipient is not None and selection.rule is None:
            text += " " + self.tr("Shared cost reaches a recipient through pool splits, not lines.")
        return text

    def _count(self, number: int) -> str:
        return f"{number:,}".replace(",", "." if self.lang == "nl" else ",")

    # -- export ---------------------------------------------------------------------------

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export lines"), self.tr("allocation-lines.xlsx"), "Excel (*.xlsx)"
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> Path | None:
        """Write the listed lines (plus the rest's total) to ``path``."""
        from workbench.gui.tagging.allocation_lines_export import write_lines_xlsx

        if self.lines is None or self.selection is None:
            return None
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        headers = [
            self.tr("Recipient"), self.tr("Pool"), self.tr("Rule"), self.tr("Rule description"),
            self.tr("Resource ID"), self.tr("Resource name"), self.tr("Service"),
            self.tr("Account"), self.tr("Account name"), self.tr("Month"), self.tr("Currency"),
            self.tr("Cost"), self.tr("File"), self.tr("First row"), self.tr("Rows"),
        ]  # fmt: skip
        try:
            written = write_lines_xlsx(
                self.lines, path, headers, self.tr("Lines"), self.tr("Other lines (not shown)")
            )
        except OSError as exc:
            show_error(self.message, self.tr("Could not write {0}: {1}").format(path, exc))
            return None
        show_error(self.message, "")
        self.last_export = written
        return written
