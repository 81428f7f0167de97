"""Dimensions a user can group by: a canonical column name, or ``"tag:<key>"``.

Shared by the overview charts and the cost explorer so both name groupings the same way.
"""

from __future__ import annotations

from typing import Any, Final

import pyarrow as pa

from workbench.core.analysis.tagsets import TagSets, tag_key_column
from workbench.core.canonical import STRING_COLUMNS

TAG_PREFIX: Final = "tag:"
#: Group name for rows with no value in a column dimension.
NOT_SET: Final = "(not set)"
OTHER: Final = "Other"


def tag_dimension(key: str) -> str:
    return f"{TAG_PREFIX}{key}"


def is_tag_dimension(dimension: str) -> bool:
    return dimension.startswith(TAG_PREFIX)


def validate_dimension(dimension: str, available: list[str]) -> None:
    if is_tag_dimension(dimension):
        if not dimension[len(TAG_PREFIX) :]:
            raise ValueError("a tag dimension needs a key, e.g. tag:owner")
        return
    if dimension not in available or dimension not in STRING_COLUMNS:
        raise DimensionError(f"cannot group by {dimension!r}; use a text column or tag:KEY")


class DimensionError(ValueError):
    """An unknown grouping dimension; the message names it."""


def dimension_column(table: pa.Table, dimension: str, tag_sets: TagSets) -> pa.ChunkedArray:
    """Per row, the group value for ``dimension`` (null = not set; see :func:`group_name`)."""
    if is_tag_dimension(dimension):
        return tag_key_column(table.column("Tags"), dimension[len(TAG_PREFIX) :], tag_sets)
    if dimension not in table.column_names:
        raise DimensionError(f"cannot group by {dimension!r}: not in this data")
    return table.column(dimension)


def group_name(value: Any) -> str:
    return NOT_SET if value is None else str(value)


def sum_by(table: pa.Table, keys: list[str], value: str) -> list[dict[str, Any]]:
    """Exact int64 sums of ``value`` per distinct ``keys`` (small results only)."""
    if table.num_rows == 0:
        return []
    grouped = (
        table.select([*keys, value]).group_by(keys, use_threads=False).aggregate([(value, "sum")])
    )
    rows: list[dict[str, Any]] = grouped.to_pylist()
    for row in rows:
        row[value] = int(row.pop(f"{value}_sum") or 0)
    return rows
