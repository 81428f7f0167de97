"""The numeric engine behind the dashboards: cube columns as numpy codes, exact group sums.

A filter change must recompute every overview aggregate in well under 150 ms on a cube
of about a million rows (``bench/dashboard_bench.py``). Arrow group-bys with Python
post-processing were too slow, so queries run on integer codes:

- each grouping column becomes dictionary codes (``Coded``), nulls getting their own code;
- days become an index since the cube's first day;
- group sums use :func:`exact_bincount`: ``np.bincount`` with float weights is fast but
  floats are not exact, so every int64 nano amount is split into a high and a low 32-bit
  half. Per chunk of at most 2**21 rows each half sums to less than 2**53, which float64
  holds exactly; the halves are recombined as int64. The results are exact to the nano.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

import numpy as np
import pyarrow as pa

from workbench.core.analysis.dimensions import TAG_PREFIX, DimensionError
from workbench.core.analysis.tagsets import UNTAGGED, TagSets

_CHUNK: Final = 1 << 21
_LOW_MASK: Final = np.int64(0xFFFFFFFF)


def exact_bincount(keys: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    """Exact int64 sums of ``values`` per key in ``range(size)``."""
    out = np.zeros(size, dtype=np.int64)
    for start in range(0, len(keys), _CHUNK):
        k = keys[start : start + _CHUNK]
        v = values[start : start + _CHUNK]
        high = np.bincount(k, weights=(v >> 32).astype(np.float64), minlength=size)
        low = np.bincount(k, weights=(v & _LOW_MASK).astype(np.float64), minlength=size)
        out += high.astype(np.int64) * (1 << 32) + low.astype(np.int64)
    return out


@dataclass(frozen=True)
class Coded:
    """Row codes into ``labels``; the last label is None when the column has nulls."""

    codes: np.ndarray  # int64, one per cube row
    labels: list[str | None]

    def lookup(self, predicate: Mapping[str | None, bool] | set[str | None]) -> np.ndarray:
        """A boolean per label, for ``lookup(...)[codes]`` row masks."""
        return np.fromiter((lab in predicate for lab in self.labels), bool, len(self.labels))


def _coded_from(column: pa.ChunkedArray) -> Coded:
    array = column.combine_chunks() if column.num_chunks != 1 else column.chunk(0)
    if not pa.types.is_dictionary(array.type):
        array = array.dictionary_encode()
    labels: list[str | None] = [None if v is None else str(v) for v in array.dictionary.to_pylist()]
    indices = array.indices.to_numpy(zero_copy_only=False)
    valid = array.is_valid().to_numpy(zero_copy_only=False)
    if valid.all():
        return Coded(indices.astype(np.int64), labels)
    codes = np.where(valid, indices, len(labels)).astype(np.int64)
    return Coded(codes, [*labels, None])


class CubeArrays:
    """Numpy views of one cube table, built lazily per column and cached."""

    def __init__(self, table: pa.Table, tag_sets: TagSets, first_day: dt.date | None) -> None:
        self.table = table
        self.tag_sets = tag_sets
        self.first_day = first_day or dt.date(1970, 1, 1)
        days = table.column("Day").cast(pa.int32()).to_numpy()
        self.day = (days - np.int32(self.first_day.toordinal() - 719163)).astype(np.int64)
        self.num_days = int(self.day.max()) + 1 if len(self.day) else 0
        self._coded: dict[str, Coded] = {}
        self._money: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self.day)

    def day_index(self, day: dt.date) -> int:
        """Index of ``day``, clipped to ``[0, num_days]``."""
        return min(max((day - self.first_day).days, 0), self.num_days)

    def day_of(self, index: int) -> dt.date:
        return self.first_day + dt.timedelta(days=index)

    def coded(self, column: str) -> Coded:
        found = self._coded.get(column)
        if found is None:
            if column not in self.table.column_names:
                raise DimensionError(f"cannot group by {column!r}: not in this data")
            found = self._coded[column] = _coded_from(self.table.column(column))
        return found

    def dimension(self, dimension: str) -> Coded:
        """Codes for a column or ``tag:KEY`` (rows without the key: :data:`UNTAGGED`)."""
        if not dimension.startswith(TAG_PREFIX):
            return self.coded(dimension)
        found = self._coded.get(dimension)
        if found is None:
            tags = self.coded("Tags")
            values = self.tag_sets.key_values(tags.labels, dimension[len(TAG_PREFIX) :])
            distinct = sorted(set(values))
            position = {v: i for i, v in enumerate(distinct)}
            mapping = np.array([position[v] for v in values], dtype=np.int64)
            labels: list[str | None] = list(distinct)
            if not len(mapping):
                mapping, labels = np.zeros(1, dtype=np.int64), [UNTAGGED]
            found = Coded(mapping[tags.codes] if len(tags.codes) else tags.codes, labels)
            self._coded[dimension] = found
        return found

    def money(self, column: str) -> np.ndarray:
        found = self._money.get(column)
        if found is None:
            array = self.table.column(column).combine_chunks()
            found = np.asarray(array.fill_null(0).to_numpy(zero_copy_only=False), dtype=np.int64)
            self._money[column] = found
        return found

    def filter_mask(
        self, dimensions: Mapping[str, frozenset[str]], tags: tuple[tuple[str, str], ...]
    ) -> np.ndarray:
        """Rows passing every dimension set and tag pair (keys AND-ed, values OR-ed)."""
        mask = np.ones(len(self), dtype=bool)
        for column, allowed in dimensions.items():
            if allowed:
                coded = self.coded(column)
                mask &= coded.lookup(set(allowed))[coded.codes]
        if tags:
            wanted: dict[str, set[str]] = {}
            for key, value in tags:
                wanted.setdefault(key, set()).add(value)
            coded = self.coded("Tags")
            matches = self.tag_sets.matches(coded.labels, wanted)
            mask &= matches[coded.codes]
        return mask


def arrays_of(cache: dict[str, Any], table: pa.Table, tags: TagSets, first: Any) -> CubeArrays:
    found = cache.get("arrays")
    if not isinstance(found, CubeArrays):
        found = cache["arrays"] = CubeArrays(table, tags, first)
    return found
