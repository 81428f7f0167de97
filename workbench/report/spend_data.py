"""Spend per month, service and account, per billing currency, for the report.

One grouped pass over the daily cube (or, for small tables, the canonical table itself)
with Arrow compute. Used until the overview analysis publishes these results itself; the
numbers are exact nano-unit sums and currencies are never added together.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Final

import pyarrow as pa
import pyarrow.compute as pc

from workbench.report.model import CurrencySpend, SpendData

STACKED_SERVICES: Final = 6
TOP_ROWS: Final = 10
OTHER: Final = "\x00other"  # replaced by the localised word when rendered


def _name_column(table: pa.Table, names: tuple[str, ...]) -> pa.Array | pa.ChunkedArray:
    """The first of ``names`` with any values, as plain strings ("" where null)."""
    for name in names:
        column = table.column(name)
        if column.null_count < len(column):
            return pc.fill_null(column.cast(pa.string()), "")
    return pa.array([""] * table.num_rows, type=pa.string())


def _sums(table: pa.Table, keys: list[str], metric: str) -> list[dict[str, object]]:
    grouped = table.select([*keys, metric]).group_by(keys).aggregate([(metric, "sum")])
    rows: list[dict[str, object]] = grouped.to_pylist()
    return rows


def collect_spend(
    costs: pa.Table, metric_column: str, metric_label: str, *, row_count: int | None = None
) -> SpendData | None:
    """Spend results from the cube (``Day`` column) or the canonical table; None if empty."""
    if costs.num_rows == 0:
        return None
    time_column = "Day" if "Day" in costs.column_names else "ChargePeriodStart"
    month_start = pc.floor_temporal(costs.column(time_column), unit="month")
    work = pa.table(
        {
            "month": month_start,
            "currency": pc.fill_null(costs.column("BillingCurrency").cast(pa.string()), "?"),
            "service": _name_column(costs, ("ServiceName",)),
            "account": _name_column(
                costs, ("SubAccountName", "SubAccountId", "BillingAccountName")
            ),
            "cost": pc.fill_null(costs.column(metric_column), 0),
        }
    )
    by_month_service: dict[str, dict[tuple[dt.date, str], int]] = defaultdict(dict)
    for row in _sums(work, ["currency", "month", "service"], "cost"):
        stamp = row["month"]
        assert isinstance(stamp, dt.date)
        day = stamp.date() if isinstance(stamp, dt.datetime) else stamp
        key = (day, str(row["service"]))
        by_month_service[str(row["currency"])][key] = int(row["cost_sum"] or 0)  # type: ignore[call-overload]
    by_account: dict[str, dict[str, int]] = defaultdict(dict)
    for row in _sums(work, ["currency", "account"], "cost"):
        by_account[str(row["currency"])][str(row["account"])] = int(row["cost_sum"] or 0)  # type: ignore[call-overload]
    months = sorted({m for cells in by_month_service.values() for m, _ in cells})
    currencies = tuple(
        _currency_spend(currency, by_month_service[currency], by_account[currency], months)
        for currency in sorted(by_month_service)
    )
    last = months[-1]
    next_month = dt.date(last.year + last.month // 12, last.month % 12 + 1, 1)
    return SpendData(
        start=months[0],
        end=next_month - dt.timedelta(days=1),
        metric_label=metric_label,
        currencies=currencies,
        row_count=costs.num_rows if row_count is None else row_count,
    )


def _currency_spend(
    currency: str,
    cells: dict[tuple[dt.date, str], int],
    accounts: dict[str, int],
    months: list[dt.date],
) -> CurrencySpend:
    service_totals: dict[str, int] = defaultdict(int)
    month_totals: dict[dt.date, int] = defaultdict(int)
    for (month, service), amount in cells.items():
        service_totals[service] += amount
        month_totals[month] += amount
    ranked = sorted(service_totals.items(), key=lambda item: (-item[1], item[0]))
    stacked = [name for name, _ in ranked[:STACKED_SERVICES]]
    series: list[tuple[str, tuple[int, ...]]] = [
        (name, tuple(cells.get((m, name), 0) for m in months)) for name in stacked
    ]
    if len(ranked) > STACKED_SERVICES:
        rest = tuple(
            month_totals[m] - sum(cells.get((m, name), 0) for name in stacked) for m in months
        )
        series.append((OTHER, rest))
    top_accounts = sorted(accounts.items(), key=lambda item: (-item[1], item[0]))[:TOP_ROWS]
    return CurrencySpend(
        currency=currency,
        total=sum(service_totals.values()),
        months=tuple(months),
        monthly_total=tuple(month_totals[m] for m in months),
        by_service=tuple(series),
        top_services=tuple(ranked[:TOP_ROWS]),
        top_accounts=tuple(top_accounts),
    )
