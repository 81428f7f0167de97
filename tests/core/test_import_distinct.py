"""Per-distinct-value helpers and the cleaning fast paths give what the row-wise kernels give."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.importing.adapters.distinct import (
    is_one_of,
    label_rows,
    map_distinct,
    only_where,
    single_valued,
)
from workbench.core.importing.adapters.provider_common import clean_text
from workbench.core.importing.dates import NULL_TOKENS

texts = st.one_of(
    st.none(),
    st.sampled_from(["", " ", "a", " a", "a ", "NULL", "null", "None", "ab", "ba", "é", "a\nb"]),
)


def _expected_clean(values: list[str | None]) -> list[str | None]:
    out: list[str | None] = []
    for v in values:
        stripped = None if v is None else v.strip(" \t\r\n\v\f")
        out.append(None if stripped is None or stripped in NULL_TOKENS else stripped)
    return out


@settings(max_examples=200, deadline=None)
@given(st.lists(texts, max_size=25), st.booleans(), st.booleans())
def test_clean_text_trims_and_nulls_tokens(
    values: list[str | None], chunk: bool, enc: bool
) -> None:
    arr: pa.Array | pa.ChunkedArray = pa.array(values, pa.string())
    if enc:
        arr = arr.dictionary_encode()
    if chunk and len(values) > 1:
        arr = pa.chunked_array([arr.slice(0, 1), arr.slice(1)])
    cleaned = clean_text(arr)
    assert cleaned.type == pa.dictionary(pa.int32(), pa.string())
    assert cleaned.to_pylist() == _expected_clean(values)
    dictionary = cleaned.dictionary.to_pylist()
    assert None not in dictionary and len(set(dictionary)) == len(dictionary)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["x", "xy", "yx", "", "é"]), min_size=0, max_size=20))
def test_single_valued_only_when_every_row_is_the_same(values: list[str]) -> None:
    arr = pa.array(values, pa.string())
    found = single_valued(arr)
    same = bool(values) and len(set(values)) == 1 and values[0] != ""
    assert (found is not None) == same
    if found is not None:
        assert found.to_pylist() == values
        assert len(found.dictionary) == 1
    sliced = pa.array(["q", *values], pa.string()).slice(1)  # non-zero offset
    assert (single_valued(sliced) is not None) == same


def test_single_valued_rejects_same_bytes_split_differently() -> None:
    assert single_valued(pa.array(["ab", "ab"])) is not None
    assert single_valued(pa.array(["a", "bab"])) is None  # same total length and bytes
    assert single_valued(pa.array(["ab", None])) is None


def test_masks_labels_and_maps_per_distinct_value() -> None:
    kinds = pa.array(["Usage", "Fee", None, "RIFee", "Usage"]).dictionary_encode()
    assert is_one_of(kinds, ["Fee", "RIFee"]).to_pylist() == [False, True, False, True, False]
    mapped = map_distinct(kinds, {"Usage": "U", "Fee": "P"}, "other")
    assert mapped.to_pylist() == ["U", "P", None, "other", "U"]
    assert mapped.type == pa.dictionary(pa.int32(), pa.string())
    first = pa.array([True, False, False, False, True])
    second = pa.array([True, True, False, False, False])
    fallback = pa.array(["o1", None, "o3", "o4", "U"]).dictionary_encode()
    labelled = label_rows(5, [(first, "one"), (second, "two")], fallback)
    assert labelled.to_pylist() == ["one", "two", "o3", "o4", "one"]
    assert sorted(labelled.dictionary.to_pylist()) == ["o3", "o4", "one", "two"]
    assert label_rows(2, [(pa.array([False, True]), "x")], None).to_pylist() == [None, "x"]
    kept = only_where(mapped, pc.equal(pa.array([1, 2, 3, 4, 5]), 2))
    assert kept.to_pylist() == [None, "P", None, None, None]
