"""The allocated lines of one rule or recipient as an Excel workbook (no Qt here).

Reuses the finance conventions of :mod:`workbench.report.allocation_excel`: frozen and
filtered header row, money as numbers with a 2-decimal format, currency in its own column,
and formula-injection-safe text (resource ids and names come from billing data).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from workbench.core.money import nano_to_decimal
from workbench.core.tagging.allocation_lines import AllocationLines
from workbench.report.allocation_excel import MONEY_FORMAT, safe_text, write_table


def write_lines_xlsx(
    selection: AllocationLines,
    path: str | Path,
    headers: Sequence[str],
    sheet_name: str,
    hidden_label: str,
) -> Path:
    """One row per line, in the order shown. ``headers`` (translated by the caller) name:
    recipient, pool, rule, rule description, resource id, resource name, service, account,
    account name, period, currency, cost, source file, first row, rows. When the selection
    was cut at its limit, a last row ``hidden_label`` carries the rest's total per currency.
    """
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = safe_text(sheet_name)[:31] or "Lines"
    rows: list[list[object]] = []
    for line in selection.lines:
        rows.append(
            [
                line.recipient,
                line.pool,
                line.rule_id,
                line.rule_description,
                line.resource_id,
                line.resource_name,
                line.service,
                line.account_id,
                line.account_name,
                line.month,
                line.currency,
                nano_to_decimal(line.amount),
                line.file_name,
                line.first_row,
                line.row_count,
            ]
        )
    for currency, amount in sorted(selection.hidden_totals.items()):
        rest = [""] * len(headers)
        row: list[object] = list(rest)
        row[0], row[10], row[11] = hidden_label, currency, nano_to_decimal(amount)
        rows.append(row)
    write_table(sheet, list(headers), rows, {11: MONEY_FORMAT})
    out = Path(path)
    workbook.save(out)
    return out
