"""Per-distinct-value work on dictionary-encoded text columns.

Billing columns such as ``lineItem/LineItemType`` or ``pricing/term`` hold a handful of
distinct values over millions of rows. Comparing, mapping or masking the distinct values
(the dictionary) and taking the result back through the int32 indices touches each row
once, in a cheap integer ``take``, instead of running a string kernel over every row. The
results come out already in the canonical dictionary form, so ``conform`` does not have to
encode them again.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Final

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc


def dictionary_of(arr: pa.Array | pa.ChunkedArray) -> pa.DictionaryArray:
    """``arr`` as one dictionary array of strings (encoded here when it is plain text)."""
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks != 1 else arr.chunk(0)
    if not pa.types.is_dictionary(arr.type):
        if not pa.types.is_string(arr.type):
            arr = arr.cast(pa.string())
        arr = pc.dictionary_encode(arr)
    if not pa.types.is_string(arr.type.value_type):
        arr = pa.DictionaryArray.from_arrays(arr.indices, arr.dictionary.cast(pa.string()))
    return arr


def row_mask(arr: pa.DictionaryArray, per_value: pa.Array) -> pa.BooleanArray:
    """A boolean per dictionary value spread over the rows; null rows and nulls -> False."""
    return pc.fill_null(per_value.take(arr.indices), False)


def is_one_of(arr: pa.DictionaryArray, values: Collection[str]) -> pa.BooleanArray:
    """Rows whose value is one of ``values`` (as ``is_in``; null rows -> False)."""
    hits = pc.is_in(arr.dictionary, value_set=pa.array(list(values), pa.string()))
    return row_mask(arr, hits)


def relabel(arr: pa.DictionaryArray, per_value: pa.Array) -> pa.DictionaryArray:
    """Rows labelled with ``per_value`` (one string per dictionary value, nulls and repeats
    allowed), as a canonical dictionary array: no null, repeated or unused entries."""
    per_value = per_value.cast(pa.string())
    used = _used_entries(arr)
    if not used.all():  # labels of values no row has must not reach the dictionary
        per_value = pc.if_else(pa.array(used), per_value, pa.scalar(None, pa.string()))
    encoded = pc.dictionary_encode(per_value)
    indices = encoded.indices.take(arr.indices)
    return pa.DictionaryArray.from_arrays(indices, encoded.dictionary)


def used_values(arr: pa.DictionaryArray) -> list[str]:
    """The dictionary values some row uses (a dictionary may hold more)."""
    values: list[str] = arr.dictionary.filter(pa.array(_used_entries(arr))).to_pylist()
    return values


def _used_entries(arr: pa.DictionaryArray) -> np.ndarray:
    """Per dictionary entry: does some row use it?"""
    size = len(arr.dictionary)
    indices = pc.fill_null(arr.indices, size).to_numpy(zero_copy_only=False)
    return np.bincount(indices, minlength=size + 1)[:size] > 0


def map_distinct(
    arr: pa.DictionaryArray, mapping: Mapping[str, str | None], default: str | None
) -> pa.DictionaryArray:
    """Each value through ``mapping`` (unknown -> ``default``; null rows stay null)."""
    distinct = arr.dictionary.to_pylist()
    targets = [None if v is None else mapping.get(v, default) for v in distinct]
    return relabel(arr, pa.array(targets, pa.string()))


def label_rows(
    n: int, cases: list[tuple[pa.BooleanArray, str]], otherwise: pa.DictionaryArray | None
) -> pa.DictionaryArray:
    """The label of the first case whose mask is true per row, else ``otherwise`` (null when
    None): ``if_else`` chains over small integer codes instead of strings."""
    labels = [text for _, text in cases]
    base = len(labels)
    if otherwise is not None:
        codes = pc.add(otherwise.indices, base)  # null rows of `otherwise` stay null
        dictionary = pa.concat_arrays([pa.array(labels, pa.string()), otherwise.dictionary])
    else:
        codes = pa.nulls(n, pa.int32())
        dictionary = pa.array(labels, pa.string())
    for code, (mask, _) in reversed(list(enumerate(cases))):
        codes = pc.if_else(mask, pa.scalar(code, pa.int32()), codes)
    return relabel(pa.DictionaryArray.from_arrays(codes.cast(pa.int32()), dictionary), dictionary)


def only_where(arr: pa.DictionaryArray, mask: pa.BooleanArray) -> pa.DictionaryArray:
    """``arr`` on the rows of ``mask``, null elsewhere."""
    indices = pc.if_else(mask, arr.indices, pa.scalar(None, arr.indices.type))
    kept = pa.DictionaryArray.from_arrays(indices, arr.dictionary)
    return relabel(kept, arr.dictionary)


def single_valued(arr: pa.Array) -> pa.DictionaryArray | None:
    """``arr`` (plain strings) as a one-entry dictionary array when every row holds the same
    non-null text, else None. Many billing columns (payer, invoice, currency, billing
    period) hold one value per file; checking that over the raw offsets and bytes (a few
    rows first, then two ``memcmp``-like comparisons) costs a fraction of hashing every row.
    """
    n = len(arr)
    if n == 0 or arr.null_count or not pa.types.is_string(arr.type):
        return None
    first = arr[0]
    probe = pa.array(np.linspace(0, n - 1, num=min(n, 16), dtype=np.int64))
    if not pc.all(pc.equal(arr.take(probe), first)).as_py():
        return None  # the usual way out for a column with several values
    offsets = np.frombuffer(arr.buffers()[1], dtype=np.int32)[arr.offset : arr.offset + n + 1]
    start = int(offsets[0])
    width = int(offsets[1]) - start
    if width == 0 or int(offsets[-1]) - start != n * width:
        return None
    steps = np.arange(start, start + (n + 1) * width, width, dtype=np.int64)
    if not np.array_equal(offsets, steps):
        return None
    data = arr.buffers()[2]
    assert data is not None
    pattern = first.as_buffer().to_pybytes() * n
    if not data.slice(start, n * width).equals(pa.py_buffer(pattern)):
        return None
    # A fresh one-value dictionary: a slice of `arr` would keep the batch's text alive.
    value = pa.array([first.as_py()], pa.string())
    return pa.DictionaryArray.from_arrays(zero_indices(n), value)


_ZERO_BLOCK: Final = 1 << 20
_zeros: list[pa.Array] = []


def zero_indices(n: int) -> pa.Array:
    """``n`` int32 zeros: the indices of a one-value column, as a zero-copy slice of one
    shared block. Payer, invoice, provider, currency, file id... each cost 4 bytes per row
    when every batch allocated its own zeros (200 MB for ten such columns at 5M rows); the
    shared dictionaries keep the slices as they are, so the canonical table shares one block.
    """
    if n > _ZERO_BLOCK:
        return pa.array(np.zeros(n, dtype=np.int32))
    if not _zeros:
        _zeros.append(pa.array(np.zeros(_ZERO_BLOCK, dtype=np.int32)))
    return _zeros[0].slice(0, n)


_REPEATED_VALUES: Final = 16
_repeated: dict[tuple[int, pa.DataType], pa.Array] = {}


def repeated(value: int, n: int, kind: pa.DataType) -> pa.Array:
    """``n`` times the 64-bit ``value`` (e.g. a billing period start) as a zero-copy slice
    of a shared block per value: a file's one-value timestamp columns cost 8 bytes per row
    each otherwise (80 MB for two of them at 5M rows). A few values are cached."""
    if n > _ZERO_BLOCK:
        return pa.array(np.full(n, value, dtype=np.int64)).view(kind)
    key = (value, kind)
    block = _repeated.get(key)
    if block is None:
        if len(_repeated) >= _REPEATED_VALUES:
            _repeated.pop(next(iter(_repeated)))
        block = _repeated[key] = pa.array(np.full(_ZERO_BLOCK, value, dtype=np.int64)).view(kind)
    return block.slice(0, n)
