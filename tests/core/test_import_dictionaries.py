"""Batches of one file share one dictionary per string column (memory at 1M+ rows)."""

from __future__ import annotations

import pyarrow as pa

from workbench.core.importing.adapters.distinct import zero_indices
from workbench.core.importing.dictionaries import SharedDictionaries


def _batch(tags: list[str | None], numbers: list[int]) -> pa.Table:
    return pa.table({"Tags": pa.array(tags).dictionary_encode(), "n": numbers})


def test_values_and_schema_survive_and_the_dictionary_is_shared() -> None:
    shared = SharedDictionaries()
    first = _batch(['{"a":"1"}', '{"b":"2"}', None, '{"a":"1"}'], [1, 2, 3, 4])
    second = _batch(['{"c":"3"}', '{"b":"2"}', '{"c":"3"}'], [5, 6, 7])
    shared.add(first)
    shared.add(second)
    out = shared.tables()
    assert [t.to_pylist() for t in out] == [first.to_pylist(), second.to_pylist()]
    assert all(t.schema == first.schema for t in out)
    dictionaries = [t.column("Tags").chunk(0).dictionary for t in out]
    assert dictionaries[0] is not None and dictionaries[0].equals(dictionaries[1])
    assert dictionaries[0].to_pylist() == ['{"a":"1"}', '{"b":"2"}', '{"c":"3"}']


def test_chunked_input_and_clear() -> None:
    shared = SharedDictionaries()
    chunked = pa.chunked_array(
        [pa.array(["x", "y"]).dictionary_encode(), pa.array(["y", "z"]).dictionary_encode()]
    )
    shared.add(pa.table({"Tags": chunked}))
    assert shared.tables()[0].column("Tags").to_pylist() == ["x", "y", "y", "z"]
    shared.clear()
    assert shared.tables() == []


def test_batches_agreeing_with_the_file_dictionary_keep_their_indices() -> None:
    """One-value and stably ordered columns are not re-coded: their index buffers (shared
    zero blocks for one-value columns) stay as they are, and values are unchanged."""
    kept = SharedDictionaries()
    one = pa.DictionaryArray.from_arrays(zero_indices(3), pa.array(["AWS"]))
    grows = pa.array(["a", "b", "a"]).dictionary_encode()
    kept.add(pa.table({"p": one, "g": grows}))
    later = pa.array(["a", "b", "c"]).dictionary_encode()  # the file's values, then a new one
    fewer = pa.array(["a", "a"]).dictionary_encode()  # a prefix of the file's values
    kept.add(pa.table({"p": one.slice(0, 2), "g": fewer}))
    kept.add(pa.table({"p": one, "g": later}))
    reordered = pa.array(["c", "d", "b"]).dictionary_encode()  # needs re-coding
    kept.add(pa.table({"p": one, "g": reordered}))
    tables = kept.tables()
    assert [t.column("g").to_pylist() for t in tables] == [
        ["a", "b", "a"],
        ["a", "a"],
        ["a", "b", "c"],
        ["c", "d", "b"],
    ]
    assert all(t.column("p").to_pylist() == ["AWS"] * t.num_rows for t in tables)
    first = tables[0].column("p").chunk(0).indices.buffers()[1]
    last = tables[3].column("p").chunk(0).indices.buffers()[1]
    assert first.address == last.address  # still the one shared block
    assert (
        tables[0].column("g").chunk(0).dictionary.equals(tables[3].column("g").chunk(0).dictionary)
    )
