"""Tags from every provider encoding into canonical JSON text (raw keys, sorted, strings)."""

from __future__ import annotations

import json

import pyarrow as pa
import pytest

from workbench.core.importing.tagcolumns import tags_and_keys_from_columns, tags_from_columns
from workbench.core.importing.tagtext import (
    parse_literal,
    parse_tag_text,
    tags_from_text,
    tags_json,
)


def test_canonical_json_sorted_compact_string_values() -> None:
    assert tags_json({"owner": "a", "Env": "prod", "n": 3, "flag": True}) == (
        '{"Env":"prod","flag":"true","n":"3","owner":"a"}'
    )
    assert tags_json({}) is None


def test_aws_style_columns_one_per_tag() -> None:
    owner = pa.array(["alice", "", None, "alice", "bob"])
    created = pa.array(["arn:x", "", "arn:y", "arn:x", ""])
    out = tags_from_columns([("Owner", owner), ("aws:createdBy", created)])
    assert out.type == pa.dictionary(pa.int32(), pa.string())
    assert out.to_pylist() == [
        '{"Owner":"alice","aws:createdBy":"arn:x"}',
        None,
        '{"aws:createdBy":"arn:y"}',
        '{"Owner":"alice","aws:createdBy":"arn:x"}',
        '{"Owner":"bob"}',
    ]
    # One dictionary entry per distinct tag set, not per row.
    assert len(out.dictionary) == 3


def test_oci_columns_with_namespace_and_backslash_keys() -> None:
    out = tags_from_columns(
        [
            ("Oracle-Tags.CreatedBy", pa.array(["default/a@b.c", ""])),
            ("DevRel\\redbull.release", pa.array(["", "v1"])),
        ]
    )
    assert [json.loads(v) for v in out.to_pylist()] == [
        {"Oracle-Tags.CreatedBy": "default/a@b.c"},
        {"DevRel\\redbull.release": "v1"},
    ]


def test_columns_all_empty_and_chunked_input() -> None:
    chunked = pa.chunked_array([pa.array(["", None]), pa.array([""])])
    assert tags_from_columns([("k", chunked)]).to_pylist() == [None, None, None]
    assert tags_from_columns([("k", pa.array([], pa.string()))]).to_pylist() == []


def test_keys_from_columns_equal_the_keys_in_the_json() -> None:
    columns = [
        ("Owner", pa.array(["alice", "", None])),
        ("unused", pa.array(["", " ", None])),  # a blank value is a value (as in the JSON)
        ("never", pa.array([None, "", None])),
        ("Env", pa.array([None, "prod", ""])),
    ]
    tags, keys = tags_and_keys_from_columns(columns)
    in_json = {k for text in tags.to_pylist() if text for k in json.loads(text)}
    assert keys == in_json == {"Owner", "unused", "Env"}


def test_many_columns_do_not_overflow_ids() -> None:
    n = 2000
    cols = [(f"k{i}", pa.array([str((r * (i + 7)) % 997) for r in range(n)])) for i in range(12)]
    out = tags_from_columns(cols)
    assert json.loads(out[5].as_py()) == {f"k{i}": str((5 * (i + 7)) % 997) for i in range(12)}


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('"CostCenter": "1234","env": "prod"', {"CostCenter": "1234", "env": "prod"}),
        ('{"project":"p1"}', {"project": "p1"}),
        (
            '  "aks-managed-createOperationID": "", " org": "trey"',
            {
                "aks-managed-createOperationID": "",
                " org": "trey",
            },
        ),
        ('[{"key": "env", "value": "prod"}]', {"env": "prod"}),
        (
            "[{'key': 'env', 'value': 'prod'}, {'key': 'team', 'value': None}]",
            {
                "env": "prod",
                "team": None,
            },
        ),
        ("{'a': 'b'}", {"a": "b"}),
    ],
)
def test_text_encodings(cell: str, expected: dict[str, object]) -> None:
    assert parse_tag_text(cell) == expected


@pytest.mark.parametrize("cell", [None, "", "  ", "{}", "[]", "null", "None"])
def test_empty_cells(cell: str | None) -> None:
    assert parse_tag_text(cell) is None


@pytest.mark.parametrize(
    "cell", ["garbage{", "[1, 2]", "__import__('os').system('x')", "{'a': f()}"]
)
def test_invalid_cells_raise(cell: str) -> None:
    with pytest.raises(ValueError):
        parse_tag_text(cell)


def test_parse_literal_never_evaluates_code() -> None:
    with pytest.raises(ValueError):
        parse_literal("[__import__('os')]")
    assert parse_literal("[{'amount': -1.5, 'name': 'Free'}]") == [{"amount": -1.5, "name": "Free"}]


def test_tags_from_text_counts_invalid_rows_and_keeps_raw_keys() -> None:
    cells = pa.array(['"org": "trey"," org": "x"', "bad{", "bad{", None, "{}"])
    result = tags_from_text(cells)
    assert result.tags.to_pylist() == ['{" org":"x","org":"trey"}', None, None, None, None]
    assert result.invalid_rows == 2
    assert result.invalid_examples == ("bad{",)


def test_columns_json_equals_json_dumps_for_escaped_values() -> None:
    """The Arrow-built JSON is byte-identical to json.dumps, escapes included."""
    values = ['a"b', "c\\d", "tab\there", "nl\n", "é ü 漢", "", None, "plain", "\x7f", 'a"b']
    other = ["x", None, "", 'q"', "y", "z", "w", "", "v", "x"]
    out = tags_from_columns([('k"ey', pa.array(values)), ("Ab", pa.array(other))])
    expected = []
    for value, second in zip(values, other, strict=True):
        mapping = {k: v for k, v in (('k"ey', value), ("Ab", second)) if v}
        expected.append(tags_json(mapping))
    assert out.to_pylist() == expected


def test_high_cardinality_column_gives_the_plain_path_result() -> None:
    """A createdBy-like column (a distinct value on most rows) takes the split path; its
    result equals json.dumps per row, with escapes, empty cells and tag-less rows."""
    rows = 5000
    created = [("" if i % 9 == 0 else f'user"{i}\\x') for i in range(rows)]
    env = ["" if i % 3 == 0 else ("prod" if i % 2 else "d\u00e9v") for i in range(rows)]
    team = ["" if i % 4 else "a\nb" for i in range(rows)]
    columns = [
        ("env", pa.array(env)),
        ("aws:createdBy", pa.array(created)),
        ("Team", pa.array(team)),
    ]
    tags, keys = tags_and_keys_from_columns(columns)
    assert keys == frozenset({"env", "aws:createdBy", "Team"})
    expected = [
        tags_json({k: v for k, v in (("env", e), ("aws:createdBy", c), ("Team", t)) if v})
        for e, c, t in zip(env, created, team, strict=True)
    ]
    assert tags.to_pylist() == expected
    assert len(tags.dictionary) == len(set(expected) - {None})
