"""Condense cost rows to their distinct tagging-relevant combinations before analysing.

Coverage and allocation only depend on a handful of columns (currency, month, provider,
accounts, service, charge category, the tag sets and fallbacks, regex fields) and on the
*sum* of the cost metric. Billing files repeat the same combinations day after day, so
grouping the rows first by those columns (exact int64 sums) turns millions of rows into a
few tens of thousands; every later step (key resolution, rule evaluation, group-bys) then
runs on the distinct combinations only.

Untaggable rules may read any column (ResourceId emptiness, CommitmentDiscountType), so they
are evaluated on the raw rows first (on distinct values, cheap) and their result is one more
grouping column; the condensed table never needs the high-cardinality columns itself.

The condensed table keeps canonical column names (ChargePeriodStart holds the month's first
instant, UTC), so the analyses run on it unchanged; results are identical to running them on
the raw rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.tagging.normalise import as_single_dictionary, column_or_nulls, money_column
from workbench.core.tagging.untaggable import UntaggableRule, untaggable_rule_ids

#: The untaggable rule id per condensed row (null = taggable), evaluated on the raw rows.
UNTAGGABLE_COLUMN: Final = "x_UntaggableRuleId"
_MARK: Final = b"finops_workbench_tagging_condensed"

#: Text columns that coverage and allocation read (dimension, rule and fallback columns).
GROUP_COLUMNS: Final = (
    "BillingCurrency",
    "ProviderName",
    "SubAccountId",
    "SubAccountName",
    "BillingAccountId",
    "BillingAccountName",
    "ServiceName",
    "ChargeCategory",
    "Tags",
    "x_CostCategories",
    "x_ProjectLabels",
    "x_ResourceGroupName",
)


def is_condensed(table: pa.Table, metric_column: str) -> bool:
    metadata = table.schema.metadata or {}
    return metadata.get(_MARK) == metric_column.encode()


def month_starts(starts: pa.ChunkedArray) -> pa.Array:
    """The first instant (UTC) of each timestamp's month, in the same timestamp type."""
    kind = starts.type
    if not pa.types.is_timestamp(kind):
        raise TypeError(f"ChargePeriodStart must be a timestamp, not {kind}")
    raw = pc.cast(starts, pa.int64()).to_numpy(zero_copy_only=False)
    unit = f"datetime64[{kind.unit}]"
    months = raw.astype(unit).astype("datetime64[M]").astype(unit).astype(np.int64)
    return pa.array(months, pa.int64()).cast(kind)


_UNITS_PER_DAY: Final = {"s": 86_400, "ms": 86_400_000, "us": 86_400_000_000}


def _month_codes(starts: pa.ChunkedArray) -> tuple[np.ndarray, int]:
    """(month number per row counted from the first month, number of months), UTC.

    Maps each row's day through a lookup over the data's few hundred days, instead of
    converting millions of timestamps to months.
    """
    kind = starts.type
    if not pa.types.is_timestamp(kind):
        raise TypeError(f"ChargePeriodStart must be a timestamp, not {kind}")
    per_day = _UNITS_PER_DAY.get(kind.unit, 86_400_000_000_000)
    days = pc.cast(starts, pa.int64()).to_numpy() // per_day
    first, last = int(days.min()), int(days.max())
    months = np.arange(first, last + 1).astype("datetime64[D]").astype("datetime64[M]")
    month_of_day = (months - months[0]).astype(np.int64)
    return month_of_day[days - first], int(month_of_day[-1]) + 1


def _row_codes(column: pa.ChunkedArray | pa.Array) -> tuple[np.ndarray, int]:
    """(dense code per row, number of codes): dictionary index, null rows the last code."""
    dictionary, indices = as_single_dictionary(column)
    codes = pc.fill_null(indices, len(dictionary)) if indices.null_count else indices
    return codes.to_numpy(), len(dictionary) + 1


def _group_ids(keys: list[tuple[np.ndarray, int]], n: int) -> np.ndarray:
    """One int64 per row, equal for rows with equal keys (nulls equal each other)."""
    combined = np.zeros(n, np.int64)
    span = 1
    for codes, size in keys:
        if span * size >= 2**62:  # re-densify before the mixed code could overflow
            unique, combined = np.unique(combined, return_inverse=True)
            span = len(unique)
        combined = combined * size + codes
        span *= size
    return combined


def _sum_by_group(
    keys: list[tuple[np.ndarray, int]], amounts: pa.ChunkedArray, n: int
) -> tuple[pa.Array, pa.Array]:
    """(a representative row per group, exact int64 sum per group)."""
    if n == 0:
        return pa.array([], pa.int64()), pa.array([], pa.int64())
    frame = pa.table(
        {
            "group": pa.array(_group_ids(keys, n)),
            "amount": amounts,
            "row": pa.array(np.arange(n, dtype=np.int64)),
        }
    )
    # One int64 key: Arrow's hash aggregation is fast here (no sort of the rows).
    grouped = frame.group_by("group", use_threads=False).aggregate(
        [("amount", "sum"), ("row", "min")]
    )
    return grouped.column("row_min").combine_chunks(), grouped.column("amount_sum").combine_chunks()


def condense(
    costs: pa.Table,
    metric_column: str,
    untaggable_rules: list[UntaggableRule],
    extra_columns: Sequence[str] = (),
) -> pa.Table:
    """One row per distinct (month, GROUP_COLUMNS, extra columns, untaggable rule) with the
    exact sum of ``metric_column`` (a missing amount counts as 0, as everywhere here)."""
    if is_condensed(costs, metric_column):
        return costs
    names = [*GROUP_COLUMNS, *(c for c in extra_columns if c not in GROUP_COLUMNS)]
    columns: dict[str, pa.ChunkedArray | pa.Array] = {
        name: column_or_nulls(costs, name) for name in names
    }
    columns[UNTAGGABLE_COLUMN] = untaggable_rule_ids(costs, untaggable_rules)
    n = costs.num_rows
    starts = costs.column("ChargePeriodStart")
    # Grouped on the columns' dictionary codes combined into one int64 per row: several
    # times faster than a hash group-by over a dozen dictionary columns.
    keys = [_row_codes(column) for column in columns.values()]
    if n:
        keys.append(_month_codes(starts))
    rows, sums = _sum_by_group(keys, money_column(costs, metric_column), n)
    out = {name: pc.take(column, rows) for name, column in columns.items()}
    out["ChargePeriodStart"] = month_starts(pc.take(starts, rows)) if n else starts
    out[metric_column] = sums
    return pa.table(out).replace_schema_metadata({_MARK: metric_column.encode()})
