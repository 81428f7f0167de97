"""Business metrics (active users, transactions, ...) for unit economics.

A metrics file is a CSV with a date column and one numeric column per metric. It is kept
in the engagement section ``business_metrics`` as ``{"columns": [...], "rows": [[date,
values...], ...]}``: small (one row per day), readable, and never executed.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
from pathlib import Path
from typing import Any

from workbench.core.engagement import Engagement

SECTION = "business_metrics"


class MetricsFileError(ValueError):
    """The metrics file cannot be read; the message names the file, row and column."""


def read_metrics_csv(path: Path) -> dict[str, Any]:
    """Parse a metrics CSV: first column a date (YYYY-MM-DD), others numbers."""
    with path.open(newline="", encoding="utf-8-sig") as fh:
        sample = fh.read(4096)
        fh.seek(0)
        try:
            dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel
        reader = csv.reader(fh, dialect)
        header = next(reader, None)
        if not header or len(header) < 2:
            raise MetricsFileError(f"{path.name}: needs a date column and at least one metric")
        columns = [h.strip() for h in header[1:]]
        rows: list[list[Any]] = []
        for number, record in enumerate(reader, start=1):
            if not any(cell.strip() for cell in record):
                continue
            try:
                day = dt.date.fromisoformat(record[0].strip()[:10]).isoformat()
            except ValueError:
                raise MetricsFileError(
                    f"{path.name}: row {number}, column {header[0]!r}: "
                    f"{record[0]!r} is not a date (YYYY-MM-DD)"
                ) from None
            values: list[Any] = [day]
            for index, column in enumerate(columns, start=1):
                cell = record[index].strip() if index < len(record) else ""
                if not cell:
                    values.append(None)
                    continue
                try:
                    number_value = float(cell.replace(",", "."))
                except ValueError:
                    raise MetricsFileError(
                        f"{path.name}: row {number}, column {column!r}: {cell!r} is not a number"
                    ) from None
                if not math.isfinite(number_value):
                    raise MetricsFileError(f"{path.name}: row {number}, column {column!r}")
                values.append(number_value)
            rows.append(values)
    return {"columns": columns, "rows": rows, "source": path.name}


def import_metrics(engagement: Engagement, path: Path) -> int:
    data = read_metrics_csv(path)
    engagement.set_section(SECTION, data)
    return len(data["rows"])


def monthly_metric_totals(engagement: Engagement) -> dict[str, dict[str, float]]:
    """``{metric: {"YYYY-MM": sum}}`` (daily figures summed per month)."""
    data = engagement.section(SECTION, None)
    if not isinstance(data, dict):
        return {}
    columns = list(data.get("columns", []))
    out: dict[str, dict[str, float]] = {c: {} for c in columns}
    for row in data.get("rows", []):
        month = str(row[0])[:7]
        for column, value in zip(columns, row[1:], strict=False):
            if value is not None:
                out[column][month] = out[column].get(month, 0.0) + float(value)
    return out
