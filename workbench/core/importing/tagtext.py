"""Tags from every provider encoding into the canonical ``Tags`` JSON text.

Canonical form (see :mod:`workbench.core.canonical`): a JSON object with the *raw* keys
(exactly as the provider wrote them, stray spaces included), string values, keys sorted,
compact separators, e.g. ``{"Environment":"prod","owner":"team-a"}``; null when a row has
no tags. Key normalisation (case, spaces) is the tagging feature's job, not the importer's.

Encodings handled:

* one column per tag (AWS legacy CUR ``resourceTags/user:Owner``, Athena
  ``resource_tags_user_owner``, OCI ``tags/Namespace.key``): :func:`tags_from_columns`;
* text cells (Azure JSON with or without outer braces, FOCUS/MCA JSON objects, CUR 2.0 map
  columns as JSON, GCP lists of ``{key, value}`` as JSON or as Python repr written by
  pandas): :func:`tags_from_text`.

Speed: a billing file repeats few distinct tag sets over millions of rows, so both
functions work on distinct values only and map back with dictionary indices; Python only
ever loops over distinct values.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from workbench.core.canonical import STRING_TYPE

#: Longest cell given to ``ast.literal_eval`` (protects against pathological input).
_MAX_LITERAL_CHARS: Final = 200_000
_EMPTY_TOKENS: Final = frozenset({"", "{}", "[]", "null", "NULL", "None"})


@dataclass(frozen=True)
class TagParseResult:
    """Canonical tag JSON per row (dictionary-encoded) plus what could not be read."""

    tags: pa.DictionaryArray
    #: Rows whose cell was not empty but could not be parsed (kept with null Tags).
    invalid_rows: int
    #: A few of the unreadable distinct cells, for the import report.
    invalid_examples: tuple[str, ...] = ()


def tag_value_text(value: object) -> str:
    """Tag values are strings in the canonical table; other scalars keep their JSON text."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def tags_json(mapping: Mapping[str, object]) -> str | None:
    """Canonical JSON text of one tag set, or None when it is empty."""
    if not mapping:
        return None
    clean = {str(k): tag_value_text(v) for k, v in mapping.items()}
    return json.dumps(clean, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def parse_literal(text: str) -> object:
    """JSON, or else a Python literal (pandas writes nested lists as ``repr``).

    Only JSON and :func:`ast.literal_eval` are used — never ``eval`` — and literal_eval
    only for text that looks like a list or dict literal. Raises ``ValueError`` when
    neither reads the text.
    """
    stripped = text.strip()
    try:
        return json.loads(stripped)
    except json.JSONDecodeError:
        pass
    if (
        len(stripped) <= _MAX_LITERAL_CHARS
        and stripped[:1] in ("[", "{")
        and stripped[-1:] in ("]", "}")
    ):
        try:
            return ast.literal_eval(stripped)
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError) as exc:
            raise ValueError(f"not a JSON or Python literal: {exc}") from exc
    raise ValueError("not a JSON or Python literal")


def _pairs_to_mapping(items: list[object]) -> dict[str, object]:
    """GCP style ``[{"key": k, "value": v}, ...]`` to a mapping; other lists are invalid."""
    out: dict[str, object] = {}
    for item in items:
        if not isinstance(item, dict) or "key" not in item:
            raise ValueError("list items are not {key, value} objects")
        out[str(item["key"])] = item.get("value")
    return out


def parse_tag_text(text: str | None) -> dict[str, object] | None:
    """One tag cell to a mapping (None when empty). Raises ``ValueError`` when unreadable.

    Accepts a JSON object, a JSON object without its outer braces (Azure EA exports), a
    list of ``{key, value}`` objects (GCP), in JSON or Python-repr form.
    """
    if text is None:
        return None
    stripped = text.strip()
    if stripped in _EMPTY_TOKENS:
        return None
    if stripped[0] not in "{[":
        # Azure EA / legacy exports drop the outer braces: '"k": "v","k2": "v2"'.
        stripped = "{" + stripped + "}"
    value = parse_literal(stripped)
    if isinstance(value, dict):
        mapping = {str(k): v for k, v in value.items()}
    elif isinstance(value, list):
        mapping = _pairs_to_mapping(value)
    else:
        raise ValueError("not an object or a list of key/value pairs")
    return mapping or None


def _as_plain_array(arr: pa.Array | pa.ChunkedArray) -> pa.Array:
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks != 1 else arr.chunk(0)
    return arr


def _dictionary_result(
    indices: pa.Array, dictionary: list[str | None] | pa.Array
) -> pa.DictionaryArray:
    """Map row indices into ``dictionary`` (None entries become null rows)."""
    if isinstance(dictionary, pa.Array):
        valid = pc.is_valid(dictionary)
        if valid.false_count == 0:
            return pa.DictionaryArray.from_arrays(indices.cast(pa.int32()), dictionary)
        # Null entries: renumber the valid ones densely, null rows point nowhere.
        remap_array = pc.subtract(pc.cumulative_sum(valid.cast(pa.int32())), 1)
        remap_array = pc.if_else(valid, remap_array, pa.scalar(None, pa.int32()))
        return pa.DictionaryArray.from_arrays(
            remap_array.take(indices).cast(pa.int32()), dictionary.filter(valid)
        )
    keep = [i for i, text in enumerate(dictionary) if text is not None]
    remap: list[int | None] = [None] * len(dictionary)
    for new, old in enumerate(keep):
        remap[old] = new
    new_indices = pa.array(remap, pa.int32()).take(indices)
    values = pa.array([dictionary[i] for i in keep], pa.string())
    return pa.DictionaryArray.from_arrays(new_indices, values)


def tags_from_text(
    arr: pa.Array | pa.ChunkedArray, rename: Callable[[str], str] | None = None
) -> TagParseResult:
    """Parse a text tag column (any supported encoding) once per distinct value.

    ``rename`` maps each raw key (e.g. CUR 2.0 ``user_owner`` -> ``owner``).
    """
    arr = _as_plain_array(arr)
    if len(arr) == 0:
        return TagParseResult(pa.array([], STRING_TYPE), 0)
    encoded = arr if pa.types.is_dictionary(arr.type) else pc.dictionary_encode(arr)
    distinct = encoded.dictionary.cast(pa.string()).to_pylist()
    canonical: list[str | None] = []
    bad_positions: list[int] = []
    for position, cell in enumerate(distinct):
        try:
            mapping = parse_tag_text(cell) or {}
            if rename is not None:
                mapping = {rename(k): v for k, v in mapping.items()}
            canonical.append(tags_json(mapping))
        except ValueError:
            canonical.append(None)
            bad_positions.append(position)
    indices = encoded.indices
    invalid_rows = 0
    if bad_positions:
        bad = pc.is_in(indices, value_set=pa.array(bad_positions, indices.type))
        invalid_rows = int(pc.sum(pc.fill_null(bad, False)).as_py() or 0)
    examples = tuple(str(distinct[p])[:80] for p in bad_positions[:3])
    return TagParseResult(_dictionary_result(indices, canonical), invalid_rows, examples)


@dataclass(frozen=True)
class _Column:
    """One tag column as codes: 0 = tag absent (null or empty), i + 1 = ``dictionary[i]``."""

    codes: pa.Array
    dictionary: pa.Array
    present: bool  # any row has the tag

    def values(self) -> list[str | None]:
        """Code -> value (None for code 0)."""
        return [None, *self.dictionary.to_pylist()]


def _value_codes(arr: pa.Array) -> _Column:
    enc = arr if pa.types.is_dictionary(arr.type) else pc.dictionary_encode(arr)
    dictionary = enc.dictionary.cast(pa.string())
    numbers = pa.array(np.arange(1, len(dictionary) + 1, dtype=np.int64))
    lookup = pc.if_else(pc.fill_null(pc.equal(dictionary, ""), True), 0, numbers)
    codes = pc.fill_null(lookup.take(enc.indices), 0)
    present = len(codes) > 0 and int(pc.max(codes).as_py() or 0) > 0
    return _Column(codes, dictionary, present)


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

    Empty cells mean "tag not set on this row". Rows are grouped by their combination of
    values (one column at a time: ``id * cardinality + value``, re-densified after each
    step so ids never overflow int64), and each distinct combination becomes JSON once.
    """
    if not columns:
        raise ValueError("tags_from_columns needs at least one column")
    keys = [key for key, _ in columns]
    per_column = [_value_codes(_as_plain_array(values)) for _, values in columns]
    present = frozenset(key for key, column in zip(keys, per_column, strict=True) if column.present)
    if len(per_column[0].codes) == 0:
        return pa.array([], STRING_TYPE), present
    row_ids: pa.Array | None = None
    span = 1  # ids in row_ids are below span; re-densify only when the next step could overflow
    for column in per_column:
        if row_ids is not None and not column.present:
            continue  # tag never set in this batch (common: most CUR tag columns are sparse)
        codes, cardinality = column.codes, len(column.dictionary) + 1
        if row_ids is None:
            row_ids, span = codes, cardinality
            continue
        if span * cardinality >= _MAX_COMBINED_ID:
            row_ids, span = _dense_ids(row_ids)
        row_ids = pc.add(pc.multiply(row_ids, cardinality), codes)
        span *= cardinality
    assert row_ids is not None
    row_ids, _ = _dense_ids(row_ids)
    # Ids are dense and numbered in order of first appearance; index_in finds, for each id,
    # the first row that has it.
    n_ids = int(pc.max(row_ids).as_py()) + 1
    representative = pc.index_in(pa.array(range(n_ids), pa.int64()), value_set=row_ids)
    if len(set(keys)) < len(keys):  # one key from several columns: the last one wins
        combos = _combos_in_python(keys, per_column, representative)
        return _dictionary_result(row_ids, combos), present
    combined = _combos_vectorised(keys, per_column, representative)
    return _dictionary_result(row_ids, combined), present


#: Combined ids stay below this (int64 with room to spare) before they are re-densified.
_MAX_COMBINED_ID: Final = 2**62


def _dense_ids(key: pa.Array) -> tuple[pa.Array, int]:
    """Ids 0..k-1 in order of first appearance, and k."""
    encoded = pc.dictionary_encode(key)
    return encoded.indices.cast(pa.int64()), len(encoded.dictionary)


def _combos_in_python(
    keys: list[str], per_column: list[_Column], representative: pa.Array
) -> list[str | None]:
    picked = [(c.codes.take(representative).to_pylist(), c.values()) for c in per_column]
    dictionary: list[str | None] = []
    for combo in range(len(representative)):
        mapping: dict[str, object] = {}
        for key, (codes_at, values) in zip(keys, picked, strict=True):
            value = values[codes_at[combo]]
            if value is not None:
                mapping[key] = value
        dictionary.append(tags_json(mapping))
    return dictionary


def _combos_vectorised(
    keys: list[str], per_column: list[_Column], representative: pa.Array
) -> pa.Array:
    """The same JSON as :func:`tags_json`, built with Arrow: one ``,"key":"value"`` fragment
    per distinct value of each column, taken per combination and concatenated (absent tags
    are empty fragments). Columns in key order, as ``sort_keys`` does."""
    fragments: list[pa.Array] = []
    for key, column in sorted(zip(keys, per_column, strict=True), key=lambda kv: kv[0]):
        if not column.present:
            continue
        # Leading comma on every fragment: no separator logic over absent tags.
        texts = _json_fragments("," + _dump(key) + ":", column.dictionary)
        fragments.append(texts.take(column.codes.take(representative)))
    if not fragments:
        return pa.nulls(len(representative), pa.string())
    body = pc.binary_join_element_wise(*fragments, "")
    wrapped = pc.binary_join_element_wise("{", pc.utf8_slice_codeunits(body, 1), "}", "")
    return pc.if_else(pc.equal(body, ""), pa.scalar(None, pa.string()), wrapped)


#: Characters ``json.dumps(..., ensure_ascii=False)`` escapes in a string.
_NEEDS_ESCAPE: Final = r'["\\\x00-\x1f]'


def _json_fragments(prefix: str, dictionary: pa.Array) -> pa.Array:
    """Code -> ``prefix + json string of the value`` ("" for code 0 and empty values).

    Plain values are quoted with Arrow; the few that need escaping go through ``json``."""
    quoted = pc.binary_join_element_wise(prefix + '"', dictionary, '"', "")
    escape = pc.fill_null(pc.match_substring_regex(dictionary, _NEEDS_ESCAPE), False)
    if pc.any(escape).as_py():
        positions = pc.indices_nonzero(escape)
        fixed = [prefix + _dump(str(v)) for v in dictionary.take(positions).to_pylist()]
        patch = pa.array(fixed, pa.string())
        index = pc.fill_null(pc.index_in(pa.array(np.arange(len(dictionary))), positions), -1)
        quoted = pc.if_else(escape, patch.take(pc.max_element_wise(index, 0)), quoted)
    empty = pc.fill_null(pc.equal(dictionary, ""), True)
    quoted = pc.if_else(empty, "", quoted)
    return pa.concat_arrays([pa.array([""], pa.string()), quoted])


def _dump(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)
