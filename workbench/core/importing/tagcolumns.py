"""Tags from one-column-per-tag exports into the canonical ``Tags`` JSON text.

AWS legacy CUR (``resourceTags/user:Owner``), its Athena form (``resource_tags_user_owner``)
and OCI (``tags/Namespace.key``) give each tag key its own column; the canonical form is
described in :mod:`workbench.core.importing.tagtext`.

Speed: rows repeat few distinct tag *combinations*. Each column is dictionary-encoded once
(a null cell is a value of its own, so its codes need no further pass); the codes are
combined into one int64 id per row (``id * cardinality + code`` column by column, in place
with numpy, re-densified before the product could overflow); the JSON text is built once
per distinct combination with Arrow (one ``"key":"value"`` fragment per distinct value of
each column, joined per combination) and taken back to the rows. Empty cells and nulls both
mean "tag not set": combinations that differ only in that have the same JSON and are
merged at the end, so the result's dictionary holds every tag set once.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.canonical import STRING_TYPE
from workbench.core.importing.tagtext import tags_json

#: Combined ids stay below this (int64 with room to spare) before they are re-densified.
_MAX_COMBINED_ID: Final = 2**62
#: Characters ``json.dumps(..., ensure_ascii=False)`` escapes in a string.
_NEEDS_ESCAPE: Final = r'["\\\x00-\x1f]'


@dataclass(frozen=True)
class _Column:
    """One tag column as codes into its distinct values."""

    key: str
    codes: np.ndarray  # per row: index into `dictionary` (null cells have their own entry)
    dictionary: pa.Array  # the distinct values, at most one null among them
    absent: np.ndarray  # per dictionary entry: null or "" (the tag is not set)
    present: bool  # some row sets the tag


def _column(key: str, values: pa.Array | pa.ChunkedArray) -> _Column:
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks() if values.num_chunks != 1 else values.chunk(0)
    if pa.types.is_dictionary(values.type):
        values = values.cast(values.type.value_type)  # its dictionary may hold unused values
    if not pa.types.is_string(values.type):
        values = values.cast(pa.string())
    encoded = pc.dictionary_encode(values, null_encoding="encode")
    dictionary = encoded.dictionary
    absent = pc.fill_null(pc.equal(dictionary, ""), True).to_numpy(zero_copy_only=False)
    codes = encoded.indices.to_numpy(zero_copy_only=False)
    return _Column(key, codes, dictionary, absent, bool(len(codes)) and not absent.all())


def tags_from_columns(
    columns: Sequence[tuple[str, pa.Array | pa.ChunkedArray]],
) -> pa.DictionaryArray:
    """Build the Tags JSON from one-column-per-tag data (``(raw_key, values)`` pairs)."""
    return tags_and_keys_from_columns(columns)[0]


def tags_and_keys_from_columns(
    columns: Sequence[tuple[str, pa.Array | pa.ChunkedArray]],
) -> tuple[pa.DictionaryArray, frozenset[str]]:
    """The Tags JSON from one-column-per-tag data, and the keys set on at least one row
    (known here for free; reading them back from the JSON costs seconds per million rows).

    Empty cells mean "tag not set on this row". When several columns give the same key,
    the last one set on a row wins.
    """
    if not columns:
        raise ValueError("tags_from_columns needs at least one column")
    coded = [_column(key, values) for key, values in columns]
    present = frozenset(c.key for c in coded if c.present)
    n = len(coded[0].codes)
    if n == 0:
        return pa.array([], STRING_TYPE), present
    used = [c for c in coded if c.present]
    row_ids, count = _combination_ids(used, n)
    representative = _first_rows(row_ids)
    assert len(representative) == count
    keys = [c.key for c in used]
    if len(set(keys)) < len(keys):
        texts = _combinations_in_python(used, representative)
    else:
        texts = _combinations_vectorised(sorted(used, key=lambda c: c.key), representative)
    # Merge combinations with the same JSON (a null and an empty cell both mean "not set").
    merged = pc.dictionary_encode(texts)
    indices = merged.indices.take(pa.array(row_ids))
    return pa.DictionaryArray.from_arrays(indices, merged.dictionary), present


def _combination_ids(columns: list[_Column], n: int) -> tuple[np.ndarray, int]:
    """Per row, the id of its combination of codes: dense, in order of first appearance."""
    ids = np.zeros(n, dtype=np.int64)
    span = 1  # ids are below span; re-densify only when the next step could overflow
    for column in columns:
        cardinality = len(column.dictionary)
        if cardinality <= 1:
            continue  # one value on every row: it splits nothing
        if span * cardinality >= _MAX_COMBINED_ID:
            ids, span = _dense(ids)
        ids *= cardinality
        ids += column.codes
        span *= cardinality
    return _dense(ids)


def _dense(ids: np.ndarray) -> tuple[np.ndarray, int]:
    """Ids 0..k-1 in order of first appearance, and k."""
    encoded = pc.dictionary_encode(pa.array(ids))
    return encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64), len(encoded.dictionary)


def _first_rows(ids: np.ndarray) -> np.ndarray:
    """The first row of each id, for ids numbered in order of first appearance: exactly the
    rows where the running maximum grows."""
    first = np.empty(len(ids), dtype=bool)
    first[0] = True
    first[1:] = ids[1:] > np.maximum.accumulate(ids)[:-1]
    return np.flatnonzero(first)


def _combinations_in_python(columns: list[_Column], representative: np.ndarray) -> pa.Array:
    """JSON per combination when one key comes from several columns (rare): Python."""
    picked = [(c.codes[representative].tolist(), c.dictionary.to_pylist(), c) for c in columns]
    texts: list[str | None] = []
    for combo in range(len(representative)):
        mapping: dict[str, object] = {}
        for codes_at, values, column in picked:
            code = codes_at[combo]
            if not column.absent[code]:
                mapping[column.key] = values[code]
        texts.append(tags_json(mapping))
    return pa.array(texts, pa.string())


def _combinations_vectorised(columns: list[_Column], representative: np.ndarray) -> pa.Array:
    """The same JSON as :func:`tags_json` per combination, built with Arrow: the
    ``"key":"value"`` fragments of the tags set in a combination, in key order (columns come
    sorted by key, as ``sort_keys`` orders them), joined with commas inside braces."""
    count = len(representative)
    if not columns:
        return pa.nulls(count, pa.string())
    fragment_ids = np.empty((count, len(columns)), dtype=np.int64)
    is_set = np.empty((count, len(columns)), dtype=bool)
    fragments: list[pa.Array] = []
    base = 0
    for j, column in enumerate(columns):
        codes_at = column.codes[representative]
        fragment_ids[:, j] = base + codes_at
        is_set[:, j] = ~column.absent[codes_at]
        fragments.append(_json_fragments(_dump(column.key) + ":", column.dictionary))
        base += len(column.dictionary)
    per_combination = is_set.sum(axis=1)
    offsets = np.zeros(count + 1, dtype=np.int32)
    np.cumsum(per_combination, out=offsets[1:])
    chosen = pa.concat_arrays(fragments).take(pa.array(fragment_ids[is_set]))  # row-major
    body = pc.binary_join(pa.ListArray.from_arrays(pa.array(offsets), chosen), ",")
    text = pc.binary_join_element_wise("{", body, "}", "")
    return pc.if_else(pa.array(per_combination > 0), text, pa.scalar(None, pa.string()))


def _json_fragments(prefix: str, dictionary: pa.Array) -> pa.Array:
    """Per distinct value: ``prefix`` + the value as a JSON string (null for null values).

    Plain values are quoted with Arrow; the few that need escaping go through ``json``."""
    quoted = pc.binary_join_element_wise(prefix + '"', dictionary, '"', "")
    escape = pc.fill_null(pc.match_substring_regex(dictionary, _NEEDS_ESCAPE), False)
    if pc.any(escape).as_py():
        positions = pc.indices_nonzero(escape)
        fixed = [prefix + _dump(str(v)) for v in dictionary.take(positions).to_pylist()]
        patch_of = np.zeros(len(dictionary), dtype=np.int64)
        patch_of[positions.to_numpy()] = np.arange(len(fixed))
        quoted = pc.if_else(escape, pa.array(fixed, pa.string()).take(patch_of), quoted)
    return quoted


def _dump(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)
