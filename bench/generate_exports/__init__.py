"""Seeded generator of large, realistic billing exports for the import benchmarks.

    python -m bench.generate_exports --format cur --rows 1000000 --out /tmp/cur_1m.csv

Formats: ``cur`` (legacy AWS CUR, 131 columns, ~1.6 KB a row, minimal quoting like AWS),
``azure`` (EA actual-cost export, 55 columns, BOM, tags without braces) and ``focus``
(FOCUS 1.0/1.1/1.2, every string quoted like the official sample data).

Every writer streams chunks to disk (memory stays flat) and returns an
:class:`ExportSummary` whose ``totals`` are the exact per-currency sums of the cost columns.
:func:`expected_totals` recomputes them from the written text, independently.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Final

import pyarrow as pa
import pyarrow.csv as pacsv

from bench.generate_exports._core import ExportSummary
from bench.generate_exports.azure import write_azure_ea
from bench.generate_exports.cur import CUR_COLUMNS, write_cur_legacy
from bench.generate_exports.focus import FOCUS_COLUMNS, MONEY_COLUMNS, write_focus
from workbench.core.demo.azure import EA_COLUMNS

#: format -> (currency column, cost columns) used by :func:`expected_totals`.
COST_COLUMNS: Final = {
    "cur": ("lineItem/CurrencyCode", ("lineItem/UnblendedCost",)),
    "azure": ("BillingCurrency", ("Cost",)),
    "focus": ("BillingCurrency", MONEY_COLUMNS),
}


def expected_totals(path: Path, fmt: str) -> dict[str, dict[str, str]]:
    """Exact per-currency totals of the cost columns, read back from the file's text.

    Streams the file (only the needed columns, as strings) and sums with ``Decimal``, so it
    is an oracle independent of both the generator's integers and the importer's parser.
    """
    currency_column, cost_columns = COST_COLUMNS[fmt]
    names = [currency_column, *cost_columns]
    reader = pacsv.open_csv(
        path,
        read_options=pacsv.ReadOptions(block_size=16 << 20),
        convert_options=pacsv.ConvertOptions(
            include_columns=names, column_types=dict.fromkeys(names, pa.string())
        ),
    )
    sums: dict[str, dict[str, Decimal]] = {c: {} for c in cost_columns}
    for batch in reader:
        currencies = batch.column(currency_column).to_pylist()
        for column in cost_columns:
            per = sums[column]
            for currency, text in zip(currencies, batch.column(column).to_pylist(), strict=True):
                if text:
                    per[currency] = per.get(currency, Decimal(0)) + Decimal(text)
    return {
        column: {cur: format(total.normalize(), "f") for cur, total in per.items()}
        for column, per in sums.items()
    }


__all__ = [
    "COST_COLUMNS",
    "CUR_COLUMNS",
    "EA_COLUMNS",
    "FOCUS_COLUMNS",
    "ExportSummary",
    "expected_totals",
    "write_azure_ea",
    "write_cur_legacy",
    "write_focus",
]
