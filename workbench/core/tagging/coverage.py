"""Tag coverage and compliance measured by spend, not by row count.

Definitions (documented for the KPI tooltips and the report):

* untaggable spend: rows matched by an untaggable rule (resources/tagging/untaggable.yaml);
* taggable spend = total spend - untaggable spend;
* coverage(key) = taggable spend where the key is present (tag or fallback) / taggable spend;
  the denominator EXCLUDES untaggable cost so coverage is not unfairly low;
* compliance(key) = taggable spend where the key is present AND allowed / taggable spend;
* non-compliant(key) = present but not in the allowed values = coverage - compliance;
* "all required" counts a row only when every required key is present (resp. allowed).

Amounts are exact int64 nano-units per currency; ratios are never computed across
currencies (:meth:`CoverageRow` is always for one currency).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.tagging.condense import UNTAGGABLE_COLUMN, condense
from workbench.core.tagging.normalise import column_or_nulls, money_column, month_text
from workbench.core.tagging.policy import TagPolicy
from workbench.core.tagging.resolve import MISSING, VALID, all_required_status, resolve_policy
from workbench.core.tagging.untaggable import UntaggableRule

ALL_REQUIRED: Final = "all_required"
#: Dimensions of the coverage table (besides currency, always grouped).
DIMENSIONS: Final = ("month", "provider", "account", "account_name", "service")


def _text(column: pa.ChunkedArray) -> pa.ChunkedArray:
    return column.cast(pa.string()) if pa.types.is_dictionary(column.type) else column


def dimension_columns(costs: pa.Table) -> dict[str, pa.ChunkedArray]:
    """The grouping columns shared by coverage, worklist and allocation."""

    def text(name: str) -> pa.ChunkedArray:
        return _text(column_or_nulls(costs, name))

    return {
        "currency": pc.fill_null(text("BillingCurrency"), ""),
        "month": month_text(costs),
        "provider": pc.fill_null(text("ProviderName"), ""),
        "account": pc.fill_null(pc.coalesce(text("SubAccountId"), text("BillingAccountId")), ""),
        "account_name": pc.fill_null(
            pc.coalesce(text("SubAccountName"), text("BillingAccountName")), ""
        ),
        "service": pc.fill_null(text("ServiceName"), ""),
    }


def coverage_table(
    costs: pa.Table, policy: TagPolicy, metric_column: str, rules: list[UntaggableRule]
) -> pa.Table:
    """Exact sums per (currency, month, provider, account, account_name, service).

    Works on the distinct tagging combinations (:func:`condense`); ``costs`` may be raw
    rows or an already condensed table.

    Columns: ``total``, ``untaggable``, ``taggable`` and per key (plus ``all_required``)
    ``present.<key>`` and ``valid.<key>`` (taggable spend only).
    """
    costs = condense(costs, metric_column, rules)
    cost = money_column(costs, metric_column)
    zero = pa.scalar(0, pa.int64())
    untaggable = pc.is_valid(costs.column(UNTAGGABLE_COLUMN))
    taggable_cost = pc.if_else(untaggable, zero, cost)
    resolved = resolve_policy(costs, policy)
    statuses = {k: r.status for k, r in resolved.items()}
    statuses[ALL_REQUIRED] = all_required_status(resolved, costs.num_rows)
    columns: dict[str, pa.ChunkedArray] = dict(dimension_columns(costs))
    columns["total"] = cost
    columns["untaggable"] = pc.if_else(untaggable, cost, zero)
    columns["taggable"] = taggable_cost
    for key, status in statuses.items():
        columns[f"present.{key}"] = pc.if_else(pc.not_equal(status, MISSING), taggable_cost, zero)
        columns[f"valid.{key}"] = pc.if_else(pc.equal(status, VALID), taggable_cost, zero)
    sums = [name for name in columns if name not in ("currency", *DIMENSIONS)]
    table = pa.table(columns)
    grouped = table.group_by(["currency", *DIMENSIONS]).aggregate([(n, "sum") for n in sums])
    return grouped.rename_columns([c.removesuffix("_sum") for c in grouped.column_names])


@dataclass(frozen=True)
class CoverageRow:
    group: dict[str, str]  # the grouping dimensions' values
    currency: str
    total: int
    untaggable: int
    taggable: int
    present: dict[str, int] = field(default_factory=dict)
    valid: dict[str, int] = field(default_factory=dict)

    def coverage(self, key: str = ALL_REQUIRED) -> float | None:
        return None if self.taggable == 0 else self.present[key] / self.taggable

    def compliance(self, key: str = ALL_REQUIRED) -> float | None:
        return None if self.taggable == 0 else self.valid[key] / self.taggable

    def non_compliant(self, key: str = ALL_REQUIRED) -> int:
        return self.present[key] - self.valid[key]

    def untaggable_share(self) -> float | None:
        return None if self.total == 0 else self.untaggable / self.total


def summarise(table: pa.Table, by: Sequence[str] = ()) -> list[CoverageRow]:
    """Roll the coverage table up to ``by`` (a subset of DIMENSIONS), always per currency.

    Sorted by the group values, then currency.
    """
    unknown = set(by) - set(DIMENSIONS)
    if unknown:
        raise ValueError(f"unknown coverage dimension(s) {sorted(unknown)}; use {DIMENSIONS}")
    sums = [c for c in table.column_names if c not in ("currency", *DIMENSIONS)]
    keys = ["currency", *by]
    grouped = table.group_by(keys).aggregate([(c, "sum") for c in sums])
    rows = grouped.to_pylist()
    out = []
    for row in rows:
        present = {c[8:-4]: int(v) for c, v in row.items() if c.startswith("present.")}
        valid = {c[6:-4]: int(v) for c, v in row.items() if c.startswith("valid.")}
        out.append(
            CoverageRow(
                group={d: str(row[d]) for d in by},
                currency=str(row["currency"]),
                total=int(row["total_sum"]),
                untaggable=int(row["untaggable_sum"]),
                taggable=int(row["taggable_sum"]),
                present=present,
                valid=valid,
            )
        )
    out.sort(key=lambda r: ([r.group[d] for d in by], r.currency))
    return out


@dataclass(frozen=True)
class CoverageTrend:
    """Chart data: monthly coverage per key for one currency (ratios 0..1, None = no data)."""

    currency: str
    months: list[str]
    series: dict[str, list[float | None]]  # key (and "all_required") -> value per month
    untaggable_share: list[float | None]


def coverage_trend(table: pa.Table, keys: Sequence[str]) -> list[CoverageTrend]:
    """One trend per currency, for the GUI (pyqtgraph) and the PDF (ReportLab)."""
    rows = summarise(table, ["month"])
    trends = []
    for currency in sorted({r.currency for r in rows}):
        mine = [r for r in rows if r.currency == currency]
        series = {k: [r.coverage(k) for r in mine] for k in [*keys, ALL_REQUIRED]}
        trends.append(
            CoverageTrend(
                currency=currency,
                months=[r.group["month"] for r in mine],
                series=series,
                untaggable_share=[r.untaggable_share() for r in mine],
            )
        )
    return trends
