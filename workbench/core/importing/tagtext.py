"""Tags from every provider encoding into the canonical ``Tags`` JSON text.

Canonical form (see :mod:`workbench.core.canonical`): a JSON object with the *raw* keys
(exactly as the provider wrote them, stray spaces included), string values, keys sorted,
compact separators, e.g. ``{"Environment":"prod","owner":"team-a"}``; null when a row has
no tags. Key normalisation (case, spaces) is the tagging feature's job, not the importer's.

Encodings handled:

* one column per tag (AWS legacy CUR ``resourceTags/user:Owner``, Athena
  ``resource_tags_user_owner``, OCI ``tags/Namespace.key``):
  :func:`workbench.core.importing.tagcolumns.tags_from_columns`;
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
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Final

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
