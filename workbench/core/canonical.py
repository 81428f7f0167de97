"""The canonical cost table: FOCUS-aligned columns that every importer produces.

Every importer yields Arrow record batches with exactly :data:`CANONICAL_SCHEMA`.
Analyses read the table (or its daily cube), never a provider's raw columns.

Money columns hold integer *nano-units* (1 unit of currency = 10**9) so that sums are
exact and reconcile with the source file; see :mod:`workbench.core.money`.
"""

from __future__ import annotations

from typing import Final

import pyarrow as pa

NANO: Final = 1_000_000_000

#: Money columns, int64 nano-units of ``BillingCurrency``. Nullable where a source lacks them.
MONEY_COLUMNS: Final = ("BilledCost", "EffectiveCost", "ListCost", "ContractedCost")

#: The metrics a user can pick in the filter bar, mapped to their column.
COST_METRICS: Final = {"billed": "BilledCost", "effective": "EffectiveCost", "list": "ListCost"}

TIMESTAMP_TYPE: Final = pa.timestamp("ms", tz="UTC")
STRING_TYPE: Final = pa.dictionary(pa.int32(), pa.string())

_STRING_COLUMNS: Final = (
    "BillingCurrency",
    "BillingAccountId",
    "BillingAccountName",
    "SubAccountId",
    "SubAccountName",
    "ProviderName",
    "PublisherName",
    "InvoiceIssuerName",
    "InvoiceId",
    "ServiceName",
    "ServiceCategory",
    "RegionId",
    "RegionName",
    "AvailabilityZone",
    "ResourceId",
    "ResourceName",
    "ResourceType",
    "SkuId",
    "SkuPriceId",
    "ChargeCategory",
    "ChargeClass",
    "ChargeDescription",
    "ChargeFrequency",
    "PricingCategory",
    "PricingUnit",
    "ConsumedUnit",
    "CommitmentDiscountId",
    "CommitmentDiscountName",
    "CommitmentDiscountType",
    "CommitmentDiscountCategory",
    "CommitmentDiscountStatus",
    # Tags: a JSON object text with the *raw* keys and string values, keys sorted, e.g.
    # '{"Environment":"prod","owner":"team-a"}'; null when the row carries no tags.
    # Dictionary encoding keeps one copy per distinct tag set; analyses parse each distinct
    # tag set once (workbench.core.tags).
    "Tags",
    # Account-level attributes usable as tag fallbacks: AWS cost categories (JSON object),
    # Azure resource group, GCP project labels (JSON object).
    "x_CostCategories",
    "x_ResourceGroupName",
    "x_ProjectLabels",
    # Lineage: the engagement's id of the source file (its content hash prefix).
    "x_SourceFileId",
)

_COLUMNS: list[pa.Field] = [
    pa.field("BilledCost", pa.int64(), nullable=False),
    pa.field("EffectiveCost", pa.int64(), nullable=False),
    pa.field("ListCost", pa.int64()),
    pa.field("ContractedCost", pa.int64()),
    pa.field("ChargePeriodStart", TIMESTAMP_TYPE, nullable=False),
    pa.field("ChargePeriodEnd", TIMESTAMP_TYPE),
    pa.field("BillingPeriodStart", TIMESTAMP_TYPE),
    pa.field("BillingPeriodEnd", TIMESTAMP_TYPE),
    pa.field("ConsumedQuantity", pa.float64()),
    pa.field("PricingQuantity", pa.float64()),
    *(pa.field(name, STRING_TYPE) for name in _STRING_COLUMNS),
    # 1-based data row number in the source file (header excluded), for lineage.
    pa.field("x_SourceRow", pa.int64(), nullable=False),
]

CANONICAL_SCHEMA: Final = pa.schema(_COLUMNS)
CANONICAL_COLUMNS: Final = tuple(CANONICAL_SCHEMA.names)
STRING_COLUMNS: Final = _STRING_COLUMNS

#: Columns a user can group or filter by (besides tag keys).
DIMENSIONS: Final = (
    "ProviderName",
    "BillingAccountId",
    "BillingAccountName",
    "SubAccountId",
    "SubAccountName",
    "ServiceName",
    "ServiceCategory",
    "RegionId",
    "ResourceId",
    "ResourceType",
    "ChargeCategory",
    "PricingCategory",
    "CommitmentDiscountType",
    "BillingCurrency",
    "x_ResourceGroupName",
)

#: Allowed FOCUS values, used to normalise case ("usage" -> "Usage").
CHARGE_CATEGORIES: Final = ("Usage", "Purchase", "Tax", "Credit", "Adjustment")
PRICING_CATEGORIES: Final = ("Standard", "Dynamic", "Committed", "Other")
CHARGE_FREQUENCIES: Final = ("One-Time", "Recurring", "Usage-Based")
COMMITMENT_STATUSES: Final = ("Used", "Unused")


def empty_table() -> pa.Table:
    """An empty canonical table (no imports yet)."""
    return CANONICAL_SCHEMA.empty_table()


def conform(table: pa.Table) -> pa.Table:
    """Reorder, add missing (null) columns and cast ``table`` to the canonical schema.

    Importers build the columns they know; this fills the rest so every batch has the
    same schema and concatenates cheaply.
    """
    columns: list[pa.Array | pa.ChunkedArray] = []
    n = table.num_rows
    for field in CANONICAL_SCHEMA:
        if field.name in table.column_names:
            col = table.column(field.name)
            if not col.type.equals(field.type):
                col = col.cast(field.type)
            columns.append(col)
        else:
            if not field.nullable:
                raise ValueError(f"importer did not produce required column {field.name}")
            columns.append(_nulls(n, field.type))
    return pa.Table.from_arrays(columns, schema=CANONICAL_SCHEMA)


_NULL_BLOCK: Final = 1 << 20
_null_cache: dict[pa.DataType, pa.Array] = {}


def _nulls(n: int, kind: pa.DataType) -> pa.Array:
    """An all-null column as a zero-copy slice of one shared block per type.

    A source fills only some canonical columns; allocating fresh null buffers for the
    other ~30 columns of every batch cost ~150 bytes per row (0.75 GB at 5M rows).
    """
    if n > _NULL_BLOCK:
        return pa.nulls(n, type=kind)
    block = _null_cache.get(kind)
    if block is None:
        block = _null_cache[kind] = pa.nulls(_NULL_BLOCK, type=kind)
    return block.slice(0, n)
