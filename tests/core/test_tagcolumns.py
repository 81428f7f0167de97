"""One-column-per-tag JSON by combination codes equals ``tags_json`` computed row by row."""

from __future__ import annotations

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.importing.tagcolumns import tags_and_keys_from_columns
from workbench.core.importing.tagtext import tags_json

# Few distinct values (so rows repeat combinations), with nulls, empty cells, characters
# JSON escapes, non-ASCII text and spaces (a space is a value, not an empty cell).
cell = st.one_of(
    st.none(),
    st.sampled_from(["", "prod", "team-a", 'say "hi"', "back\\slash", "tab\there", "ünï", " "]),
    st.text(alphabet='ab"\\\n\x01é ', max_size=4),
)
key = st.sampled_from(["Owner", "owner", "aws:createdBy", 'k"ey', "Ünï", "env", "a b"])


def _row_by_row(keys: list[str], rows: list[list[str | None]]) -> list[str | None]:
    out: list[str | None] = []
    for row in rows:
        mapping: dict[str, object] = {}
        for k, value in zip(keys, row, strict=True):
            if value not in (None, ""):
                mapping[k] = value  # the last column with a key wins
        out.append(tags_json(mapping))
    return out


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 6).flatmap(
        lambda width: st.tuples(
            st.lists(key, min_size=width, max_size=width),
            st.lists(st.lists(cell, min_size=width, max_size=width), min_size=0, max_size=30),
        )
    )
)
def test_combination_json_equals_row_by_row(data: tuple[list[str], list[list[str | None]]]) -> None:
    keys, rows = data
    columns = [(k, pa.array([row[i] for row in rows], pa.string())) for i, k in enumerate(keys)]
    tags, present = tags_and_keys_from_columns(columns)
    assert tags.type == pa.dictionary(pa.int32(), pa.string())
    assert tags.to_pylist() == _row_by_row(keys, rows)
    assert present == {k for i, k in enumerate(keys) if any(r[i] not in (None, "") for r in rows)}
    # Every tag set once in the dictionary, no null entry (an untagged row is a null index).
    values = tags.dictionary.to_pylist()
    assert None not in values
    assert len(values) == len(set(values))
    assert set(values) == {v for v in tags.to_pylist() if v is not None}  # no unused entry


def test_null_and_empty_cells_give_one_untagged_set_and_one_dictionary_entry() -> None:
    owner = pa.array(["a", "", None, "a", None])
    team = pa.array([None, None, "", "", None])
    tags, present = tags_and_keys_from_columns([("Owner", owner), ("Team", team)])
    assert tags.to_pylist() == ['{"Owner":"a"}', None, None, '{"Owner":"a"}', None]
    assert tags.dictionary.to_pylist() == ['{"Owner":"a"}']
    assert present == {"Owner"}


def test_chunked_and_dictionary_inputs() -> None:
    chunked = pa.chunked_array([["x", None], ["", "y"]])
    encoded = pa.array(["q", "q", "z", None]).dictionary_encode()
    tags, present = tags_and_keys_from_columns([("b", chunked), ("a", encoded)])
    assert tags.to_pylist() == [
        '{"a":"q","b":"x"}',
        '{"a":"q"}',
        '{"a":"z"}',
        '{"b":"y"}',
    ]
    assert present == {"a", "b"}


def test_unused_dictionary_values_do_not_count_as_present() -> None:
    unused = pa.DictionaryArray.from_arrays(pa.array([0, 0], pa.int32()), pa.array(["", "set"]))
    tags, present = tags_and_keys_from_columns([("k", unused)])
    assert tags.to_pylist() == [None, None]
    assert present == frozenset()
