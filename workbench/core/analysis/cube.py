"""The daily cube: the cost table pre-aggregated once per import, read by every dashboard.

One row per (day, currency, provider, account, sub-account, service, service category,
region, charge category, pricing category, commitment status, tag set) with exact nano
sums of the four money columns and the number of source rows. Every overview aggregate
is a group-by on this cube, never on the raw rows (see ``bench/dashboard_bench.py``).

The cube is stored in ``engagement.tables["cube_daily"]`` so reopening is fast. It carries a
fingerprint of the costs table in its schema metadata; :func:`get_cube` rebuilds it when
the costs table no longer matches (``Engagement.set_costs`` drops derived tables anyway).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Final

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.analysis.engine import CubeArrays, arrays_of
from workbench.core.analysis.tagsets import TagSets
from workbench.core.canonical import MONEY_COLUMNS
from workbench.core.engagement import Engagement

CUBE_TABLE: Final = "cube_daily"
CUBE_VERSION: Final = "1"

#: Grouping columns besides ``Day`` (canonical names, so filters work on both).
CUBE_DIMENSIONS: Final = (
    "BillingCurrency",
    "ProviderName",
    "BillingAccountId",
    "BillingAccountName",
    "SubAccountId",
    "SubAccountName",
    "ServiceName",
    "ServiceCategory",
    "RegionId",
    "ChargeCategory",
    "PricingCategory",
    "CommitmentDiscountStatus",
    "Tags",
)
ROW_COUNT: Final = "RowCount"
#: Source rows whose ListCost was null (ListCost sums then understate the list price).
LIST_COST_MISSING: Final = "ListCostMissingRows"
_FINGERPRINT_KEY: Final = b"finops_workbench_cube_source"


@dataclass(frozen=True)
class Cube:
    """The cube table plus what every query needs: parsed tag sets and the data's span."""

    table: pa.Table
    tag_sets: TagSets
    first_day: dt.date | None
    last_full_day: dt.date | None
    #: Lazily built numpy views (see :mod:`workbench.core.analysis.engine`).
    cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def num_rows(self) -> int:
        return int(self.table.num_rows)

    @property
    def arrays(self) -> CubeArrays:
        return arrays_of(self.cache, self.table, self.tag_sets, self.first_day)

    def with_table(self, table: pa.Table) -> Cube:
        """A filtered view sharing the tag cache and the *whole data's* span."""
        return Cube(table, self.tag_sets, self.first_day, self.last_full_day)

    def currencies(self) -> list[str]:
        values = pc.unique(self.table.column("BillingCurrency")).to_pylist()
        return sorted(str(v) for v in values if v is not None)


def _day_range(days: pa.ChunkedArray) -> tuple[dt.date | None, dt.date | None]:
    if len(days) == 0:
        return None, None
    bounds = pc.min_max(days).as_py()
    return bounds["min"], bounds["max"]


def last_day_of(table: pa.Table) -> dt.date | None:
    """The data's last full day: the last day that has charges.

    Exports are written per whole day (daily granularity); an hourly file cut mid-day
    would make this day partial, which is not detected here.
    """
    if "Day" in table.column_names:
        return _day_range(table.column("Day"))[1]
    if table.num_rows == 0:
        return None
    latest = pc.max(table.column("ChargePeriodStart")).as_py()
    return None if latest is None else latest.date()


def fingerprint(costs: pa.Table) -> str:
    """Cheap identity of a costs table: row count, exact sums and the date span."""
    parts = [CUBE_VERSION, str(costs.num_rows)]
    for name in ("BilledCost", "EffectiveCost", "x_SourceRow"):
        parts.append(str(pc.sum(costs.column(name)).as_py()))
    if costs.num_rows:
        bounds = pc.min_max(costs.column("ChargePeriodStart")).as_py()
        parts += [str(bounds["min"]), str(bounds["max"])]
    return ":".join(parts)


def build_cube_table(costs: pa.Table) -> pa.Table:
    """Group the canonical table by day and :data:`CUBE_DIMENSIONS`; exact int64 sums."""
    day = pc.cast(costs.column("ChargePeriodStart"), pa.date32())
    columns = {"Day": day}
    for name in CUBE_DIMENSIONS:
        columns[name] = costs.column(name)
    for name in MONEY_COLUMNS:
        columns[name] = costs.column(name)
    columns["_list_missing"] = pc.cast(pc.is_null(costs.column("ListCost")), pa.int64())
    # Imports append batches whose dictionaries differ; group_by needs them unified.
    source = pa.table(columns).unify_dictionaries()
    keep_zero = pc.ScalarAggregateOptions(skip_nulls=True, min_count=0)
    aggregations: list[tuple[str, str, Any]] = [(n, "sum", keep_zero) for n in MONEY_COLUMNS]
    aggregations += [("_list_missing", "sum", keep_zero), ("BilledCost", "count", None)]
    grouped = source.group_by(["Day", *CUBE_DIMENSIONS], use_threads=True).aggregate(aggregations)
    names = {f"{m}_sum": m for m in MONEY_COLUMNS}
    names["_list_missing_sum"] = LIST_COST_MISSING
    names["BilledCost_count"] = ROW_COUNT
    grouped = grouped.rename_columns([names.get(n, n) for n in grouped.column_names])
    order = ["Day", *CUBE_DIMENSIONS, *MONEY_COLUMNS, ROW_COUNT, LIST_COST_MISSING]
    grouped = grouped.select(order).unify_dictionaries().combine_chunks()
    metadata = {_FINGERPRINT_KEY: fingerprint(costs).encode()}
    return grouped.replace_schema_metadata(metadata)


def cube_from_table(table: pa.Table) -> Cube:
    """Wrap a cube table (built or loaded) with its parsed tag sets and day span."""
    table = table.unify_dictionaries().combine_chunks()
    tags = table.column("Tags")
    texts: list[str | None] = []
    for chunk in tags.chunks:
        if pa.types.is_dictionary(chunk.type):
            texts.extend(chunk.dictionary.to_pylist())
    first, last = _day_range(table.column("Day"))
    return Cube(table, TagSets.from_texts(texts), first, last)


def build_cube(costs: pa.Table) -> Cube:
    return cube_from_table(build_cube_table(costs))


_MEMO: dict[int, tuple[pa.Table, Cube]] = {}


def get_cube(engagement: Engagement) -> Cube:
    """The engagement's cube: memoised per costs table, stored as ``cube_daily``."""
    costs = engagement.costs
    memo = _MEMO.get(id(costs))
    if memo is not None and memo[0] is costs:
        return memo[1]
    stored = engagement.tables.get(CUBE_TABLE)
    wanted = fingerprint(costs).encode()
    metadata = stored.schema.metadata or {} if stored is not None else {}
    if stored is not None and metadata.get(_FINGERPRINT_KEY) == wanted:
        cube = cube_from_table(stored)
    else:
        cube = build_cube(costs)
        # Derived data, not a user edit: no revision bump (saving it is an optimisation).
        engagement.tables[CUBE_TABLE] = cube.table
    if len(_MEMO) > 4:
        _MEMO.clear()
    _MEMO[id(costs)] = (costs, cube)
    return cube


def ungrouped_cube(costs: pa.Table) -> Cube:
    """The raw rows in cube shape (one cube row per source row), without aggregating.

    For the benchmark's in-run baseline and for tests: the same query code then runs on
    the raw rows, so any difference in results or speed comes from the pre-aggregation.
    """
    columns: dict[str, Any] = {"Day": pc.cast(costs.column("ChargePeriodStart"), pa.date32())}
    for name in (*CUBE_DIMENSIONS, *MONEY_COLUMNS):
        columns[name] = costs.column(name)
    columns[ROW_COUNT] = pa.array(np.ones(costs.num_rows, dtype=np.int64))
    columns[LIST_COST_MISSING] = pc.cast(pc.is_null(costs.column("ListCost")), pa.int64())
    return cube_from_table(pa.table(columns))
