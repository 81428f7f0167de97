"""Merge an Azure *actual* and an *amortized* export of the same period into one view.

Each export alone knows one cost: actual -> BilledCost, amortized -> EffectiveCost (see
:mod:`workbench.core.importing.adapters.azure_cost_kind`). Imported side by side they
would double count. :func:`combine_azure_actual_amortized` pairs the rows that describe the
same charge and keeps one row per charge:

* matched pair: dimensions from the actual row, BilledCost from the actual row,
  EffectiveCost from the amortized row (e.g. reservation-covered usage: Billed 0,
  Effective = amortised cost);
* actual row without partner: BilledCost kept, EffectiveCost 0 (e.g. a reservation
  purchase: Billed = fee, Effective 0 — its amortisation is in the amortized usage rows);
* amortized row without partner: BilledCost 0, EffectiveCost kept (e.g. unused
  reservation, or covered usage the actual export left out).

Invariant (tested): per currency, combined BilledCost total == actual file total and
combined EffectiveCost total == amortized file total, to the nano-unit, whatever matched.
Matching keys are stable charge attributes (charge day, billing account, subscription,
resource, SKU/meter, charge category, commitment id, quantity, currency, description);
rows with equal keys are paired in file order (1st with 1st, 2nd with 2nd). Cost is not a
key: it is what differs between the two exports.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.canonical import CANONICAL_SCHEMA, conform

MATCH_KEYS: Final = (
    "ChargePeriodStart",
    "BillingAccountId",
    "SubAccountId",
    "ResourceId",
    "SkuId",
    "ChargeCategory",
    "CommitmentDiscountId",
    "ConsumedQuantity",
    "BillingCurrency",
    "ChargeDescription",
    "x_ResourceGroupName",
)
_SEP: Final = "\x1f"


def _key_text(table: pa.Table) -> pa.Array:
    parts = []
    for name in MATCH_KEYS:
        col = table.column(name).combine_chunks()
        if pa.types.is_dictionary(col.type):
            col = col.cast(pa.string())
        text = pc.cast(col, pa.string())
        if name == "ResourceId":  # Azure writes the same ARM id in different cases
            text = pc.utf8_lower(text)
        parts.append(pc.fill_null(text, ""))
    return pc.binary_join_element_wise(*parts, _SEP)


def _occurrence(codes: np.ndarray) -> np.ndarray:
    """0 for the first row with a code, 1 for the second... (file order kept)."""
    order = np.argsort(codes, kind="stable")
    sorted_codes = codes[order]
    starts = np.r_[0, np.flatnonzero(np.diff(sorted_codes)) + 1]
    group_start = np.repeat(starts, np.diff(np.r_[starts, len(codes)]))
    occ = np.empty(len(codes), dtype=np.int64)
    occ[order] = np.arange(len(codes)) - group_start
    return occ


def _match_table(codes: np.ndarray, index_name: str) -> pa.Table:
    return pa.table(
        {
            "code": pa.array(codes, pa.int64()),
            "occ": pa.array(_occurrence(codes), pa.int64()),
            index_name: pa.array(np.arange(len(codes), dtype=np.int64)),
        }
    )


def combine_azure_actual_amortized(actual: pa.Table, amortized: pa.Table) -> pa.Table:
    """One canonical table for a period that was exported as both actual and amortized."""
    actual = conform(actual)
    amortized = conform(amortized)
    keys = pc.dictionary_encode(pa.concat_arrays([_key_text(actual), _key_text(amortized)]))
    codes = keys.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    left = _match_table(codes[: actual.num_rows], "i_actual")
    right = _match_table(codes[actual.num_rows :], "i_amortized")
    joined = left.join(right, keys=["code", "occ"], join_type="full outer")
    joined = joined.sort_by([("i_actual", "ascending"), ("i_amortized", "ascending")])
    ia = joined.column("i_actual").combine_chunks()
    ib = joined.column("i_amortized").combine_chunks()
    from_actual = pc.is_valid(ia)
    columns: list[pa.Array] = []
    for field in CANONICAL_SCHEMA:
        if field.name == "BilledCost":
            columns.append(pc.fill_null(actual.column("BilledCost").take(ia), 0))
            continue
        if field.name == "EffectiveCost":
            columns.append(pc.fill_null(amortized.column("EffectiveCost").take(ib), 0))
            continue
        a = actual.column(field.name).take(ia).combine_chunks()
        b = amortized.column(field.name).take(ib).combine_chunks()
        if pa.types.is_dictionary(field.type):
            a, b = a.cast(pa.string()), b.cast(pa.string())
        if field.name in ("x_SourceFileId", "x_SourceRow"):
            merged = pc.if_else(from_actual, a, b)  # lineage: the row's own source
        else:
            merged = pc.coalesce(a, b)
        columns.append(merged.cast(field.type))
    return pa.Table.from_arrays(columns, schema=CANONICAL_SCHEMA)
