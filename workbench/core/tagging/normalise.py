"""Key and value normalisation, and mapping functions over *distinct* values only.

Billing files repeat few distinct tag sets over millions of rows. Every function here that
touches a column works on the column's dictionary (its distinct values) and maps the result
back to rows with the dictionary indices, so Python only loops over distinct values.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final, TypeVar

import pyarrow as pa
import pyarrow.compute as pc

_CAMEL: Final = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SEPARATORS: Final = re.compile(r"[\s_.:/\-]+")

T = TypeVar("T")


def normalise_key(raw: str) -> str:
    """Fold case, spacing, separators and camelCase: "Cost Center", "cost_center",
    "CostCenter" and " COST-CENTER " all become "cost-center"."""
    text = _CAMEL.sub("-", raw.strip())
    return _SEPARATORS.sub("-", text).strip("-").casefold()


def squash_key(raw: str) -> str:
    """The key without any separator ("cost-center" -> "costcenter"), to find keys that
    differ only in separators (including none: "CostCenter" vs "Costcenter")."""
    return normalise_key(raw).replace("-", "")


def normalise_value_text(raw: str) -> str:
    """Value lookup form: stripped and case-folded ("  Prod " -> "prod")."""
    return " ".join(raw.split()).casefold()


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, stopping early above ``limit`` (returns limit + 1)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return min(previous[-1], limit + 1)


def as_single_dictionary(column: pa.ChunkedArray | pa.Array) -> tuple[pa.Array, pa.ChunkedArray]:
    """(distinct values, row indices into them); null rows get a null index."""
    if isinstance(column, pa.Array):
        column = pa.chunked_array([column])
    if not pa.types.is_dictionary(column.type):
        column = pc.dictionary_encode(column)
    if column.num_chunks == 0:
        return pa.array([], column.type.value_type), pa.chunked_array([], pa.int32())
    unified = column.unify_dictionaries()
    dictionary = unified.chunk(0).dictionary
    indices = pa.chunked_array(
        [chunk.indices.cast(pa.int32()) for chunk in unified.chunks], pa.int32()
    )
    return dictionary, indices


def map_distinct(
    column: pa.ChunkedArray | pa.Array,
    func: Callable[[str], T | None],
    out_type: pa.DataType,
    null_value: T | None = None,
) -> pa.ChunkedArray:
    """Apply ``func`` to each distinct non-null value and spread the result to the rows."""
    dictionary, indices = as_single_dictionary(column)
    mapped = [func(str(v)) for v in dictionary.to_pylist()]
    mapped.append(null_value)  # the slot null rows point at
    values = pa.array(mapped, type=out_type)
    null_slot = pa.scalar(len(dictionary), pa.int32())
    filled = pc.fill_null(indices, null_slot) if len(indices) else indices
    return pc.take(values, filled)


def column_or_nulls(table: pa.Table, name: str) -> pa.ChunkedArray:
    if name in table.column_names:
        return table.column(name)
    return pa.chunked_array([pa.nulls(table.num_rows, pa.string())])


def money_column(table: pa.Table, metric_column: str) -> pa.ChunkedArray:
    """The cost metric as int64 nano-units; a missing amount (ListCost gaps) counts as 0."""
    values = table.column(metric_column)
    return pc.fill_null(values, 0) if values.null_count else values


def month_text(table: pa.Table) -> pa.ChunkedArray:
    """ "YYYY-MM" of ChargePeriodStart (UTC), one string per row."""
    starts = table.column("ChargePeriodStart")
    if table.num_rows == 0:
        return pa.chunked_array([], pa.string())
    return pc.strftime(starts, format="%Y-%m")
